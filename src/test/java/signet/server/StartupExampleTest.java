package signet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.store.Tdb2Store;
import signet.web.DatasetSource;

/**
 * The example {@code serve} prints at start-up, on stores that do not hold the bundled articles:
 * it must name something the store holds, and the printed request must answer rows.
 */
class StartupExampleTest {
    static final Path QUERIES = Path.of(System.getProperty("signet.home", ".")).resolve("queries");
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The curl line's URL and its Accept header. */
    static final Pattern CURL = Pattern.compile("curl -s '([^']+)' -H 'Accept: ([^']+)'");

    @TempDir Path tmp;

    /** Serves {@code store} as {@code serve} does and returns what it announces. */
    private static String announce(SignetServer server, NamedQueryRoute named, Tdb2Store store) {
        StringWriter w = new StringWriter();
        server.announce(new PrintWriter(w), StartupExample.curl(server, named, new DatasetSource(store.dataset(), TIMEOUT)));
        return w.toString();
    }

    /** Runs the announced example over HTTP, as a user pasting it would. */
    private static HttpResponse<String> run(String announced) throws Exception {
        Matcher m = CURL.matcher(announced);
        assertTrue(m.find(), announced);
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(m.group(1))).header("Accept", m.group(2)).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void theExampleNamesAnOrganizationOfThisStoreAndAnswersRows() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), """
                Published: 12 March 2024

                LIMA - The Andean Press Service and Harbor News Agency signed a memorandum of understanding on news exchange in Lima on March 11, 2024.
                """);
        Files.writeString(articles.resolve("b.txt"), """
                Published: 2 June 2024

                QUITO - Harbor News Agency signed a cooperation agreement with Condor Radio Network on June 1, 2024.
                """);
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter())).ingest(List.of(articles));
            NamedQueryRoute named = NamedQueryRoute.fromFolder(QUERIES, store.dataset(), TIMEOUT);
            SignetServer server = SignetServer.builder().store(store).port(0).route(named).build().start();
            try {
                String announced = announce(server, named, store);
                assertFalse(announced.contains("Gazprom"), announced);
                assertTrue(announced.contains("/queries/signed-with?org=Harbor+News+Agency"),
                        "the organization with the most agreements: " + announced);
                HttpResponse<String> r = run(announced);
                assertEquals(200, r.statusCode(), r.body());
                List<String> rows = r.body().lines().skip(1).filter(l -> !l.isBlank()).toList();
                assertTrue(rows.size() >= 2, "both of its agreements: " + r.body());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aStoreWithoutAgreementsGetsTheAgreementsListing() throws Exception {
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("empty"))) {
            NamedQueryRoute named = NamedQueryRoute.fromFolder(QUERIES, store.dataset(), TIMEOUT);
            SignetServer server = SignetServer.builder().store(store).port(0).route(named).build().start();
            try {
                String announced = announce(server, named, store);
                assertTrue(announced.contains("/queries/agreements'"), announced);
                HttpResponse<String> r = run(announced);
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(r.body().startsWith("agreement,"), "a listing that answers, with its header: " + r.body());
            } finally {
                server.stop();
            }
        }
    }
}
