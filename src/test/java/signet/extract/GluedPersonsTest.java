package signet.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's name that the source glued to an organization's name without a comma is split off it,
 * and what is one name stays one. Every name here is invented. Mentions read as {@code extract --forms}
 * prints them ("ORG = Kestrel Telecom").
 */
class GluedPersonsTest {
    private static List<String> mentions(String sentence) {
        return OrgBoundariesTest.mentions(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an abbreviated honorific inside a run opens a person
            "The memorandum was signed by Kestrel Telecom Dr Anna Berg and Borealis Bank.|ORG = Kestrel Telecom|Anna Berg",
            "The memorandum was signed by Kestrel Telecom Dr. Anna Berg and Borealis Bank.|ORG = Kestrel Telecom|Anna Berg",
            "Present were Chairman of Borealis Bank Mr Piet Dorn and others.|ORG = Borealis Bank|Piet Dorn",
            "It was signed by Director General KSIR Prof. Lina Holm yesterday.|KSIR|Lina Holm",
            // after a title, a person glued to a generic body ending in a field word or an acronym
            "The memorandum was signed by Secretary Department of Space S Dorn.|ORG = Department of Space|S Dorn",
            "It was signed by the general manager of the Federation of BiH Anna Berg on Monday.|ORG = Federation of BiH|Anna Berg",
            "Present was the Chairman State Audit Chamber Lina Holm, who signed it.|ORG = State Audit Chamber|Lina Holm",
            "It was signed by the general manager of Radio Television of the Federation of BiR Anna Berg on Monday.|ORG = Radio Television of the Federation of BiR|Anna Berg",
            "It was signed in the presence of Chairman of the 12th International Film Festival for Children and Youth Anna Maria Berg.|ORG = 12th International Film Festival for Children and Youth|Anna Maria Berg",
            "The talks were held between the Chair of the National Assembly Council of the Republic Anna Berg and Piet Dorn.|ORG = National Assembly Council of the Republic|Anna Berg",
            // with no title before it, a person glued after an "of" complement of field words
            "Present were Lina Holm of Kestrel Bank and the Ministry of Education Anna Berg.|ORG = Ministry of Education|Anna Berg",
            "The deal was signed by the Department of Culture and Tourism Piet van Dorn on Monday.|ORG = Department of Culture and Tourism|Piet van Dorn",
            // a title followed by "of" and a name is the person's title, not the end of a name
            "The agreement was signed by Anna Berg CEO of Kestrel Telecom and Piet Dorn.|ORG = Kestrel Telecom|Anna Berg",
            "The deal was signed by Piet Dorn Chairman of the Borealis Bank in Kestrel City.|ORG = Borealis Bank|Piet Dorn",
    })
    void aPersonGluedToANameIsSplitOff(String sentence, String org, String person) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.stream().anyMatch(m -> m.startsWith(org.contains(" = ") ? org : "") && m.contains(org.replaceAll("^[A-Z]+ = ", ""))
                && !m.contains(person)), () -> "mentions " + ms);
        assertTrue(ms.stream().anyMatch(m -> m.startsWith("PER = ") && m.contains(person) && !m.contains("Kestrel") && !m.contains("Borealis")
                && !m.contains("KSIR")), () -> "mentions " + ms);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an honorific in full may open an institution's name; a head after the name keeps it one name
            "Prince Kestrel University signed an agreement with Borealis College.|ORG = Prince Kestrel University",
            "The Kestrel Dr. Berg Institute signed an agreement with Borealis College.|ORG = Kestrel Dr. Berg Institute",
            "The Sheikh Kestrel Foundation signed an agreement with Borealis College.|ORG = Sheikh Kestrel Foundation",
            // after a title, a generic body that ends in its own head keeps all its words
            "Our Director Ruritania Space Research Institute signed an agreement with Borealis College.|ORG = Ruritania Space Research Institute",
            "The Secretary Department of Space Research signed an agreement with Borealis College.|ORG = Department of Space Research",
            // with no title before it, a name after a head or a proper word is no person glued on
            "The Ministry of Kestrel Affairs Borealis Office signed an agreement with Borealis College.|ORG = Ministry of Kestrel Affairs Borealis Office",
            "The University of Kestrel Borealis Campus signed an agreement with Borealis College.|ORG = University of Kestrel Borealis Campus",
            // a portfolio with an "of" after it stays in the title
            "The Minister of Culture of Ruritania signed an agreement with Borealis College.|TTL = Minister of Culture",
            // a title word closing a name without an "of" after it stays in the name
            "The Kestrel Literature Publisher signed an agreement with Borealis College.|ORG = Kestrel Literature Publisher",
    })
    void oneNameStaysWhole(String sentence, String mention) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains(mention), () -> "mentions " + ms);
        assertFalse(ms.stream().anyMatch(m -> m.startsWith("PER = ")), () -> "mentions " + ms);
    }

    /** The organizations that posts of {@code text} name. */
    private static java.util.Set<String> postOrgs(String text) {
        var r = new RuleExtractor().extract(TestArticles.of(text, "2024-05-06", null));
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (var f : r.facts()) if (f instanceof signet.fact.PostFact p) out.add(p.organization().name());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "Party" before a title is part of the title's wording, never an organization alone
            "Party Secretary Anna Berg and President Piet Dorn of Kestrel University attended the signing.",
            "Party Secretary, President Anna Berg, and President Piet Dorn of Kestrel University attended the signing.",
            "Party First Secretary Anna Berg met the delegation of Kestrel University.",
    })
    void partyAloneIsNoOrganization(String sentence) {
        assertFalse(postOrgs(sentence).contains("Party"), () -> "posts at " + postOrgs(sentence));
    }

    @Test
    void aPartyWithANameIsAnOrganization() {
        String s = "Anna Berg, the secretary of the Kestrel Workers Party, signed the agreement with Borealis Bank.";
        assertTrue(postOrgs(s).contains("Kestrel Workers Party"), () -> "posts at " + postOrgs(s));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an abbreviated given name neither ends the sentence nor the person's name
            "On behalf of Kestrel Chamber President Md. Anna Rahman and Piet Dorn signed the memorandum.|Md. Anna Rahman",
            "The memorandum was signed by Mohd. Piet Rahman, chairman of Kestrel Bank.|Mohd. Piet Rahman",
    })
    void anAbbreviatedGivenNameStaysInTheName(String sentence, String person) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains("PER = " + person), () -> "mentions " + ms);
    }
}
