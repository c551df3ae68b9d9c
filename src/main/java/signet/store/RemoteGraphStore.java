package signet.store;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * A SPARQL 1.1 Graph Store Protocol endpoint that receives document graphs: each is sent with
 * {@code PUT URL?graph=IRI}, which replaces that graph, so sending a document again is
 * idempotent. Any store speaking the protocol will do (Fuseki's {@code /ds} or {@code /ds/data},
 * a clustered store's GSP endpoint). Thread-safe: one HTTP client shared by all requests.
 */
public final class RemoteGraphStore {

    private final URI endpoint;
    private final HttpClient http;

    /**
     * @param endpoint the Graph Store Protocol URL, {@code http} or {@code https}
     * @throws IllegalArgumentException for another scheme or a URL without a host
     */
    public RemoteGraphStore(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || endpoint.getHost() == null)
            throw new IllegalArgumentException("not an http(s) URL of a Graph Store Protocol endpoint: " + endpoint);
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public URI endpoint() { return endpoint; }

    /**
     * Replaces the graph {@code graph.iri()} at the endpoint.
     *
     * @throws RemoteStoreException with the HTTP status (or why no answer came)
     */
    public void put(NamedGraph graph) throws RemoteStoreException {
        try {
            // N-Triples: the cheapest format to write and to parse, and safe to stream
            GSP.service(endpoint.toString()).httpClient(http).graphName(graph.iri())
                    .contentType(RDFFormat.NTRIPLES).PUT(graph.graph());
        } catch (HttpException e) {
            throw translate(e);
        } catch (RuntimeException e) {
            throw new RemoteStoreException(0, "request failed: " + describe(e), false);
        }
    }

    private RemoteStoreException translate(HttpException e) {
        int status = e.getStatusCode();
        if (status <= 0) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            if (hasCause(e, ConnectException.class))
                return new RemoteStoreException(0, "connection refused by " + endpoint.getHost() + ":" + port(), true);
            if (hasCause(e, HttpConnectTimeoutException.class))
                return new RemoteStoreException(0, "no connection to " + endpoint.getHost() + ":" + port() + " (timed out)", true);
            if (hasCause(e, HttpTimeoutException.class))
                return new RemoteStoreException(0, "the endpoint did not answer in time", false);
            return new RemoteStoreException(0, "no answer from " + endpoint + ": " + describe(root), true);
        }
        String body = e.getResponse() == null ? "" : e.getResponse().strip();
        if (body.length() > 200) body = body.substring(0, 200) + "…";
        String what = "HTTP " + status + (e.getStatusLine() == null ? "" : " " + e.getStatusLine()) + (body.isEmpty() ? "" : ": " + body);
        // refused credentials or a wrong URL would refuse every document alike: no point going on
        boolean fatal = status == 401 || status == 403 || status == 404 || status == 405;
        if (status == 401 || status == 403) what += " (the endpoint refuses updates from us: credentials, or a read-only dataset)";
        if (status == 404 || status == 405) what += " (is " + endpoint + " a Graph Store Protocol endpoint with update enabled?)";
        return new RemoteStoreException(status, what, fatal);
    }

    private int port() {
        return endpoint.getPort() >= 0 ? endpoint.getPort() : "https".equalsIgnoreCase(endpoint.getScheme()) ? 443 : 80;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) if (type.isInstance(c)) return true;
        return false;
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public String toString() { return "RemoteGraphStore[" + endpoint + "]"; }
}
