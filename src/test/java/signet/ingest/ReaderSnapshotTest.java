package signet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.bench.CorpusConfig;
import signet.bench.CorpusGenerator;
import signet.store.StoreDigest;
import signet.store.Tdb2Store;

/**
 * Readers during an ingest: TDB2 gives each read transaction the state of the last commit, and
 * the ingester writes a document's whole graph in one transaction, so a reader (a SPARQL request
 * of the server, here a whole-store digest in one read transaction) sees every document complete
 * or not at all, and never loses one it saw. Batches of 5 documents make many commits to land
 * between.
 */
class ReaderSnapshotTest {

    @TempDir Path dir;

    @Test
    void readersSeeWholeDocumentsOnlyWhileAnIngestCommits() throws Exception {
        new CorpusGenerator(new CorpusConfig(300, 5, dir.resolve("corpus"))).write();
        List<Path> docs = List.of(dir.resolve("corpus").resolve("docs"));
        IngestSettings quiet = IngestSettings.defaults().withProgress(ProgressMeter.Style.OFF);
        StoreDigest reference;
        try (Tdb2Store ref = Tdb2Store.open(dir.resolve("ref"))) {
            new Ingester(ref, Pipeline.standard(), new PrintWriter(new StringWriter()), quiet).ingest(docs);
            reference = StoreDigest.of(ref.dataset().asDatasetGraph());
        }

        try (Tdb2Store store = Tdb2Store.open(dir.resolve("live"))) {
            AtomicBoolean done = new AtomicBoolean();
            List<Integer> seen = new ArrayList<>();
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                int last = 0;
                while (!done.get()) {
                    StoreDigest now = StoreDigest.of(store.dataset().asDatasetGraph());
                    now.graphs().forEach((g, d) -> assertEquals(reference.graphs().get(g), d, "graph " + g + " seen half-written"));
                    assertTrue(now.graphs().size() >= last, "a reader lost documents: " + last + " then " + now.graphs().size());
                    last = now.graphs().size();
                    seen.add(last);
                }
            });
            new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter()),
                    quiet.withMode(IngestSettings.WriteMode.BATCHED).withBatch(5)).ingest(docs);
            done.set(true);
            reader.get();
            assertEquals(reference.sha256(), StoreDigest.of(store.dataset().asDatasetGraph()).sha256());
            // the reader looked in the middle of the ingest, not only before and after
            assertTrue(seen.stream().anyMatch(n -> n > 0 && n < 300), "snapshots seen: " + seen);
            System.out.println("ReaderSnapshotTest: " + seen.size() + " snapshots, sizes " + seen.stream().distinct().limit(20).toList() + "...");
        }
    }
}
