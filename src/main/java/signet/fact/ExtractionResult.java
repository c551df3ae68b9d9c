package signet.fact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import signet.doc.Article;

/**
 * Everything read from one article: the entities it names (with the names it uses for them)
 * and the facts it states. {@code warnings} are non-fatal remarks (an unparsable date, ...).
 */
public record ExtractionResult(Article article, List<Entity> entities, List<Fact> facts, List<String> warnings) {
    public ExtractionResult {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }

    /** How many sentences stated a fact beyond the evidence it keeps, over all facts. */
    public long evidenceNotKept() {
        return facts.stream().mapToLong(Fact::evidenceNotKept).sum();
    }

    /** The one line a user is told when some sentences were not kept as evidence (ingest and extract print it). */
    public Optional<String> evidenceNote() {
        long n = evidenceNotKept();
        if (n == 0) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT, "%,d sentence%s not kept as evidence: a fact keeps at most %d "
                + "(the count is in the graph as sig:evidenceNotKept)", n, n == 1 ? " was" : "s were", Fact.MAX_EVIDENCE));
    }
}
