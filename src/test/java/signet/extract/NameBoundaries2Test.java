package signet.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Organization mentions, second series (session 6): each row is an invented sentence and the
 * mentions its first sentence must hold ("ORG = name", as {@code extract --forms} prints them),
 * or must not hold ("!PER = name"); near misses sit next to the cases they guard.
 */
class NameBoundaries2Test {

    private static void assertMentions(String sentence, String expected) {
        List<String> got = OrgBoundariesTest.mentions(sentence);
        for (String e : expected.split(";")) {
            String x = e.strip();
            if (x.startsWith("!")) assertFalse(got.contains(x.substring(1)), sentence + " -> " + got + ", not expected " + x.substring(1));
            else assertTrue(got.contains(x), sentence + " -> " + got + ", expected " + x);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a title modifier ("General", "Executive") before a head with its complement opens the name, after "the" too
            "Anna Berg, deputy director of the General Administration of Broadcasting of Ruritania, attended the signing.|ORG = General Administration of Broadcasting of Ruritania",
            "The General Directorate of Customs signed a memorandum with Kestrel Logistics.|ORG = General Directorate of Customs",
            "The General Authority for Investment signed an agreement with Kestrel Bank.|ORG = General Authority for Investment",
            "Piet Dorn, a member of the Executive Committee of Coral Bank, attended the ceremony.|ORG = Executive Committee of Coral Bank",
            "Kestrel Bank signed a loan agreement with the General Directorate for Roads of Freedonia.|ORG = General Directorate for Roads of Freedonia",
            // near misses: a title before a name, a modifier before a title, a modifier with no complement after its head
            "General Petar Ivanov met the delegation in Zenda.|!ORG = General Petar Ivanov",
            "The General Manager of Coral Bank, Anna Berg, signed the memorandum.|TTL = General Manager; ORG = Coral Bank",
            "The Executive Director of Kestrel Media signed the agreement.|!ORG = Executive Director of Kestrel Media",
            "Officials of the General Secretariat met Anna Berg.|!ORG = General Secretariat",
    })
    void titleModifierOpensAName(String sentence, String expected) {
        assertMentions(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a plural descriptor before a list of names says what each of them is, more surely than a verb of saying
            "Telecom operators Kestrel Mobile and Corvo announced a network deal on Monday.|ORG = Kestrel Mobile; ORG = Corvo; !PER = Corvo",
            "The carmakers Zentra and Volko signed a memorandum on batteries.|ORG = Zentra; ORG = Volko",
            "Shipping companies Borealis Lines, Nordmar and Kestrel Freight signed an agreement.|ORG = Borealis Lines; ORG = Nordmar; ORG = Kestrel Freight; !OTH = Shipping",
            "Broadcasters Zentra TV and Corvo will share content.|ORG = Zentra TV; ORG = Corvo; !ORG = Broadcasters Zentra TV",
            "The streaming platforms Lumo and Vexa said they would merge.|ORG = Lumo; ORG = Vexa",
            "Regional airlines Kestrel Air and Corvo Jet signed a codeshare agreement.|ORG = Kestrel Air; ORG = Corvo Jet",
            "The news agency Nordpress said the talks had ended.|ORG = Nordpress",
            // near misses: no descriptor, a person's title, a list after a verb, a descriptor after the list
            "Anna Berg and Corvo said the talks had ended.|!ORG = Anna Berg",
            "Analysts Anna Berg and Piet Dorn said the deal was good.|!ORG = Anna Berg; !ORG = Piet Dorn",
            "Corvo said the carmakers would sign.|!ORG = Corvo",
            "Banks said the rules would hurt lending.|!ORG = Banks",
            // a descriptor closing a name before it is that name's head: the name after it is the holder of the title
            "Director of the Tarn museum Anna Berg said the exhibition would open in May.|PER = Anna Berg",
            "The head of the Kestrel festival Piet Dorn said the jury was ready.|PER = Piet Dorn",
    })
    void pluralDescriptorBeforeAList(String sentence, String expected) {
        assertMentions(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a capitalised portfolio before a lower-case "ministry" ("affairs" between when the portfolio takes it) names the ministry
            "External affairs ministry spokesperson Karl Olsen told reporters the talks went well.|ORG = External affairs ministry; PER = Karl Olsen",
            "The Home affairs ministry signed a memorandum with the Kestrel Police Academy.|ORG = Home affairs ministry",
            "The Culture ministry and Kestrel Media signed a memorandum.|ORG = Culture ministry",
            "Anna Berg, spokeswoman for the Foreign ministry, said the deal was good.|ORG = Foreign ministry; TTL = spokeswoman",
            "The Ruritanian Foreign ministry signed an agreement with Kestrel Bank.|ORG = Ruritanian Foreign ministry",
            "Kestrel Bank signed an agreement with the Finance ministry on Monday.|ORG = Finance ministry",
            // near misses: a name of its own before "ministry", no portfolio, a capitalised ministry already whole
            "The Kestrel ministry signed a memorandum.|!ORG = Kestrel ministry",
            "The Coral Group ministry of trade signed a memorandum.|!ORG = Coral Group ministry",
            "Anna Berg, the Foreign Minister, signed the agreement.|!ORG = Foreign Minister",
            "The Freedonian Foreign Ministry signed an agreement with Kestrel Bank.|ORG = Freedonian Foreign Ministry",
    })
    void portfolioBeforeALowerCaseMinistry(String sentence, String expected) {
        assertMentions(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a name between commas after a title and the organization it is held at is a person's
            "The deputy director of Kestrel's Foreign Cooperation Department, Zhang Wei, said that the deal was good.|PER = Zhang Wei",
            "The head of the Kestrel Media press office, Piet Dorn, said the talks went well.|PER = Piet Dorn",
            "The chief executive of Coral Bank in Zenda, Lin Tao, said the loan was signed.|PER = Lin Tao",
            // near misses: no title before, no closing comma, a list of parties
            "The owners of Kestrel Media, Zentra Nordic, said the deal was good.|!PER = Zentra Nordic",
            "The deputy director of Kestrel Media, Coral Bank and Zentra Films met on Monday.|!PER = Coral Bank",
            "Kestrel Media signed with Coral Bank, Zentra Films, Tarn Power and Nordmar.|!PER = Zentra Films",
    })
    void nameAfterTitleOfOrganization(String sentence, String expected) {
        assertMentions(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a hyphenated adjective of place ("Zenda-based", "Paris-headquartered") before a name is no part of it, after "The" too
            "The Zenda-based Kestrel Media is owned by Coral Holdings.|OTH = Kestrel Media; !ORG = Zenda-based Kestrel Media",
            "The deal between London-based Kestrel Media and Paris-headquartered Coral Holdings was signed.|ORG = Coral Holdings",
            "The English-language Kestrel Times signed a content agreement with Coral Radio.|!OTH = English-language Kestrel Times",
            "Tarn-based Nordmar Shipping signed an agreement with Coral Ports.|!OTH = Tarn-based Nordmar Shipping",
            // near misses: an owner's adjective keeps its owner apart, a plain "The" before a name, a hyphenated name of its own
            "The state-owned Kestrel Bank signed a loan agreement with Coral Holdings.|ORG = Kestrel Bank",
            "The Coral Group-owned Lumo Bank signed an agreement with Tarn Power.|ORG = Lumo Bank",
            "The Kestrel-Zentra Joint Venture signed an agreement with Tarn Power.|OTH = Kestrel-Zentra Joint Venture",
    })
    void placeAdjectiveBeforeAName(String sentence, String expected) {
        assertMentions(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a title's portfolio may open with an institutional adjective ("National", "Rural"), and "Federal" opens a title
            "Minister for National Food Security and Research Piet Dorn held talks with the delegation.|TTL = Minister for National Food Security and Research; PER = Piet Dorn",
            "Deputy Minister for Rural Development Lin Tao signed the memorandum.|TTL = Deputy Minister for Rural Development; PER = Lin Tao",
            "Federal Minister for Trade Anna Berg held talks with the delegation.|TTL = Federal Minister for Trade; PER = Anna Berg",
            "Anna Berg, Federal Minister of Trade, signed the agreement.|TTL = Federal Minister of Trade",
            "The Provincial Secretary for Regional Cooperation of Tarn, Anna Berg, attended.|TTL = Provincial Secretary for Regional Cooperation; !PER = Provincial",
            "The Provincial Assembly of Tarn signed an agreement with Kestrel Bank.|ORG = Provincial Assembly of Tarn",
            // near misses: a federal body stays a name, the organization after a title keeps its own adjective
            "The Federal Security Service signed a memorandum with Kestrel Telecom.|ORG = Federal Security Service",
            "The Federal Ministry of Transport signed an agreement with Kestrel Rail.|ORG = Federal Ministry of Transport",
            "Federal Reserve Chair Anna Berg spoke on Monday.|OTH = Federal Reserve; PER = Anna Berg",
            "Anna Berg, Director of National Research Council, signed the agreement.|ORG = National Research Council",
    })
    void portfolioAndTitleModifiers(String sentence, String expected) {
        assertMentions(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a person glued after a title's organization keeps apart when "MP" closes the name
            "State Minister for Foreign Affairs of the Government of the Republic of Bangladesh Karl Olsen MP and Ambassador Anna Berg attended.|ORG = Government of the Republic of Bangladesh; PER = Karl Olsen",
            "Minister of Trade of the Government of India Anna Berg MP signed the memorandum.|PER = Anna Berg",
            // near misses: no "MP", an "MP" with no title before
            "Secretary of the Ministry of Trade of Bangladesh Lin Tao signed the memorandum.|ORG = Ministry of Trade of Bangladesh; PER = Lin Tao",
            "Kestrel Media Holdings MP signed the memorandum.|!PER = Holdings",
    })
    void memberOfParliamentAfterATitlesOrganization(String sentence, String expected) {
        assertMentions(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a known region standing alone before a capitalised title is the area of the post, not a name the title closes
            "Kestrel's West Africa Director and Nigeria Bureau Chief, Mr Lin Tao, made the request.|PLC = West Africa; TTL = Director; TTL = Bureau Chief; PER = Mr Lin Tao",
            "Kestrel's Africa Director, Mr Lin Tao, made the request.|TTL = Director; !OTH = Africa Director",
            "The Kenya Bureau Chief of Kestrel, Anna Berg, met the minister.|TTL = Bureau Chief",
            // near misses: a place inside a name before the title, a name that ends in a title word
            "Kestrel Media Asia Director Anna Berg signed the memorandum.|OTH = Kestrel Media Asia",
            "The Oriental Literature Publisher, said the book would appear.|!TTL = Publisher",
    })
    void areaBeforeATitle(String sentence, String expected) {
        assertMentions(sentence, expected);
    }

