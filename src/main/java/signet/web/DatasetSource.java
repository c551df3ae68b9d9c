package signet.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;

/**
 * A {@link SparqlSource} over a local dataset (the TDB2 store), each query in its own read
 * transaction and bounded by a time-out. Rows are copied inside the transaction: TDB2 resolves
 * node ids lazily, and a binding read after the transaction ends would fail.
 */
public final class DatasetSource implements SparqlSource {
    private final Dataset dataset;
    private final Duration timeout;

    public DatasetSource(Dataset dataset, Duration timeout) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    private QueryExecution exec(Query query) {
        return QueryExecution.dataset(dataset).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    @Override
    public List<QuerySolution> select(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = exec(query)) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    QuerySolutionMap copy = new QuerySolutionMap();
                    for (Iterator<String> vars = s.varNames(); vars.hasNext(); ) {
                        String v = vars.next();
                        if (s.get(v) != null) copy.add(v, s.get(v));
                    }
                    rows.add(copy);
                }
                return List.copyOf(rows);
            }
        });
    }

    /** Streams the rows inside the read transaction: nothing is copied. */
    @Override
    public void select(Query query, Consumer<ResultSet> reader) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = exec(query)) {
                reader.accept(qe.execSelect());
            }
        });
    }

    @Override
    public Model construct(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = exec(query)) {
                Model m = ModelFactory.createDefaultModel();
                if (query.isDescribeType()) m.add(qe.execDescribe());
                else m.add(qe.execConstruct());
                return m;
            }
        });
    }

    @Override
    public boolean ask(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = exec(query)) {
                return qe.execAsk();
            }
        });
    }
}
