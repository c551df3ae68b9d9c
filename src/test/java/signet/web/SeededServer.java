package signet.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import signet.graph.Iris;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.server.NamedQueryRoute;
import signet.server.Route;
import signet.server.SignetServer;
import signet.store.Tdb2Store;

/**
 * A real server for web tests: the bundled articles ingested by the real pipeline into a TDB2
 * store in a test's temporary folder, served on a free port with the web routes.
 *
 * <p>Routes written on other branches (the home and entity pages) are installed when they are on
 * the classpath, through their {@code (Site)} constructor, so the browser test exercises them
 * once the branches are merged and stays green before.
 *
 * @param installed the simple names of the optional routes that were found and installed
 */
record SeededServer(Tdb2Store store, SignetServer server, Site site, List<String> installed) implements AutoCloseable {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Routes of the pages helper, by class name, each with a {@code (Site)} constructor. */
    static final List<String> OPTIONAL_ROUTES = List.of("signet.web.HomeRoute", "signet.web.PageRoute");

    /** Ingests the seeds into {@code dir/db} and starts the server with every web route available. */
    static SeededServer start(Path dir) {
        Tdb2Store store = Tdb2Store.open(dir.resolve("db"));
        IngestReport report = new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter()))
                .ingest(List.of(HOME.resolve("data/articles")));
        if (report.hasFailures()) throw new IllegalStateException("seed ingest failed: " + report.summary());
        Site site = new Site(new DatasetSource(store.dataset(), TIMEOUT), new SitePaths(Iris.DEFAULT_BASE), TIMEOUT);
        SignetServer.Builder b = SignetServer.builder().store(store).host("127.0.0.1").port(0).queryTimeout(TIMEOUT)
                .route(NamedQueryRoute.fromFolder(HOME.resolve("queries"), store.dataset(), TIMEOUT))
                .route(QueryPageRoute.fromFolder(site, HOME.resolve("queries")));
        List<String> installed = new ArrayList<>();
        for (String name : OPTIONAL_ROUTES) {
            optionalRoute(name, site).ifPresent(r -> {
                b.route(r);
                installed.add(name.substring(name.lastIndexOf('.') + 1));
            });
        }
        SignetServer server = b.build().start();
        return new SeededServer(store, server, site, List.copyOf(installed));
    }

    static boolean onClasspath(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Optional<Route> optionalRoute(String className, Site site) {
        if (!onClasspath(className)) return Optional.empty();
        try {
            return Optional.of((Route) Class.forName(className).getConstructor(Site.class).newInstance(site));
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException(className + " is on the classpath but has no working (Site) constructor", cause);
        }
    }

    String url(String path) { return server.baseUrl() + path; }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
