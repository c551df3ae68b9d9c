package signet.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/** A document's graph with the IRI it is stored under. */
public record NamedGraph(String iri, Graph graph) {
    public NamedGraph {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(graph, "graph");
    }
}
