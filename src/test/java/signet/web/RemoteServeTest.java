package signet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.graph.Iris;
import signet.server.EmptyInputGuardModule;
import signet.server.NamedQueryRoute;
import signet.server.SignetServer;

/**
 * {@code serve --remote}: the seeds, ingested locally, are copied into a second, independent
 * Fuseki — the {@code jena-fuseki-server} jar from Maven Central, run as its own process with a
 * TDB2 dataset whose default graph is the union of the named graphs — and a Signet server in
 * remote mode answers the named queries, pages and linked data from it over HTTP. Its answers
 * must be those of a Signet server on the local store; a remote that does not answer is a 502
 * naming it.
 */
class RemoteServeTest {
    static final Path JAR = Path.of(System.getProperty("signet.home", "."), "target/fuseki-server/jena-fuseki-server-6.0.0.jar");
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path tmp;
    static SeededServer local;
    static FusekiProcess fuseki;
    static SignetServer remote;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run the tests through Maven (process-test-resources copies it)");
        local = SeededServer.start(tmp.resolve("local"));
        Path remoteDb = tmp.resolve("remote-db");
        copyQuads(local.store().dataset(), remoteDb);
        fuseki = FusekiProcess.start(JAR, remoteDb, tmp.resolve("fuseki"));
        remote = remoteServer(fuseki.queryUrl());
    }

    @AfterAll
    static void stop() {
        if (remote != null) remote.stop();
        if (fuseki != null) fuseki.close();
        if (local != null) local.close();
    }

    /** A Signet server in remote mode, as {@code serve --remote URL} builds it. */
    static SignetServer remoteServer(String endpoint) {
        Path home = SeededServer.HOME;
        RemoteSource source = new RemoteSource(endpoint, TIMEOUT);
        Site site = new Site(source, new SitePaths(Iris.DEFAULT_BASE), TIMEOUT);
        SignetServer.Builder b = SignetServer.builder().remote(endpoint).host("127.0.0.1").port(0).queryTimeout(TIMEOUT)
                .route(NamedQueryRoute.fromFolder(home.resolve("queries"), source, TIMEOUT));
        WebRoutes.remote(site, home.resolve("queries"), endpoint).forEach(b::route);
        return b.build().start();
    }

    /**
     * Every quad of the local store into a fresh TDB2 database that the Fuseki process then
     * opens (written here and released, so the process is the only one holding it).
     */
    static void copyQuads(Dataset from, Path to) {
        DatasetGraph target = DatabaseMgr.connectDatasetGraph(to.toString());
        Txn.executeRead(from, () -> Txn.executeWrite(target, () ->
                from.asDatasetGraph().find().forEachRemaining(target::add)));
        TDBInternal.expel(target);
    }

    @Test
    void theRemoteEndpointAnswersItsServiceDescriptionAndSendsBrowsersToTheQueryPage() throws Exception {
        for (String path : List.of("/signet/sparql", "/signet/query")) {
            HttpResponse<String> r = get(remote.baseUrl() + path, null);
            assertEquals(200, r.statusCode(), r.body());
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new StringReader(r.body()), remote.baseUrl(), Lang.TURTLE);
            assertTrue(m.contains(null, m.createProperty("http://www.w3.org/ns/sparql-service-description#endpoint"),
                    m.createResource(remote.baseUrl() + path)), r.body());
            HttpResponse<String> browser = get(remote.baseUrl() + path, "text/html");
            assertEquals(303, browser.statusCode());
            assertEquals("/query", browser.headers().firstValue("Location").orElse(""));
        }
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        HttpResponse<String> query = get(remote.baseUrl() + "/signet/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, query.statusCode(), "a query is still passed on: " + query.body());
        assertTrue(query.body().startsWith("n"), query.body());
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (accept != null) r.header("Accept", accept);
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String remoteUrl(String path) { return remote.baseUrl() + path; }

    @Test
    void signedWithGivesTheSameRowsAsTheLocalStore() throws Exception {
        String path = NamedQueryRoute.PATH + "/signed-with?org=Gazprom-Media";
        HttpResponse<String> r = get(remoteUrl(path), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(get(local.url(path), "text/csv").body(), r.body());
        List<String> rows = r.body().lines().skip(1).toList();
        int partner = List.of(r.body().lines().findFirst().orElseThrow().split(",")).indexOf("partnerName");
        Set<String> partners = rows.stream().map(l -> l.split(",")[partner]).collect(Collectors.toSet());
        assertEquals(4, partners.size(), r.body());
        assertTrue(r.body().contains("2026-01-20"), r.body());
    }

    @Test
    void everyNamedQueryAnswersAsLocally() throws Exception {
        for (String name : List.of("agreements", "events", "evidence", "part-of", "roles", "timeline", "signed-with")) {
            String path = NamedQueryRoute.PATH + "/" + name;
            HttpResponse<String> r = get(remoteUrl(path), "text/csv");
            assertEquals(200, r.statusCode(), name + ": " + r.body());
            assertTrue(r.body().lines().count() > 1, name + " has rows");
            assertEquals(get(local.url(path), "text/csv").body(), r.body(), name);
        }
        // a name in no graph: no rows (a stock TDB2 6.0.0 fails here without Signet's guard module)
        HttpResponse<String> none = get(remoteUrl(NamedQueryRoute.PATH + "/signed-with?org=Nobody%20Such"), "text/csv");
        assertEquals(200, none.statusCode(), none.body());
        assertEquals(1, none.body().lines().count(), none.body());
        // parameters are checked the same way: a misspelt one is refused, not ignored
        assertEquals(400, get(remoteUrl(NamedQueryRoute.PATH + "/signed-with?organisation=x"), null).statusCode());
    }

    @Test
    void organizationPageShowsTheMemorandum() throws Exception {
        String gm = Iris.DEFAULT_BASE + "org/gazprom-media-holding";
        HttpResponse<String> r = get(remoteUrl(new SitePaths(Iris.DEFAULT_BASE).pageHref(gm)), "text/html");
        assertEquals(200, r.statusCode(), r.body());
        Document page = Jsoup.parse(r.body());
        assertEquals("Gazprom-Media Holding", page.selectFirst("h1").text());
        String agreements = page.select("section#agreements").text();
        assertTrue(agreements.contains("2026-01-20"), agreements);
        assertTrue(agreements.contains("IPDA") || agreements.contains("International Publicity Development Alliance"), agreements);
        assertTrue(page.select("section#agreements blockquote.evidence").text().contains("memorandum of understanding"), agreements);
        // the home page and the lists read the remote too
        assertTrue(Jsoup.parse(get(remoteUrl("/"), null).body()).select("ul.counts").text().contains("3 documents"));
        assertTrue(get(remoteUrl("/organizations"), null).body().contains("Gazprom-Media Holding"));
    }

    @Test
    void linkedDataNegotiatesFromTheRemote() throws Exception {
        String gm = Iris.DEFAULT_BASE + "org/gazprom-media-holding";
        SitePaths paths = new SitePaths(Iris.DEFAULT_BASE);
        HttpResponse<String> see = get(remoteUrl(paths.idHref(gm)), "text/turtle");
        assertEquals(303, see.statusCode());
        assertEquals(paths.dataHref(gm), URI.create(see.headers().firstValue("Location").orElseThrow()).getPath());
        assertTrue(get(remoteUrl(paths.idHref(gm)), "text/html").headers().firstValue("Location").orElseThrow().contains(paths.pageHref(gm)));
        HttpResponse<String> data = get(remoteUrl(paths.dataHref(gm)), "text/turtle");
        assertEquals(200, data.statusCode(), data.body());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(data.body()), null, Lang.TURTLE);
        Model localModel = ModelFactory.createDefaultModel();
        RDFDataMgr.read(localModel, new StringReader(get(local.url(paths.dataHref(gm)), "text/turtle").body()), null, Lang.TURTLE);
        assertTrue(m.size() > 5, data.body());
        // the description document itself (foaf:primaryTopic) is named by each server's own address
        m.removeAll(m.createResource(remoteUrl(paths.dataHref(gm)) + ".ttl"), null, null);
        localModel.removeAll(localModel.createResource(local.url(paths.dataHref(gm)) + ".ttl"), null, null);
        assertTrue(m.isIsomorphicWith(localModel), () -> "same description as the local server; only here:\n"
                + m.difference(localModel) + "\nonly there:\n" + localModel.difference(m));
    }

    @Test
    void sparqlServicePassesOnQueriesOnly() throws Exception {
        String ask = URLEncoder.encode("ASK { ?s a <http://www.w3.org/ns/org#Organization> }", StandardCharsets.UTF_8);
        HttpResponse<String> r = get(remoteUrl(SignetServer.DATASET + "/sparql?query=" + ask), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("true"), r.body());
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(remoteUrl(SignetServer.DATASET + "/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, update.statusCode(), update.body());
        assertEquals(501, get(remoteUrl("/dumps/"), null).statusCode());
        // the query page runs on the remote and its downloads stay on this server's endpoint
        HttpResponse<String> page = get(remoteUrl("/query?named=signed-with&org=Gazprom-Media&run=1"), null);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(Jsoup.parse(get(local.url("/query?named=signed-with&org=Gazprom-Media&run=1"), null).body()).select("table#results").text(),
                Jsoup.parse(page.body()).select("table#results").text());
    }

    @Test
    void anEndpointThatDoesNotAnswerIsABadGateway() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String dead = "http://127.0.0.1:" + closed + "/ds/sparql";
        SignetServer down = remoteServer(dead);
        try {
            HttpResponse<String> page = get(down.baseUrl() + "/page/org/gazprom-media-holding", "text/html");
            assertEquals(502, page.statusCode());
            assertTrue(page.body().contains("The SPARQL endpoint at " + dead + " did not answer"), page.body());
            HttpResponse<String> named = get(down.baseUrl() + NamedQueryRoute.PATH + "/signed-with?org=Gazprom-Media", "text/csv");
            assertEquals(502, named.statusCode());
            assertTrue(named.body().startsWith("the SPARQL endpoint at " + dead + " did not answer"), named.body());
            HttpResponse<String> data = get(down.baseUrl() + "/data/org/gazprom-media-holding", "text/turtle");
            assertEquals(502, data.statusCode());
            // the 502 is written after a reset of the response: the security headers survive it
            assertTrue(data.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'none'"), data.headers().toString());
            assertEquals(502, get(down.baseUrl() + "/", null).statusCode());
            assertEquals(502, get(down.baseUrl() + SignetServer.DATASET + "/sparql?query=ASK%7B%7D", null).statusCode());
            // the health check says so, for a load balancer
            HttpResponse<String> health = get(down.baseUrl() + HealthRoute.PATH, null);
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"unavailable\"") && health.body().contains(dead), health.body());
        } finally {
            down.stop();
        }
    }

    @Test
    void remoteQueriesAreBoundedByTheTimeout() {
        RemoteSource quick = new RemoteSource(fuseki.queryUrl(), Duration.ofMillis(500));
        org.apache.jena.query.Query endless = org.apache.jena.query.QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        long start = System.nanoTime();
        org.junit.jupiter.api.Assertions.assertThrows(org.apache.jena.query.QueryCancelledException.class, () -> quick.select(endless));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "gave up at the time-out");
        // a query the endpoint refuses is the caller's error, not an outage
        assertEquals(1, quick.select(org.apache.jena.query.QueryFactory.create("SELECT * WHERE { ?s ?p ?o } LIMIT 1")).size());
    }

    /**
     * A {@code jena-fuseki-server} process serving one TDB2 database read-only at {@code /ds},
     * from an assembler file: {@code tdb2:unionDefaultGraph true} makes the default graph the
     * union of the named graphs, as Signet's queries expect.
     */
    record FusekiProcess(Process process, int port, Path log) implements AutoCloseable {
        static FusekiProcess start(Path jar, Path database, Path dir) throws Exception {
            Files.createDirectories(dir);
            Path config = dir.resolve("config.ttl");
            Files.writeString(config, """
                    PREFIX fuseki: <http://jena.apache.org/fuseki#>
                    PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                    PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                    [] rdf:type fuseki:Server .
                    <#service> rdf:type fuseki:Service ;
                        fuseki:name "ds" ;
                        fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                        fuseki:endpoint [ fuseki:operation fuseki:query ] ;
                        fuseki:dataset <#dataset> .
                    <#dataset> rdf:type tdb2:DatasetTDB2 ;
                        tdb2:location "%s" ;
                        tdb2:unionDefaultGraph true .
                    """.formatted(database.toAbsolutePath().toString().replace("\\", "/")));
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            Path log = dir.resolve("fuseki.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // Signet's classes beside the jar: its Fuseki module puts the empty-input guard on the dataset
            String classpath = jar + File.pathSeparator + Path.of(EmptyInputGuardModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, "org.apache.jena.fuseki.main.cmds.FusekiServerCmd",
                    "--config=" + config, "--port=" + port, "--localhost")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            FusekiProcess f = new FusekiProcess(p, port, log);
            Instant deadline = Instant.now().plusSeconds(90);
            String probe = f.queryUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
            while (Instant.now().isBefore(deadline)) {
                if (!p.isAlive()) throw new IllegalStateException("Fuseki exited:\n" + Files.readString(log));
                try {
                    if (HTTP.send(HttpRequest.newBuilder(URI.create(probe)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return f;
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(200);
            }
            f.close();
            throw new IllegalStateException("Fuseki did not start within 90 s:\n" + Files.readString(log));
        }

        String queryUrl() { return "http://127.0.0.1:" + port + "/ds/sparql"; }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
