package signet.server;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The most rows a query sent to the SPARQL endpoint may return: a query without {@code LIMIT},
 * or with a larger one, runs with {@code LIMIT max} and the answer carries the header
 * {@value #HEADER}{@code : max}, so a client can tell a cut answer from a complete one (fewer
 * rows than the limit: complete). Together with the time-out this bounds what one request can
 * make the server produce; {@code SELECT * {?s ?p ?o}} over a large store would otherwise stream
 * millions of rows. CONSTRUCT and DESCRIBE are cut by solutions too; ASK is never cut.
 *
 * <p>Rows cut by the time-out are told apart too ({@link Processor#sendResults}): before the
 * answer has started (the first rows are still in the server's buffer) the reply is
 * {@code 503 Query timed out}; once rows have gone out the answer ends after the last whole row
 * and the HTTP trailer {@value #INCOMPLETE}{@code : timeout} (declared in the {@code Trailer}
 * header) says it is incomplete. Fuseki's own way, appending a "## Incomplete results" text to
 * the body, made two more rows of a CSV answer.
 */
public final class ResultLimit {
    public static final String HEADER = "X-Signet-Result-Limit";
    /** The trailer of an answer cut by the time-out; its value is {@value #CUT_BY_TIMEOUT}. */
    public static final String INCOMPLETE = "X-Signet-Incomplete";
    static final String CUT_BY_TIMEOUT = "timeout";
    /** Default: ten times the largest named-query answer at 10,000 articles. */
    public static final long DEFAULT_MAX_ROWS = 200_000;

    private ResultLimit() {}

    /** The query, or a copy with its limit lowered to {@code max}; the same query when it is within it. */
    public static Query cap(Query query, long max) {
        if (query.isAskType()) return query;
        if (query.hasLimit() && query.getLimit() <= max) return query;
        Query capped = query.cloneQuery();
        capped.setLimit(max);
        return capped;
    }

    /** Fuseki's query processor with the cap applied after the dataset is chosen. */
    static final class Processor extends SPARQL_QueryDataset {
        private final long max;

        Processor(long max) {
            this.max = max;
        }

        @Override
        protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
            Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
            Query capped = cap(chosen.getRight(), max);
            if (capped != chosen.getRight()) action.setResponseHeader(HEADER, Long.toString(max));
            return Pair.create(chosen.getLeft(), capped);
        }

        @Override
        protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
            if (!result.isRowSet()) {
                super.sendResults(action, result, prologue);
                return;
            }
            UntilTimeout rows = new UntilTimeout(result.rowSet());
            HttpServletResponse resp = action.getResponse();
            resp.setHeader("Trailer", INCOMPLETE);
            resp.setTrailerFields(() -> rows.cut() ? Map.of(INCOMPLETE, CUT_BY_TIMEOUT) : Map.of());
            super.sendResults(action, new QueryExecResult(rows), prologue);
            if (rows.cut() && !resp.isCommitted()) {
                // nothing has gone out yet: the buffered rows are dropped and Fuseki answers 503
                resp.resetBuffer();
                throw new QueryCancelledException();
            }
        }
    }

    /**
     * Rows that end, instead of failing, when the query is cancelled (its time-out), so that the
     * results writer finishes the last whole row and closes the document; {@link #cut} tells.
     */
    static final class UntilTimeout implements RowSet {
        private final RowSet rows;
        private volatile boolean cut;
        /** The next row, taken in {@link #hasNext}: the cancel may surface in the source's {@code next} too. */
        private Binding ahead;

        UntilTimeout(RowSet rows) { this.rows = rows; }

        boolean cut() { return cut; }

        @Override
        public boolean hasNext() {
            if (ahead != null) return true;
            if (cut) return false;
            try {
                if (!rows.hasNext()) return false;
                ahead = rows.next();
                return true;
            } catch (QueryCancelledException e) {
                cut = true;
                return false;
            }
        }

        @Override
        public Binding next() {
            if (!hasNext()) throw new NoSuchElementException();
            Binding b = ahead;
            ahead = null;
            return b;
        }

        @Override
        public List<Var> getResultVars() { return rows.getResultVars(); }

        @Override
        public long getRowNumber() { return rows.getRowNumber(); }

        @Override
        public void close() { rows.close(); }
    }
}
