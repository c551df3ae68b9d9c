package signet.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The store is open in another process: TDB2 lets one process at a time open a database (it
 * holds an operating-system lock on {@code tdb.lock} and writes its process id there). Usually
 * that process is a running {@code signet serve}; the command line says what to do instead.
 */
public final class StoreLockedException extends IllegalStateException {

    private final Path store;
    private final OptionalLong pid;

    /** @param what what the other process does with it: "in use", "being bulk loaded" */
    StoreLockedException(Path store, String what, Throwable cause) {
        this(store, holder(store), what, cause);
    }

    private StoreLockedException(Path store, OptionalLong pid, String what, Throwable cause) {
        super(message(store, pid, what), cause);
        this.store = store;
        this.pid = pid;
    }

    /** The store folder. */
    public Path store() { return store; }

    /** The process that holds it, when TDB2 wrote its id into the lock file. */
    public OptionalLong pid() { return pid; }

    private static String message(Path store, OptionalLong pid, String what) {
        return "the store " + store + " is " + what + " by another process"
                + (pid.isPresent() ? " (process " + pid.getAsLong() + ")" : "")
                + ": one process at a time can open a store";
    }

    /** The process id TDB2 wrote into the lock file, if it reads as one and is not this process. */
    private static OptionalLong holder(Path store) {
        try {
            long pid = Long.parseLong(Files.readString(store.resolve(Tdb2Store.TDB_LOCK)).strip());
            return pid > 0 && pid != ProcessHandle.current().pid() ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
