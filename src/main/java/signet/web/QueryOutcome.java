package signet.web;

import java.time.Duration;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;

/**
 * What running a query on the query page gave: rows, a yes/no answer, triples, or a failure to
 * show on the page with its HTTP status. Results are complete copies (see {@link SparqlSource}),
 * capped at {@link QueryPageRoute#MAX_ROWS}.
 */
sealed interface QueryOutcome {

    /**
     * A SELECT result.
     *
     * @param vars      the columns, in the query's order
     * @param rows      at most {@link QueryPageRoute#MAX_ROWS} rows
     * @param truncated whether the query had more rows than are shown
     * @param prefixes  the query's prefixes, to shorten IRIs for reading
     */
    record Rows(List<String> vars, List<QuerySolution> rows, boolean truncated, PrefixMapping prefixes, Duration took)
            implements QueryOutcome {
        public Rows {
            vars = List.copyOf(vars);
            rows = List.copyOf(rows);
        }
    }

    /** An ASK answer. */
    record Answer(boolean yes, Duration took) implements QueryOutcome {}

    /**
     * A CONSTRUCT or DESCRIBE result.
     *
     * @param capped whether the page limited the query's solutions (the downloads are not limited)
     */
    record Triples(Model model, boolean capped, Duration took) implements QueryOutcome {}

    /**
     * A query that could not run: a syntax error (400), a bad parameter value (400), an unknown
     * named query (404), a time-out (503).
     *
     * @param excerpt the query line at fault with a caret under the column, may be empty
     * @param detail  more text for the curious (a parser's full message), may be empty
     */
    record Failure(int status, String message, String excerpt, String detail) implements QueryOutcome {
        /** A failure that is all said in its message. */
        Failure(int status, String message) { this(status, message, "", ""); }
    }
}
