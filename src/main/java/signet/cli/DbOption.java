package signet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import signet.store.Tdb2Store;

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

    /** Opens the store, creating it when missing. */
    Tdb2Store openOrCreate() {
        return noted(Tdb2Store.open(dir()));
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
        return noted(Tdb2Store.open(d));
    }
}
