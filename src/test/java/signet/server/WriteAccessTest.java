package signet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.server.auth.PasswordHash;
import signet.server.auth.UsersFile;
import signet.store.StoreDigest;
import signet.store.Tdb2Store;

/**
 * Who may write, over HTTP on a real server with a real TDB2 store holding the bundled articles:
 * with a users file, SPARQL Update, graph upload and article upload take a writer's credentials
 * and nobody else's, and a refused write leaves the store quad for quad as it was. Also the
 * request log line, the row limit and the metrics endpoint of the same server.
 */
class WriteAccessTest {

    @TempDir static Path tmp;
    static Tdb2Store store;
    static SignetServer server;
    static HttpClient http;
    static final List<String> log = new CopyOnWriteArrayList<>();
    static final String PASSWORD = "correct horse battery staple";

    @BeforeAll static void start() {
        store = Tdb2Store.open(tmp.resolve("db"));
        new Ingester(store, Pipeline.standard(), new java.io.PrintWriter(new java.io.StringWriter()))
                .ingest(List.of(Path.of("data/articles")));
        UsersFile users = UsersFile.readOrEmpty(tmp.resolve("writers")).with("alice", PasswordHash.hash(PASSWORD.toCharArray()));
        users.write();
        server = SignetServer.builder().store(store).port(0).maxRows(5)
                .writers(UsersFile.read(tmp.resolve("writers")))
                .writeRoute(new ArticleUploadRoute(store, Pipeline.standard(), tmp.resolve("spool")), ArticleUploadRoute.PATH)
                .route(NamedQueryRoute.fromFolder(Path.of("queries"), store.dataset(), Duration.ofSeconds(30))
                        .cached(new ResponseCache(1 << 24, Duration.ZERO, store::version)))
                .requestLog(log::add)
                .build().start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll static void stop() {
        server.stop();
        store.close();
    }

    static String base() { return "http://127.0.0.1:" + server.getPort(); }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh client per refused request: the server may close the connection without reading the body. */
    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        try (HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return c.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    static final String UPDATE = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> \"written\" } }";
    static final String ARTICLE = "Moscow, 3 March 2026. Northwind Media Group and Harbor Radio signed a memorandum of understanding on news exchange.\n";

    static HttpRequest.Builder update(String body) {
        return HttpRequest.newBuilder(URI.create(base() + "/signet/update")).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpRequest.Builder putGraph() {
        return HttpRequest.newBuilder(URI.create(base() + "/signet/data?graph=" + URLEncoder.encode("https://example.org/up", StandardCharsets.UTF_8)))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/a> <https://example.org/b> \"c\" ."));
    }

    static HttpRequest.Builder upload(String id, String text) {
        return HttpRequest.newBuilder(URI.create(base() + "/ingest?id=" + id)).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text));
    }

    @Test void anonymousAndWrongCredentialsAreRefusedAndTheStoreIsUnchanged() throws Exception {
        String before = StoreDigest.of(store.dataset().asDatasetGraph()).sha256();
        for (HttpRequest.Builder b : List.of(update(UPDATE), putGraph(), upload("anon-doc", ARTICLE),
                HttpRequest.newBuilder(URI.create(base() + "/signet/data?default")).DELETE())) {
            HttpResponse<String> anon = send(b.copy());
            assertEquals(401, anon.statusCode(), anon.uri() + " " + anon.body());
            assertTrue(anon.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), anon.headers().toString());
            HttpResponse<String> wrong = send(b.copy().header("Authorization", basic("alice", "not her password")));
            assertEquals(401, wrong.statusCode(), wrong.body());
            HttpResponse<String> nobody = send(b.copy().header("Authorization", basic("mallory", PASSWORD)));
            assertEquals(401, nobody.statusCode(), nobody.body());
        }
        // SPARQL Update through the query endpoints and the dataset URL: not there at all, credentials or not
        for (String path : List.of("/signet", "/signet/sparql", "/signet/query")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic("alice", PASSWORD)).POST(HttpRequest.BodyPublishers.ofString(UPDATE)));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " " + r.statusCode());
        }
        assertEquals(before, StoreDigest.of(store.dataset().asDatasetGraph()).sha256(), "a refused write changed the store");
    }

    @Test void aWriterCanUpdateUploadAGraphAndIngestAnArticle() throws Exception {
        HttpResponse<String> u = send(update(UPDATE).header("Authorization", basic("alice", PASSWORD)));
        assertTrue(u.statusCode() == 200 || u.statusCode() == 204, u.statusCode() + " " + u.body());
        HttpResponse<String> g = send(putGraph().header("Authorization", basic("alice", PASSWORD)));
        assertTrue(g.statusCode() == 200 || g.statusCode() == 201, g.statusCode() + " " + g.body());
        assertTrue(store.graphNames().containsAll(List.of("https://example.org/g", "https://example.org/up")), store.graphNames().toString());

        HttpResponse<String> a = send(upload("northwind-harbor", ARTICLE).header("Authorization", basic("alice", PASSWORD)));
        assertEquals(201, a.statusCode(), a.body());
        assertTrue(a.body().contains("\"status\": \"added\""), a.body());
        // the named query sees the new agreement at once
        HttpResponse<String> q = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql?query=" + URLEncoder.encode(
                "ASK { ?o <https://w3id.org/signet/ontology#nameKey> \"harbor radio\" }", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json"));
        assertTrue(q.body().contains("true"), q.body());
        // again: unchanged, 200
        HttpResponse<String> again = send(upload("northwind-harbor", ARTICLE).header("Authorization", basic("alice", PASSWORD)));
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"status\": \"unchanged\""), again.body());
        // a text that is no article: 400 with the reason, and the stored graph stays
        String before = StoreDigest.of(store.dataset().asDatasetGraph()).sha256();
        HttpResponse<String> bad = send(upload("northwind-harbor", "\u0000\u0001binary").header("Authorization", basic("alice", PASSWORD)));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("binary"), bad.body());
        HttpResponse<String> badId = send(upload("../etc/passwd", ARTICLE).header("Authorization", basic("alice", PASSWORD)));
        assertEquals(400, badId.statusCode(), badId.body());
        assertEquals(before, StoreDigest.of(store.dataset().asDatasetGraph()).sha256());
    }

    /**
     * An upload's id is its whole identity: a path of safe segments, anything else a 400 naming
     * the problem; it replaces an earlier upload of that id, never a document read from a file
     * (409), and the store keeps what it had.
     */
    @Test void uploadIdsAreCheckedAndAnUploadNeverReplacesAFilesDocument() throws Exception {
        String before = StoreDigest.of(store.dataset().asDatasetGraph()).sha256();
        for (String bad : List.of("..%2Fx", "a%2F..%2Fb", "a%2F%2Fb", "%2Fa", "a%2F", "news%2520item", "a%20b", "x".repeat(301),
                "_curation", "a%2Fextraction", "")) {
            HttpResponse<String> r = send(upload(bad, ARTICLE).header("Authorization", basic("alice", PASSWORD)));
            assertEquals(400, r.statusCode(), bad + " " + r.body());
            assertTrue(r.body().contains("an id is letters, digits"), r.body());
        }
        // a seed article's document, read from data/articles/SEED.txt: not an upload's to replace
        String seed = "000_891b23877e701f1c";
        HttpResponse<String> taken = send(upload(seed, ARTICLE).header("Authorization", basic("alice", PASSWORD)));
        assertEquals(409, taken.statusCode(), taken.body());
        assertTrue(taken.body().contains("was read from articles/" + seed + ".txt"), taken.body());
        assertEquals(before, StoreDigest.of(store.dataset().asDatasetGraph()).sha256(), "a refused upload changed the store");

        // a path id: added, then replaced as a whole by another upload of that id, whatever its type
        String id = "wire/2026/northwind-polar";
        HttpResponse<String> added = send(upload(id, ARTICLE).header("Authorization", basic("alice", PASSWORD)));
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(added.body().contains("\"graph\": \"https://w3id.org/signet/id/graph/wire/2026/northwind-polar\""), added.body());
        HttpResponse<String> html = send(upload(id, "<p>" + ARTICLE + "</p>").setHeader("Content-Type", "text/html; charset=utf-8")
                .header("Authorization", basic("alice", PASSWORD)));
        assertEquals(200, html.statusCode(), html.body());
        assertTrue(html.body().contains("\"status\": \"replaced\""), html.body());
    }

    @Test void aCachedAnswerFollowsAnUploadAndComesInEveryFormat() throws Exception {
        String url = base() + "/queries/signed-with?org=Gazprom-Media";
        HttpResponse<String> csv = send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv"));
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElse(""));
        assertFalse(csv.body().contains("Polar Lights Radio"), csv.body());
        HttpResponse<String> json = send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json"));
        assertEquals("application/sparql-results+json; charset=utf-8", json.headers().firstValue("Content-Type").orElse(""));
        assertEquals(csv.body().strip().split("\r\n").length - 1, json.body().split("\"agreement\": \\{").length - 1, "the same rows");
        HttpResponse<String> up = send(upload("gazprom-polar", "Moscow, 4 March 2026. Gazprom-Media Holding and Polar Lights Radio "
                + "signed a memorandum of understanding on news exchange.\n").header("Authorization", basic("alice", PASSWORD)));
        assertEquals(201, up.statusCode(), up.body());
        HttpResponse<String> after = send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv"));
        assertTrue(after.body().contains("Polar Lights Radio"), "the upload is seen at once, not the answer kept from before: " + after.body());
    }

    @Test void readsNeedNoCredentials() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/signet/data?default")).header("Accept", "application/n-triples"));
        assertEquals(200, r.statusCode());
        HttpResponse<String> q = send(HttpRequest.newBuilder(URI.create(base() + "/queries/signed-with?org=Gazprom-Media")).header("Accept", "text/csv"));
        assertEquals(200, q.statusCode());
    }

    @Test void theUsersFileHoldsNoPasswordAndOnlyItsOwnerMayReadIt() throws Exception {
        String text = Files.readString(tmp.resolve("writers"));
        assertFalse(text.contains(PASSWORD));
        assertTrue(text.contains("alice:pbkdf2-sha256:600000:"), text);
        assertFalse(UsersFile.read(tmp.resolve("writers")).readableByOthers());
    }

    @Test void everyRequestIsLoggedInOneLineWithStatusAndDuration() throws Exception {
        send(HttpRequest.newBuilder(URI.create(base() + "/queries/signed-with?org=Gazprom-Media")));
        send(update(UPDATE));
        assertTrue(log.stream().anyMatch(l -> l.matches("request GET /queries/signed-with\\?org=Gazprom-Media 200 [0-9.]+ ms client=127\\.0\\.0\\.1 user=-")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.matches("request POST /signet/update 401 [0-9.]+ ms client=127\\.0\\.0\\.1 user=-")), log.toString());
    }

    @Test void aQueryIsCutAtTheRowLimitAndSaysSo() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql?query="
                + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8))).header("Accept", "text/csv"));
        assertEquals(200, r.statusCode());
        assertEquals(1 + 5, r.body().strip().split("\r\n").length, r.body());
        assertEquals("5", r.headers().firstValue(ResultLimit.HEADER).orElse(null));
        HttpResponse<String> small = send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql?query="
                + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 2", StandardCharsets.UTF_8))).header("Accept", "text/csv"));
        assertEquals(3, small.body().strip().split("\r\n").length);
        assertNull(small.headers().firstValue(ResultLimit.HEADER).orElse(null), "a query within the limit is not marked");
    }

    @Test void prometheusMetricsAreServed() throws Exception {
        send(HttpRequest.newBuilder(URI.create(base() + "/signet/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))));
        HttpResponse<String> m = send(HttpRequest.newBuilder(URI.create(base() + "/$/metrics")));
        assertEquals(200, m.statusCode());
        assertNotNull(m.headers().firstValue("Content-Type").orElse(null));
        assertTrue(m.body().contains("fuseki_requests_good") || m.body().contains("fuseki_"), m.body().substring(0, Math.min(500, m.body().length())));
        assertTrue(m.body().contains("# TYPE"), "Prometheus text format");
    }
}
