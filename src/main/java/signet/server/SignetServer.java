package signet.server;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import io.micrometer.core.instrument.Gauge;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.metrics.MetricsProvider;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Consumer;
import signet.server.auth.UsersFile;
import signet.server.auth.WriteAccess;
import signet.store.SignetStore;

/**
 * The read-only SPARQL service over a {@link SignetStore}, on embedded Fuseki.
 *
 * <p>The dataset is served at {@value #DATASET} with Fuseki's read-only services only:
 * SPARQL query at {@code /signet/sparql} and {@code /signet/query} (GET and POST, results by
 * content negotiation) and the Graph Store Protocol for reading at {@code /signet/data} and
 * {@code /signet/get}. There is no update, no upload, no admin. {@code SERVICE} is refused
 * (the store's context disables it, and so does the server, in case another store is given),
 * every query is limited by {@link Builder#queryTimeout} and to {@link Builder#maxRows} rows
 * ({@link ResultLimit}); a graph read by the time-out and to {@link Builder#maxGraphTriples}
 * triples, two large ones at a time ({@link GraphReadLimit}); request bodies over
 * {@link RequestSizeLimit#MAX_BODY_BYTES} are refused with 413. A GET of a query endpoint without
 * a query answers its SPARQL Service Description ({@link ServiceDescription}); every response
 * carries the browser-hardening headers ({@link SecurityHeaders}).
 *
 * <p>Writes exist only when {@link Builder#writers} names a users file: then SPARQL Update at
 * {@code /signet/update}, the Graph Store Protocol for writing at {@code /signet/data} and the
 * routes given for writing (article upload) take requests with a writer's HTTP Basic credentials
 * ({@link WriteAccess}); everyone else still only reads. Every request is logged in one line
 * ({@link RequestLog}); Prometheus metrics are at {@code /$/metrics}.
 *
 * <p>With {@link Builder#remote} instead of a store there is no local dataset: the graph is a
 * remote SPARQL endpoint, and {@code /signet/sparql} and {@code /signet/query} pass queries (only
 * queries) on to it ({@link SparqlProxyRoute}); there is no local Graph Store Protocol.
 *
 * <p>The server binds to exactly the host given (default {@value #DEFAULT_HOST}, the loopback
 * interface); {@code 0.0.0.0} binds every interface.
 */
public final class SignetServer {

    public static final String DATASET = "/signet";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Jetty's request threads. Fuseki's default (20) is fewer than the clients of a modest load
     * test (32), and a request waiting for a thread waits behind the slowest queries; the work
     * itself is bounded by the cores, the time-out and the row limit, not by this.
     */
    public static final int DEFAULT_MAX_THREADS = 128;

    private final FusekiServer fuseki;
    private final String host;
    private final boolean writable;

    private SignetServer(FusekiServer fuseki, String host, boolean writable) {
        this.fuseki = fuseki;
        this.host = host;
        this.writable = writable;
    }

    public static Builder builder() { return new Builder(); }

    /** Starts listening; returns at once. */
    public SignetServer start() {
        fuseki.start();
        return this;
    }

    /** Prints where the endpoint is and one example request (a complete curl command line). */
    public void announce(PrintWriter out, String exampleCurl) {
        out.println("Signet SPARQL endpoint: " + sparqlUrl() + " (" + (writable
                ? "writes with credentials at " + baseUrl() + DATASET + "/update, " + DATASET + "/data and " + ArticleUploadRoute.PATH
                : "read-only") + ", bound to " + host + (isLoopback(host) ? ", this machine only" : ", reachable from other machines") + ")");
        if (writable && !isLoopback(host))
            out.println("signet: warning: credentials travel in clear over HTTP; put a TLS proxy in front before writing from other machines");
        out.println("Named queries: " + baseUrl() + NamedQueryRoute.PATH + "/");
        out.println("Example: " + exampleCurl);
        out.flush();
    }

