package signet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import signet.cli.SignetCli;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.server.NamedQueryRoute;
import signet.server.SignetServer;
import signet.store.Tdb2Store;

/**
 * The load test against a real Signet server on the bundled articles (a few seconds of load,
 * every named query sent, no error), and its ingest writer against a stub of the ingest
 * endpoint, which is built elsewhere: the stub only checks what the client sends.
 */
class LoadTestTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final Duration SERVER_TIMEOUT = Duration.ofSeconds(30);
    static final String USER = "loader";
    static final String PASSWORD = "s3cret pass:word";
    static final Duration SLOW_POST = Duration.ofSeconds(3);

    @TempDir static Path tmp;
    static Tdb2Store store;
    static SignetServer server;
    static List<String> named;

    @BeforeAll
    static void serveTheSeeds() {
        store = Tdb2Store.open(tmp.resolve("db"));
        IngestReport report = new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter()))
                .ingest(List.of(HOME.resolve("data/articles")));
        assertFalse(report.hasFailures(), report.summary());
        NamedQueryRoute route = NamedQueryRoute.fromFolder(HOME.resolve("queries"), store.dataset(), SERVER_TIMEOUT);
        named = route.names();
        server = SignetServer.builder().store(store).port(0).queryTimeout(SERVER_TIMEOUT).route(route).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private Stub stub;

    @AfterEach
    void stopStub() {
        if (stub != null) stub.server().stop(0);
    }

    private static LoadTest.Options options(URI base, int clients, Duration duration, Duration warmup, LoadTest.Mix mix,
                                            Optional<LoadTest.Ingest> ingest, Optional<Path> json) {
        return new LoadTest.Options(base, clients, duration, warmup, Duration.ofSeconds(30), 7, mix, ingest, json);
    }

    @Test
    void everyNamedQueryCaseIsSentWithoutErrors() throws Exception {
        Path json = tmp.resolve("out/load.json");
        StringWriter log = new StringWriter();
        // an even mix, so that each of the 7 listings is drawn often enough in 3 s to be sure of it
        LoadTest.Result r = new LoadTest(options(URI.create(server.baseUrl() + "/"), 4, Duration.ofSeconds(3), Duration.ofMillis(500),
                new LoadTest.Mix(1, 1, 1), Optional.empty(), Optional.of(json)), new PrintWriter(log)).run();
        String report = LoadTest.report(r);
        assertTrue(r.clean(), report + log);
        assertEquals(0, r.errors(), report);
        assertTrue(r.errorCauses().isEmpty(), report);
        assertTrue(r.requests() > 0, report);
        assertTrue(r.warmupRequests() > 0, "the warm-up sent requests too, unmeasured");
        assertTrue(r.seconds() >= 3, "rates are over at least the window: " + r.seconds());

        Set<String> queries = r.cases().stream().map(c -> c.c().query()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(named), queries, "every named query the server lists");
        for (LoadTest.CaseResult c : r.cases()) {
            assertTrue(c.requests() > 0, c.c().label() + " was sent\n" + report);
            assertTrue(c.bytes() > 0, c.c().label() + " answered");
            assertTrue(c.stats().orElseThrow().p99() >= c.stats().orElseThrow().p50(), c.c().label());
        }
        Map<String, LoadTest.Kind> kinds = r.cases().stream().collect(Collectors.toMap(c -> c.c().label(), c -> c.c().kind()));
        for (String q : named) assertEquals(LoadTest.Kind.LISTING, kinds.get(q + " (all)"), q + " unbound lists the store");
        assertEquals(LoadTest.Kind.LOOKUP, kinds.get("evidence fact=sampled"), kinds.toString());
        assertEquals(LoadTest.Kind.LOOKUP, kinds.get("signed-with org=rare"), kinds.toString());
        assertEquals(LoadTest.Kind.LOOKUP, kinds.get("timeline org=rare"), kinds.toString());
        assertEquals(LoadTest.Kind.POPULAR, kinds.get("signed-with org=popular"), kinds.toString());
        assertEquals(LoadTest.Kind.POPULAR, kinds.get("timeline org=popular"), kinds.toString());
        // the seeds' most signing party heads the popular pool, as in the query benchmark
        LoadTest.Case popular = r.cases().stream().map(LoadTest.CaseResult::c).filter(c -> c.label().equals("signed-with org=popular")).findFirst().orElseThrow();
        assertEquals("Gazprom-Media Holding", popular.values().get(0), popular.values().toString());
        assertTrue(popular.values().size() <= LoadTest.POPULAR_ORGS);
        LoadTest.Case facts = r.cases().stream().map(LoadTest.CaseResult::c).filter(c -> c.label().equals("evidence fact=sampled")).findFirst().orElseThrow();
        assertTrue(facts.values().stream().allMatch(v -> v.startsWith("https://")), facts.values().toString());

        assertTrue(report.contains("load: 4 clients, 3 s: "), report);
        assertTrue(report.contains(", 0 errors, p50 "), report);
        JsonObject root = JSON.read(json.toString());
        assertEquals(r.requests(), root.get("requests").getAsNumber().value().intValue());
        assertEquals(0, root.get("errors").getAsNumber().value().intValue());
        assertEquals(r.cases().size(), root.get("cases").getAsArray().size());
        assertEquals("lookups=1,popular=1,listings=1", root.get("mix").getAsString().value());
    }

    @Test
    void aKindWeightedZeroIsNotSent() throws Exception {
        LoadTest.Result r = new LoadTest(options(URI.create(server.baseUrl()), 2, Duration.ofSeconds(1), Duration.ZERO,
                LoadTest.Mix.parse("listings=0,popular=0"), Optional.empty(), Optional.empty()), new PrintWriter(new StringWriter())).run();
        assertTrue(r.clean(), LoadTest.report(r));
        assertTrue(r.cases().stream().allMatch(c -> c.c().kind() == LoadTest.Kind.LOOKUP), LoadTest.report(r));
        assertEquals(0, r.warmupRequests());
    }

    @Test
    void aFailingQueryIsCountedByCauseAndFailsTheRun() throws Exception {
        stub = Stub.start("ping\tPing\nbroken\tBroken\n");
        StringWriter log = new StringWriter();
        LoadTest.Result r = new LoadTest(options(stub.base(), 2, Duration.ofSeconds(1), Duration.ZERO, LoadTest.Mix.DEFAULT,
                Optional.empty(), Optional.empty()), new PrintWriter(log)).run();
        String report = LoadTest.report(r);
        assertFalse(r.clean(), report);
        LoadTest.CaseResult broken = r.cases().stream().filter(c -> c.c().query().equals("broken")).findFirst().orElseThrow();
        assertTrue(broken.errors() > 0 && broken.errors() == broken.requests(), report);
        assertEquals(Map.of("HTTP 503", r.errors()), r.errorCauses(), report);
        assertEquals(broken.errors(), r.errors(), "ping never failed");
        assertTrue(report.contains("errors by cause: HTTP 503 ×" + r.errors()), report);
        assertTrue(log.toString().contains("error: broken (all): HTTP 503: query time-out (30 s) [" + stub.base() + "/queries/broken]"), log.toString());
        assertEquals(LoadTest.MAX_PRINTED_ERRORS, log.toString().lines().filter(l -> l.startsWith("error: ")).count(), "only the first errors are printed");
    }

    @Test
    void mixParsing() {
        assertEquals(new LoadTest.Mix(90, 8, 0), LoadTest.Mix.parse("listings=0"));
        assertEquals(new LoadTest.Mix(1, 2, 3), LoadTest.Mix.parse(" Lookups = 1, popular=2,listings=3"));
        for (String bad : List.of("lookup=1", "lookups=x", "lookups=-1", "lookups=0,popular=0,listings=0", "lookups"))
            assertThrowsIllegalArgument(() -> LoadTest.Mix.parse(bad), bad);
    }

    private static void assertThrowsIllegalArgument(Runnable r, String what) {
        try {
            r.run();
        } catch (IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("accepted: " + what);
    }

    @Test
    void theSameSeedDrawsTheSameRequests() {
        LoadTest.Case c = new LoadTest.Case("q x=pool", "q", LoadTest.Kind.LOOKUP, Optional.of("x"), List.of("a b", "c", "d/e", "f"));
        URI base = URI.create("http://127.0.0.1:1");
        Random one = new Random(LoadTest.clientSeed(5, 3)), two = new Random(LoadTest.clientSeed(5, 3));
        List<URI> a = new ArrayList<>(), b = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            a.add(c.uri(base, one));
            b.add(c.uri(base, two));
        }
        assertEquals(a, b);
        assertTrue(a.stream().allMatch(u -> u.toString().startsWith("http://127.0.0.1:1/queries/q?x=")), a.toString());
        assertNotEquals(LoadTest.clientSeed(5, 3), LoadTest.clientSeed(5, 4));
        assertEquals(List.of(1, 2, 3), LoadTest.sample(List.of(1, 2, 3), 5, new Random(1)));
        assertEquals(LoadTest.sample(List.of(1, 2, 3, 4, 5, 6, 7, 8), 3, new Random(9)), LoadTest.sample(List.of(1, 2, 3, 4, 5, 6, 7, 8), 3, new Random(9)));
    }

    @Test
    void commandLineRunsAgainstTheServerAndRefusesHalfAnIngest() throws Exception {
        Path json = tmp.resolve("cli/load.json");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = cli(out, err, "bench", "load", "--url", server.baseUrl(), "--clients", "2", "--duration", "2s", "--warmup", "0",
                "--mix", "listings=1", "--json", json.toString());
        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().contains("load: 2 clients, 2 s: "), out.toString());
        assertTrue(Files.exists(json));

        assertEquals(2, cli(new StringWriter(), new StringWriter(), "bench", "load", "--url", server.baseUrl(), "--ingest-dir", tmp.toString()));
        assertEquals(2, cli(new StringWriter(), new StringWriter(), "bench", "load", "--url", server.baseUrl(), "--mix", "reads=3"));
        assertEquals(2, cli(new StringWriter(), new StringWriter(), "bench", "load", "--url", "ftp://x", "--duration", "1s"));
        assertEquals(2, cli(new StringWriter(), new StringWriter(), "bench", "load"));
    }

    private static int cli(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = SignetCli.commandLine(new SignetCli());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    // ---- the ingest writer, against a stub of POST /ingest ----------------------------------

    /** What the stub received: one entry per post. */
    record Post(String id, String contentType, String body, boolean authorized) {}

    /**
     * A JDK HTTP server standing in for Signet's ingest endpoint (not built yet): it checks the
     * Basic credentials (401 without them), answers 201 with a small JSON body, 500 for the id
     * {@code load-broken}, and takes {@link #SLOW_POST} to answer {@code load-slow}. It also lists
     * parameterless named queries, so a whole load test can run against it.
     */
    record Stub(HttpServer server, List<Post> posts) {
        static Stub start() throws IOException {
            return start("ping\tPing\n");
        }

        /** With {@code listing} as the named-query list; the query {@code broken} answers 503. */
        static Stub start(String listing) throws IOException {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            s.setExecutor(Executors.newFixedThreadPool(4));
            List<Post> posts = Collections.synchronizedList(new ArrayList<>());
            String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            s.createContext(IngestWriter.PATH, ex -> {
                String query = ex.getRequestURI().getRawQuery();
                String id = query != null && query.startsWith("id=") ? java.net.URLDecoder.decode(query.substring(3), StandardCharsets.UTF_8) : "";
                boolean authorized = expected.equals(ex.getRequestHeaders().getFirst("Authorization"));
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                posts.add(new Post(id, ex.getRequestHeaders().getFirst("Content-Type"), body, authorized));
                if (!ex.getRequestMethod().equals("POST")) reply(ex, 405, "POST only");
                else if (!authorized) reply(ex, 401, "credentials needed");
                else if (id.equals("load-broken")) reply(ex, 500, "store failed\nstack trace...");
                else if (id.equals("load-slow")) {
                    try {
                        Thread.sleep(SLOW_POST);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    reply(ex, 201, "{}");
                }
                else reply(ex, 201, "{\"id\":\"" + id + "\",\"facts\":3}");
            });
            s.createContext(NamedQueryRoute.PATH + "/", ex -> {
                if (ex.getRequestURI().getPath().equals(NamedQueryRoute.PATH + "/")) reply(ex, 200, listing);
                else if (ex.getRequestURI().getPath().endsWith("/broken")) reply(ex, 503, "query time-out (30 s)\n");
                else reply(ex, 200, "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[{}]}}");
            });
            s.start();
            return new Stub(s, posts);
        }

        URI base() { return URI.create("http://127.0.0.1:" + server.getAddress().getPort()); }

        private static void reply(HttpExchange ex, int status, String text) throws IOException {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        }
    }

    /** a.txt, b/broken.txt, c.txt and a file that is not an article. */
    private static Path articles(String name) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a.txt"), "Alpha signed with Beta. Ключ.");
        Files.writeString(dir.resolve("b/broken.txt"), "Broken.");
        Files.writeString(dir.resolve("c.txt"), "Gamma.");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        return dir;
    }

    private static IngestWriter.Result write(Stub stub, Path dir, IngestWriter.Credentials credentials, StringWriter log) throws Exception {
        return write(stub, dir, credentials, Duration.ofSeconds(10), log);
    }

    private static IngestWriter.Result write(Stub stub, Path dir, IngestWriter.Credentials credentials, Duration timeout, StringWriter log)
            throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            long now = System.nanoTime();
            return new IngestWriter(http, stub.base(), IngestWriter.articles(dir), credentials, timeout, new PrintWriter(log))
                    .run(now, now + Duration.ofSeconds(20).toNanos());
        }
    }

    @Test
    void writerPostsEachArticleWithBasicCredentialsAndCountsAFailedPost() throws Exception {
        stub = Stub.start();
        StringWriter log = new StringWriter();
        IngestWriter.Result r = write(stub, articles("w1"), new IngestWriter.Credentials(USER, PASSWORD), log);
        assertEquals(3, r.posts(), r.toString());
        assertEquals(1, r.errors(), "the 500: " + r);
        assertEquals(Map.of("HTTP 500", 1), r.errorCauses());
        assertTrue(r.ranOut(), "three articles are posted well before the end");
        assertTrue(r.perSecond() > 0);
        assertTrue(r.stats().isPresent());
        assertEquals(List.of("load-a", "load-broken", "load-c"), stub.posts().stream().map(Post::id).toList());
        assertTrue(stub.posts().stream().allMatch(Post::authorized), stub.posts().toString());
        assertTrue(stub.posts().stream().allMatch(p -> p.contentType().equals("text/plain; charset=utf-8")), stub.posts().toString());
        assertEquals("Alpha signed with Beta. Ключ.", stub.posts().get(0).body());
        assertTrue(log.toString().contains("error: ingest load-broken: HTTP 500: store failed"), log.toString());
        assertFalse(log.toString().contains("stack trace"), "one line of the error body: " + log);
    }

    @Test
    void wrongCredentialsMakeEveryPostAnError() throws Exception {
        stub = Stub.start();
        IngestWriter.Result r = write(stub, articles("w2"), new IngestWriter.Credentials(USER, "wrong"), new StringWriter());
        assertEquals(3, r.posts());
        assertEquals(3, r.errors());
        assertEquals(Map.of("HTTP 401", 3), r.errorCauses());
        assertTrue(r.firstErrors().get(0).contains("HTTP 401"), r.firstErrors().toString());
        assertTrue(stub.posts().stream().noneMatch(Post::authorized));
    }

    @Test
    void aPostWithNoAnswerInTimeIsAnErrorAndTheNextOneGoesOn() throws Exception {
        stub = Stub.start();
        Path dir = tmp.resolve("w4");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), "A.");
        Files.writeString(dir.resolve("slow.txt"), "Slow.");
        Files.writeString(dir.resolve("z.txt"), "Z.");
        IngestWriter.Result r = write(stub, dir, new IngestWriter.Credentials(USER, PASSWORD), Duration.ofMillis(500), new StringWriter());
        assertEquals(3, r.posts(), r.toString());
        assertEquals(1, r.errors(), r.toString());
        assertEquals(Map.of("client time-out", 1), r.errorCauses());
        assertTrue(r.firstErrors().get(0).contains("load-slow") && r.firstErrors().get(0).contains("client time-out"), r.firstErrors().toString());
        assertTrue(r.stats().orElseThrow().max() < SLOW_POST.toNanos(), "the client gave up at its time-out, not when the answer came");
    }

    @Test
    void passwordFileAndCredentials() throws Exception {
        Path f = tmp.resolve("password");
        Files.writeString(f, PASSWORD + "\r\nsecond line\n");
        IngestWriter.Credentials c = IngestWriter.Credentials.fromPasswordFile(USER, f);
        assertEquals(PASSWORD, c.password());
        assertFalse(c.toString().contains(PASSWORD), c.toString());
        Files.writeString(f, "\n");
        assertThrowsIllegalArgument(() -> IngestWriter.Credentials.fromPasswordFile(USER, f), "an empty first line");
        assertEquals("load-000123", IngestWriter.id(Path.of("docs/000/000123.txt")));
    }

    @Test
    void aLoadTestWithAWriterReportsThePostsOnTheirOwnAndFailsOnAFailedPost() throws Exception {
        stub = Stub.start();
        Path pw = tmp.resolve("pw");
        Files.writeString(pw, PASSWORD + "\n");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = cli(out, err, "bench", "load", "--url", stub.base().toString(), "--clients", "2", "--duration", "1s", "--warmup", "0",
                "--ingest-dir", articles("w3").toString(), "--user", USER, "--password-file", pw.toString());
        assertEquals(1, code, "a failed post fails the run\n" + out + err);
        String text = out.toString();
        assertTrue(text.contains("ping (all)"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("load: 2 clients, 1 s: ") && l.contains(", 0 errors,")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("ingest: 1 writer: 3 posts, ") && l.contains(", 1 errors,")), text);
        assertTrue(text.contains("every article was posted before the end"), text);
        assertTrue(text.contains("post errors by cause: HTTP 500 ×1"), text);
        assertEquals(3, stub.posts().size());
    }
}
