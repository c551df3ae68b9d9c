package signet.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/**
 * Runs SPARQL queries against a store's dataset: in a read transaction, with a time limit,
 * with parameters bound as RDF terms (never spliced into the query text), writing the
 * results in one of the {@link ResultFormat}s. SELECT and ASK use the result formats;
 * CONSTRUCT and DESCRIBE write Turtle.
 */
public final class QueryRunner {

    private final Dataset dataset;
    private final Duration timeout;

    public QueryRunner(Dataset dataset, Duration timeout) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
    }

    /**
     * Runs a named query. When the query documents its parameters ({@code # param}), only
     * those may be bound: a misspelt name fails instead of silently returning everything.
     */
    public void run(NamedQuery named, Map<String, Node> params, ResultFormat format, OutputStream out) {
        run(named.bind(params), Map.of(), format, out);
    }

    /** Runs a query; every parameter must name a variable of the query. */
    public void run(Query unbound, Map<String, Node> params, ResultFormat format, OutputStream out) {
        Query query = NamedQuery.bind(unbound, params);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                switch (query.queryType()) {
                    case SELECT -> {
                        if (format == ResultFormat.TABLE) ResultSetFormatter.out(out, qe.execSelect(), query);
                        else ResultSetFormatter.output(out, qe.execSelect(), format.lang());
                    }
                    case ASK -> {
                        boolean answer = qe.execAsk();
                        if (format == ResultFormat.TABLE) ResultSetFormatter.out(out, answer);
                        else ResultSetFormatter.output(out, answer, format.lang());
                    }
                    case CONSTRUCT -> writeTurtle(qe.execConstruct(), out);
                    case DESCRIBE -> writeTurtle(qe.execDescribe(), out);
                    default -> throw new IllegalArgumentException("unsupported query form: " + query.queryType());
                }
            }
        });
    }

    private static void writeTurtle(Model model, OutputStream out) {
        RDFDataMgr.write(out, model, Lang.TURTLE);
    }
}
