package signet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import signet.server.ArticleUploadRoute;
import signet.server.NamedQueryRoute;
import signet.server.SignetServer;
import signet.store.StoreLockedException;
import signet.store.Tdb2Store;
import signet.web.Dumps;

/** The {@code --db DIR} option shared by every command that uses a store. */
final class DbOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 store directory (default: the project's store/ folder).")
    Path db;

    Path dir() {
        return db != null ? db : SignetHome.current().store();
    }

    boolean isDefault() {
        return db == null || db.toAbsolutePath().normalize().equals(SignetHome.current().store());
    }

    /**
     * What to do instead when a running server holds the store, by command: its own ways to add,
     * read and download. Every command is also told it may stop that process or use a copy.
     */
    private static final Map<String, String> INSTEAD = Map.of(
            "ingest", "add articles through the running server: start it with --writers FILE and POST each one "
                    + "to http://HOST:PORT" + ArticleUploadRoute.PATH + "?id=ID with a writer's credentials",
            "query", "send the query to the running server: http://HOST:PORT" + SignetServer.DATASET
                    + "/sparql (or a named query at http://HOST:PORT" + NamedQueryRoute.PATH + "/NAME)",
            "export", "download the running server's dumps: http://HOST:PORT/dumps/ (Turtle, TriG, N-Quads, JSON-LD)",
            "backup", "back up the running store online: curl -o FILE http://HOST:PORT/dumps/" + Dumps.Format.NQUADS_GZ.fileName() + " (the same bytes)");

    /** Opens the store, creating it when missing. */
    Tdb2Store openOrCreate() {
        return noted(open(dir()));
    }

    /** The store, or, when another process holds it (a running server, say), a failure that says what to do instead. */
    private Tdb2Store open(Path dir) {
        try {
            return Tdb2Store.open(dir);
        } catch (StoreLockedException e) {
            String command = spec.name();
            StringBuilder m = new StringBuilder(e.getMessage()).append(", and a running signet serve holds its store. Instead:");
            boolean own = INSTEAD.containsKey(command);
            if (own) m.append("\n  - ").append(INSTEAD.get(command));
            m.append("\n  - ").append(own ? "or stop" : "stop").append(" that process first, or run signet ").append(command)
                    .append(" --db COPY on a copy of ").append(dir);
            throw new IllegalStateException(m.toString(), e);
        }
    }

    /** A store emptied after an interrupted bulk load says so, once, on stderr: "no results" must not be a surprise. */
    private Tdb2Store noted(Tdb2Store store) {
        store.recovered().ifPresent(line -> {
            spec.commandLine().getErr().println("signet: note: " + line);
            spec.commandLine().getErr().flush();
        });
        return store;
    }

    /** Opens an existing store: reading an empty one by mistake would look like "no results". */
    Tdb2Store openExisting() {
        Path d = dir();
        if (!Files.isDirectory(d))
            throw new ParameterException(spec.commandLine(), "no store at " + d + " (create one with: signet ingest --db " + d + " PATH...)");
        return noted(open(d));
    }
}
