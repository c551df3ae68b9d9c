package signet.web;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import signet.server.EndpointUnavailableException;

/**
 * A {@link SparqlSource} over a remote SPARQL 1.1 query endpoint ({@code serve --remote URL}),
 * through Jena's HTTP query execution. Results are read whole before returning, like the local
 * source's, so a page never renders from a half-open connection.
 *
 * <p>The endpoint must answer over the union of the document graphs as its default graph (as the
 * local store does): a Fuseki/TDB2 dataset with {@code tdb2:unionDefaultGraph true}.
 *
 * <p>Failures are told apart: the endpoint refusing the query (HTTP 400) is a
 * {@link QueryException} like a local one; running longer than the time-out is a
 * {@link QueryCancelledException} (the pages' 503); anything else — connection refused, an
 * unknown host, another HTTP error, a reply that does not parse — is an
 * {@link EndpointUnavailableException} naming the endpoint (the pages' 502).
 */
public final class RemoteSource implements SparqlSource {
    private final String endpoint;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param endpoint the query endpoint, e.g. {@code http://host:3030/ds/sparql} (Fuseki also
     *                 answers queries at the dataset URL {@code http://host:3030/ds})
     * @param timeout  the longest one query may take, connection included
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
     */
    public RemoteSource(String endpoint, Duration timeout) {
        this.endpoint = checkUrl(endpoint);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        // One client for all requests: it keeps connections to the endpoint open between queries.
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The endpoint URL, as given. */
    public String endpoint() { return endpoint; }

    static String checkUrl(String url) {
        Objects.requireNonNull(url, "endpoint");
        try {
            URI u = new URI(url.strip());
            if (!u.isAbsolute() || u.getHost() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")))
                throw new IllegalArgumentException("not an http(s) URL of a SPARQL endpoint: " + url);
            return u.toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url + " (" + e.getReason() + ")");
        }
    }

    private QueryExecution exec(Query query) {
        return QueryExecutionHTTP.service(endpoint).httpClient(http).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    @Override
    public List<QuerySolution> select(Query query) {
        try (QueryExecution qe = exec(query)) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                QuerySolutionMap copy = new QuerySolutionMap();
                for (Iterator<String> vars = s.varNames(); vars.hasNext(); ) {
                    String v = vars.next();
                    if (s.get(v) != null) copy.add(v, s.get(v));
                }
                rows.add(copy);
            }
            return List.copyOf(rows);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Streams the rows as the response is read. */
    @Override
    public void select(Query query, Consumer<ResultSet> reader) {
        try (QueryExecution qe = exec(query)) {
            reader.accept(qe.execSelect());
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public Model construct(Query query) {
        try (QueryExecution qe = exec(query)) {
            Model m = ModelFactory.createDefaultModel();
            if (query.isDescribeType()) m.add(qe.execDescribe());
            else m.add(qe.execConstruct());
            return m;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public boolean ask(Query query) {
        try (QueryExecution qe = exec(query)) {
            return qe.execAsk();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** What a failed remote call means for the caller; see the class comment. */
    RuntimeException translate(RuntimeException e) {
        if (e instanceof QueryCancelledException) return e;
        if (causedBy(e, HttpTimeoutException.class)) return new QueryCancelledException();
        if (e instanceof QueryExceptionHTTP h && h.getStatusCode() == 400)
            return new QueryException("the SPARQL endpoint refused the query: " + firstLine(h.getResponse()), e);
        if (e instanceof QueryExceptionHTTP h && h.getStatusCode() == 503 && firstLine(h.getResponse()).toLowerCase().contains("cancel"))
            return new QueryCancelledException();
        if (e instanceof QueryExceptionHTTP h && h.getStatusCode() > 0)
            return EndpointUnavailableException.failed(endpoint, h.getStatusCode(), abbreviate(firstLine(h.getResponse())), e);
        String reason;
        if (causedBy(e, ConnectException.class)) reason = "connection refused";
        else if (e instanceof HttpException || e instanceof RiotException || e instanceof QueryExceptionHTTP)
            reason = firstLine(Objects.toString(rootMessage(e), e.getClass().getSimpleName()));
        else return e;
        return new EndpointUnavailableException(endpoint, reason, e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    private static String rootMessage(Throwable e) {
        String m = null;
        for (Throwable t = e; t != null; t = t.getCause()) if (t.getMessage() != null) m = t.getMessage();
        return m;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
