package signet.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The most rows a query sent to the SPARQL endpoint may return: a query without {@code LIMIT},
 * or with a larger one, runs with {@code LIMIT max} and the answer carries the header
 * {@value #HEADER}{@code : max}, so a client can tell a cut answer from a complete one (fewer
 * rows than the limit: complete). Together with the time-out this bounds what one request can
 * make the server produce; {@code SELECT * {?s ?p ?o}} over a large store would otherwise stream
 * millions of rows. CONSTRUCT and DESCRIBE are cut by solutions too; ASK is never cut.
 */
public final class ResultLimit {
    public static final String HEADER = "X-Signet-Result-Limit";
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
    }
}
