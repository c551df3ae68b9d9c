package signet.extract;

import signet.doc.Article;
import signet.fact.ExtractionResult;

/** Reads the facts an article states. Implementations are immutable and thread-safe. */
public interface Extractor {
    ExtractionResult extract(Article article);

    /** Changes whenever rules or lexicons change, so a store knows to re-extract unchanged files. */
    String version();
}
