package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import signet.fact.AgreementFact;
import signet.fact.EventFact;
import signet.fact.ExtractionResult;
import signet.fact.Fact;
import signet.graph.FactGraphBuilder;
import signet.graph.Iris;
import signet.graph.SIG;

/**
 * Crafted long sentences must be read in bounded time: no rule may backtrack for minutes. These
 * are bounds, not benchmarks (timings are in BENCHMARKS.md); the limits are far above the few
 * milliseconds a real article takes, and far below what a catastrophic regex would need (minutes):
 * {@link #BOUND} is generous so that a machine busy with other work does not fail them (5 s did,
 * once, on a 2-core machine running four other builds).
 */
class ExtractionBoundsTest {
    private static final RuleExtractor X = new RuleExtractor();
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void aLongListOfAppositionsIsBounded() {
        StringBuilder b = new StringBuilder("Karl Berg, ");
        for (int i = 0; i < 400; i++) b.append("director of Alpha").append(i % 26 == 0 ? "" : "x").append(" Agency, ");
        b.append("and Eva Lind signed a memorandum of understanding with Omega Group.");
        ExtractionResult r = assertTimeoutPreemptively(BOUND, () -> X.extract(TestArticles.of(b.toString(), "2024-01-02", null)));
        assertFalse(r.facts().isEmpty());
    }

    @Test
    void thousandsOfOrganizationsInOneSentenceAreBounded() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2000; i++) b.append("Unit").append(Integer.toString(i, 26).replaceAll("[0-9]", "q")).append(" News Agency, ");
        b.append("and Last Media Group signed an agreement with Other Broadcasting Company in Lima on March 3, 2024.");
        assertTimeoutPreemptively(BOUND, () -> X.extract(TestArticles.of(b.toString(), "2024-03-05", null)));
    }

    /** Area nouns and field lists continue a name's complement; a run of thousands of them stays linear. */
    @Test
    void aNameWithThousandsOfAreaNounsAndFieldListsIsBounded() {
        String run = "The Department of the " + "Alpha region Beta province, Transport and Culture ".repeat(5000)
                + "signed an agreement with Omega Group.";
        assertTimeoutPreemptively(BOUND, () -> X.extract(TestArticles.of(run, null, null)));
    }

    @Test
    void aLineOfPunctuationAndCapitalsIsBounded() {
        String line = "A, B. C (D) E's F - G / H & I of the J and K ".repeat(1500) + "signed.";
        assertTimeoutPreemptively(BOUND, () -> X.extract(TestArticles.of(line, null, null)));
    }

    /**
     * One signing stated thousands of times is one fact with bounded evidence and a count of the
     * sentences not kept, and its graph stays small: an annotation per sentence made the graph of a
     * 50,000-sentence paragraph 850,000 quads, and keeping the evidence in a searched list made
     * extraction quadratic (31 s for 50,000 sentences, 185 s for 100,000).
     */
    @Test
    void oneSigningRepeatedThousandsOfTimesKeepsBoundedEvidenceAndCountsTheRest() {
        int n = 3000;
        String text = "Alderbrook Media Group and Corvina Press signed a memorandum of understanding in Tallinn on 3 March 2024.\n".repeat(n);
        ExtractionResult r = X.extract(TestArticles.of(text, "2024-03-04", null));
        List<AgreementFact> agreements = r.facts().stream().filter(f -> f instanceof AgreementFact).map(f -> (AgreementFact) f).toList();
        assertEquals(1, agreements.size(), "one signing, however often it is stated");
        AgreementFact a = agreements.get(0);
        assertEquals(Fact.MAX_EVIDENCE, a.evidence().size());
        assertEquals(n - Fact.MAX_EVIDENCE, a.evidenceNotKept());
        assertEquals(n - Fact.MAX_EVIDENCE, r.evidenceNotKept());
        assertTrue(r.evidenceNote().orElseThrow().startsWith("2,980 sentences were not kept as evidence"), r.evidenceNote().get());

        Graph g = new FactGraphBuilder(Iris.defaults()).build(r, "test");
        // the fact with 20 annotations, the document, its entities: a few hundred quads, not 17 per sentence
        assertTrue(g.size() < 600, g.size() + " triples");
        Node count = g.find(Node.ANY, SIG.evidenceNotKept.asNode(), Node.ANY).next().getObject();
        assertEquals(String.valueOf(n - Fact.MAX_EVIDENCE), count.getLiteralLexicalForm());
        assertEquals(Fact.MAX_EVIDENCE, g.find(Node.ANY, SIG.Nodes.evidence, Node.ANY).toList().size());
    }

    @Test
    void oneEventRepeatedThousandsOfTimesKeepsBoundedEvidence() {
        int n = 2000;
        String text = "Alderbrook Media Group and Corvina Press held talks in Tallinn on 3 March 2024.\n".repeat(n);
        ExtractionResult r = X.extract(TestArticles.of(text, "2024-03-04", null));
        List<EventFact> events = r.facts().stream().filter(f -> f instanceof EventFact).map(f -> (EventFact) f).toList();
        assertEquals(1, events.size());
        assertEquals(Fact.MAX_EVIDENCE, events.get(0).evidence().size());
        assertEquals(n - Fact.MAX_EVIDENCE, events.get(0).evidenceNotKept());
    }

    @Test
    void anArticleStatingEachFactOnceHasNoNote() {
        ExtractionResult r = X.extract(TestArticles.of(
                "Alderbrook Media Group and Corvina Press signed a memorandum of understanding in Tallinn on 3 March 2024.", "2024-03-04", null));
        assertEquals(0, r.evidenceNotKept());
        assertTrue(r.evidenceNote().isEmpty());
    }
}
