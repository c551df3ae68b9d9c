package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;
import signet.fact.ExtractionResult;

/**
 * The states, capitals and nationalities of reference/places.tsv and lexicons/demonyms.tsv at work:
 * states that sign (by any of the names news gives them: "Türkiye", "the DRC", "Côte d'Ivoire",
 * "Trinidad and Tobago"), alone or with an organization; a signing in a capital; a nationality
 * before an organization, which describes it. And the near misses a bigger gazetteer could get
 * wrong: organizations whose names hold a country or a capital ("Chad Media Group", "Coral Bank of
 * Georgia"), and people whose first name is a country ("Chad Moreno", "Georgia Lindqvist").
 * The states and capitals are real (they are the reference data under test); every organization
 * and person is invented.
 * Each row: sentences separated by " // " # expected signed agreements "A + B @ place" separated by ";".
 */
class StatesAndCapitalsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static Set<String> signed(ExtractionResult r) {
        Set<String> out = new TreeSet<>();
        for (var f : r.facts()) {
            if (!(f instanceof AgreementFact a) || a.status() != AgreementStatus.SIGNED) continue;
            List<String> names = a.parties().stream().map(e -> e.name()).sorted().toList();
            out.add(String.join(" + ", names) + " @ " + a.place().map(p -> p.name()).orElse("-"));
        }
        return out;
    }

    private static Set<String> expected(String s) {
        Set<String> want = new TreeSet<>();
        if (s != null) Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).forEach(want::add);
        return want;
    }

    private static void assertSigned(String sentences, String expected) {
        assertEquals(expected(expected), signed(X.extract(TestArticles.of(sentences.replace(" // ", "\n")))), sentences);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // two states, by their short, long and older names
            "Brazil and Uruguay signed a scientific cooperation agreement in Montevideo.#Brazil + Uruguay @ Montevideo",
            "The Oriental Republic of Uruguay and the Argentine Republic signed a river treaty.#Argentina + Uruguay @ -",
            "Türkiye and Czechia signed a rail agreement.#Czech Republic + Turkey @ -",
            "Swaziland and Burma signed a memorandum on trade.#Eswatini + Myanmar @ -",
            "The DRC and Rwanda signed a peace deal in Washington.#Democratic Republic of the Congo + Rwanda @ Washington",
            "Congo and Angola signed a trade pact.#Angola + Congo @ -",
            "Niger and Chad signed a security pact in N'Djamena.#Chad + Niger @ N'Djamena",
            "Kosovo and Albania signed an energy agreement in Pristina.#Albania + Kosovo @ Pristina",
            "The Holy See and Uruguay signed an accord in Vatican City.#Uruguay + Vatican City @ Vatican City",
            "Zambia signed a power purchase agreement with Malawi in Lilongwe.#Malawi + Zambia @ Lilongwe",
            // names with small words in them stay whole, and their "and" joins nothing
            "Côte d'Ivoire and Ghana signed a cocoa pact.#Côte d'Ivoire + Ghana @ -",
            "Trinidad and Tobago and Guyana signed an energy accord in Port of Spain.#Guyana + Trinidad and Tobago @ Port of Spain",
            "Bosnia and Herzegovina and Croatia signed a bridge agreement.#Bosnia and Herzegovina + Croatia @ -",
            "Saint Vincent and the Grenadines and Barbados signed a maritime accord.#Barbados + Saint Vincent and the Grenadines @ -",
            // a state and an organization
            "Uruguay and Kestrel Bank signed a loan agreement.#Kestrel Bank + Uruguay @ -",
            "Paraguay and the Coral Development Bank signed a loan agreement in Asuncion.#Coral Development Bank + Paraguay @ Asunción",
            "Kestrel Bank signed a loan agreement with Paraguay.#Kestrel Bank + Paraguay @ -",
            "Kestrel Bank signed a loan agreement with Uruguay on Monday.#Kestrel Bank + Uruguay @ -",
            "Coral Fund signed grant agreements with Malawi and Zambia.#Coral Fund + Malawi @ -; Coral Fund + Zambia @ -",
            // two states in a "between" list that follows the verb or the agreement
            "An MoU was signed between India and Peru on Monday.#India + Peru @ -",
            "The cabinet approved the agreement signed between Kenya and Uganda.#Kenya + Uganda @ -",
            "A memorandum between Chile and Peru was signed in Lima.#Chile + Peru @ Lima",
            // organizations signing in a capital
            "Coral Ports signed a memorandum with Kestrel Shipping in Dar es Salaam.#Coral Ports + Kestrel Shipping @ Dar es Salaam",
            "Kestrel Airways and Coral Air signed a code-share agreement in Ouagadougou.#Coral Air + Kestrel Airways @ Ouagadougou",
            // the place of a visit the signing was part of
            "Uruguay and Paraguay signed five cooperation agreements during Uruguayan President Ana Lopez's visit to Paraguay.#Paraguay + Uruguay @ Paraguay",
            "Kestrel Bank and Coral Bank signed a loan agreement during the minister's visit to Montevideo last week.#Coral Bank + Kestrel Bank @ Montevideo",
            "Kestrel Bank and Coral Bank signed a loan agreement on an official trip to Lusaka.#Coral Bank + Kestrel Bank @ Lusaka",
            "Kestrel Bank and Coral Bank signed a loan agreement in Asuncion during the visit to Paraguay.#Coral Bank + Kestrel Bank @ Asunción",
            "Kestrel Bank and Coral Bank signed a loan agreement ahead of a trip to Lima.#Coral Bank + Kestrel Bank @ -",
            "Kestrel Bank and Coral Bank signed a loan agreement after the minister's visit to Lima.#Coral Bank + Kestrel Bank @ -",
            // a nationality before an organization describes it
            "The Ivorian Coral Cocoa Board signed a memorandum with Kestrel Trading.#Coral Cocoa Board + Kestrel Trading @ -",
            "Coral Foods signed an agreement with Ivorian cocoa exporter Kestrel Trading.#Coral Foods + Kestrel Trading @ -",
            "Coral Foods signed an agreement with the Malian firm Kestrel Gold.#Coral Foods + Kestrel Gold @ -",
            "Uruguayan company Kestrel Group signed an agreement with Coral Foods.#Coral Foods + Kestrel Group @ -",
    })
    void statesAndCapitals(String sentences, String expected) {
        assertSigned(sentences, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // an organization whose name opens or ends with a country or a capital is that organization
            "Coral Bank of Georgia signed an agreement with Kestrel Holdings.#Coral Bank of Georgia + Kestrel Holdings @ -",
            "Chad Media Group signed a memorandum with Coral Telecom.#Chad Media Group + Coral Telecom @ -",
            "Jordan Coral Authority signed a memorandum with Kestrel Water.#Jordan Coral Authority + Kestrel Water @ -",
            "Guinea Press signed a cooperation agreement with Borealis News.#Borealis News + Guinea Press @ -",
            "Tonga LNG signed a supply contract with Kestrel Energy.#Kestrel Energy + Tonga LNG @ -",
            "Niger Coral Development Commission signed a memorandum with Kestrel Oil.#Kestrel Oil + Niger Coral Development Commission @ -",
            "Georgetown Kestrel College signed an agreement with Coral Institute.#Coral Institute + Georgetown Kestrel College @ -",
            "Togo Telecom signed a roaming deal with Coral Telecom in Lome.#Coral Telecom + Togo Telecom @ Lomé",
            "Kestrel Telecom Uruguay signed an agreement with Coral Cable.#Coral Cable + Kestrel Telecom Uruguay @ -",
            "The Central Bank of Bosnia and Herzegovina signed a memorandum with Kestrel Bank.#Central Bank of Bosnia and Herzegovina + Kestrel Bank @ -",
            "Kestrel Bank signed a memorandum with the Central Bank of Trinidad and Tobago.#Central Bank of Trinidad and Tobago + Kestrel Bank @ -",
            "Coral Radio of Bosnia and Herzegovina and Kestrel Radio signed a cooperation agreement.#Coral Radio of Bosnia and Herzegovina + Kestrel Radio @ -",
            // a state in a place phrase or a possessive is no party
            "Kestrel Bank signed a loan agreement with Coral Bank in Uruguay.#Coral Bank + Kestrel Bank @ Uruguay",
            "Kestrel Bank signed an agreement with Paraguay's Coral Bank.#Coral Bank + Kestrel Bank @ -",
            "In Malawi, Kestrel Bank and Coral Bank signed a loan agreement.#Coral Bank + Kestrel Bank @ -",
            "Tajikistan's Kestrel Chamber and Belarus’ Coral Committee signed a cooperation agreement.#Coral Committee + Kestrel Chamber @ -",
            // a state before a plain word describes it; after a name "of" a state, a state is short for a like name
            "Coral Museums signed memorandums with China, Mongolia museums.#",
            "Kestrel Radio signed a cooperation agreement with Coral Radio of Albania and Kosovo.#Coral Radio of Albania + Kestrel Radio @ -",
            // a "between" list further on says whose relations the agreement serves; a state set off after a name says where it is
            "Coral Wire and Kestrel News signed a cooperation agreement to strengthen relations between Kosovo and Italy.#Coral Wire + Kestrel News @ -",
            "An MoU was signed between the Coral Research Council, India, and the Kestrel Research Council.#Coral Research Council + Kestrel Research Council @ -",
            // a state whose own body is named as a side signs through it
            "Sri Lanka signed an MOU with Spain for collaboration between the Ministry of Culture of Sri Lanka and the Ministry of Culture of Spain.#Ministry of Culture of Spain + Ministry of Culture of Sri Lanka @ -",
            // a person whose first name is a country stays a person
            "Chad Moreno, chief executive of Kestrel Bank, signed the deal with Coral Bank.#Coral Bank + Kestrel Bank @ -",
            "Jordan Vance spoke at the forum.#",
    })
    void nearMisses(String sentences, String expected) {
        assertSigned(sentences, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Chad Moreno, chief executive of Kestrel Bank, opened the forum.#Chad Moreno | chief executive | Kestrel Bank",
            "Georgia Lindqvist, director of Coral Media, attended.#Georgia Lindqvist | director | Coral Media",
            "Jordan Vance, the chairman of Kestrel Bank, spoke first.#Jordan Vance | chairman | Kestrel Bank",
            "Chad Anthony Moreno, director of Coral Media, attended.#Chad Anthony Moreno | director | Coral Media",
            "Georgia Ann Lindqvist, director of Coral Media, attended.#Georgia Ann Lindqvist | director | Coral Media",
            // a nationality before a head of state's title, the country named in the story
            "Côte d'Ivoire and Ghana signed a cocoa pact. // Ivorian President Jean Kouame attended the ceremony.#Jean Kouame | president | Côte d'Ivoire",
            "Uruguay and Paraguay signed a river accord. // Uruguayan President Ana Lopez attended the ceremony.#Ana Lopez | president | Uruguay",
    })
    void posts(String sentences, String expected) {
        assertEquals(expected(expected), TestArticles.posts(X.extract(TestArticles.of(sentences.replace(" // ", "\n")))), sentences);
    }

    /**
     * How the rules see a sentence: a country that is also a given name opens a person's name ("Chad Anthony
     * Moreno"); after a preposition it is a place before a name ("Ambassador to China Li Wei").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Chad Anthony Moreno, director of Coral Media, attended.#PER_0 , TTL_1 of OTH_2 , attended .",
            "Jordan Ahmad Khalil spoke.#OTH_0 spoke .",
            "The Ambassador to China Li Wei attended.#the TTL_0 to PLC_1 OTH_2 attended .",
            "The Chinese Ambassador in Jordan Omar Haddad spoke.#the chinese TTL_0 in PLC_1 OTH_2 spoke .",
            "Bosnia and Herzegovina and Croatia met.#PLC_0 and PLC_1 met .",
            "Kestrel Ports opened an office in Dar es Salaam.#ORG_0 opened an office in PLC_1 .",
            "Côte d'Ivoire and Ghana met.#PLC_0 and PLC_1 met .",
    })
    void forms(String sentence, String form) {
        String got = X.abstractForms(TestArticles.of(sentence)).get(0).lines().findFirst().orElse("").strip();
        assertEquals(form, got, sentence);
    }

    /** A dateline that names a capital places a signing "here"; a country's name as a dateline means its capital. */
    @org.junit.jupiter.api.Test
    void datelines() {
        String text = "MONTEVIDEO, May 3 (Kestrel Wire) - Coral Bank signed an agreement with Borealis Bank here.";
        assertEquals(Set.of("Borealis Bank + Coral Bank @ Montevideo"), signed(X.extract(TestArticles.of(text, null, "MONTEVIDEO"))));
        String panama = "PANAMA, May 3 (Kestrel Wire) - Coral Bank signed an agreement with Borealis Bank here.";
        assertEquals(Set.of("Borealis Bank + Coral Bank @ Panama City"), signed(X.extract(TestArticles.of(panama, null, "PANAMA"))));
    }
}
