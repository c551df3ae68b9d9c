package signet.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * With {@code serve --remote URL} there is no local dataset, yet {@code /signet/sparql} (and
 * {@code /signet/query}) keep answering: each SPARQL query is passed on to the remote endpoint and
 * its answer returned as it came (status, content type, body). So the home page's endpoint link,
 * the query page's downloads and any client keep one address whichever store is behind it.
 *
 * <p>Only queries pass. The request's query (GET {@code ?query=}, a form POST, or a POST of
 * {@code application/sparql-query}) is parsed here first, so an update, which does not parse as a
 * query, never reaches the remote even when the remote would accept one; it is forwarded as a
 * form POST of {@code query=} to the query endpoint given, never to an update or graph store
 * service. The client's {@code Accept} and a {@code format=} parameter are passed on.
 *
 * <p>The answer is bounded by the time-out as a local one is ({@link ResultLimit}): the body
 * stops coming at the time-out, and a Fuseki answer that its own time-out cut (Fuseki then
 * appends a "## Incomplete results" text to the rows, two more rows of a CSV answer) loses that
 * text; either way the trailer {@value ResultLimit#INCOMPLETE}{@code : timeout} says so. A client
 * that goes away closes the remote answer too.
 */
public final class SparqlProxyRoute implements Route {
    /** Longest query text passed on. */
    static final int MAX_QUERY_LENGTH = 100_000;
    /**
     * What Fuseki (Responses.output) appends to a result body cut by its time-out; it prints the
     * lines with the platform's line ends, so both are looked for.
     */
    static final String FUSEKI_INCOMPLETE = "\n##  Query cancelled due to timeout during execution   ##\n##  ****          Incomplete results           ****   ##\n";
    private static final List<byte[]> FUSEKI_MARKERS = List.of(
            FUSEKI_INCOMPLETE.getBytes(StandardCharsets.UTF_8), FUSEKI_INCOMPLETE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    private static final int HOLD_BACK = FUSEKI_MARKERS.stream().mapToInt(m -> m.length).max().orElseThrow();

    private final String endpoint;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param endpoint the remote SPARQL query endpoint
     * @param timeout  longest a forwarded request may take
     */
    public SparqlProxyRoute(String endpoint, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10)).build();
    }

    @Override
    public void install(FusekiServer.Builder b) {
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                forward(req.getParameter("query"), req, resp);
            }

            @Override
            protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                String type = Optional.ofNullable(req.getContentType()).orElse("").toLowerCase(Locale.ROOT);
                if (type.startsWith("application/sparql-query")) {
                    byte[] body = req.getInputStream().readNBytes(MAX_QUERY_LENGTH + 1);
                    forward(new String(body, StandardCharsets.UTF_8), req, resp);
                } else if (type.startsWith("application/x-www-form-urlencoded")) {
                    forward(req.getParameter("query"), req, resp);
                } else {
                    text(resp, 415, "POST a query as application/sparql-query or as a form (query=...); this endpoint is read-only.");
                }
            }
        };
        b.addServlet(SignetServer.DATASET + "/sparql", servlet);
        b.addServlet(SignetServer.DATASET + "/query", servlet);
    }

    private void forward(String query, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (query == null || query.isBlank()) {
            text(resp, 400, "No query: give ?query=SPARQL");
            return;
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            text(resp, 400, "The query is longer than " + MAX_QUERY_LENGTH + " characters.");
            return;
        }
        try {
            QueryFactory.create(query);
        } catch (QueryParseException e) {
            text(resp, 400, "Not a SPARQL query (this endpoint is read-only: no update): " + e.getMessage());
            return;
        }
        StringBuilder form = new StringBuilder("query=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        String format = req.getParameter("format");
        if (format != null) form.append("&format=").append(URLEncoder.encode(format, StandardCharsets.UTF_8));
        HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(endpoint)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        String accept = req.getHeader("Accept");
        if (accept != null && !accept.isBlank()) out.header("Accept", accept);
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(out.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            text(resp, 504, "The SPARQL endpoint at " + endpoint + " did not answer within " + timeout.toSeconds() + " s.");
            return;
        } catch (ConnectException e) {
            text(resp, 502, new EndpointUnavailableException(endpoint, "connection refused", e).getMessage());
            return;
        } catch (IOException e) {
            text(resp, 502, new EndpointUnavailableException(endpoint, Objects.toString(e.getMessage(), e.getClass().getSimpleName()), e).getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            text(resp, 503, "interrupted");
            return;
        }
        resp.setStatus(answer.statusCode());
        answer.headers().firstValue("Content-Type").ifPresent(resp::setContentType);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Trailer", ResultLimit.INCOMPLETE);
        boolean[] cut = {false};
        resp.setTrailerFields(() -> cut[0] ? Map.of(ResultLimit.INCOMPLETE, ResultLimit.CUT_BY_TIMEOUT) : Map.of());
        // closing the remote answer (also when the client has gone and a write fails) ends its transfer;
        // a remote that stops sending is closed at the deadline, which ends a read waiting for it
        try (InputStream body = answer.body()) {
            ScheduledFuture<?> stop = STOPPER.schedule(() -> closeQuietly(body), deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            try {
                cut[0] = copy(body, resp.getOutputStream(), deadline);
            } catch (IOException e) {
                if (System.nanoTime() - deadline < 0) throw e;
                cut[0] = true;
            } finally {
                stop.cancel(false);
            }
        }
    }

    private static final ScheduledExecutorService STOPPER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("signet-proxy-deadline").daemon().factory());

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing is all that is wanted
        }
    }

    /**
     * Copies the remote body until its end or the deadline, keeping back its last bytes to drop
     * Fuseki's incomplete-results text; true when the answer is cut (by either time-out).
     */
    static boolean copy(InputStream in, OutputStream out, long deadline) throws IOException {
        byte[] buf = new byte[8192 + HOLD_BACK];
        int held = 0;
        for (int n; (n = in.read(buf, held, buf.length - held)) >= 0; ) {
            held += n;
            if (held > HOLD_BACK) {
                out.write(buf, 0, held - HOLD_BACK);
                System.arraycopy(buf, held - HOLD_BACK, buf, 0, HOLD_BACK);
                held = HOLD_BACK;
            }
            if (System.nanoTime() - deadline > 0) {
                out.write(buf, 0, held);
                return true;
            }
        }
        for (byte[] marker : FUSEKI_MARKERS) {
            if (endsWith(buf, held, marker)) {
                out.write(buf, 0, held - marker.length);
                return true;
            }
        }
        out.write(buf, 0, held);
        return false;
    }

    private static boolean endsWith(byte[] buf, int length, byte[] suffix) {
        return length >= suffix.length && Arrays.equals(buf, length - suffix.length, length, suffix, 0, suffix.length);
    }

    private static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
