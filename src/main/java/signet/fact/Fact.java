package signet.fact;

import java.util.List;

/** A fact read from one article. Every fact carries its evidence. */
public sealed interface Fact permits AgreementFact, PostFact, PartOfFact, EventFact {
    /**
     * The most evidence sentences one fact keeps. A fact stated over and over in one article (a
     * paragraph repeating one signing 50,000 times) would otherwise carry an annotation per
     * sentence, some 17 quads each: 850,000 quads and a 15 MB page for one agreement. Twenty is
     * far above what a real article needs (the seed and dev articles state a fact in at most a
     * handful of sentences) and few enough for a fact page to show them all; the number of further
     * sentences is kept as {@link #evidenceNotKept()}.
     */
    int MAX_EVIDENCE = 20;

    /** Where the fact is stated: distinct spans in the order read, at most {@link #MAX_EVIDENCE}. */
    List<Evidence> evidence();

    /** How many further sentences of the article stated the fact but were not kept as its evidence. */
    default int evidenceNotKept() { return 0; }

    /** The checks every fact's evidence passes: some, at most {@link #MAX_EVIDENCE}, a count of the rest that is not negative. */
    static List<Evidence> checkedEvidence(List<Evidence> evidence, int notKept) {
        List<Evidence> copy = List.copyOf(evidence);
        if (copy.isEmpty()) throw new IllegalArgumentException("a fact needs evidence");
        if (copy.size() > MAX_EVIDENCE)
            throw new IllegalArgumentException(copy.size() + " evidence spans; a fact keeps at most " + MAX_EVIDENCE + " and counts the rest");
        if (notKept < 0) throw new IllegalArgumentException("negative count of evidence not kept: " + notKept);
        return copy;
    }
}
