package signet.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
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
 */
public final class SparqlProxyRoute implements Route {
    /** Longest query text passed on. */
    static final int MAX_QUERY_LENGTH = 100_000;

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
        try (InputStream body = answer.body()) {
            body.transferTo(resp.getOutputStream());
        }
    }

    private static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
