package signet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import signet.graph.Iris;
import signet.ingest.IngestReport;
import signet.ingest.Pipeline;
import signet.ingest.Ingester;
import signet.server.ArticleUploadRoute;
import signet.server.NamedQueryRoute;
import signet.server.ResponseCache;
import signet.server.auth.UsersFile;
import signet.server.SignetServer;
import signet.server.StartupExample;
import signet.store.Tdb2Store;
import signet.web.DatasetSource;
import signet.web.RemoteSource;
import signet.web.Site;
import signet.web.SitePaths;
import signet.web.WebRoutes;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve the store as a read-only SPARQL endpoint (Ctrl-C stops).",
        description = {"With the default store, the bundled articles (data/articles) are ingested first; "
                + "only new or changed files are read, so a restart is quick.",
                "The curation files (data/curation/*.ttl) are loaded before serving when any of them changed.",
                "The endpoint is at http://HOST:PORT/signet/sparql; SERVICE and LOAD never reach other hosts.",
                "Read-only unless --writers names a users file (made with signet passwd): then SPARQL Update at /signet/update, "
                + "graph upload at /signet/data and article upload at POST /ingest?id=ID take requests with a writer's HTTP Basic "
                + "credentials; everyone else still only reads.",
                "Every request is logged in one line (logger signet.request); Prometheus metrics are at /$/metrics; GET /health "
                + "says whether the store answers."})
