package signet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.store.Tdb2Store;

/** backup, restore and compact on real TDB2 stores holding the bundled articles, through the command line. */
class BackupRestoreTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));

    @TempDir Path tmp;

    static CliRun run(String... args) { return CliRun.run(args); }

    /** Everything a store holds, copied out (the store is closed afterwards). */
    static DatasetGraph contents(Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return Txn.calculateRead(dsg, () -> {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                dsg.find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    @Test void aBackupRestoresIntoAnEmptyStoreAsTheSameGraph() throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), file = tmp.resolve("backup.nq.gz");
        assertEquals(0, run("ingest", "--db", a.toString(), HOME.resolve("data/articles").toString()).code());
        CliRun backup = run("backup", "--db", a.toString(), "-o", file.toString());
        assertEquals(0, backup.code(), backup.err());
        assertTrue(Files.size(file) > 1000);
        CliRun restore = run("restore", "--db", b.toString(), file.toString());
        assertEquals(0, restore.code(), restore.err());
        DatasetGraph original = contents(a), restored = contents(b);
        assertTrue(original.find().hasNext());
        assertTrue(IsoMatcher.isomorphic(original, restored), "the restored store holds the same graph");

        // never over a store that holds something
        CliRun again = run("restore", "--db", a.toString(), file.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("not empty"), again.err());
        assertTrue(IsoMatcher.isomorphic(original, contents(a)), "and that store is untouched");
    }

    @Test void aDamagedBackupIsNamedAndNothingIsRestored() throws Exception {
        Path file = tmp.resolve("damaged.nq.gz"), c = tmp.resolve("c");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("<https://e.org/s> <https://e.org/p> \"ok\" <https://e.org/g> .\n"
                    + "<https://e.org/s> <https://e.org/p> \"cut off\n").getBytes(StandardCharsets.UTF_8));
        }
        CliRun r = run("restore", "--db", c.toString(), file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(file.toString()) && r.err().contains("nothing restored"), r.err());
        assertFalse(contents(c).find().hasNext(), "the store stays empty");
    }

    @Test void compactionKeepsTheGraphAndReclaimsReplacedGraphs() throws Exception {
        Path d = tmp.resolve("d"), articles = Files.createDirectories(tmp.resolve("articles"));
        Path article = articles.resolve("deal.txt");
        for (int round = 0; round < 5; round++) {
            Files.writeString(article, "Quillon Broadcasting signed a cooperation agreement with Tessera Film Agency in Riga on "
                    + (round + 1) + " May 2024.\n\nThe agencies will exchange news.", StandardCharsets.UTF_8);
            assertEquals(0, run("ingest", "--db", d.toString(), articles.toString()).code());
        }
        DatasetGraph before = contents(d);
        CliRun r = run("compact", "--db", d.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("compacted"), r.out());
        assertTrue(IsoMatcher.isomorphic(before, contents(d)), "the same graph after compaction");
    }
}
