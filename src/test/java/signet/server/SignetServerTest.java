package signet.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.store.Tdb2Store;

/** A real Fuseki on a free port, over HTTP. */
class SignetServerTest {

    static final String G = "https://w3id.org/signet/id/graph/doc1";

    @TempDir static Path tmp;
    static Tdb2Store store;
    static SignetServer server;
    static HttpClient http;
    static long initialSize;

    @BeforeAll static void start() {
        store = Tdb2Store.open(tmp.resolve("db"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                PREFIX ex: <https://example.org/>
                ex:rosatom ex:name "Rosatom" ; ex:signedWith ex:gazprom .
                ex:gazprom ex:name "Gazprom Neft" .
                """, Lang.TURTLE).parse(g);
        for (int i = 0; i < 150; i++)
            g.add(NodeFactory.createURI("https://example.org/n" + i), NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("v" + i));
        store.replaceGraph(G, g);
        initialSize = store.size();
        server = SignetServer.builder().store(store).port(0).queryTimeout(Duration.ofMillis(500))
                .route(b -> b.addServlet("/hello", new HttpServlet() {
                    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        resp.setContentType("text/plain");
                        resp.getWriter().print("hello from a route");
                    }
                }))
                .build().start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll static void stop() {
        server.stop();
        store.close();
    }

    static String base() { return "http://127.0.0.1:" + server.getPort(); }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * For requests the server refuses: Jetty may close the connection after refusing without
     * reading the body, so a pooled connection must not be reused for the next request.
     */
    static HttpResponse<String> sendRefused(HttpRequest.Builder b) throws Exception {
        try (HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return fresh.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static final String Q = "SELECT ?name WHERE { ?s <https://example.org/name> ?name } ORDER BY ?name";

    @Test void getReturnsJsonCsvAndXmlByAccept() throws Exception {
        for (String endpoint : new String[] {"/signet/sparql", "/signet/query"}) {
            URI u = URI.create(base() + endpoint + "?query=" + enc(Q));
            var json = send(HttpRequest.newBuilder(u).header("Accept", "application/sparql-results+json"));
            assertEquals(200, json.statusCode());
            assertTrue(json.body().contains("\"Gazprom Neft\""), json.body());
            var csv = send(HttpRequest.newBuilder(u).header("Accept", "text/csv"));
            assertEquals(200, csv.statusCode());
            assertEquals("name\r\nGazprom Neft\r\nRosatom\r\n", csv.body());
            var xml = send(HttpRequest.newBuilder(u).header("Accept", "application/sparql-results+xml"));
            assertEquals(200, xml.statusCode());
            assertTrue(xml.body().contains("<literal>Rosatom</literal>"), xml.body());
        }
    }

    @Test void postFormAndDirectPostWork() throws Exception {
        var form = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(Q))));
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Rosatom"));
        var direct = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(Q)));
        assertEquals(200, direct.statusCode());
        assertTrue(direct.body().contains("Rosatom"));
    }

    @Test void updatesAreRefusedAndTheStoreIsUnchanged() throws Exception {
        String update = "DROP ALL; INSERT DATA { <https://example.org/x> <https://example.org/p> <https://example.org/y> }";
        for (String endpoint : new String[] {"/signet/sparql", "/signet/update", "/signet", "/signet/query"}) {
            var viaForm = sendRefused(HttpRequest.newBuilder(URI.create(base() + endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(update))));
            assertClientError(viaForm, "form update at " + endpoint);
            var direct = sendRefused(HttpRequest.newBuilder(URI.create(base() + endpoint))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)));
            assertClientError(direct, "direct update at " + endpoint);
        }
        assertEquals(initialSize, store.size());
    }

    @Test void graphStoreWritesAreRefusedAndReadsWork() throws Exception {
        String ttl = "<https://example.org/x> <https://example.org/p> <https://example.org/y> .";
        for (String target : new String[] {"/signet/data?default", "/signet/data?graph=" + enc(G), "/signet/get?graph=" + enc(G), "/signet?graph=" + enc(G), "/signet"}) {
            URI u = URI.create(base() + target);
            assertClientError(sendRefused(HttpRequest.newBuilder(u).header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(ttl))), "PUT " + target);
            assertClientError(sendRefused(HttpRequest.newBuilder(u).header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(ttl))), "POST " + target);
            assertClientError(sendRefused(HttpRequest.newBuilder(u).DELETE()), "DELETE " + target);
        }
        assertEquals(initialSize, store.size());
        var get = sendRefused(HttpRequest.newBuilder(URI.create(base() + "/signet/data?graph=" + enc(G))).header("Accept", "application/n-triples"));
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("\"Rosatom\""));
    }

    @Test void serviceCallsAreRefusedWithoutContactingTheTarget() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1500);
            String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            var r = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql?query=" + enc(q))).header("Accept", "text/csv"));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
            assertThrows(SocketTimeoutException.class, () -> {
                try (Socket s = listener.accept()) {
                    fail("the server connected to the SERVICE target");
                }
            });
        }
    }

    @Test void loadCannotReachAnotherHostAndChangesNothing() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1500);
            String load = "LOAD <http://127.0.0.1:" + listener.getLocalPort() + "/data.ttl> INTO GRAPH <https://example.org/loaded>";
            for (String target : new String[] {"/signet/update", "/signet", "/signet/sparql"}) {
                URI u = URI.create(base() + target);
                assertClientError(sendRefused(HttpRequest.newBuilder(u).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(load))), "LOAD as sparql-update to " + target);
                assertClientError(sendRefused(HttpRequest.newBuilder(u).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(load)))), "LOAD as a form to " + target);
            }
            assertThrows(SocketTimeoutException.class, () -> {
                try (Socket s = listener.accept()) {
                    fail("the server connected to the LOAD source");
                }
            });
        }
        assertEquals(initialSize, store.size());
    }

    @Test void otherClientsAreAnsweredWhileARunawayQueryRuns() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        var slow = http.sendAsync(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql?query=" + enc(runaway)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        String small = "SELECT ?name WHERE { <https://example.org/rosatom> <https://example.org/name> ?name }";
        long worst = 0;
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            var r = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql?query=" + enc(small))).header("Accept", "text/csv"));
            worst = Math.max(worst, System.nanoTime() - t0);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("Rosatom"));
        }
        // usual latency is milliseconds; a second allows for a loaded 2-core test machine
        assertTrue(Duration.ofNanos(worst).toMillis() < 1000, "slowest small query while the runaway ran: " + Duration.ofNanos(worst).toMillis() + " ms");
        assertNotEquals(200, slow.get().statusCode(), "the runaway query was ended by the time-out");
    }

    @Test void anOversizedRequestIsRefusedAndNormalOnesStillWork() throws Exception {
        String padding = "#" + "x".repeat((int) RequestSizeLimit.MAX_BODY_BYTES) + "\n";
        String query = padding + "SELECT * WHERE { ?s ?p ?o } LIMIT 1";
        // (as curl does for large bodies, the client asks "Expect: 100-continue": the server refuses before the body is sent.
        // Without it the refusal races the upload: the server answers and closes while the client still writes, and the
        // client may see a reset instead of the 413; a fresh client, since the refused connection is not reused)
        var big = sendRefused(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql")).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").expectContinue(true).POST(HttpRequest.BodyPublishers.ofString(query)));
        assertEquals(413, big.statusCode(), big.body());
        assertTrue(big.body().contains("over the limit"), big.body());
        var form = sendRefused(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv").expectContinue(true).POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))));
        assertEquals(413, form.statusCode());
        // a URL longer than Jetty's header limit is refused too, without reaching the query engine
        var longUrl = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql?query=" + enc(padding.substring(0, 64 * 1024) + "ASK {}"))));
        assertTrue(longUrl.statusCode() >= 400 && longUrl.statusCode() < 500, "status " + longUrl.statusCode());
        var ok = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql")).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString("SELECT ?n WHERE { <https://example.org/rosatom> <https://example.org/name> ?n }")));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("Rosatom"));
    }

    @Test void anyOriginMayReadWithGetAndNothingElse() throws Exception {
        String ask = base() + "/signet/sparql?query=" + enc("ASK {}");
        var get = send(HttpRequest.newBuilder(URI.create(ask)).header("Origin", "https://notebook.example"));
        assertEquals(200, get.statusCode());
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        var preflightGet = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://notebook.example").header("Access-Control-Request-Method", "GET"));
        assertEquals("*", preflightGet.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflightGet.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        // a page elsewhere may not write, nor even ask to
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            var preflight = send(HttpRequest.newBuilder(URI.create(base() + "/signet/data")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", method));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), method + " must not be allowed cross-origin");
        }
        assertEquals(initialSize, store.size());
    }

    @Test void corsCanBeNarrowedOrTurnedOff() throws Exception {
        CorsPolicy some = CorsPolicy.parse("https://a.example, https://b.example");
        assertEquals("https://a.example", some.allowedOrigin("https://a.example"));
        assertEquals(null, some.allowedOrigin("https://c.example"));
        assertEquals(null, CorsPolicy.parse("none").allowedOrigin("https://a.example"));
        assertEquals("*", CorsPolicy.parse("*").allowedOrigin("https://a.example"));
        assertThrows(IllegalArgumentException.class, () -> CorsPolicy.parse("a.example/path"));
        Tdb2Store other = Tdb2Store.open(tmp.resolve("cors-db"));
        SignetServer narrow = SignetServer.builder().store(other).port(0).cors(some).build().start();
        try {
            String ask = "http://127.0.0.1:" + narrow.getPort() + "/signet/sparql?query=" + enc("ASK {}");
            var listed = send(HttpRequest.newBuilder(URI.create(ask)).header("Origin", "https://b.example"));
            assertEquals("https://b.example", listed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            var unlisted = send(HttpRequest.newBuilder(URI.create(ask)).header("Origin", "https://c.example"));
            assertTrue(unlisted.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        } finally {
            narrow.stop();
            other.close();
        }
    }

    @Test void aRunawayQueryIsCutOff() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long t0 = System.nanoTime();
        var r = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql?query=" + enc(q))).header("Accept", "text/csv"));
        assertNotEquals(200, r.statusCode(), r.body());
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).toSeconds() < 15);
    }

    @Test void routesAddPages() throws Exception {
        var r = send(HttpRequest.newBuilder(URI.create(base() + "/hello")));
        assertEquals(200, r.statusCode());
        assertEquals("hello from a route", r.body());
    }

    @Test void bindsTheLoopbackAddressByDefault() throws Exception {
        assertEquals("127.0.0.1", server.host());
        assertEquals("http://127.0.0.1:" + server.getPort() + "/signet/sparql", server.sparqlUrl());
        var hosts = java.util.Arrays.stream(((org.apache.jena.fuseki.main.FusekiServer) fuseki()).getJettyServer().getConnectors())
                .map(c -> ((ServerConnector) c).getHost()).toList();
        assertEquals(java.util.List.of("127.0.0.1"), hosts);
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (external.isPresent()) {
            try (Socket s = new Socket()) {
                assertThrows(IOException.class, () -> s.connect(new InetSocketAddress(external.get(), server.getPort()), 2000),
                        "reachable on " + external.get());
            }
        }
    }

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    /** The service description at {@code path}, parsed with Jena from the syntax {@code accept} negotiates. */
    static org.apache.jena.rdf.model.Model description(String path, String accept, Lang lang) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
        if (accept != null) b.header("Accept", accept);
        var r = send(b);
        assertEquals(200, r.statusCode(), path + " " + accept + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(lang.getHeaderString()), r.headers().toString());
        var m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).base(base()).parse(m);
        return m;
    }

    @Test void aGetWithoutAQueryAnswersTheServiceDescription() throws Exception {
        // the dataset URL takes queries too; a percent-escaped path is the endpoint Jetty routes
        for (String path : new String[] {"/signet/sparql", "/signet/query", "/signet", "/signet/spar%71l"}) {
            for (String accept : new String[] {null, "*/*", "text/turtle"}) {
                var m = description(path, accept, Lang.TURTLE);
                String endpoint = base() + path.replace("%71", "q");
                var service = m.listSubjectsWithProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint)).toList();
                assertEquals(1, service.size(), path + ": sd:endpoint <" + endpoint + ">\n" + m);
                var s = service.get(0);
                assertTrue(s.hasProperty(org.apache.jena.vocabulary.RDF.type, m.createResource(SD + "Service")));
                assertTrue(s.hasProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query")));
                assertTrue(s.hasProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph")));
                for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "Turtle"})
                    assertTrue(s.hasProperty(m.createProperty(SD, "resultFormat"), m.createResource("http://www.w3.org/ns/formats/" + f)), f);
                var dataset = s.getPropertyResourceValue(m.createProperty(SD, "defaultDataset"));
                assertEquals(base() + "/.well-known/void#dataset", dataset.getURI(), "the VoID description's dataset");
                assertTrue(dataset.hasProperty(m.createProperty(SD, "defaultGraph")));
                assertFalse(s.hasProperty(m.createProperty(SD, "extensionFunction")), "none is offered");
            }
        }
    }

    @Test void theServiceDescriptionIsNegotiatedAndHtmlGoesToTheQueryPage() throws Exception {
        var turtle = description("/signet/sparql", null, Lang.TURTLE);
        for (Lang lang : new Lang[] {Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES})
            assertTrue(turtle.isIsomorphicWith(description("/signet/sparql", lang.getHeaderString(), lang)), lang.getName());
        for (String path : new String[] {"/signet/sparql", "/signet/query", "/signet"}) {
            var browser = send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
            assertEquals(303, browser.statusCode(), path);
            assertEquals("/query", browser.headers().firstValue("Location").orElse(""));
        }
        var head = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(406, send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql")).header("Accept", "image/png")).statusCode());
    }

    @Test void queriesAndGraphReadsAtTheSameAddressesAreUnchanged() throws Exception {
        for (String path : new String[] {"/signet/sparql", "/signet/query", "/signet"}) {
            var r = send(HttpRequest.newBuilder(URI.create(base() + path + "?query=" + enc(Q))).header("Accept", "text/csv"));
            assertEquals("name\r\nGazprom Neft\r\nRosatom\r\n", r.body(), path);
        }
        var graph = send(HttpRequest.newBuilder(URI.create(base() + "/signet?graph=" + enc(G))).header("Accept", "application/n-triples"));
        assertEquals(200, graph.statusCode());
        assertTrue(graph.body().contains("\"Rosatom\""), graph.body());
        var whole = send(HttpRequest.newBuilder(URI.create(base() + "/signet/get")).header("Accept", "application/n-quads"));
        assertEquals(200, whole.statusCode(), "the Graph Store Protocol's dataset read stays at /signet/get");
        assertTrue(whole.body().contains("\"Rosatom\""));
    }

    @Test void announcesTheEndpoint() {
        var w = new java.io.StringWriter();
        server.announce(new java.io.PrintWriter(w), "curl -s " + server.sparqlUrl() + " --data-urlencode query@queries/agreements.rq -H 'Accept: text/csv'");
        assertTrue(w.toString().startsWith("Signet SPARQL endpoint: http://127.0.0.1:" + server.getPort() + "/signet/sparql (read-only, bound to 127.0.0.1, this machine only)"), w.toString());
        assertTrue(w.toString().contains("--data-urlencode query@queries/agreements.rq -H 'Accept: text/csv'"), w.toString());
    }

    @Test void theBuilderChecksItsSettings() {
        assertThrows(IllegalStateException.class, () -> SignetServer.builder().build());
        assertThrows(IllegalArgumentException.class, () -> SignetServer.builder().port(70000));
        assertThrows(IllegalArgumentException.class, () -> SignetServer.builder().queryTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> SignetServer.builder().store(store).host("no-such-host.invalid").port(0).build());
    }

    private static Object fuseki() throws Exception {
        var f = SignetServer.class.getDeclaredField("fuseki");
        f.setAccessible(true);
        return f.get(server);
    }

    private static void assertClientError(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + " gave " + r.statusCode());
    }
}
