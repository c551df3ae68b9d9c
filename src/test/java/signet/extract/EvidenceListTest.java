package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import signet.fact.Evidence;
import signet.fact.Fact;

/** The evidence a draft fact keeps: distinct spans, the first {@link Fact#MAX_EVIDENCE}, the rest counted once each. */
class EvidenceListTest {
    private static final String SENTENCE = "Alderbrook Media Group and Corvina Press signed a memorandum.";

    /** The n-th sentence of a text repeating {@link #SENTENCE}, as evidence of one rule. */
    private static Evidence sentence(int n) {
        int start = n * (SENTENCE.length() + 1);
        return new Evidence(start, start + SENTENCE.length(), SENTENCE, "agreement.active", 0.9);
    }

    @Test
    void keepsTheFirstSpansAndCountsEachFurtherOneOnce() {
        EvidenceList l = new EvidenceList();
        for (int i = 0; i < 50; i++) l.add(sentence(i));
        for (int i = 0; i < 50; i++) l.add(sentence(i)); // merged in again: no new sentence
        assertEquals(Fact.MAX_EVIDENCE, l.kept().size());
        assertEquals(sentence(0), l.kept().get(0));
        assertEquals(50 - Fact.MAX_EVIDENCE, l.notKept());
    }

    @Test
    void aSpanPutFirstPushesTheLastKeptOneOut() {
        EvidenceList l = new EvidenceList();
        for (int i = 1; i <= Fact.MAX_EVIDENCE; i++) l.add(sentence(i));
        l.addFirst(sentence(0));
        assertEquals(sentence(0), l.first().orElseThrow());
        assertEquals(Fact.MAX_EVIDENCE, l.kept().size());
        assertEquals(1, l.notKept());
    }

    @Test
    void mergingCarriesTheOtherDraftsUncountedSpansWithoutCountingOnesSeenTwice() {
        EvidenceList a = new EvidenceList(), b = new EvidenceList();
        for (int i = 0; i < 30; i++) a.add(sentence(i));
        for (int i = 20; i < 60; i++) b.add(sentence(i)); // 20..29 are a's too
        a.addAll(b);
        assertEquals(Fact.MAX_EVIDENCE, a.kept().size());
        assertEquals(60 - Fact.MAX_EVIDENCE, a.notKept());
    }
}
