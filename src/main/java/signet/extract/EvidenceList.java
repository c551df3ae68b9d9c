package signet.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import signet.fact.Evidence;
import signet.fact.Fact;

/**
 * The evidence of a draft fact while its reports are merged: distinct spans in the order they
 * come, the first {@link Fact#MAX_EVIDENCE} kept, the others only counted. Adding is constant
 * time, so an article stating one fact in 100,000 sentences is read in linear time (a list
 * searched on every merge made it quadratic: 185 s for 100,000 sentences) and the fact it makes
 * stays small. Per article, not thread-safe.
 */
final class EvidenceList {
    /** What makes two evidence spans the same: the span, the rule and its confidence (the text follows from the span). */
    private record Key(int start, int end, String rule, double confidence) {
        static Key of(Evidence e) { return new Key(e.start(), e.end(), e.rule(), e.confidence()); }
    }

    private final List<Evidence> kept = new ArrayList<>();
    /** Every distinct span seen, kept or not: a span merged in twice counts once. */
    private final Set<Key> seen = new HashSet<>();
    private int notKept;

    /** Adds a span at the end: kept while there is room, else counted. A span already seen is ignored. */
    void add(Evidence e) {
        if (!seen.add(Key.of(e))) return;
        if (kept.size() < Fact.MAX_EVIDENCE) kept.add(e);
        else notKept++;
    }

    /** Adds a span before the others (the sentence that names the parties of a partyless signing); the last kept one makes room. */
    void addFirst(Evidence e) {
        if (!seen.add(Key.of(e))) return;
        kept.add(0, e);
        if (kept.size() > Fact.MAX_EVIDENCE) {
            kept.remove(kept.size() - 1);
            notKept++;
        }
    }

    /** Adds another draft's evidence after this one's, its uncounted spans included. */
    void addAll(EvidenceList other) {
        other.kept.forEach(this::add);
        if (other.notKept == 0) return;
        Set<Key> otherKept = new HashSet<>();
        for (Evidence e : other.kept) otherKept.add(Key.of(e));
        for (Key k : other.seen) if (!otherKept.contains(k) && seen.add(k)) notKept++;
    }

    Optional<Evidence> first() { return kept.isEmpty() ? Optional.empty() : Optional.of(kept.get(0)); }

    /** The kept spans, at most {@link Fact#MAX_EVIDENCE}. */
    List<Evidence> kept() { return List.copyOf(kept); }

    /** How many distinct spans were seen but not kept. */
    int notKept() { return notKept; }
}
