package signet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.graph.Iris;
import signet.store.Tdb2Store;

/**
 * Symbolic links in a folder given to ingest, with real links in a temporary folder: a link whose
 * real path leaves the folder (a file such as {@code /etc/shadow}, a whole outside tree) is passed
 * over with a note and nothing of it reaches the store; links that stay inside still work; a link
 * named on the command line is followed.
 */
class IngestLinksTest {

    @TempDir Path tmp;
    Path input, outside;
    Tdb2Store store;
    StringWriter err = new StringWriter();

    @BeforeEach void setUp() throws Exception {
        input = Files.createDirectories(tmp.resolve("input"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        write(input.resolve("story.txt"), "Acme Freight signed a deal with Borealis Rail.");
        write(outside.resolve("shadow.txt"), "Secret Outside Text.");
        for (int i = 0; i < 3; i++) write(outside.resolve("tree/page" + i + ".txt"), "Outside Tree Page " + i + ".");
        store = Tdb2Store.open(tmp.resolve("db"));
    }

    @AfterEach void tearDown() { store.close(); }

    static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    IngestReport ingest(Path... paths) {
        return new Ingester(store, TinyPipeline.create(), new PrintWriter(err, true)).ingest(List.of(paths));
    }

    /** Every literal in the store, joined: where leaked outside text would show. */
    String everything() {
        return Txn.calculateRead(store.dataset(), () -> {
            StringBuilder b = new StringBuilder();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> b.append(q).append('\n'));
            return b.toString();
        });
    }

    @Test void linksLeavingTheFolderAreNotFollowed() throws Exception {
        Path fileLink = Files.createSymbolicLink(input.resolve("shadow.txt"), outside.resolve("shadow.txt"));
        Path folderLink = Files.createSymbolicLink(input.resolve("mirror"), outside.resolve("tree"));
        Path upward = Files.createSymbolicLink(input.resolve("up"), tmp);
        IngestReport r = ingest(input);
        assertEquals(1, r.added(), err.toString());
        assertFalse(r.hasFailures(), err.toString());
        assertEquals(3, r.skipped(), err.toString());
        String e = err.toString();
        assertTrue(e.contains("signet: note: skipping " + fileLink + " (a link to a file outside " + input + ")"), e);
        assertTrue(e.contains("signet: note: skipping " + folderLink + " (a link to a folder outside " + input + ")"), e);
        assertTrue(e.contains("signet: note: skipping " + upward + " (a link to a folder outside " + input + ")"), e);
        String stored = everything();
        assertFalse(stored.contains("Secret") || stored.contains("Outside"), stored);
        assertEquals(List.of(Iris.defaults().documentGraph("story")), List.copyOf(store.graphNames()));
    }

    @Test void linksInsideTheFolderStillWork() throws Exception {
        write(input.resolve("z-real/inner.txt"), "Cobalt Mining opened an office.");
        Files.createSymbolicLink(input.resolve("a-link"), input.resolve("z-real")); // read first (name order), through the link
        Files.createSymbolicLink(input.resolve("z-real/loop"), input);              // a loop back to the top: said, not followed
        IngestReport r = ingest(input);
        assertEquals(2, r.added(), err.toString());
        assertFalse(r.hasFailures(), err.toString());
        assertTrue(store.graphNames().contains(Iris.defaults().documentGraph("a-link/inner")), store.graphNames().toString());
        assertTrue(err.toString().contains("a link to a folder already read"), err.toString());
    }

    @Test void aLinkNamedOnTheCommandLineIsFollowed() throws Exception {
        Path named = Files.createSymbolicLink(tmp.resolve("named.txt"), outside.resolve("shadow.txt"));
        IngestReport r = ingest(named);
        assertEquals(1, r.added(), err.toString());
        assertTrue(everything().contains("Secret"), "the user named it");
        Path namedFolder = Files.createSymbolicLink(tmp.resolve("named-folder"), outside.resolve("tree"));
        assertEquals(3, ingest(namedFolder).added(), err.toString());
    }
}
