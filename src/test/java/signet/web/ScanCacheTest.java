package signet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;

/**
 * Whole-graph scans are kept until the store changes: unit behaviour, and on a real server the
 * home page's counts, the organization list and the dataset description follow an ingest made
 * while it serves.
 */
class ScanCacheTest {
    @TempDir Path tmp;

    @Test
    void keptWhileTheVersionStaysTheSame() {
        AtomicReference<Optional<Instant>> version = new AtomicReference<>(Optional.of(Instant.EPOCH));
        AtomicInteger computed = new AtomicInteger();
        ScanCache<String, Integer> cache = new ScanCache<>(version::get, 8);
        assertEquals(1, cache.get("a", computed::incrementAndGet));
        assertEquals(1, cache.get("a", computed::incrementAndGet));
        assertEquals(2, cache.get("b", computed::incrementAndGet), "another key is its own entry");
        version.set(Optional.of(Instant.EPOCH.plusMillis(1)));
        assertEquals(3, cache.get("a", computed::incrementAndGet), "a write since: computed again");
        version.set(Optional.empty());
        assertEquals(4, cache.get("a", computed::incrementAndGet), "unknown version: nothing kept");
        assertEquals(5, cache.get("a", computed::incrementAndGet));
    }

    @Test
    void boundedWhateverTheKeys() {
        AtomicInteger computed = new AtomicInteger();
        ScanCache<Integer, Integer> cache = new ScanCache<>(() -> Optional.of(Instant.EPOCH), 4);
        for (int i = 0; i < 100; i++) cache.get(i, computed::incrementAndGet);
        assertEquals(100, computed.get());
        cache.get(99, computed::incrementAndGet);
        assertEquals(100, computed.get(), "the newest key is still kept");
        cache.get(0, computed::incrementAndGet);
        assertEquals(101, computed.get(), "the oldest was dropped");
    }

    @Test
    void pagesFollowAnIngestWhileServing() throws Exception {
        try (SeededServer s = SeededServer.start(tmp)) {
            HttpClient http = HttpClient.newHttpClient();
            String home = get(http, s.url("/"));
            assertTrue(Jsoup.parse(home).select("ul.counts").text().contains("3 documents"), home);
            String orgs = get(http, s.url("/organizations"));
            assertTrue(!orgs.contains("Tarnwick Rail Cooperative"), "not there yet");
            String voidBefore = get(http, s.url(VoidRoute.PATH));

            Path more = tmp.resolve("more");
            Files.createDirectories(more);
            Files.writeString(more.resolve("950_tarnwick.txt"), """
                    Tarnwick Rail Cooperative and Oskel Freight sign maintenance deal

                    OSKEL, March 3, 2025 — Tarnwick Rail Cooperative signed a maintenance agreement with Oskel Freight \
                    in Oskel on March 2, 2025, the two companies said.
                    """);
            new Ingester(s.store(), Pipeline.standard(), new PrintWriter(new StringWriter())).ingest(List.of(more));

            assertTrue(Jsoup.parse(get(http, s.url("/"))).select("ul.counts").text().contains("4 documents"));
            assertTrue(get(http, s.url("/organizations")).contains("Tarnwick Rail Cooperative"));
            assertTrue(!get(http, s.url(VoidRoute.PATH)).equals(voidBefore), "the description is counted again");
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }
}
