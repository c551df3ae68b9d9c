package signet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.store.Tdb2Store;

/** {@code signet export} writes the same dumps as the server: gzipped N-Quads, and JSON-LD with the clean context. */
class ExportDumpTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    @TempDir static Path tmp;
    static Path db;
    static long quads;

    @BeforeAll
    static void ingest() {
        db = tmp.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db)) {
            new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter())).ingest(List.of(HOME.resolve("data/articles")));
            quads = store.size();
        }
    }

    static int run(String... args) {
        CommandLine cl = SignetCli.commandLine(new SignetCli(Pipeline::standard));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void nqGzHoldsEveryQuadInItsNamedGraph() throws Exception {
        Path file = tmp.resolve("all.nq.gz");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "nq.gz", "-o", file.toString()));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            Dataset ds = RDFParser.source(in).lang(Lang.NQUADS).toDataset();
            assertEquals(quads, ds.asDatasetGraph().stream().count());
            assertTrue(ds.asDatasetGraph().stream().noneMatch(q -> q.isDefaultGraph()), "every quad in a document's graph");
        }
        assertEquals(2, run("export", "--db", db.toString(), "--format", "nq.gz"), "binary output needs a file");
    }

    @Test
    void jsonLdHasCleanKeysAndStandsAlone() throws Exception {
        Path json = tmp.resolve("all.jsonld");
        Path ttl = tmp.resolve("all.ttl");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "jsonld", "-o", json.toString()));
        assertEquals(0, run("export", "--db", db.toString(), "--format", "ttl", "-o", ttl.toString()));
        String text = Files.readString(json);
        assertTrue(text.contains("\"party\"") && text.contains("\"evidence\"") && text.contains("\"name\""), text.substring(0, 300));
        assertTrue(text.contains("\"@context\": {"), "embedded: the file needs no server to be read");
        // parsed with no document loader at all: nothing is fetched
        Graph fromJson = RDFParser.source(json).lang(Lang.JSONLD).toGraph();
        Graph fromTtl = RDFParser.source(ttl).toGraph();
        assertNotEquals(0, fromTtl.size());
        assertTrue(fromJson.isIsomorphicWith(fromTtl));
    }

    /**
     * An export is made to be shared: it gets the mode any new file gets here (the umask's: 0644
     * under umask 022), not 0600; one that replaces a file keeps that file's mode. The backup too.
     */
    @Test
    void exportsAndBackupsGetTheModeOfANewFileOrOfTheFileTheyReplace() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("shared"));
        Path reference = Files.createFile(folder.resolve("reference"));
        var newFileMode = Files.getPosixFilePermissions(reference);
        Path ttl = folder.resolve("signet.ttl"), backup = folder.resolve("signet.nq.gz");
        assertEquals(0, run("export", "--db", db.toString(), "-o", ttl.toString()));
        assertEquals(0, run("backup", "--db", db.toString(), "-o", backup.toString()));
        assertEquals(PosixFilePermissions.toString(newFileMode), PosixFilePermissions.toString(Files.getPosixFilePermissions(ttl)));
        assertEquals(PosixFilePermissions.toString(newFileMode), PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        // replacing a file keeps its mode, whatever the umask would give
        for (String mode : List.of("rw-rw-r--", "rw-------")) {
            Files.setPosixFilePermissions(ttl, PosixFilePermissions.fromString(mode));
            assertEquals(0, run("export", "--db", db.toString(), "-o", ttl.toString()));
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(ttl)));
        }
        try (var files = Files.list(folder)) {
            assertEquals(3, files.count(), "no temporary file left beside them");
        }
    }
}
