package signet.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import signet.store.Tdb2Store;

/**
 * A TDB2 store in a new temporary folder, deleted with everything in it on {@link #close()}: the
 * documents of an evaluation are ingested apart from the user's store, so scoring never changes
 * it and nothing stored earlier leaks into the figures.
 */
public final class FreshStore implements AutoCloseable {

    private final Path dir;
    private final Tdb2Store store;

    private FreshStore(Path dir, Tdb2Store store) {
        this.dir = dir;
        this.store = store;
    }

    public static FreshStore create() throws IOException {
        Path dir = Files.createTempDirectory("signet-evaluate-");
        try {
            return new FreshStore(dir, Tdb2Store.open(dir.resolve("db")));
        } catch (RuntimeException e) {
            deleteTree(dir);
            throw e;
        }
    }

    public Tdb2Store store() { return store; }

    public Path directory() { return dir; }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path root) {
        try {
            signet.store.StoreFiles.deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary store " + root + ": " + e.getMessage(), e);
        }
    }
}
