package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state's posts: a nationality (known or only shaped like one: "Ruritanian", "Freedonese") or a
 * country before a head of state's title, or a minister's portfolio. A nationality is never the
 * organization ("Ruritanian Foreign"); a head of state holds the post at the country when the
 * story names the country itself; a minister holds it at the ministry of that portfolio (and that
 * country) the story names (before; or later, when the country is given), else at the ministry's
 * name made from the title and the country ("Ministry of Agriculture and Food of Freedonia"; a
 * "Foreign Minister" heads the "Ministry of Foreign Affairs"), never at the country; a diplomat
 * ("Ambassador to Kenya") holds it at the sending country, the title keeping where to. A country
 * named only by its adjective or possessive gives a head of state's post (the title states it:
 * "Ruritanian President X" is Ruritania's president) but no minister's (the ministry would be a
 * name the story never writes). Every name is invented.
 * Each row: sentences separated by " // " # expected posts "person | title | organization" separated by ";".
 */
class StatePostsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static void assertPosts(String sentences, String expected) {
        Set<String> want = new TreeSet<>();
        if (expected != null) Arrays.stream(expected.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(want::add);
        assertEquals(want, TestArticles.posts(X.extract(TestArticles.of(sentences.replace(" // ", "\n")))), sentences);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a head of state or government at the country the story names
            "Ruritania and Freedonia signed a trade pact on Monday. // Ruritanian President Marco Ruiz attended the ceremony.#Marco Ruiz | president | Ruritania",
            "Freedonia will open a consulate in Port Coralia. // The plan was announced by Freedonian Deputy Prime Minister Ola Brandt.#Ola Brandt | deputy prime minister | Freedonia",
            "Ruritania hosted the talks. // President Marco Ruiz and his Freedonian counterpart, President Lena Moss, met on Tuesday. // Freedonia sent six ministers.#Lena Moss | president | Freedonia",
            "Leaders of Peru and Chile met in Lima. // Chilean President Ana Soto opened the summit.#Ana Soto | president | Chile",
            "Ruritania and Coral Bank signed a loan. // The state visit of Ruritanian President Marco Ruiz ends on Friday.#Marco Ruiz | president | Ruritania",
            // a counterpart with no title of its own holds the same state title at its nationality's state
            "Ruritania and Kenya signed a pact. // Ruritanian Prime Minister Marco Ruiz and his Kenyan counterpart Ruth Auma attended.#Marco Ruiz | prime minister | Ruritania; Ruth Auma | prime minister | Kenya",
            "Coral Bank signed a loan. // Kenyan President Ruth Auma and her Ugandan counterpart John Okello met.#John Okello | president | Uganda; Ruth Auma | president | Kenya",
            // a head of state's country named only by its adjective or a possessive
            "Coral Wire signed a deal with Ruritania's news agency. // Ruritanian President Marco Ruiz praised it.#Marco Ruiz | president | Ruritania",
            "Coral Bank signed a loan. // Kenyan Prime Minister Ruth Auma attended.#Ruth Auma | prime minister | Kenya",
            "Coral Bank signed a loan in the presence of Norwegian President Harald Lund.#Harald Lund | president | Norway",
            // a minister at the ministry named before, of the same country
            "The Ministry of Foreign Affairs of Ruritania and Coral Bank signed a memorandum. // Ruritanian Foreign Minister Anna Berg was present.#Anna Berg | foreign minister | Ministry of Foreign Affairs of Ruritania",
            "The Freedonese Ministry of Health and the Ruritanian Ministry of Health signed a plan. // Freedonese Health Minister Ana Soto spoke first.#Ana Soto | health minister | Freedonese Ministry of Health",
            "The Ministry of Culture opened the festival on Friday. // Culture Minister Ivo Marek cut the ribbon.#Ivo Marek | culture minister | Ministry of Culture",
            "The fair was organised by the Ministry of Trade of Ruritania. // It was opened by Trade Minister Lena Holt.#Lena Holt | trade minister | Ministry of Trade of Ruritania",
            // no ministry named: its name made from the title as written and the country, never the country itself
            "Ruritania and Freedonia signed a trade pact. // Freedonian Minister of Agriculture and Food Ivo Marek attended.#Ivo Marek | minister of agriculture and food | Ministry of Agriculture and Food of Freedonia",
            "Ruritania and Freedonia signed a trade pact. // Ruritania's Minister of Culture Ivo Kral spoke.#Ivo Kral | minister of culture | Ministry of Culture of Ruritania",
            "Kenya and Coral Bank met. // Kenya's Minister of Information Paul Mwangi cut the ribbon.#Paul Mwangi | minister of information | Ministry of Information of Kenya",
            "Kenya and Coral Bank met. // The Minister of Tourism of Kenya, Rose Achieng, spoke.#Rose Achieng | minister of tourism | Ministry of Tourism of Kenya",
            "Ruritania hosted the fair. // Anna Weiss, Minister of Culture of Ruritania, opened it.#Anna Weiss | minister of culture | Ministry of Culture of Ruritania",
            "Kenya and Coral Bank met. // Kenyan Health Minister Mary Atieno spoke.#Mary Atieno | health minister | Ministry of Health of Kenya",
            // a foreign minister heads the ministry of foreign affairs (lexicons/state-posts.tsv), a deputy the same ministry
            "Ruritania and Freedonia signed a trade pact. // Ruritanian Foreign Minister Anna Berg spoke.#Anna Berg | foreign minister | Ministry of Foreign Affairs of Ruritania",
            "Ruritania and Freedonia signed a trade pact. // Ruritanian Deputy Foreign Minister Ola Brandt spoke.#Ola Brandt | deputy foreign minister | Ministry of Foreign Affairs of Ruritania",
            // "Minister for Foreign Affairs", a grade before the title, a portfolio of several fields, "Home Minister"
            "Kenya and Coral Bank met. // The Minister for Foreign Affairs of Kenya, Ann Wairimu, spoke.#Ann Wairimu | minister for foreign affairs | Ministry of Foreign Affairs of Kenya",
            "Kenya and Coral Bank met. // Kenyan Vice Minister of Trade Joe Kamau spoke.#Joe Kamau | vice minister of trade | Ministry of Trade of Kenya",
            "Kenya and Coral Bank met. // Peter Otieno, Kenya's Minister of Water, Land and Natural Resources, spoke.#Peter Otieno | minister of water, land and natural resources | Ministry of Water, Land and Natural Resources of Kenya",
            "Kenya and Coral Bank met. // Kenyan Home Minister Sam Odhiambo spoke.#Sam Odhiambo | home minister | Ministry of Home Affairs of Kenya",
            "Kenya and Coral Bank met. // Kenyan minister of agriculture Grace Wanjiku spoke.#Grace Wanjiku | minister of agriculture | Ministry of Agriculture of Kenya",
            // a name after the title's country is its holder, not the name before the title (a place after "in")
            "Kenya and Coral Bank met. // In Port Coralia, the Minister of Tourism of Kenya, Rose Achieng, spoke.#Rose Achieng | minister of tourism | Ministry of Tourism of Kenya",
            "Kenya and Coral Bank met. // In Port Coralia, the Kenyan Minister of Tourism, Rose Achieng, spoke.#Rose Achieng | minister of tourism | Ministry of Tourism of Kenya",
            "Kenya and Italy met. // In Port Coralia, the President of Kenya, Ivo Marek, and the President of Italy, Ana Ferrer, signed agreements.#Ivo Marek | president | Kenya; Ana Ferrer | president | Italy",
            // a country whose name takes "the" (lexicons/state-posts.tsv)
            "The UAE and Coral Bank met. // UAE Minister of Education Omar Saif spoke.#Omar Saif | minister of education | Ministry of Education of the United Arab Emirates",
            "The Netherlands and Coral Bank met. // Dutch Minister of Culture Anna de Vries spoke.#Anna de Vries | minister of culture | Ministry of Culture of the Netherlands",
            "The Republic of Ruritania and Coral Bank met. // Ivo Marek, Minister of Culture of the Republic of Ruritania, spoke.#Ivo Marek | minister of culture | Ministry of Culture of the Republic of Ruritania",
            // the ministry named later in the story, for the country given, is the one
            "Kenya and Coral Bank met. // Kenyan Minister of Health Ruth Njeri spoke. // The Kenyan Ministry of Health will fund it.#Ruth Njeri | minister of health | Kenyan Ministry of Health",
            // a ministry of another country is not this minister's
            "The Ministry of Trade of Ruritania signed a deal with Coral Bank. // Freedonia sent a delegation. // Freedonian Trade Minister Ana Soto attended.#Ana Soto | trade minister | Ministry of Trade of Freedonia",
            // a nationality read as a short form of an embassy named later is still a nationality
            "Ruritania and Freedonia met. // Ruritanian Foreign Minister Anna Berg spoke. // Dan Cole, minister-counsellor at the Ruritanian Embassy, spoke.#Anna Berg | foreign minister | Ministry of Foreign Affairs of Ruritania; Dan Cole | minister-counsellor | Ruritanian Embassy",
            // a head of government at the country, in either order
            "Kenya and Coral Bank met. // The Prime Minister of Kenya, Omar Juma, spoke.#Omar Juma | prime minister | Kenya",
            "Kenya and Coral Bank met. // Kenyan Prime Minister Omar Juma spoke.#Omar Juma | prime minister | Kenya",
            // a portfolio of several fields keeps them all
            "The Ruritanian Ministry of Labour and Social Policy signed a plan with Coral Bank. // Ruritanian Minister of Labour and Social Policy Ana Soto spoke.#Ana Soto | minister of labour and social policy | Ruritanian Ministry of Labour and Social Policy",
            // co-chairs named after the body they chair, each with a nationality and a title
            "Ruritania and Freedonia signed. // The Ruritanian-Freedonian Trade Commission, co-chaired by Ruritanian Deputy Prime Minister Ola Brandt and Freedonian Finance Minister Ivo Marek, met in May.#Ola Brandt | co-chair | Ruritanian-Freedonian Trade Commission; Ivo Marek | co-chair | Ruritanian-Freedonian Trade Commission; Ola Brandt | deputy prime minister | Ruritania; Ivo Marek | finance minister | Ministry of Finance of Freedonia",
            "The Coral Harbor Council, co-chaired by Lena Holt and Ana Soto, will meet in June.#Lena Holt | co-chair | Coral Harbor Council; Ana Soto | co-chair | Coral Harbor Council",
            "The Coral Water Council, co-chaired by mayor Ivo Marek, approved the plan.#Ivo Marek | co-chair | Coral Water Council",
    })
    void statePosts(String sentences, String expected) {
        assertPosts(sentences, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a diplomat holds the post at the sending country; the title keeps where they are sent
            "Italy and Kenya signed a pact. // Italian Ambassador to Kenya Marco Bellini attended.#Marco Bellini | ambassador to kenya | Italy",
            "Italy and Kenya signed a pact. // The ambassador of Italy to Kenya, Paolo Rossi, attended.#Paolo Rossi | ambassador to kenya | Italy",
            "Italy and Kenya signed a pact. // Kenya's ambassador to Italy, Jane Wambui, spoke.#Jane Wambui | ambassador to italy | Kenya",
            "Italy and Kenya signed a pact. // Mario Conti, ambassador of Italy to Kenya, spoke.#Mario Conti | ambassador to kenya | Italy",
            "Italy and Kenya signed a pact. // Luca Verdi, the Italian ambassador to Kenya, spoke.#Luca Verdi | ambassador to kenya | Italy",
            "Ruritania and Freedonia signed a pact. // The ambassador of Ruritania to Freedonia, Lena Holt, attended.#Lena Holt | ambassador to freedonia | Ruritania",
            "Ruritania and Freedonia signed a pact. // Anna Kova, Freedonia's ambassador to Ruritania, spoke.#Anna Kova | ambassador to ruritania | Freedonia",
            // not said where to: the title alone
            "Italy and Kenya signed a pact. // The Italian ambassador Gino Neri spoke.#Gino Neri | ambassador | Italy",
            "Italy and Kenya signed a pact. // Kenyan Ambassador Ruth Auma spoke.#Ruth Auma | ambassador | Kenya",
            // a consul general where they serve, an envoy
            "Italy and Kenya signed a pact. // The Consul General of Italy in Mombasa, Sara Bianchi, spoke.#Sara Bianchi | consul general in mombasa | Italy",
            "Italy and Kenya signed a pact. // Italian special envoy Ola Brandt arrived.#Ola Brandt | special envoy | Italy",
            // the name after the title is its holder, not the place before it
            "Italy and Kenya met. // In Port Coralia, the Italian ambassador, Gino Neri, spoke.#Gino Neri | ambassador | Italy",
    })
    void diplomats(String sentences, String expected) {
        assertPosts(sentences, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // the sending country named only by its adjective, and no country the envoy is posted to: a passing mention
            "Italian Ambassador to Nairobi Marco Bellini visited Coral Television.#",
            "Italian Ambassador Marco Bellini visited Coral Television.#",
            // an organization's ambassador is no state's
            "Italy and Kenya signed a pact. // Lena Dorn, goodwill ambassador of UNICEF, visited Kenya.#",
            "Italy and Kenya signed a pact. // UNICEF goodwill ambassador Lena Holt visited Kenya.#",
            "Italy and Kenya signed a pact. // Coral Shoes brand ambassador Ivo Marek spoke.#",
            "Italy and Kenya signed a pact. // Ivo Sand, brand ambassador of Coral Shoes, spoke.#",
            "Italy and Kenya signed a pact. // The ambassador of UNESCO Ivo Kral spoke.#Ivo Kral | ambassador | UNESCO",
            "Italy and Kenya signed a pact. // The ambassador of CORALNET Ivo Kral spoke.#Ivo Kral | ambassador | CORALNET",
            // only a diplomat is sent somewhere: a minister's title with a place after it is no such form
            "Italy and Kenya signed a pact. // Kenyan Minister in Rome Peter Ouma spoke.#",
    })
    void noDiplomat(String sentences, String expected) {
        assertPosts(sentences, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a nationality is never an organization, even one no list knows
            "Ruritanian Foreign Minister Anna Berg visited Coral Television on Monday.#",
            "Freedonese Economy Minister Lars Dahl and Coral Bank chairman Ole Sand met.#Ole Sand | chairman | Coral Bank",
            // the country is named only by the adjective or a possessive: no ministry made up for it;
            // an adjective no list knows and no country named: no state to hold the post
            "Ruritanian President Marco Ruiz visited Coral Television on Monday.#",
            "Coral Wire signed a deal with Ruritania's news agency. // Ruritanian Culture Minister Marco Ruiz praised it.#",
            // no ministry of that portfolio, or one of another country, or named only after the title
            "The Ministry of Culture opened the festival. // Health Minister Ivo Marek cut the ribbon.#",
            "The Ministry of Trade of Ruritania signed a deal with Coral Bank. // Freedonian Trade Minister Ana Soto attended.#",
            // no country given: only a ministry named before
            "Culture Minister Ivo Marek spoke first. // The Ministry of Culture later signed the deal.#",
            "The Ministry of Culture of Ruritania and the Ministry of Culture of Freedonia met. // Culture Minister Ivo Marek spoke.#",
            // the title of a title, a country inside an organization's name
            "Ruritania and Coral Bank met. // Adviser to the Ruritanian President Lena Holt spoke.#",
            "Ruritania signed. // Coral Chamber of Commerce in Ruritania President Ivo Marek spoke.#Ivo Marek | president | Coral Chamber of Commerce in Ruritania",
            "The talks were attended by Freedonian Minister of Agriculture and Food Ivo Marek.#",
            "Kenyan Minister of Information Paul Mwangi visited Coral Television.#",
            "Coral Bank signed a deal with Kenya's news agency. // Kenya's Minister of Information Paul Mwangi praised it.#",
            // a minister's rank or a minister with no portfolio heads no ministry; an embassy's minister-counsellor is the embassy's
            "Ruritania and Freedonia met. // Ruritanian Minister of State Lena Holt spoke.#",
            "Ruritania and Freedonia met. // Ruritanian Minister Tom Vale spoke.#",
            "Ruritania and Freedonia met. // Dan Cole, minister-counsellor at the Ruritanian Embassy, spoke.#Dan Cole | minister-counsellor | Ruritanian Embassy",
            // a company officer's counterpart, a counterpart with no nationality, a spouse: no state's post
            "Coral Bank signed a loan. // Coral Bank chairman Ivo Kranj and his Kenyan counterpart Anna Berg met.#Ivo Kranj | chairman | Coral Bank",
            "Coral Bank signed a loan. // Kenyan President Ruth Auma and her husband John Okello arrived.#Ruth Auma | president | Kenya",
            // a head of state without a named country, and a company's president
            "The Cabinet met on Monday. // Prime Minister Anton Reyes chaired the meeting.#",
            "Coral's president Dana Quill said the deal matters.#Dana Quill | president | Coral",
            // a first name shaped like a nationality is still a person
            "Adrian Cole, the director of Coral Bank, said the deal matters.#Adrian Cole | director | Coral Bank",
    })
    void noStatePost(String sentences, String expected) {
        assertPosts(sentences, expected);
    }
}
