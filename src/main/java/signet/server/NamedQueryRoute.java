package signet.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.SPARQLResult;
import signet.query.NamedQuery;
import signet.query.ResultFormat;
import signet.web.Accept;
import signet.web.DatasetSource;
import signet.web.SparqlSource;

/**
 * The named queries of {@code queries/} over HTTP, with their parameters as URL parameters:
 * {@code GET /queries/signed-with?org=Gazprom-Media}. Parameters are bound as RDF terms into the
 * parsed query ({@link NamedQuery#bind}), never pasted into query text, and the query runs through
 * a {@link SparqlSource}: the local store, or a remote endpoint with {@code serve --remote}. The result format follows {@code Accept}
 * (CSV, TSV, SPARQL JSON or XML) or {@code ?format=csv|tsv|json|xml}; JSON is the default.
 * {@code GET /queries/} lists the queries with their titles and parameters. Read-only, and bound
 * by the server's query time-out (503 when exceeded); a remote endpoint that does not answer is a 502.
 */
public final class NamedQueryRoute implements Route {
    public static final String PATH = "/queries";

    private final Map<String, NamedQuery> queries;
    private final SparqlSource source;
    private final Duration timeout;

    private Optional<ResponseCache> cache = Optional.empty();

    /**
     * Keeps finished answers in {@code cache} (see {@link ResponseCache}): only for a local store,
     * whose writes the cache's version follows. Call before the server starts.
     */
    public NamedQueryRoute cached(ResponseCache cache) {
        this.cache = Optional.of(cache);
        return this;
    }

    private NamedQueryRoute(Map<String, NamedQuery> queries, SparqlSource source, Duration timeout) {
        this.queries = queries;
        this.source = source;
        this.timeout = timeout;
    }

    /** {@link #fromFolder(Path, SparqlSource, Duration)} over a local dataset. */
    public static NamedQueryRoute fromFolder(Path folder, Dataset dataset, Duration timeout) {
        return fromFolder(folder, new DatasetSource(dataset, timeout), timeout);
    }

    /**
     * Loads every {@code .rq} file of a folder; a query that does not parse fails here, naming its file.
     *
     * @param source  where the queries run (its own time-out applies)
     * @param timeout only named in the time-out message
     */
    public static NamedQueryRoute fromFolder(Path folder, SparqlSource source, Duration timeout) {
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
        return new NamedQueryRoute(Map.copyOf(qs), Objects.requireNonNull(source, "source"), timeout);
    }

    public List<String> names() { return queries.keySet().stream().sorted().toList(); }

