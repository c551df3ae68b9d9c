package signet.ingest;

import java.util.Objects;
import signet.doc.DocumentReader;
import signet.extract.Extractor;
import signet.graph.DocumentGraphBuilder;
import signet.graph.Iris;

/**
 * The three stages from file to graph: read, extract, build. Immutable; the stages are
 * thread-safe by contract, so one pipeline serves a whole ingest run.
 *
 * @param reader    file → cleaned {@link signet.doc.Article}
 * @param extractor article → facts
 * @param builder   facts → the document's named graph
 * @param iris      mints the graph IRI of each document ({@link Iris#documentGraph})
 */
public record Pipeline(DocumentReader reader, Extractor extractor, DocumentGraphBuilder builder, Iris iris) {

    public Pipeline {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(iris, "iris");
    }

    /**
     * The production pipeline. This is the one place where the concrete stages are chosen; the
     * date finder is shared by the reader (publication dates) and the extractor.
     */
    public static Pipeline standard() {
        return standard(Iris.defaults());
    }

    /** The production pipeline minting IRIs under another base (a published copy on its own host). */
    public static Pipeline standard(Iris iris) {
        signet.time.RuleDateFinder dates = new signet.time.RuleDateFinder();
        return new Pipeline(new signet.doc.TextDocumentReader(dates), new signet.extract.RuleExtractor(dates),
                new signet.graph.FactGraphBuilder(iris), iris);
    }
}
