package signet.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import signet.FusekiProcess;

/**
 * {@code serve --remote} in front of a real Fuseki whose own time-out (1 s) cuts an answer:
 * Fuseki then appends "## Incomplete results" text to the CSV rows; through Signet the rows stay
 * CSV and the trailer says the answer is cut.
 */
class ProxyTimeoutTest {
    static FusekiProcess fuseki;
    static SignetServer proxy;

    @BeforeAll static void start() throws Exception {
        fuseki = FusekiProcess.builder().dataset("ds").update(true).arg("--timeout=1000").start();
        StringBuilder turtle = new StringBuilder("PREFIX ex: <https://example.org/>\n");
        for (int i = 0; i < 2_000; i++) turtle.append("ex:s").append(i / 10).append(" ex:says \"statement ").append(i).append("\" .\n");
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() / 100 == 2, put::body);
        proxy = SignetServer.builder().remote(fuseki.sparqlUrl()).port(0).queryTimeout(Duration.ofSeconds(30)).build().start();
    }

    @AfterAll static void stop() {
        if (proxy != null) proxy.stop();
        if (fuseki != null) fuseki.close();
    }

    @Test void rowsCutByTheRemoteTimeOutStayCsvAndTheTrailerSaysSo() throws Exception {
        RawHttp.Reply r = RawHttp.get(proxy.getPort(), "/signet/sparql?query=" + RawHttp.enc("SELECT ?s ?o ?t { ?s ?p ?o . ?t ?q ?u }"), "text/csv");
        assertEquals(200, r.status());
        assertEquals("timeout", r.trailers().get(ResultLimit.INCOMPLETE.toLowerCase(Locale.ROOT)), "the trailer tells the answer is cut");
        List<String> lines = r.text().lines().toList();
        assertEquals("s,o,t", lines.get(0));
        assertTrue(lines.size() > 100, "rows came before the time-out: " + lines.size());
        for (String line : lines.subList(1, lines.size()))
            assertTrue(line.matches("https://example\\.org/s\\d+,statement \\d+,https://example\\.org/s\\d+"), "a CSV row, not text: " + line);
    }

    @Test void aCompleteRemoteAnswerIsUntouched() throws Exception {
        RawHttp.Reply r = RawHttp.get(proxy.getPort(), "/signet/sparql?query=" + RawHttp.enc("SELECT ?o { <https://example.org/s0> ?p ?o } ORDER BY ?o"), "text/csv");
        assertEquals(200, r.status());
        assertEquals(11, r.text().lines().count(), r.text());
        assertNull(r.trailers().get(ResultLimit.INCOMPLETE.toLowerCase(Locale.ROOT)));
    }
}
