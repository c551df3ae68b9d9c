package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;

/**
 * A group of people named by a plural noun that is capitalised only because it opens the
 * sentence ("Diplomats", "Ministers", "Both") is never a party, even in a party slot where an
 * unknown capitalised name would be promoted to an organization. Invented organizations.
 */
class PeopleNounsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static Set<String> signedPairs(String text) {
        Set<String> out = new TreeSet<>();
        for (var f : X.extract(TestArticles.of(text, "2025-03-08", null)).facts())
            if (f instanceof AgreementFact a && a.status() == AgreementStatus.SIGNED)
                out.add(String.join(" + ", a.parties().stream().map(e -> e.name()).sorted().toList()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // sentence | expected pairs ("" for none)
            "Diplomats and Coral Bank signed a pact on Monday.|",
            "Ministers and the Harbor Trade Council signed a declaration.|",
            "Both Coral Bank and Delta Holding signed the memorandum.|Coral Bank + Delta Holding",
            // an unknown one-word name in the same slot is still a party
            "Zentrix and Coral Bank signed a pact on Monday.|Coral Bank + Zentrix",
    })
    void groupsOfPeopleAreNoParties(String sentence, String expected) {
        Set<String> want = expected == null ? Set.of() : Set.of(expected);
        assertEquals(want, signedPairs(sentence));
    }
}
