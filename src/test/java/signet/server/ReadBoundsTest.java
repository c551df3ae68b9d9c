package signet.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import signet.graph.Iris;
import signet.store.Tdb2Store;
import signet.web.DatasetSource;
import signet.web.Site;
import signet.web.SitePaths;
import signet.web.WebRoutes;

/**
 * What one read may cost the server, over real HTTP against a real server on a TDB2 store:
 * graph reads are bounded ({@link GraphReadLimit}), a runaway regular expression stops at the
 * time-out on every path that runs SPARQL ({@code signet.query.RegexGuard}), and rows cut by the
 * time-out are told apart without text in the CSV ({@link ResultLimit}).
 */
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class ReadBoundsTest {
    static final String GRAPH = "https://w3id.org/signet/id/graph/";
    static final String UNION = "urn:x-arq:UnionGraph";
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** The store: a 100-triple document, twelve of 1,000 and one of 50,000: 62,100 in the union. */
    static final long MAX_GRAPH_TRIPLES = 60_000;
    static final String RUNAWAY_TEXT = "aaaaaaaaaaaaaaaaaaaaaaaaaaaa!";
    static final String RUNAWAY_PATTERN = "^(((a+)+)+)+b";

    @TempDir static Path tmp;
    static Tdb2Store store;
    static SignetServer server;

    @BeforeAll static void start() throws IOException {
        store = Tdb2Store.open(tmp.resolve("db"));
        store.replaceGraph(GRAPH + "small", graph("small", 100));
        for (int i = 0; i < 12; i++) store.replaceGraph(GRAPH + "doc" + i, graph("doc" + i, 1_000));
        store.replaceGraph(GRAPH + "big", graph("big", 50_000));
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("matches.rq"), """
                # title: Does a text match a pattern
                # param text: the text
                # param pattern: the pattern
                SELECT ?matches { BIND(REGEX(?text, ?pattern) AS ?matches) }
                """);
        Site site = new Site(new DatasetSource(store.dataset(), TIMEOUT), new SitePaths(Iris.DEFAULT_BASE), TIMEOUT);
        SignetServer.Builder b = SignetServer.builder().store(store).port(0).queryTimeout(TIMEOUT)
                .maxRows(100_000_000).maxGraphTriples(MAX_GRAPH_TRIPLES)
                .route(NamedQueryRoute.fromFolder(queries, store.dataset(), TIMEOUT));
        WebRoutes.standard(site, queries, store.dataset(), store::lastModified).forEach(b::route);
        server = b.build().start();
    }

    @AfterAll static void stop() {
        server.stop();
        store.close();
    }

    static Graph graph(String name, int triples) {
        Graph g = GraphFactory.createDefaultGraph();
        Node p = NodeFactory.createURI("https://example.org/says");
        for (int i = 0; i < triples; i++)
            g.add(NodeFactory.createURI("https://example.org/" + name + "/s" + i / 10), p, NodeFactory.createLiteralString(name + " statement " + i));
        return g;
    }

    // ---------------------------------------------------------------------------------------
    // Graph Store Protocol reads

    @Test void theUnionAsJsonLdIsRefusedAtOncePointingToTheDumps() throws IOException {
        long start = System.nanoTime();
        RawHttp.Reply r = get("/signet/get?graph=" + enc(UNION), "application/ld+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(403, r.status(), r::text);
        assertTrue(r.text().contains("/dumps/") && r.text().contains("more than " + MAX_GRAPH_TRIPLES), r.text());
        assertTrue(seconds < 2, "refused after " + seconds + " s");
        RawHttp.Reply all = get("/signet/get", "application/n-quads");
        assertEquals(403, all.status(), "the whole dataset too: " + all.text());
    }

    @Test void aDocumentGraphStillReads() throws IOException {
        for (String accept : List.of("application/ld+json", "text/turtle", "application/n-triples", "application/rdf+xml")) {
            RawHttp.Reply r = get("/signet/data?graph=" + enc(GRAPH + "small"), accept);
            assertEquals(200, r.status(), accept + ": " + r.text());
            Graph served = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.text(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(accept)).parse(served);
            assertTrue(IsoMatcher.isomorphic(graph("small", 100), served), accept);
        }
        assertEquals(200, get("/signet/get?graph=" + enc(GRAPH + "doc3"), "application/ld+json").status());
        assertEquals(404, get("/signet/get?graph=" + enc(GRAPH + "none"), "text/turtle").status());
    }

    /**
     * Two clients that ask for the 50,000-triple graph and do not read it hold the two large-read
     * slots; a third is told to come back. Once they close, their reads end (the gauge at
     * {@code /$/metrics} falls to zero) and the graph reads again.
     */
    @Test void twoLargeReadsAtOnceAndAnAbandonedOneEnds() throws Exception {
        // a stalled read ends at the read time-out (TIMEOUT, 2 s): on a busy machine the checks can
        // come after it, when a slot is rightly free again; such a run says nothing and is repeated
        for (int attempt = 1; ; attempt++) {
            long began = System.nanoTime();
            try {
                stallTwoLargeReads();
                break;
            } catch (AssertionError e) {
                if (attempt == 5 || System.nanoTime() - began < TIMEOUT.toNanos()) throw e;
                long start = System.nanoTime();
                while (runningReads() > 0 && System.nanoTime() - start < 5_000_000_000L) Thread.sleep(50);
            }
        }
    }

    private void stallTwoLargeReads() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < GraphReadLimit.MAX_LARGE_READS; i++) {
                Socket s = new Socket();
                s.setReceiveBufferSize(4096);
                s.connect(new java.net.InetSocketAddress("127.0.0.1", server.getPort()));
                s.getOutputStream().write(request("/signet/get?graph=" + enc(GRAPH + "big"), "application/n-triples"));
                s.getInputStream().readNBytes(100); // the answer has started: the read is at work
                stalled.add(s);
            }
            assertEquals(GraphReadLimit.MAX_LARGE_READS, runningReads());
            RawHttp.Reply third = get("/signet/get?graph=" + enc(GRAPH + "big"), "application/n-triples");
            assertEquals(503, third.status(), third::text);
            assertEquals(Integer.toString(GraphReadLimit.RETRY_AFTER_SECONDS), third.headers().get("retry-after"));
            assertEquals(200, get("/signet/get?graph=" + enc(GRAPH + "doc1"), "text/turtle").status(), "a small graph does not wait");
        } finally {
            for (Socket s : stalled) s.close();
        }
        long start = System.nanoTime();
        while (runningReads() > 0 && System.nanoTime() - start < 5_000_000_000L) Thread.sleep(50);
        assertEquals(0, runningReads(), "the abandoned reads ended");
        assertEquals(200, get("/signet/get?graph=" + enc(GRAPH + "big"), "application/n-triples").status());
    }

    static int runningReads() throws IOException {
        String metrics = get("/$/metrics", "text/plain").text();
        return metrics.lines().filter(l -> l.startsWith(GraphReadLimit.RUNNING_METRIC))
                .mapToInt(l -> (int) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + GraphReadLimit.RUNNING_METRIC + " in /$/metrics"));
    }

    // ---------------------------------------------------------------------------------------
    // A runaway regular expression

    @Test void aRunawayRegexStopsAtTheTimeOutOnEveryPath() throws Exception {
        String select = "SELECT ?x { BIND(REGEX(\"" + RUNAWAY_TEXT + "\", \"" + RUNAWAY_PATTERN + "\") AS ?x) }";
        Map<String, Integer> paths = new LinkedHashMap<>();
        paths.put("/signet/sparql?query=" + enc(select), 503);
        paths.put("/query?query=" + enc(select), 503);
        paths.put("/queries/matches?text=" + enc(RUNAWAY_TEXT) + "&pattern=" + enc(RUNAWAY_PATTERN), 503);
        for (var p : paths.entrySet()) {
            long start = System.nanoTime();
            RawHttp.Reply r = get(p.getKey(), "text/csv");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(p.getValue(), r.status(), p.getKey() + ": " + r.text());
            assertTrue(seconds < TIMEOUT.toSeconds() + 2, p.getKey() + " answered after " + seconds + " s");
            double busy = serverCpuSeconds(Duration.ofSeconds(1));
            assertTrue(busy < 0.3, "no server thread keeps computing after " + p.getKey() + ": " + busy + " s of CPU in 1 s");
        }
    }

    /** CPU time the server's request threads ({@code qtp...}) use during {@code window}. */
    static double serverCpuSeconds(Duration window) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> before = new LinkedHashMap<>();
        for (ThreadInfo t : mx.dumpAllThreads(false, false))
            if (t.getThreadName().startsWith("qtp")) before.put(t.getThreadId(), mx.getThreadCpuTime(t.getThreadId()));
        Thread.sleep(window.toMillis());
        long used = 0;
        for (var e : before.entrySet()) {
            long now = mx.getThreadCpuTime(e.getKey());
            if (now >= 0 && e.getValue() >= 0) used += now - e.getValue();
        }
        return used / 1e9;
    }

    // ---------------------------------------------------------------------------------------
    // Rows cut by the time-out

    @Test void aCsvAnswerCutByTheTimeOutSaysSoInATrailerNotInTheRows() throws IOException {
        RawHttp.Reply r = get("/signet/sparql?query=" + enc("SELECT ?s ?o ?t { ?s ?p ?o . ?t ?q ?u }"), "text/csv");
        assertEquals(200, r.status());
        assertEquals(ResultLimit.INCOMPLETE, r.headers().get("trailer"), "declared");
        assertEquals("timeout", r.trailers().get(ResultLimit.INCOMPLETE.toLowerCase(Locale.ROOT)), "the trailer tells the answer is cut");
        List<String> lines = r.text().lines().toList();
        assertEquals("s,o,t", lines.get(0));
        assertTrue(lines.size() > 1000, "rows came before the time-out: " + lines.size());
        for (String line : lines.subList(1, lines.size()))
            assertTrue(line.matches("https://example\\.org/[^,]+,[a-z0-9]+ statement \\d+,https://example\\.org/[^,]+"), "a CSV row, not text: " + line);
    }

    @Test void aTimeOutBeforeAnyRowIs503() throws IOException {
        RawHttp.Reply r = get("/signet/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), "text/csv");
        assertEquals(503, r.status(), r::text);
        assertFalse(r.text().contains("n\r\n"), "no CSV header of an answer that is not there: " + r.text());
    }

    @Test void aCompleteAnswerHasNoIncompleteTrailer() throws IOException {
        RawHttp.Reply r = get("/signet/sparql?query=" + enc("SELECT ?o { <https://example.org/small/s0> ?p ?o }"), "text/csv");
        assertEquals(200, r.status());
        assertEquals(11, r.text().lines().count(), r.text());
        assertNull(r.trailers().get(ResultLimit.INCOMPLETE.toLowerCase(Locale.ROOT)));
    }

    static String enc(String s) { return RawHttp.enc(s); }

    static byte[] request(String pathAndQuery, String accept) { return RawHttp.request(pathAndQuery, accept); }

    static RawHttp.Reply get(String pathAndQuery, String accept) throws IOException { return RawHttp.get(server.getPort(), pathAndQuery, accept); }
}
