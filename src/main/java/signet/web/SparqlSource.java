package signet.web;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;

/**
 * Where pages, descriptions and dumps read the graph: SPARQL in, copied results out. The results
 * are materialised, so a caller never holds a transaction or a connection while it renders.
 * Queries see the union of all document graphs as their default graph; {@code GRAPH ?g} names a
 * document's graph.
 */
public interface SparqlSource {

    /** The rows of a SELECT query, copied. */
    List<QuerySolution> select(Query query);

    /** The triples of a CONSTRUCT or DESCRIBE query, copied into a fresh model. */
    Model construct(Query query);

    /** The answer of an ASK query. */
    boolean ask(Query query);
}
