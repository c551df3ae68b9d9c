package signet.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.GraphTarget;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import signet.web.DumpRoute;

/**
 * Graph Store Protocol reads, bounded like queries. Fuseki's own read wrote any graph asked for,
 * in any format: twelve clients asking for the union graph of a 919k-quad store as JSON-LD each
 * built it in memory (0.8 GB) for minutes after they had gone, and {@code /health} took 6–10 s.
 *
 * <ul>
 *   <li>A read of more than {@code maxTriples} triples (quads for the whole dataset) is refused
 *       with {@code 403}, pointing to the dumps ({@link DumpRoute#PATH}) and to SPARQL; the
 *       triples are counted first, up to one past the limit. A document's graph (hundreds of
 *       triples) is always within it.</li>
 *   <li>At most {@value #MAX_LARGE_READS} large reads (the union graph, the whole dataset, or a
 *       graph of more than {@value #SMALL_GRAPH} triples) run at once, counting included; another
 *       is answered {@code 503} with {@code Retry-After}.</li>
 *   <li>A read stops at the server's query time-out (before anything is sent: {@code 503}; after:
 *       the answer is cut and the trailer {@value ResultLimit#INCOMPLETE}{@code : timeout} says
 *       so) and when its client has gone (the first failed write ends it).</li>
 * </ul>
 * {@link #running()} is the number of reads at work (the metric {@value #RUNNING_METRIC}).
 */
final class GraphReadLimit {
    /** Default most triples one read serves: JSON-LD, built in memory, takes ~2 s for them. */
    static final long DEFAULT_MAX_TRIPLES = 50_000;
    /** A graph this size or smaller reads without waiting for a large-read slot. */
    static final long SMALL_GRAPH = 5_000;
    static final int MAX_LARGE_READS = 2;
    static final int RETRY_AFTER_SECONDS = 5;
    static final String RUNNING_METRIC = "signet_graph_reads_running";

    private final long maxTriples;
    private final Duration timeout;
    private final Semaphore largeReads = new Semaphore(MAX_LARGE_READS);
    private final AtomicInteger running = new AtomicInteger();

    GraphReadLimit(long maxTriples, Duration timeout) {
        this.maxTriples = maxTriples;
        this.timeout = timeout;
    }

    /** Graph reads at work now. */
    int running() { return running.get(); }

    /** What one read serves: a graph, or the whole dataset as quads. */
    private record Target(String label, Graph graph, DatasetGraph dataset, boolean large) {
        Iterator<?> all() { return graph != null ? graph.find() : dataset.find(); }
    }

    /** The server's time-out for one read. */
    private record Deadline(long nanos) {
        static Deadline after(Duration d) { return new Deadline(System.nanoTime() + d.toNanos()); }

        boolean passed() { return System.nanoTime() - nanos > 0; }

        /** True, or a {@link ReadTimeout} once the deadline has passed. */
        boolean check() {
            if (passed()) throw new ReadTimeout();
            return true;
        }
    }

    private static final class ReadTimeout extends RuntimeException {
        ReadTimeout() { super("graph read time-out", null, false, false); }
    }

    /**
     * Answers a GET: the dataset when {@code quads}, else the graph the request names.
     * {@code dataset} is asked inside the read transaction.
     */
    void get(HttpAction action, Function<HttpAction, DatasetGraph> dataset, boolean quads) {
        ActionLib.setCommonHeaders(action);
        MediaType mediaType = quads ? ActionLib.contentNegotationQuads(action) : ActionLib.contentNegotationRDF(action);
        Lang lang = RDFLanguages.contentTypeToLang(mediaType.getContentTypeStr());
        if (lang == null) lang = quads ? Lang.TRIG : Lang.TURTLE;
        if (quads && !RDFLanguages.isQuads(lang)) ServletOps.errorBadRequest("Not a quads format: " + mediaType);
        Deadline deadline = Deadline.after(timeout);
        boolean slot = false;
        running.incrementAndGet();
        action.beginRead();
        try {
            Target target = target(action, dataset.apply(action), quads);
            long count = target.large() ? 0 : count(target, SMALL_GRAPH + 1, deadline);
            if (target.large() || count > SMALL_GRAPH) {
                slot = largeReads.tryAcquire();
                if (!slot) {
                    busy(action.getResponse());
                    return;
                }
                count = count(target, maxTriples + 1, deadline);
            }
            if (count > maxTriples)
                ServletOps.error(HttpServletResponse.SC_FORBIDDEN, target.label() + " has more than " + maxTriples
                        + " triples: more than one Graph Store Protocol read serves. The whole store is at " + DumpRoute.PATH
                        + " (N-Quads, TriG, Turtle, JSON-LD); a part of it is a SPARQL query away (" + SignetServer.DATASET + "/sparql).");
            write(action, target, lang, deadline);
        } catch (ReadTimeout e) {
            timedOut(action);
        } finally {
            if (slot) largeReads.release();
            action.endRead();
            running.decrementAndGet();
        }
    }

