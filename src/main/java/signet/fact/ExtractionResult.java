package signet.fact;

import java.util.List;
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
}
