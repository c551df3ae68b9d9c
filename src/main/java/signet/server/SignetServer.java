package signet.server;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import signet.store.SignetStore;

/**
 * The read-only SPARQL service over a {@link SignetStore}, on embedded Fuseki.
 *
 * <p>The dataset is served at {@value #DATASET} with Fuseki's read-only services only:
 * SPARQL query at {@code /signet/sparql} and {@code /signet/query} (GET and POST, results by
 * content negotiation) and the Graph Store Protocol for reading at {@code /signet/data} and
 * {@code /signet/get}. There is no update, no upload, no admin. {@code SERVICE} is refused
 * (the store's context disables it, and so does the server, in case another store is given)
 * and every query is limited by {@link Builder#queryTimeout}; request bodies over
 * {@link RequestSizeLimit#MAX_BODY_BYTES} are refused with 413.
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

    private final FusekiServer fuseki;
    private final String host;

    private SignetServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static Builder builder() { return new Builder(); }

    /** Starts listening; returns at once. */
    public SignetServer start() {
        fuseki.start();
        return this;
    }

    /** Prints where the endpoint is and one example request (a complete curl command line). */
    public void announce(PrintWriter out, String exampleCurl) {
        out.println("Signet SPARQL endpoint: " + sparqlUrl() + " (read-only, bound to " + host + ")");
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
        private final List<Route> routes = new ArrayList<>();

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

        public SignetServer build() {
            if (store == null && remote == null) throw new IllegalStateException("no store given");
            if (store != null && remote != null) throw new IllegalStateException("a store and a remote endpoint: give one");
            String bindHost = checkHost(host);
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(bindHost))
                    .enablePing(false).enableStats(false).enableMetrics(false)
                    .enableCompact(false).enableTasks(false)
                    // Fuseki's own CORS filter is replaced by CorsPolicy (read-only by default)
                    .enableCors(false)
                    // no modules found on the classpath (admin, UI, ...): routes add what is wanted
                    .fusekiModules(FusekiModules.empty());
            if (store != null) {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                // Fuseki reads these from the dataset's context for every request; the timeout is
                // in milliseconds there and caps any ?timeout= (seconds) a client asks for.
                dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
                dsg.getContext().set(ARQ.httpServiceAllowed, false);
                // third argument is allowUpdate: false = query and read-only graph store only
                fb.add(DATASET, dsg, false);
            } else {
                new SparqlProxyRoute(remote, queryTimeout).install(fb);
            }
            routes.forEach(r -> r.install(fb));
            fb.addFilter("/*", new RequestSizeLimit(RequestSizeLimit.MAX_BODY_BYTES));
            fb.addFilter("/*", cors.filter());
            FusekiServer fuseki = fb.build();
            bindTo(fuseki, bindHost);
            return new SignetServer(fuseki, bindHost);
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

        private static boolean isLoopback(String host) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
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
}