final class ServeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand SignetCli cli;
    @Mixin DbOption db;
    @Mixin CurationOption curation;
    @Mixin BaseIriOption base;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = SignetServer.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 = every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--cors", paramLabel = "ORIGINS", defaultValue = "*",
            description = "Which web pages may read the server from a browser: * (any origin, GET and HEAD only; the default), "
                    + "origins separated by commas (https://a.example,https://b.example), or none.")
    String cors;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Longest a query may run (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "200000",
            description = "Most rows a query to the SPARQL endpoint returns (default: ${DEFAULT-VALUE}); a query cut to it "
                    + "is answered with the header X-Signet-Result-Limit.")
    long maxRows;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "256",
            description = "Memory for finished named-query answers, reused until the next write (default: ${DEFAULT-VALUE}; 0 = none).")
    long cacheMb;

    @Option(names = "--max-stale", paramLabel = "DURATION", defaultValue = "0s", converter = DurationOrZeroConverter.class,
            description = "Under writes, serve a named-query answer computed before the last write while it is younger than this, "
                    + "and recompute it in the background (default: ${DEFAULT-VALUE}: answers are always current).")
    Duration maxStale;

    @Option(names = "--writers", paramLabel = "FILE",
            description = "Enable writes for the users in FILE (signet passwd --users FILE NAME); default: no writes at all. "
                    + "A FILE other users can change is refused (they could add a writer); one they can read is warned about.")
    Path writers;

    @Option(names = "--remote", paramLabel = "URL",
            description = {"Serve the graph of this remote SPARQL query endpoint (e.g. http://host:3030/ds/sparql) instead of the local store: "
                    + "named queries, pages, linked data, query page and dataset description; no ingest, no dumps. "
                    + "The endpoint's default graph must be the union of the document graphs (Fuseki/TDB2: tdb2:unionDefaultGraph true) "
                    + "and its IRIs minted under --base-iri."})
    String remote;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Ingest this folder before serving (default with the default store: data/articles).")
    Path articles;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        corsPolicy(); // a mistyped origin is a usage error before anything is ingested
        UsersFile users = writers != null ? users() : null; // so is a bad users file (read once: one warning)
        if (cacheMb < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cache-mb must be 0 or more");
        if (maxRows < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-rows must be at least 1");
        Iris iris = base.iris();
        if (remote != null) return serveRemote(iris, out);
        Pipeline pipeline = cli.pipeline(iris);
        if (db.isDefault() && articles == null) rebaseDefaultStore(iris, out);
        Tdb2Store store = db.openOrCreate();
        boolean stopped = false;
        try {
            Optional<Path> toIngest = Optional.ofNullable(articles)
                    .or(() -> db.isDefault() ? Optional.of(SignetHome.current().articles()) : Optional.empty())
                    .filter(Files::isDirectory);
            int code = SignetCli.OK;
            if (toIngest.isPresent()) {
                IngestReport report = new Ingester(store, pipeline, spec.commandLine().getErr()).ingest(List.of(toIngest.get()));
                out.println(report.summary());
                if (report.hasFailures()) code = SignetCli.FAILED;
            }
            // a bad curation file is reported and the curations stored before keep applying: serving goes on
            if (!curation.load(store, iris, out, spec.commandLine().getErr())) code = SignetCli.FAILED;
            NamedQueryRoute named = NamedQueryRoute.fromFolder(SignetHome.current().queries(), store.dataset(), timeout);
            if (cacheMb > 0) named.cached(new ResponseCache(cacheMb << 20, maxStale, store::version));
            Site site = new Site(new DatasetSource(store.dataset(), timeout), new SitePaths(iris.base()), timeout);
            SignetServer.Builder builder = SignetServer.builder().store(store).host(host).port(port).queryTimeout(timeout).cors(corsPolicy())
                    .maxRows(maxRows).route(named);
            if (writers != null) {
                builder.writers(users)
                        // uploads are spooled in the system's temporary folder, not beside TDB2's files
                        .writeRoute(new ArticleUploadRoute(store, pipeline, uploadSpool()), ArticleUploadRoute.PATH);
            }
            WebRoutes.standard(site, SignetHome.current().queries(), store.dataset(), store::lastModified).forEach(builder::route);
            SignetServer server = builder.build();
            server.start();
            // Ctrl-C: stop taking requests, then release the database, then let main() exit.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                store.close();
            }, "signet-shutdown"));
            stopped = true; // from here the hook owns the store
            server.announce(out, StartupExample.curl(server, named, site.source()));
            named.warmUp(line -> {
                out.println(line);
                out.flush();
            });
            out.println("Browse: " + server.baseUrl() + "/  (query page /query, downloads /dumps/, dataset description /.well-known/void; IRIs under "
                    + iris.base() + " resolve at /id/)");
            out.flush();
            server.join();
            return code;
        } finally {
            if (!stopped) store.close();
        }
    }

    /**
     * {@code --remote}: the same site over a remote endpoint. Nothing local is opened, so options
     * that only make sense with a local store are refused rather than ignored.
     */
    private int serveRemote(Iris iris, PrintWriter out) throws InterruptedException {
        if (articles != null || !db.isDefault() || writers != null)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--remote serves a remote endpoint: --db, --articles and --writers are for a local store");
        RemoteSource source;
        try {
            source = new RemoteSource(remote, timeout);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--remote: " + e.getMessage());
        }
        NamedQueryRoute named = NamedQueryRoute.fromFolder(SignetHome.current().queries(), source, timeout);
        Site site = new Site(source, new SitePaths(iris.base()), timeout);
        SignetServer.Builder builder = SignetServer.builder().remote(source.endpoint()).host(host).port(port).queryTimeout(timeout).cors(corsPolicy()).route(named);
        WebRoutes.remote(site, SignetHome.current().queries(), source.endpoint()).forEach(builder::route);
        SignetServer server = builder.build();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "signet-shutdown"));
        out.println("Serving the graph of the remote SPARQL endpoint " + source.endpoint() + " (IRIs under " + iris.base() + ")");
        server.announce(out, StartupExample.curl(server, named, source));
        out.println("Browse: " + server.baseUrl() + "/  (no dumps with --remote)");
        out.flush();
        server.join();
        return SignetCli.OK;
    }

    /**
     * The default store is built from {@code data/} alone, so when it was minted under another
     * base it is rebuilt rather than refused: {@code serve --base-iri X} just works. A store given
     * with {@code --db} may hold what nothing else can rebuild; the ingester refuses it instead.
     */
    private void rebaseDefaultStore(Iris iris, PrintWriter out) {
        Optional<String> graph;
        try (Tdb2Store s = db.openOrCreate()) {
            graph = s.anyGraphName();
        }
        if (graph.isEmpty() || graph.get().startsWith(iris.base())) return;
        out.println("signet: the store was built under another base IRI; rebuilding it under " + iris.base());
        out.flush();
        deleteTree(db.dir());
    }

    private static void deleteTree(Path dir) {
        try {
            signet.store.StoreFiles.deleteTree(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot remove the old store " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path uploadSpool() {
        try {
            Path dir = Files.createTempDirectory("signet-uploads-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot make a folder for uploads: " + e.getMessage(), e);
        }
    }

    /**
     * The writers' file, checked before anything is ingested: one that others can change is
     * refused, one they can read is warned about.
     */
    private UsersFile users() {
        try {
            UsersFile u = UsersFile.readTrusted(writers, warning -> spec.commandLine().getErr().println("signet: warning: " + warning));
            if (u.users().isEmpty()) throw new IllegalArgumentException(writers + ": no users (add one with: signet passwd --users " + writers + " NAME)");
            return u;
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--writers: " + e.getMessage());
        }
    }

    private signet.server.CorsPolicy corsPolicy() {
        try {
            return signet.server.CorsPolicy.parse(cors);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cors: " + e.getMessage());
        }
    }
}
