package signet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
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
 * A writer-enabled server (real TDB2 store, real users file) against requests a hostile client
 * would try: write paths spelled so that a string compare misses them, compressed bodies that
 * unpack far past the size limit, and floods of wrong passwords. Requests whose path a client
 * library would normalise are written to a raw socket, byte for byte.
 */
class HostileWritesTest {

    @TempDir static Path tmp;
    static Tdb2Store store;
    static SignetServer server;
    static final String PASSWORD = "correct horse battery staple";
    static final String ARTICLE = "Moscow, 3 March 2026. Northwind Media Group and Harbor Radio signed a memorandum of understanding on news exchange.\n";
    static final String OTHER = "Moscow, 5 March 2026. Polar Lights Radio and Harbor Radio signed an agreement on joint broadcasting.\n";
    static final String UPDATE = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> \"written\" } }";
    static final String TURTLE = "<https://example.org/a> <https://example.org/b> \"c\" .";

    @BeforeAll static void start() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), ARTICLE);
        store = Tdb2Store.open(tmp.resolve("db"));
        new Ingester(store, Pipeline.standard(), new java.io.PrintWriter(new java.io.StringWriter())).ingest(List.of(articles));
        UsersFile.readOrEmpty(tmp.resolve("writers")).with("alice", PasswordHash.hash(PASSWORD.toCharArray())).write();
        server = SignetServer.builder().store(store).port(0)
                .writers(UsersFile.read(tmp.resolve("writers")))
                .writeRoute(new ArticleUploadRoute(store, Pipeline.standard(), tmp.resolve("spool")), ArticleUploadRoute.PATH)
                .requestLog(line -> { })
                .build().start();
    }

    @AfterAll static void stop() {
        server.stop();
        store.close();
    }

    static String digest() { return StoreDigest.of(store.dataset().asDatasetGraph()).sha256(); }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The status and body of a response to a request written verbatim (the request line exactly as given). */
    record Raw(int status, String text) { }

    static Raw raw(String method, String target, List<String> headers, byte[] body) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
            s.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            headers.forEach(h -> head.append(h).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the server answered and closed without reading the body: read what it said
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            try {
                in.transferTo(got);
            } catch (IOException e) {
                // a reset after the answer: keep what came
            }
            String text = got.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ")) throw new IOException("no HTTP answer to " + method + " " + target + ": " + text);
            return new Raw(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    /** One request of the probe: how it is written, and what it would write if it got through. */
    record Probe(String method, String target, String contentType, String body) {
        Raw send(String... extraHeaders) throws IOException {
            List<String> h = new ArrayList<>(List.of("Content-Type: " + contentType));
            h.addAll(List.of(extraHeaders));
            return raw(method, target, h, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final List<Probe> WRITES_IN_DISGUISE = List.of(
            // the article upload, /ingest
            new Probe("POST", "/%69ngest?id=a1", "text/plain", OTHER),
            new Probe("POST", "/%2569ngest?id=a1", "text/plain", OTHER),
            new Probe("POST", "/INGEST?id=a1", "text/plain", OTHER),
            new Probe("POST", "/Ingest?id=a1", "text/plain", OTHER),
            new Probe("POST", "/ingest;x=1?id=a1", "text/plain", OTHER),
            new Probe("POST", "/ingest%3Bx=1?id=a1", "text/plain", OTHER),
            new Probe("POST", "/./ingest?id=a1", "text/plain", OTHER),
            new Probe("POST", "//ingest?id=a1", "text/plain", OTHER),
            new Probe("POST", "/ingest/?id=a1", "text/plain", OTHER),
            new Probe("POST", "/x/../ingest?id=a1", "text/plain", OTHER),
            new Probe("POST", "/%2e/ingest?id=a1", "text/plain", OTHER),
            new Probe("POST", "/signet/../ingest?id=a1", "text/plain", OTHER),
            new Probe("PUT", "/%69ngest?id=a1", "text/plain", OTHER),
            new Probe("POST", "http://127.0.0.1/%69ngest?id=a1", "text/plain", OTHER),
            // SPARQL Update
            new Probe("POST", "/signet/%75pdate", "application/sparql-update", UPDATE),
            new Probe("POST", "/signet/%2575pdate", "application/sparql-update", UPDATE),
            new Probe("POST", "/signet/update;x", "application/sparql-update", UPDATE),
            new Probe("POST", "/signet/update/", "application/sparql-update", UPDATE),
            new Probe("POST", "/signet//update", "application/sparql-update", UPDATE),
            new Probe("POST", "//signet/update", "application/sparql-update", UPDATE),
            new Probe("POST", "/signet/./update", "application/sparql-update", UPDATE),
            new Probe("POST", "/%73ignet/update", "application/sparql-update", UPDATE),
            new Probe("POST", "/SIGNET/UPDATE", "application/sparql-update", UPDATE),
            new Probe("POST", "/signet/sparql/../update", "application/sparql-update", UPDATE),
            new Probe("POST", "/signet/update/../sparql", "application/sparql-update", UPDATE),
            new Probe("POST", "/signet/%75pdate", "application/x-www-form-urlencoded",
                    "update=" + URLEncoder.encode(UPDATE, StandardCharsets.UTF_8)),
            new Probe("GET", "/signet/%75pdate?update=" + URLEncoder.encode(UPDATE, StandardCharsets.UTF_8), "text/plain", ""),
            // the Graph Store Protocol, /signet/data
            new Probe("PUT", "/signet/%64ata?default", "text/turtle", TURTLE),
            new Probe("POST", "/signet/%64ata?default", "text/turtle", TURTLE),
            new Probe("PUT", "/signet/data;x?default", "text/turtle", TURTLE),
            new Probe("POST", "/signet/data;x?default", "text/turtle", TURTLE),
            new Probe("POST", "/signet/./data?default", "text/turtle", TURTLE),
            new Probe("POST", "/signet/%2564ata?default", "text/turtle", TURTLE),
            new Probe("DELETE", "/signet/%64ata?default", "text/plain", ""),
            new Probe("POST", "/signet?default", "text/turtle", TURTLE),
            new Probe("POST", "/signet/", "text/turtle", TURTLE),
            new Probe("POST", "/signet/sparql;x", "application/sparql-update", UPDATE),
            new Probe("POST", "/signet/%73parql", "application/sparql-update", UPDATE),
            new Probe("PATCH", "/signet/sparql", "text/turtle", TURTLE));

    @Test void writePathsInDisguiseAreRefusedWithoutCredentialsAndWriteNothing() throws Exception {
        String before = digest();
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (Probe p : WRITES_IN_DISGUISE) {
            Raw r = p.send();
            table.append(String.format("%-7s %-45s %d%n", p.method(), p.target().length() > 45 ? p.target().substring(0, 42) + "..." : p.target(), r.status()));
            // 401: asked for credentials; 400/404/405: not a route; never a write, never a server error
            if (!List.of(400, 401, 404, 405).contains(r.status())) wrong.add(p.method() + " " + p.target() + " -> " + r.text());
            if (!digest().equals(before)) wrong.add(p.method() + " " + p.target() + " CHANGED THE STORE: " + r.text());
            before = digest();
        }
        System.out.print("HostileWritesTest: write paths in disguise, no credentials:\n" + table);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        // the one the report found: the upload under an escaped letter
        assertEquals(401, WRITES_IN_DISGUISE.get(0).send().status());
        // with a writer's credentials the canonical path still writes
        Raw ok = new Probe("POST", "/ingest?id=a2", "text/plain", OTHER).send("Authorization: " + basic("alice", PASSWORD));
        assertEquals(201, ok.status(), ok.text());
    }

    @Test void queriesStillNeedNoCredentials() throws Exception {
        String ask = "ASK { ?s ?p ?o }";
        for (String path : List.of("/signet/sparql", "/signet/query")) {
            Raw form = raw("POST", path, List.of("Content-Type: application/x-www-form-urlencoded", "Accept: application/sparql-results+json"),
                    ("query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            assertEquals(200, form.status(), path + " " + form.text());
            assertTrue(form.text().contains("true"), form.text());
            Raw body = raw("POST", path, List.of("Content-Type: application/sparql-query", "Accept: application/sparql-results+json"),
                    ask.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, body.status(), path + " " + body.text());
        }
        for (String path : List.of("/signet/sparql", "/signet/query", "/signet")) {
            Raw get = raw("GET", path + "?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8), List.of("Accept: application/sparql-results+json"), new byte[0]);
            assertEquals(200, get.status(), path + " " + get.text());
        }
        assertEquals(200, raw("GET", "/signet/data?default", List.of("Accept: application/n-triples"), new byte[0]).status());
    }

    /** {@code size} bytes of spaces, gzipped: a few kilobytes on the wire. */
    static byte[] gzipBomb(String prefix, int size) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int n = 0; n < size; n += block.length) z.write(block);
            z.write("}".getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    @Test void compressedBodiesAreRefusedOnEveryRouteAndTheServerGoesOn() throws Exception {
        int unpacked = 64 << 20;
        byte[] query = gzipBomb("ASK {", unpacked), turtle = gzipBomb("<https://example.org/a> <https://example.org/b> \"", unpacked);
        assertTrue(query.length < RequestSizeLimit.MAX_BODY_BYTES, "under the limit on the wire: " + query.length);
        String before = digest(), auth = "Authorization: " + basic("alice", PASSWORD);
        record Bomb(String method, String target, String type, byte[] body, boolean writer) { }
        List<Bomb> bombs = List.of(
                new Bomb("POST", "/signet/sparql", "application/sparql-query", query, false),
                new Bomb("POST", "/signet/query", "application/sparql-query", query, false),
                new Bomb("POST", "/signet/sparql", "application/x-www-form-urlencoded", query, false),
                new Bomb("POST", "/signet/update", "application/sparql-update", query, true),
                new Bomb("PUT", "/signet/data?default", "text/turtle", turtle, true),
                new Bomb("POST", "/signet/data?graph=https://example.org/gz", "text/turtle", turtle, true),
                new Bomb("POST", "/ingest?id=bomb", "text/plain", turtle, true));
        for (Bomb b : bombs) {
            for (String encoding : List.of("gzip", "GZip", "deflate", "x-gzip", "br")) {
                List<String> h = new ArrayList<>(List.of("Content-Type: " + b.type(), "Content-Encoding: " + encoding));
                if (b.writer()) h.add(auth);
                long t0 = System.nanoTime();
                Raw r = raw(b.method(), b.target(), h, b.body());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(415, r.status(), b.method() + " " + b.target() + " " + encoding + ": " + r.text());
                assertTrue(r.text().contains("Content-Encoding"), r.text());
                assertTrue(ms < 5_000, b.target() + " took " + ms + " ms");
            }
        }
        assertEquals(before, digest(), "nothing was written");
        Raw after = raw("GET", "/signet/sparql?query=ASK%7B%7D", List.of("Accept: application/sparql-results+json"), new byte[0]);
        assertEquals(200, after.status(), "the server still answers: " + after.text());
    }

    /** A POST to the update endpoint with these credentials: the status and how long it took. */
    record Timed(int status, long ms) { }

    static Timed timedUpdate(HttpClient http, String authorization) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/signet/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", authorization)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <https://example.org/w> { "
                        + "<https://example.org/s> <https://example.org/p> \"w\" } }")).build(), HttpResponse.BodyHandlers.ofString());
        return new Timed(r.statusCode(), (System.nanoTime() - t0) / 1_000_000);
    }

    @Test void aFloodOfWrongPasswordsFailsFastWhileReadersAndAKnownWriterGoOn() throws Exception {
        int bogus = 40;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String writer = basic("alice", PASSWORD);
        Timed first = timedUpdate(http, writer);
        assertTrue(first.status() == 200 || first.status() == 204, "the writer's first write (checked and remembered): " + first.status());
        ExecutorService pool = Executors.newFixedThreadPool(bogus + 2);
        try {
            long t0 = System.nanoTime();
            List<Future<Timed>> flood = new ArrayList<>();
            for (int i = 0; i < bogus; i++) {
                String header = basic(i % 2 == 0 ? "alice" : "mallory", "guess number " + i);
                flood.add(pool.submit(() -> {
                    try (HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                        return timedUpdate(c, header);
                    }
                }));
            }
            // a reader during the flood: never waits for a password check
            List<Long> reads = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long r0 = System.nanoTime();
                HttpResponse<String> q = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort()
                        + "/signet/sparql?query=ASK%7B%7D")).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, q.statusCode());
                reads.add((System.nanoTime() - r0) / 1_000_000);
            }
            // the writer already known gets through during the flood
            Future<Timed> known = pool.submit(() -> timedUpdate(http, writer));
            List<Timed> answers = new ArrayList<>();
            for (Future<Timed> f : flood) answers.add(f.get(60, TimeUnit.SECONDS));
            long allMs = (System.nanoTime() - t0) / 1_000_000;
            Timed w = known.get(60, TimeUnit.SECONDS);
            System.out.println("HostileWritesTest: " + bogus + " wrong passwords answered in " + allMs + " ms (slowest "
                    + answers.stream().mapToLong(Timed::ms).max().orElse(0) + " ms; statuses "
                    + answers.stream().map(t -> Integer.toString(t.status())).distinct().sorted().toList() + "); reads "
                    + reads + " ms; the known writer " + w.ms() + " ms");
            for (Timed t : answers) assertTrue(t.status() == 401 || t.status() == 503, "refused: " + t.status());
            // one password check is 0.15 to 0.3 s: forty of them in a queue (as before) take six to twelve seconds
            assertTrue(allMs < 4_000, "wrong passwords must fail fast, not queue: " + allMs + " ms for " + bogus);
            assertTrue(reads.stream().allMatch(ms -> ms < 2_000), "readers never wait: " + reads);
            assertTrue(w.status() == 200 || w.status() == 204, "the known writer: " + w.status());
            assertTrue(w.ms() < 2_000, "the known writer waited " + w.ms() + " ms");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test void aWrongHeaderSentAgainCostsNoSecondPasswordCheck() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String header = basic("alice", "the same wrong password");
        Timed first = timedUpdate(http, header);
        assertEquals(401, first.status());
        long t0 = System.nanoTime();
        int n = 30;
        for (int i = 0; i < n; i++) assertEquals(401, timedUpdate(http, header).status());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("HostileWritesTest: the same wrong header " + n + " times more: " + ms + " ms (the first " + first.ms() + " ms)");
        // each check is a PBKDF2 derivation (0.15 to 0.3 s): thirty would take five seconds or more
        assertTrue(ms < 2_000, n + " repeats of a wrong header took " + ms + " ms");
    }
}
