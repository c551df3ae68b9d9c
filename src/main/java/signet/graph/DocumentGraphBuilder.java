package signet.graph;

import org.apache.jena.graph.Graph;
import signet.fact.ExtractionResult;

/** Turns one article's extraction into the triples of that document's named graph. Thread-safe. */
public interface DocumentGraphBuilder {
    Graph build(ExtractionResult result, String extractorVersion);
}
