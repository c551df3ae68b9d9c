package signet.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import signet.query.NamedQuery;
import signet.query.QueryParameters;
import signet.server.NamedQueryRoute;
import signet.server.SignetServer;
import signet.store.Tdb2Store;
import signet.web.DatasetSource;
import signet.web.Site;
import signet.web.SitePaths;
import signet.web.WebRoutes;

/**
 * Signet's server against plain Fuseki on the same TDB2 store, named query by named query.
 *
 * <p>The store is opened once; in this JVM two servers start on free loopback ports over the
 * same dataset object: Signet's, as {@code serve} builds it (named queries and web routes), and a
 * plain {@code FusekiServer} with the dataset at {@code /ds} (union default graph on, as in the
 * store). Both therefore share one TDB2 cache, one heap and one JIT: the comparison is of the
 * request paths, not of two setups. Each case is a named query with parameter values: Signet
 * gets {@code GET /queries/NAME?param=value}; plain Fuseki gets {@code GET /ds/sparql?query=}
 * the same query with the same values substituted as RDF terms by Jena
 * ({@link NamedQuery#bind}), serialized. Requests alternate between the two (and which goes
 * first alternates too), after a warm-up; both ask for SPARQL JSON results. A query with an
 * {@code org} parameter is run for the organization party to the most signed agreements and
 * for one party to the fewest; one with a {@code fact} parameter for one agreement; the others
 * unbound.
 */
public final class QueryBenchmark {

    /**
     * @param store    a TDB2 store directory (as made by {@code signet ingest})
     * @param queries  the folder of named queries ({@code queries/})
     * @param base     the base IRI of the store's resources (for the web routes)
     * @param requests measured requests per server per case
     * @param warmup   unmeasured requests per server per case, first
     * @param timeout  the servers' query time-out
     * @param json     where to write the results as JSON, if anywhere
     * @param budget   measured time per case after which it stops short of {@code requests}
     *                 (never before {@link #MIN_REQUESTS} pairs): a query answering tens of
     *                 thousands of rows in seconds would otherwise take hours at 200 requests;
     *                 the result says how many pairs were measured
     */
    public record Options(Path store, Path queries, String base, int requests, int warmup, Duration timeout, Optional<Path> json,
                          Optional<Duration> budget) {
        public Options(Path store, Path queries, String base, int requests, int warmup, Duration timeout, Optional<Path> json) {
            this(store, queries, base, requests, warmup, timeout, json, Optional.empty());
        }

        public Options {
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(queries, "queries");
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(json, "json");
            if (requests < 1) throw new IllegalArgumentException("requests must be at least 1");
            if (warmup < 0) throw new IllegalArgumentException("warmup must not be negative");
        }
    }

    /** One named query with its parameter values; {@code label} says which ({@code signed-with org=X (popular)}). */
    public record Case(NamedQuery query, String label, Map<String, Node> params) {
        public Case {
            params = Map.copyOf(params);
        }
    }

    /** Latencies of one side of a case, in nanoseconds (nearest-rank percentiles). */
    public record Stats(long p50, long p99, long min, long max) {
        static Stats of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            return new Stats(rank(s, 0.50), rank(s, 0.99), s[0], s[s.length - 1]);
        }

