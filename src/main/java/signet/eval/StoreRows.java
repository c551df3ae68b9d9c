package signet.eval;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import signet.query.NamedQuery;
import signet.query.QueryRunner;
import signet.query.ResultFormat;

/**
 * Reads {@link SystemRows} from a store by running the project's own named queries, the same
 * files a user runs with {@code signet query}, so the score measures what users get.
 */
public final class StoreRows {

    private final Path queries;
    private final Duration timeout;

    /**
     * @param queries the folder holding {@code agreements.rq}, {@code roles.rq}, {@code part-of.rq}, {@code events.rq}
     * @param timeout the time limit of each query
     */
    public StoreRows(Path queries, Duration timeout) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Runs the four queries on the dataset (its default graph is the union of the documents). */
    public SystemRows read(Dataset dataset) throws IOException {
        QueryRunner runner = new QueryRunner(dataset, timeout);
        return new SystemRows(
                rows(runner, "agreements", s -> new SystemRows.AgreementRow(text(s, "agreement"), text(s, "doc"),
                        text(s, "partyName"), text(s, "date"), text(s, "place"))),
                rows(runner, "roles", s -> new SystemRows.RoleRow(text(s, "doc"), text(s, "personName"), text(s, "title"), text(s, "orgName"))),
                rows(runner, "part-of", s -> new SystemRows.PartOfRow(text(s, "doc"), text(s, "childName"), text(s, "parentName"))),
                rows(runner, "events", s -> new SystemRows.EventRow(text(s, "doc"), text(s, "date"))));
    }

    private <T> List<T> rows(QueryRunner runner, String name, Function<QuerySolution, T> row) throws IOException {
        Path file = queries.resolve(name + ".rq");
        NamedQuery query;
        try {
            query = NamedQuery.load(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "the scorer needs this named query");
        }
        // Through the runner, as `signet query` does; SPARQL JSON keeps every term intact on the way back.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(query, Map.of(), ResultFormat.JSON, out);
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultFormat.JSON.lang());
        List<T> list = new ArrayList<>();
        results.forEachRemaining(s -> list.add(row.apply(s)));
        return list;
    }

    /** The value as the CSV results format writes it: an IRI's text, a literal's lexical form, "" when unbound. */
    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) return "";
        Node node = n.asNode();
        if (node.isURI()) return node.getURI();
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        if (node.isBlank()) return "_:" + node.getBlankNodeLabel();
        return node.toString();
    }

    /** Whether all four queries exist in a folder (to tell a wrong folder from a failing query). */
    public static boolean hasQueries(Path dir) {
        return List.of("agreements", "roles", "part-of", "events").stream().allMatch(n -> Files.isRegularFile(dir.resolve(n + ".rq")));
    }
}
