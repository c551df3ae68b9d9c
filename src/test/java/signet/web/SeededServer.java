package signet.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import signet.graph.Iris;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.server.NamedQueryRoute;
import signet.server.SignetServer;
import signet.store.Tdb2Store;

/**
 * A real server for web tests: the bundled articles ingested by the real pipeline into a TDB2
 * store in a test's temporary folder, served on a free port with the web routes.
  The routes are those of {@code serve} ({@link WebRoutes#standard}).
 */
record SeededServer(Tdb2Store store, SignetServer server, Site site) implements AutoCloseable {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Ingests the seeds into {@code dir/db} and starts the server with every web route. */
    static SeededServer start(Path dir) {
        Tdb2Store store = Tdb2Store.open(dir.resolve("db"));
        IngestReport report = new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter()))
                .ingest(List.of(HOME.resolve("data/articles")));
        if (report.hasFailures()) throw new IllegalStateException("seed ingest failed: " + report.summary());
        Site site = new Site(new DatasetSource(store.dataset(), TIMEOUT), new SitePaths(Iris.DEFAULT_BASE), TIMEOUT);
        SignetServer.Builder b = SignetServer.builder().store(store).host("127.0.0.1").port(0).queryTimeout(TIMEOUT)
                .route(NamedQueryRoute.fromFolder(HOME.resolve("queries"), store.dataset(), TIMEOUT));
        WebRoutes.standard(site, HOME.resolve("queries"), store.dataset(), store::lastModified).forEach(b::route);
        SignetServer server = b.build().start();
        return new SeededServer(store, server, site);
    }

    String url(String path) { return server.baseUrl() + path; }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
