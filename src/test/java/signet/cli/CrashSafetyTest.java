package signet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.bench.CorpusConfig;
import signet.bench.CorpusGenerator;
import signet.store.StoreDigest;
import signet.store.Tdb2Store;

/**
 * A real {@code signet ingest} process killed with SIGKILL (what {@link Process#destroyForcibly}
 * sends on Unix) while it writes: the store must open, every document graph in it must be exactly
 * the graph an uninterrupted ingest makes (complete) or missing (absent), and re-running the
 * ingest must end with the uninterrupted run's digest. Once through the bulk loader (an empty
 * store), once through batched transactions. {@code bench/crash-check} does the same with 20
 * random kills over thousands of articles; this is its small version, run by every build.
 */
class CrashSafetyTest {

    @TempDir static Path dir;
    static Path docs;
    static StoreDigest reference;

    @BeforeAll
    static void referenceIngest() throws IOException {
        CorpusGenerator corpus = new CorpusGenerator(new CorpusConfig(600, 11, dir.resolve("corpus")));
        corpus.write();
        docs = dir.resolve("corpus").resolve("docs");
        CliRun r = CliRun.run("ingest", "--db", dir.resolve("ref").toString(), "--progress", "off", docs.toString());
        assertEquals(0, r.code(), r.err());
        try (Tdb2Store s = Tdb2Store.open(dir.resolve("ref"))) {
            reference = StoreDigest.of(s.dataset().asDatasetGraph());
        }
        assertEquals(600, reference.graphs().size());
    }

    @Test
    void aBulkLoadKilledHalfWayLeavesAnEmptyStoreAndTheReRunCompletesIt() throws Exception {
        killAndRecover("bulk", dir.resolve("bulk"), 1);
    }

    @Test
    void batchedWritesKilledHalfWayLeaveWholeDocumentsOnlyAndTheReRunCompletesThem() throws Exception {
        killAndRecover("batched", dir.resolve("batched"), 2);
    }

    private void killAndRecover(String mode, Path db, long seed) throws Exception {
        Process p = new ProcessBuilder(SignetProcess.command("ingest", "--db", db.toString(), "--mode", mode, "--batch", "25",
                "--threads", "1", "--progress", "off", docs.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve(mode + ".log").toFile()).start();
        // kill once the writer has begun (node data on disk), a little later at a seeded random point
        Path nodes = db.resolve("Data-0001").resolve("nodes-data.obj");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(nodes) && Files.size(nodes) > 60_000)) {
            if (!p.isAlive()) fail("ingest ended before it was killed:\n" + Files.readString(dir.resolve(mode + ".log")));
            if (System.nanoTime() > deadline) fail("ingest wrote nothing in 120 s");
            Thread.sleep(20);
        }
        Thread.sleep(new Random(seed).nextInt(300));
        assertTrue(p.isAlive(), "ingest finished before the kill; the corpus is too small for this machine");
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");

        // the store opens, and holds whole documents only (the count is printed: the test shows where it struck)
        int complete;
        try (Tdb2Store s = Tdb2Store.open(db)) {
            StoreDigest after = StoreDigest.of(s.dataset().asDatasetGraph());
            complete = checkCompleteOrAbsent(after);
            System.out.println("CrashSafetyTest: " + mode + ": killed with " + complete + " of " + reference.graphs().size() + " documents stored");
            if (mode.equals("bulk")) {
                assertEquals(0, complete, "an interrupted bulk load leaves nothing");
                assertTrue(s.recovered().isPresent(), "opening says the bulk load was undone");
            } else {
                assertTrue(complete < reference.graphs().size(), "killed before the end");
            }
        }
        // the re-run ends with the uninterrupted run's graph
        CliRun r = CliRun.run("ingest", "--db", db.toString(), "--progress", "off", docs.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains((reference.graphs().size() - complete) + " added"), r.out());
        try (Tdb2Store s = Tdb2Store.open(db)) {
            StoreDigest rerun = StoreDigest.of(s.dataset().asDatasetGraph());
            assertEquals(reference.quads(), rerun.quads());
            assertEquals(reference.sha256(), rerun.sha256());
        }
    }

    /** Every graph equal to the reference's of the same name; returns how many there are. */
    private static int checkCompleteOrAbsent(StoreDigest after) {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, StoreDigest.GraphDigest> e : after.graphs().entrySet())
            if (!e.getValue().equals(reference.graphs().get(e.getKey()))) broken.add(e.getKey() + " " + e.getValue());
        assertTrue(broken.isEmpty(), "half-written or foreign graphs: " + broken);
        return after.graphs().size();
    }
}