    /** The actual port (useful after {@code port(0)}). */
    public int getPort() { return fuseki.getHttpPort(); }

    public String host() { return host; }

    /** {@code http://HOST:PORT/signet/sparql}; an IPv6 host is bracketed. */
    public String sparqlUrl() { return baseUrl() + DATASET + "/sparql"; }

    /** {@code http://HOST:PORT}, with the loopback address when bound to every interface. */
    public String baseUrl() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? DEFAULT_HOST : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + getPort();
    }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    public void stop() { fuseki.stop(); }

    /** Collects the settings; {@link #build()} checks them and wires Fuseki. */
    public static final class Builder {
        private SignetStore store;
        private String remote;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_TIMEOUT;
        private CorsPolicy cors = CorsPolicy.READ_ANYWHERE;
        private long maxRows = ResultLimit.DEFAULT_MAX_ROWS;
        private long maxGraphTriples = GraphReadLimit.DEFAULT_MAX_TRIPLES;
        private int maxThreads = DEFAULT_MAX_THREADS;
        private UsersFile writers;
        private Consumer<String> requestLog = RequestLog.TO_LOGGER;
        private final List<Route> routes = new ArrayList<>();
        private final List<Route> writeRoutes = new ArrayList<>();
        private final List<String> writePaths = new ArrayList<>();

        private Builder() {}

        public Builder store(SignetStore store) { this.store = Objects.requireNonNull(store, "store"); return this; }

        /**
         * Serve a remote SPARQL query endpoint's graph instead of a local store: no local
         * dataset; the SPARQL service passes queries on to {@code endpoint}. The routes given
         * must read through a remote {@code SparqlSource} too.
         */
        public Builder remote(String endpoint) { this.remote = Objects.requireNonNull(endpoint, "endpoint"); return this; }

        /** The address to bind: an IP literal or a host name; {@code 0.0.0.0} means every interface. */
        public Builder host(String host) { this.host = Objects.requireNonNull(host, "host"); return this; }

        /** 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            this.port = port;
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("query timeout must be positive");
            this.queryTimeout = timeout;
            return this;
        }

        /** Which origins' pages may read the server from a browser (default: any, with GET and HEAD). */
        public Builder cors(CorsPolicy cors) { this.cors = Objects.requireNonNull(cors, "cors"); return this; }

        public Builder route(Route route) { routes.add(Objects.requireNonNull(route, "route")); return this; }

        /** Jetty's request threads at most. */
        public Builder maxThreads(int n) {
            if (n < 8) throw new IllegalArgumentException("at least 8 server threads");
            this.maxThreads = n;
            return this;
        }

        /** The most rows a SPARQL endpoint query returns ({@link ResultLimit}). */
        public Builder maxRows(long max) {
            if (max < 1) throw new IllegalArgumentException("the row limit must be at least 1");
            this.maxRows = max;
            return this;
        }

        /** The most triples one Graph Store Protocol read serves ({@link GraphReadLimit}). */
        public Builder maxGraphTriples(long max) {
            if (max < 1) throw new IllegalArgumentException("the graph read limit must be at least 1");
            this.maxGraphTriples = max;
            return this;
        }

        /**
         * Turns writes on for these users: SPARQL Update, Graph Store writes and the
         * {@link #writeRoute write routes}, each with a writer's credentials. Without it there is
         * no write endpoint at all.
         */
        public Builder writers(UsersFile users) { this.writers = Objects.requireNonNull(users, "users"); return this; }

        /** A route that writes (installed only with {@link #writers}, and behind their credentials); its path is a write. */
        public Builder writeRoute(Route route, String path) {
            writeRoutes.add(Objects.requireNonNull(route, "route"));
            writePaths.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        /** Where the one-line-per-request log goes (default: the {@code signet.request} logger). */
        public Builder requestLog(Consumer<String> sink) { this.requestLog = Objects.requireNonNull(sink, "sink"); return this; }

        public SignetServer build() {
            if (store == null && remote == null) throw new IllegalStateException("no store given");
            if (store != null && remote != null) throw new IllegalStateException("a store and a remote endpoint: give one");
            String bindHost = checkHost(host);
            GraphReadLimit graphReads = null;
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(bindHost))
                    // Prometheus metrics at /$/metrics: request counts and times per endpoint, read-only
                    .enablePing(false).enableStats(false).enableMetrics(true)
                    .enableCompact(false).enableTasks(false)
                    .numServerThreads(8, maxThreads)
                    // Fuseki's own CORS filter is replaced by CorsPolicy (read-only by default)
                    .enableCors(false)
                    // no modules found on the classpath (admin, UI, ...): routes add what is wanted
                    .fusekiModules(FusekiModules.empty());
            String sparql = DATASET + "/sparql", query = DATASET + "/query";
            ServiceDescription description;
            if (store != null) {
                description = new ServiceDescription(Set.of(DATASET, sparql, query), Set.of(DATASET),
                        "Read-only: SELECT, ASK, CONSTRUCT and DESCRIBE queries" + (writers != null ? " (SPARQL Update is at " + DATASET + "/update, for writers)" : "")
                                + ". A query runs at most " + queryTimeout.toSeconds() + " s and returns at most " + maxRows
                                + " rows; SERVICE is refused. The default graph is the union of the documents' graphs.");
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                // Fuseki reads these from the dataset's context for every request; the timeout is
                // in milliseconds there and caps any ?timeout= (seconds) a client asks for.
                dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
                dsg.getContext().set(ARQ.httpServiceAllowed, false);
                fb.add(DATASET, dataService(dsg, writers != null));
                fb.registerOperation(Operation.Query, new ResultLimit.Processor(maxRows));
                graphReads = new GraphReadLimit(maxGraphTriples, queryTimeout);
                fb.registerOperation(Operation.GSP_R, new GraphReadLimit.Read(graphReads));
                fb.registerOperation(Operation.GSP_RW, new GraphReadLimit.ReadWrite(graphReads));
            } else {
                if (writers != null) throw new IllegalStateException("writes need a local store, not a remote endpoint");
                new SparqlProxyRoute(remote, queryTimeout).install(fb);
                description = new ServiceDescription(Set.of(sparql, query), Set.of(),
                        "Read-only: SELECT, ASK, CONSTRUCT and DESCRIBE queries, passed on to the SPARQL endpoint that holds the graph; "
                                + "a query runs at most " + queryTimeout.toSeconds() + " s. The default graph is the union of the documents' graphs.");
            }
            routes.forEach(r -> r.install(fb));
            // order matters: the log wraps everything, every response (errors too) has the security
            // headers, credentials are checked before any body is read
            fb.addFilter("/*", new RequestLog(requestLog));
            fb.addFilter("/*", new SecurityHeaders());
            if (writers != null) {
                writeRoutes.forEach(r -> r.install(fb));
                // Fuseki's update and graph store write past Signet's store object: say so to it after
                // every write let through (an article upload notes its own too; twice costs nothing)
                fb.addFilter("/*", new WriteAccess(writers, this::isWrite, req -> store.markModified()));
            }
            fb.addFilter("/*", new RequestSizeLimit(RequestSizeLimit.MAX_BODY_BYTES, RequestSizeLimit.MAX_WRITE_BYTES));
            fb.addFilter("/*", cors.filter());
            // a GET of an endpoint without a query: the service description (Fuseki would answer 404)
            fb.addFilter("/*", description);
            FusekiServer fuseki = fb.build();
            bindTo(fuseki, bindHost);
            if (graphReads != null) graphReadsMetric(fuseki, graphReads);
            return new SignetServer(fuseki, bindHost, writers != null);
        }

        /**
         * The dataset's services, named one by one rather than Fuseki's standard set, so that no
         * write hides at the dataset's own URL: queries at {@code sparql}, {@code query} and the
         * dataset URL; graph reads at {@code get}, {@code data} and the dataset URL; with writes,
         * SPARQL Update at {@code update} and graph writes at {@code data} only.
         */
        private static DataService dataService(DatasetGraph dsg, boolean writes) {
            DataService.Builder b = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql").addEndpoint(Operation.Query, "query").addEndpoint(Operation.Query)
                    .addEndpoint(Operation.GSP_R, "get").addEndpoint(Operation.GSP_R);
            if (writes) b.addEndpoint(Operation.Update, "update").addEndpoint(Operation.GSP_RW, "data");
            else b.addEndpoint(Operation.GSP_R, "data");
            return b.build();
        }

        /**
         * Whether a request needs a writer's credentials. Decided on the path the server routes,
         * not on the request line as sent: Jetty matches servlets (the article upload) on the
         * decoded path with dot segments resolved and {@code ;parameters} removed, so
         * {@code /%69ngest} and {@code /x/../ingest} reach {@code /ingest}, while Fuseki finds the
         * dataset's endpoints on the request URI as sent. So:
         * <ul>
         * <li>SPARQL Update and the write routes, by their routed path: any method but OPTIONS;
         * <li>GET, HEAD and OPTIONS elsewhere: reads;
         * <li>any other method: a write, except a POST to a query endpoint named exactly
         *     ({@link #QUERY_PATHS}, sent as routed, with no escape or parameter in the path)
         *     where a POST carries a query. A path spelled any other way, a new route or an
         *     endpoint added later needs credentials: unknown fails closed.
         * </ul>
         */
        private boolean isWrite(HttpServletRequest req) {
            String method = req.getMethod();
            if (method.equals("OPTIONS")) return false; // a CORS preflight: no body, no effect
            String path = routedPath(req);
            if (path.startsWith(DATASET + "/update") || writePaths.stream().anyMatch(path::startsWith)) return true;
            if (method.equals("GET") || method.equals("HEAD")) return false;
            boolean sentAsRouted = req.getRequestURI().equals(req.getContextPath() + path);
            return !(method.equals("POST") && sentAsRouted && QUERY_PATHS.contains(path));
        }

        /** Where a POST is a query, not a write (the dataset's own URL takes a POST only as a graph store write). */
        private static final java.util.Set<String> QUERY_PATHS = java.util.Set.of(DATASET + "/sparql", DATASET + "/query");

        /** The path within the server as the servlet container routes it: decoded and normalised. */
        private static String routedPath(HttpServletRequest req) {
            return Objects.toString(req.getServletPath(), "") + Objects.toString(req.getPathInfo(), "");
        }

        /** The graph reads at work, as a gauge at {@code /$/metrics}: a read whose client has gone must not stay. */
        private static void graphReadsMetric(FusekiServer fuseki, GraphReadLimit reads) {
            MetricsProvider metrics = MetricsProvider.getMetricsProvider(fuseki.getServletContext());
            if (metrics != null && metrics.getMeterRegistry() != null)
                Gauge.builder(GraphReadLimit.RUNNING_METRIC, reads, GraphReadLimit::running)
                        .description("Graph Store Protocol reads at work").register(metrics.getMeterRegistry());
        }

        private static String checkHost(String host) {
            String h = host.strip();
            if (h.equals("*") || h.isEmpty()) return "0.0.0.0";
            try {
                InetAddress.getByName(h); // fail now, not at start(), on an unknown name
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown host: " + host);
            }
            return h;
        }

        /**
         * Fuseki's {@code loopback(true)} binds "localhost", which a resolver may map to ::1 or
         * to 127.0.0.1; set the connector to the exact address asked for ({@code null} = all).
         */
        private static void bindTo(FusekiServer fuseki, String host) {
            String h = host.equals("0.0.0.0") || host.equals("::") ? null : host;
            for (Connector c : fuseki.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc) sc.setHost(h);
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