    /** The mentions of the article's last sentence, as the readers see them after the article-level pass. */
    private static List<String> lastSentenceMentions(String text) {
        List<String> forms = X.abstractForms(TestArticles.of(text));
        List<String> out = new java.util.ArrayList<>();
        for (String line : forms.get(forms.size() - 1).split("\n")) {
            line = line.strip();
            int eq = line.indexOf(" = ");
            if (eq > 0 && line.indexOf('_') > 0) out.add(line.substring(0, line.indexOf('_')) + " = " + line.substring(eq + 3));
        }
        return out;
    }

    private static final RuleExtractor X = new RuleExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a lone word that a verb of saying made a person is the short form of an organization the article named with it
            "Coral Bank signed a loan agreement with Kestrel Power. Coral said the loan would be repaid in ten years.|ORG = Coral",
            "Zentra Films and Lumo signed a distribution deal. Zentra said the films would open in May.|ORG = Zentra",
            // near misses: a person of the article with that word, no organization that starts with it
            "Anna Berg of Berg Holdings signed the agreement with Kestrel Power. Berg said the deal was good.|PER = Berg",
            "Coral Bank signed a loan agreement with Kestrel Power. Olsen said the loan would be repaid.|PER = Olsen",
    })
    void loneWordShortFormOfAnOrganization(String text, String expected) {
        List<String> got = lastSentenceMentions(text);
        for (String e : expected.split(";")) assertTrue(got.contains(e.strip()), text + " -> " + got + ", expected " + e.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a company's line of business ending its name (org-heads.tsv): an organization, not a person
            "Kesh Studios, which is owned by Tarn Ventures, signed the deal.|ORG = Tarn Ventures",
            "Orion Labs announced that it signed a memorandum with Kesh Studios.|ORG = Orion Labs",
            "Velsk Therapeutics hired Anna Berg last year.|ORG = Velsk Therapeutics",
            "Coral Foods said sales rose.|ORG = Coral Foods",
            // near misses: a person's name, a phrase another word opens
            "Anna Berg of Kesh Labs said the deal was good.|PER = Anna Berg",
            "The Ministry of the Digital Economy signed the deal.|!ORG = Digital Economy",
            // a person's two-word name, "of", an organization: two names
            "Anna Berg of Kesh Bank said the deal was good.|PER = Anna Berg; ORG = Kesh Bank",
            "Piet Dorn of the Velsk Film Fund signed the memorandum.|PER = Piet Dorn; ORG = Velsk Film Fund",
            // near misses: a head or a place before "of", or no head at the end
            "The Royal Bank of Scotland signed a deal.|ORG = Royal Bank of Scotland",
            "The Velsk State University of Culture signed the deal.|ORG = Velsk State University of Culture",
            "The Arab Republic of Egypt Broadcasting Union signed the deal.|!PER = Arab Republic",
    })
    void businessWordsAndPersonOfOrganization(String sentence, String expected) {
        titleModifierOpensAName(sentence, expected);
    }
}