    private Target target(HttpAction action, DatasetGraph dsg, boolean quads) {
        if (quads) return new Target("The dataset", null, dsg, true);
        GraphTarget t = GraphTarget.determineTargetGSP(dsg, action);
        if (!t.exists()) ServletOps.errorNotFound("No such graph: " + t.label());
        String label = t.isUnion() ? "The union graph" : t.isDefault() ? "The default graph" : "The graph <" + t.graphName().getURI() + ">";
        return new Target(label, t.graph(), null, t.isUnion());
    }

    /** Triples (or quads) of the target, counted up to {@code limit}. */
    private static long count(Target target, long limit, Deadline deadline) {
        Iterator<?> it = target.all();
        try {
            long n = 0;
            while (n < limit && it.hasNext() && deadline.check()) {
                it.next();
                n++;
            }
            return n;
        } finally {
            Iter.close(it);
        }
    }

    private static void write(HttpAction action, Target target, Lang lang, Deadline deadline) {
        RDFFormat format = ActionLib.getNetworkFormatForLang(lang);
        HttpServletResponse resp = action.getResponse();
        boolean[] cut = {false};
        resp.setHeader("Trailer", ResultLimit.INCOMPLETE);
        resp.setTrailerFields(() -> cut[0] ? Map.of(ResultLimit.INCOMPLETE, ResultLimit.CUT_BY_TIMEOUT) : Map.of());
        action.setResponseStatus(HttpServletResponse.SC_OK);
        try {
            OutputStream out = new DeadlineOutput(action.getResponseOutputStream(), deadline);
            if (target.graph() != null) RDFDataMgr.write(out, new DeadlineGraph(target.graph(), deadline), format);
            else RDFDataMgr.write(out, target.dataset(), format);
            out.flush();
        } catch (IOException | RuntimeException e) {
            if (deadline.passed()) {
                if (!resp.isCommitted()) throw new ReadTimeout();
                cut[0] = true;
                action.log.info("[{}] graph read cut at the time-out", action.id);
            } else if (clientGone(e)) {
                // nothing more can be sent: the work ends here
                action.log.info("[{}] graph read stopped: the client has gone ({})", action.id, e.getMessage());
            } else {
                throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
            }
        }
    }

    private static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof IOException) return true;
        return false;
    }

    private void timedOut(HttpAction action) {
        HttpServletResponse resp = action.getResponse();
        if (resp.isCommitted()) return;
        resp.resetBuffer();
        text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The graph read did not finish within the time-out ("
                + timeout.toSeconds() + " s). The whole store is at " + DumpRoute.PATH + ".");
    }

    private static void busy(HttpServletResponse resp) {
        resp.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, MAX_LARGE_READS + " large graph reads are running; try again in "
                + RETRY_AFTER_SECONDS + " s. The whole store is at " + DumpRoute.PATH + ".");
    }

    private static void text(HttpServletResponse resp, int status, String message) {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        try {
            resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client has gone: nobody to tell
        }
    }

    /** A graph whose triples stop coming at the deadline: writers that build in memory stop too. */
    private static final class DeadlineGraph extends GraphWrapper {
        private final Deadline deadline;

        DeadlineGraph(Graph graph, Deadline deadline) {
            super(graph);
            this.deadline = deadline;
        }

        @Override
        public ExtendedIterator<Triple> find(Triple triple) { return super.find(triple).filterKeep(t -> deadline.check()); }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) { return super.find(s, p, o).filterKeep(t -> deadline.check()); }
    }

    /** The response body, refusing writes past the deadline. */
    private static final class DeadlineOutput extends FilterOutputStream {
        private final Deadline deadline;

        DeadlineOutput(OutputStream out, Deadline deadline) {
            super(out);
            this.deadline = deadline;
        }

        @Override
        public void write(int b) throws IOException {
            deadline.check();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            deadline.check();
            out.write(b, off, len);
        }
    }

    /** Fuseki's read-only Graph Store Protocol with {@link #get} for GET. */
    static final class Read extends GSP_R {
        private final GraphReadLimit limit;

        Read(GraphReadLimit limit) { this.limit = limit; }

        @Override
        protected void doGet(HttpAction action) { limit.get(action, this::decideDataset, isQuads(action)); }
    }

    /** Fuseki's read-write Graph Store Protocol with {@link #get} for GET. */
    static final class ReadWrite extends GSP_RW {
        private final GraphReadLimit limit;

        ReadWrite(GraphReadLimit limit) { this.limit = limit; }

        @Override
        protected void doGet(HttpAction action) { limit.get(action, this::decideDataset, isQuads(action)); }
    }
}