    /** The named query called {@code name}, if there is one. */
    public Optional<NamedQuery> query(String name) { return Optional.ofNullable(queries.get(name)); }

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
        try {
            ResultFormat format = format(req);
            Map<String, Node> params = parameters(q, req.getParameterMap());
            Query bound = q.bind(params);
            // without a cache the rows are written in the format asked for; with one, kept as JSON
            ResponseCache.Answer a = cache.isPresent() ? answer(q, params, bound) : compute(bound, format);
            resp.setHeader("Vary", "Accept");
            resp.setStatus(200);
            // cached rows are SPARQL JSON: another result format is made from them here
            boolean rows = a.contentType().equals(JSON_TYPE);
            resp.setContentType((rows ? contentType(format) : a.contentType()) + "; charset=utf-8");
            resp.getOutputStream().write(rows && format != ResultFormat.JSON ? reformat(a.body(), format) : a.body());
        } catch (IllegalArgumentException e) {
            send(resp, 400, "text/plain", e.getMessage() + "\n");
        } catch (QueryCancelledException e) {
            send(resp, 503, "text/plain", "query time-out (" + timeout.toSeconds() + " s)\n");
        } catch (EndpointUnavailableException e) {
            send(resp, 502, "text/plain", e.getMessage() + "\n");
        }
    }

    private static final String JSON_TYPE = "application/sparql-results+json";

    /** The route's own parameter, never bound in a query. */
    static final String FORMAT_PARAM = "format";

    /**
     * The request's parameters as RDF terms, each checked against the type its query declares
     * ({@link NamedQuery#toNode}). An empty value leaves the variable unbound (as an empty field
     * of the query page does: "no restriction"); a parameter given twice is refused, since only
     * one value can be bound.
     *
     * @throws IllegalArgumentException naming the parameter and the problem
     */
    static Map<String, Node> parameters(NamedQuery q, Map<String, String[]> given) {
        Map<String, Node> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : given.entrySet()) {
            if (p.getKey().equals(FORMAT_PARAM)) continue;
            if (p.getValue().length > 1)
                throw new IllegalArgumentException("parameter " + p.getKey() + " is given " + p.getValue().length + " times; give it once");
            if (p.getValue()[0].isBlank()) continue;
            params.put(p.getKey(), q.toNode(p.getKey(), p.getValue()[0]));
        }
        return params;
    }

    /**
     * The answer in SPARQL JSON (Turtle for CONSTRUCT and DESCRIBE), from the cache (there must be
     * one). One form is kept per query and parameters, whatever format is asked for: the rows are
     * what costs, turning them into CSV or XML is quick.
     */
    private ResponseCache.Answer answer(NamedQuery q, Map<String, Node> params, Query bound) {
        // the key: the query and its parameters in a fixed order
        String key = q.name() + "?" + new java.util.TreeMap<>(params);
        return cache.orElseThrow().get(key, () -> compute(bound, ResultFormat.JSON));
    }

    private ResponseCache.Answer compute(Query bound, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean graph = write(bound, format, out);
        return new ResponseCache.Answer(out.toByteArray(), graph ? "text/turtle" : contentType(format));
    }

    /** SPARQL JSON results in another result format. */
    private static byte[] reformat(byte[] json, ResultFormat format) {
        SPARQLResult r = org.apache.jena.sparql.resultset.ResultsReader.create().lang(ResultSetLang.RS_JSON).build().readAny(new ByteArrayInputStream(json));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (r.isBoolean()) ResultSetFormatter.output(out, r.getBooleanResult(), format.lang());
        else ResultSetFormatter.output(out, r.getResultSet(), format.lang());
        return out.toByteArray();
    }

    /**
     * Computes the answer of every named query with no parameter given (the whole-store
     * listings, the slowest answers) into the cache, one after the other, so the first clients
     * do not all wait for them. Runs on a background thread; reports on {@code done}.
     */
    public void warmUp(java.util.function.Consumer<String> done) {
        if (cache.isEmpty()) return;
        Thread.ofPlatform().name("signet-warm-up").daemon().start(() -> {
            long start = System.nanoTime();
            int ok = 0;
            List<String> failed = new java.util.ArrayList<>();
            for (String n : names()) {
                NamedQuery q = queries.get(n);
                try {
                    answer(q, Map.of(), q.bind(Map.of()));
                    ok++;
                } catch (RuntimeException e) {
                    failed.add(n + " (" + e.getClass().getSimpleName() + ")");
                }
            }
            done.accept(String.format(Locale.ROOT, "signet: named-query answers ready: %d in %.1f s%s", ok,
                    (System.nanoTime() - start) / 1e9, failed.isEmpty() ? "" : "; not ready: " + String.join(", ", failed)));
        });
    }

    /**
     * Runs the bound query through the source and writes its result: SELECT and ASK in the
     * requested result format, CONSTRUCT and DESCRIBE as Turtle (then returns true).
     */
    private boolean write(Query bound, ResultFormat format, OutputStream out) {
        switch (bound.queryType()) {
            case SELECT -> {
                // written as the rows come, inside the source's transaction or response
                source.select(bound, rows -> ResultSetFormatter.output(out, rows, format.lang()));
                return false;
            }
            case ASK -> {
                ResultSetFormatter.output(out, source.ask(bound), format.lang());
                return false;
            }
            case CONSTRUCT, DESCRIBE -> {
                RDFDataMgr.write(out, source.construct(bound), Lang.TURTLE);
                return true;
            }
            default -> throw new IllegalArgumentException("unsupported query form: " + bound.queryType());
        }
    }

    private void list(HttpServletResponse resp) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String n : names()) {
            NamedQuery q = queries.get(n);
            b.append(n).append('\t').append(q.title());
            q.params().forEach(p -> b.append("\t?").append(p.name()).append("= ")
                    .append(p.type().label().isEmpty() ? "" : "(" + p.type().label() + ") ").append(p.description()));
            b.append('\n');
        }
        send(resp, 200, "text/plain", b.toString());
    }

    /** The result formats served, in the server's order of preference (ties in Accept go to the first). */
    private static final List<ResultFormat> SERVED = List.of(ResultFormat.JSON, ResultFormat.CSV, ResultFormat.TSV, ResultFormat.XML);

    /**
     * {@code ?format=} when given (one of csv, tsv, json, xml: anything else is a 400), else the
     * served format the client's {@code Accept} rates highest; SPARQL JSON when it rates none
     * (a browser's {@code text/html}, a malformed header).
     */
    private static ResultFormat format(HttpServletRequest req) {
        String f = req.getParameter(FORMAT_PARAM);
        if (f != null) return ResultFormat.of(f).filter(SERVED::contains).orElseThrow(() -> new IllegalArgumentException(
                "parameter format must be one of " + String.join(", ", SERVED.stream().map(ResultFormat::label).toList())
                        + ", not '" + (f.length() > 40 ? f.substring(0, 37) + "..." : f) + "'"));
        Accept accept = Accept.parse(req.getHeader("Accept"));
        ResultFormat best = ResultFormat.JSON;
        double bestQ = 0;
        for (ResultFormat r : SERVED) {
            double q = accept.quality(contentType(r));
            if (q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        return best;
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
