package signet.web;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingLib;
import org.apache.jena.sparql.exec.RowSetStream;

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

    /**
     * Runs a SELECT query and hands its rows to {@code reader} as they come, while the source
     * holds what they need (a read transaction, an open response), so a large result is written
     * out without first being copied row by row. The rows are only valid inside {@code reader}.
     * By default: over the copied rows of {@link #select}.
     */
    default void select(Query query, Consumer<ResultSet> reader) {
        List<QuerySolution> rows = select(query);
        reader.accept(ResultSet.adapt(RowSetStream.create(Var.varList(query.getResultVars()),
                rows.stream().map(BindingLib::asBinding).iterator())));
    }
}
