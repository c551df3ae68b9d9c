package signet.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import signet.query.NamedQuery;
import signet.query.QueryParameters;
import signet.query.QueryRunner;
import signet.query.ResultFormat;

/**
 * The named queries of {@code queries/} over HTTP, with their parameters as URL parameters:
 * {@code GET /queries/signed-with?org=Gazprom-Media}. Parameters are bound as RDF terms by the
 * {@link QueryRunner}, never pasted into query text. The result format follows {@code Accept}
 * (CSV, TSV, SPARQL JSON or XML) or {@code ?format=csv|tsv|json|xml}; JSON is the default.
 * {@code GET /queries/} lists the queries with their titles and parameters. Read-only, and bound
 * by the server's query time-out.
 */
public final class NamedQueryRoute implements Route {
    public static final String PATH = "/queries";

    private final Map<String, NamedQuery> queries;
    private final Dataset dataset;
    private final Duration timeout;

    private NamedQueryRoute(Map<String, NamedQuery> queries, Dataset dataset, Duration timeout) {
        this.queries = queries;
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /** Loads every {@code .rq} file of a folder; a query that does not parse fails here, naming its file. */
    public static NamedQueryRoute fromFolder(Path folder, Dataset dataset, Duration timeout) {
        Map<String, NamedQuery> qs = new LinkedHashMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                    NamedQuery q = NamedQuery.load(f);
                    qs.put(q.name(), q);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the named queries in " + folder, e);
            }
        }
        return new NamedQueryRoute(Map.copyOf(qs), dataset, timeout);
    }

    public List<String> names() { return queries.keySet().stream().sorted().toList(); }

    @Override
    public void install(FusekiServer.Builder b) {
        b.addServlet(PATH + "/*", Route.get(this::serve));
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = Optional.ofNullable(req.getPathInfo()).orElse("/").substring(1);
        if (name.isEmpty()) {
            list(resp);
            return;
        }
        NamedQuery q = queries.get(name.replaceFirst("\\.rq$", ""));
        if (q == null) {
            send(resp, 404, "text/plain", "no named query '" + name + "'; there are: " + String.join(", ", names()) + "\n");
            return;
        }
        ResultFormat format = format(req);
        Map<String, Node> params = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String[]> p : req.getParameterMap().entrySet()) {
                if (p.getKey().equals("format")) continue;
                params.put(p.getKey(), QueryParameters.toNode(p.getValue()[0]));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(dataset, timeout).run(q, params, format, out);
            resp.setHeader("Vary", "Accept");
            send(resp, 200, contentType(format), out.toString(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            send(resp, 400, "text/plain", e.getMessage() + "\n");
        } catch (QueryCancelledException e) {
            send(resp, 503, "text/plain", "query time-out (" + timeout.toSeconds() + " s)\n");
        }
    }

    private void list(HttpServletResponse resp) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String n : names()) {
            NamedQuery q = queries.get(n);
            b.append(n).append('\t').append(q.title());
            q.params().forEach(p -> b.append("\t?").append(p.name()).append("= ").append(p.description()));
            b.append('\n');
        }
        send(resp, 200, "text/plain", b.toString());
    }

    private static ResultFormat format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) return ResultFormat.of(f).filter(x -> x != ResultFormat.TABLE).orElse(ResultFormat.JSON);
        String accept = Optional.ofNullable(req.getHeader("Accept")).orElse("").toLowerCase(Locale.ROOT);
        if (accept.contains("text/csv")) return ResultFormat.CSV;
        if (accept.contains("text/tab-separated-values")) return ResultFormat.TSV;
        if (accept.contains("application/sparql-results+xml")) return ResultFormat.XML;
        return ResultFormat.JSON;
    }

    private static String contentType(ResultFormat f) {
        return switch (f) {
            case CSV -> "text/csv";
            case TSV -> "text/tab-separated-values";
            case XML -> "application/sparql-results+xml";
            default -> "application/sparql-results+json";
        };
    }

    private static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type + "; charset=utf-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