        private static long rank(long[] sorted, double p) {
            return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    /**
     * @param rows      rows Signet answered
     * @param plainRows rows plain Fuseki answered (the same, or the table says so)
     * @param requests  measured requests per server (fewer than asked when the budget ran out)
     */
    public record Result(Case c, int rows, int plainRows, Stats signet, Stats plain, int requests) {
        /** Signet's p50 over plain Fuseki's: 1.0 is as fast, above is slower. */
        public double ratio() { return (double) signet.p50() / Math.max(1, plain.p50()); }
    }

    /** Measured requests per server a case gets even when its budget is spent. */
    public static final int MIN_REQUESTS = 3;

    private final Options options;
    private final PrintWriter log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public QueryBenchmark(Options options, PrintWriter log) {
        this.options = Objects.requireNonNull(options, "options");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Opens the store, starts both servers, runs every case, stops them; writes the JSON file if asked. */
    public List<Result> run() {
        List<NamedQuery> named = load(options.queries());
        try (Tdb2Store store = Tdb2Store.open(options.store())) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            // the store sets it already; said again here because the comparison depends on it
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            Site site = new Site(new DatasetSource(store.dataset(), options.timeout()), new SitePaths(options.base()), options.timeout());
            SignetServer.Builder sb = SignetServer.builder().store(store).port(0).queryTimeout(options.timeout())
                    .route(NamedQueryRoute.fromFolder(options.queries(), store.dataset(), options.timeout()));
            WebRoutes.standard(site, options.queries(), store.dataset(), store::lastModified).forEach(sb::route);
            SignetServer signet = sb.build().start();
            FusekiServer plain = FusekiServer.create().port(0).loopback(true).fusekiModules(FusekiModules.empty())
                    .add("/ds", dsg, false).build().start();
            try {
                String signetBase = signet.baseUrl();
                String plainBase = "http://127.0.0.1:" + plain.getHttpPort();
                List<Result> results = new ArrayList<>();
                for (Case c : cases(named, new DatasetSource(store.dataset(), options.timeout()))) {
                    log.printf("%s ...%n", c.label());
                    log.flush();
                    results.add(measure(c, signetUrl(signetBase, c), plainUrl(plainBase, c)));
                }
                options.json().ifPresent(f -> writeJson(results, f));
                return results;
            } finally {
                plain.stop();
                signet.stop();
            }
        }
    }

    private static List<NamedQuery> load(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<NamedQuery> qs = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) qs.add(NamedQuery.load(f));
            return qs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the named queries in " + folder, e);
        }
    }

    /** The cases of every named query; see the class comment. */
    static List<Case> cases(List<NamedQuery> named, DatasetSource store) {
        Optional<String> popular = organization(store, "DESC(?n)");
        Optional<String> rare = organization(store, "?n");
        Optional<Node> fact = first(store, "SELECT ?f WHERE { ?f a <https://w3id.org/signet/ontology#Agreement> } ORDER BY ?f LIMIT 1");
        List<Case> cases = new ArrayList<>();
        for (NamedQuery q : named) {
            if (q.param("org").isPresent() && popular.isPresent()) {
                cases.add(new Case(q, q.name() + " org=" + popular.get() + " (popular)", Map.of("org", QueryParameters.toNode(popular.get()))));
                if (!rare.equals(popular))
                    cases.add(new Case(q, q.name() + " org=" + rare.get() + " (rare)", Map.of("org", QueryParameters.toNode(rare.get()))));
            } else if (q.param("fact").isPresent() && fact.isPresent()) {
                cases.add(new Case(q, q.name() + " fact=<one agreement>", Map.of("fact", fact.get())));
            } else {
                cases.add(new Case(q, q.name(), Map.of()));
            }
        }
        return cases;
    }

    /** The preferred name of the organization party to the most (or fewest) signed agreements. */
    private static Optional<String> organization(DatasetSource store, String order) {
        return first(store, """
                PREFIX sig: <https://w3id.org/signet/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?name WHERE {
                  { SELECT ?o (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a sig:status sig:Signed ; sig:party ?o .
                      FILTER NOT EXISTS { ?o sig:mergedInto ?c } } GROUP BY ?o }
                  ?o skos:prefLabel ?name .
                } ORDER BY %s ?name LIMIT 1""".formatted(order)).map(n -> n.getLiteralLexicalForm());
    }

    private static Optional<Node> first(DatasetSource store, String query) {
        List<QuerySolution> rows = store.select(QueryFactory.create(query));
        if (rows.isEmpty()) return Optional.empty();
        QuerySolution r = rows.get(0);
        return Optional.ofNullable(r.get(r.varNames().next())).map(n -> n.asNode());
    }

    private static String signetUrl(String base, Case c) {
        return base + NamedQueryRoute.PATH + "/" + c.query().name() + (c.params().isEmpty() ? "" : "?" + c.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + url(e.getValue().isURI() ? e.getValue().getURI() : e.getValue().getLiteralLexicalForm()))
                .collect(Collectors.joining("&")));
    }

    private static String plainUrl(String base, Case c) {
        return base + "/ds/sparql?query=" + url(c.query().bind(c.params()).serialize());
    }

    private static String url(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** Warm-up, then the measured requests, alternating between the servers and which one goes first. */
    Result measure(Case c, String signetUrl, String plainUrl) {
        // the warm-up shares the budget: a quarter of it, and at least one request each
        long warm = options.budget().map(b -> System.nanoTime() + b.toNanos() / 4).orElse(Long.MAX_VALUE);
        for (int i = 0; i < options.warmup() && (i < 1 || System.nanoTime() < warm); i++) {
            time(signetUrl);
            time(plainUrl);
        }
        int n = options.requests();
        long[] signet = new long[n], plain = new long[n];
        long deadline = options.budget().map(b -> System.nanoTime() + b.toNanos()).orElse(Long.MAX_VALUE);
        int done = 0;
        for (int i = 0; i < n && (i < MIN_REQUESTS || System.nanoTime() < deadline); i++, done++) {
            if (i % 2 == 0) {
                signet[i] = time(signetUrl);
                plain[i] = time(plainUrl);
            } else {
                plain[i] = time(plainUrl);
                signet[i] = time(signetUrl);
            }
        }
        return new Result(c, rows(signetUrl), rows(plainUrl), Stats.of(Arrays.copyOf(signet, done)), Stats.of(Arrays.copyOf(plain, done)), done);
    }

    private HttpResponse<byte[]> get(String url) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json")
                .timeout(options.timeout().plusSeconds(10)).build();
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200)
                throw new IllegalStateException("HTTP " + r.statusCode() + " from " + url + ": " + new String(r.body(), StandardCharsets.UTF_8));
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException("request failed: " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Nanoseconds from sending the request to having read the whole answer. */
    private long time(String url) {
        long start = System.nanoTime();
        get(url);
        return System.nanoTime() - start;
    }

    private int rows(String url) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(get(url).body()), ResultSetLang.RS_JSON);
        int n = 0;
        for (; rs.hasNext(); rs.next()) n++;
        return n;
    }

    /** The results as a text table: query, rows, p50/p99 of each server in ms, ratio of p50s. */
    public static String table(List<Result> results) {
        int w = Math.max(5, results.stream().mapToInt(r -> r.c().label().length()).max().orElse(5));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-" + w + "s %7s %11s %11s %11s %11s %7s %8s%n", "query", "rows",
                "Signet p50", "Signet p99", "Fuseki p50", "Fuseki p99", "ratio", "requests"));
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, "%-" + w + "s %7s %11s %11s %11s %11s %7.2f %8d%n", r.c().label(),
                    r.rows() == r.plainRows() ? Integer.toString(r.rows()) : r.rows() + "≠" + r.plainRows(),
                    ms(r.signet().p50()), ms(r.signet().p99()), ms(r.plain().p50()), ms(r.plain().p99()), r.ratio(), r.requests()));
        }
        return b.toString();
    }

    private static String ms(long nanos) { return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6); }

    /** The results and the settings as JSON, latencies in milliseconds. */
    public void writeJson(List<Result> results, Path file) {
        JsonObject root = new JsonObject();
        root.put("store", options.store().toAbsolutePath().toString());
        root.put("requests", options.requests());
        root.put("warmup", options.warmup());
        root.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        root.put("processors", Runtime.getRuntime().availableProcessors());
        root.put("java", System.getProperty("java.version"));
        JsonArray rows = new JsonArray();
        for (Result r : results) {
            JsonObject o = new JsonObject();
            o.put("query", r.c().query().name());
            o.put("case", r.c().label());
            JsonObject params = new JsonObject();
            r.c().params().forEach((k, v) -> params.put(k, v.isURI() ? v.getURI() : v.getLiteralLexicalForm()));
            o.put("params", params);
            o.put("rows", r.rows());
            o.put("plainRows", r.plainRows());
            o.put("signet", stats(r.signet()));
            o.put("fuseki", stats(r.plain()));
            o.put("ratioP50", JsonNumber.value(r.ratio()));
            o.put("requests", r.requests());
            rows.add(o);
        }
        root.put("results", rows);
        writeJson(file, root);
    }

    /** Writes a benchmark's results file, making its folder when missing. */
    static void writeJson(Path file, JsonObject root) {
        try {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                JSON.write(out, root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Latency figures in milliseconds, as every benchmark's JSON has them. */
    static JsonObject stats(Stats s) {
        JsonObject o = new JsonObject();
        o.put("p50ms", JsonNumber.value(s.p50() / 1e6));
        o.put("p99ms", JsonNumber.value(s.p99() / 1e6));
        o.put("minMs", JsonNumber.value(s.min() / 1e6));
        o.put("maxMs", JsonNumber.value(s.max() / 1e6));
        return o;
    }
}
