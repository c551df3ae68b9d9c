package signet.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.graph.Iris;
import signet.graph.SIG;
import signet.ingest.IngestSettings.WriteMode;
import signet.store.Tdb2Store;

/**
 * The ways of writing — TDB2's bulk loader, batched transactions, one document per transaction
 * (the old path), any number of extraction threads, one run or two — give the same dataset, same-
 * signing links included; a failing file costs only itself.
 */
class IngestModesTest {
    private static final Path SEEDS = Path.of(System.getProperty("signet.home", ".")).resolve("data/articles");
    private static final Pipeline STANDARD = Pipeline.standard();

    @TempDir Path tmp;
    Path first, second;
    StringWriter err = new StringWriter();

    @BeforeEach void articles() throws Exception {
        first = Files.createDirectories(tmp.resolve("in/a"));
        second = Files.createDirectories(tmp.resolve("in/b"));
        for (Path seed : Files.list(SEEDS).sorted().toList()) Files.copy(seed, first.resolve(seed.getFileName()));
        // one signing reported three times, across both folders, and a later one between the same parties
        Files.writeString(first.resolve("k1-coast.txt"), """
                Published: 4 June 2025

                PORTO - Northwind Ferries and the Coastal Rail Authority signed a ticketing agreement in Porto on June 3, 2025.
                """);
        Files.writeString(first.resolve("k2-harbor.txt"), """
                Published: 5 June 2025

                The Coastal Rail Authority has signed a ticketing agreement with Northwind Ferries, officials said on Thursday.
                """);
        Files.writeString(second.resolve("k3-gazette.txt"), """
                Published: 6 June 2025

                Northwind Ferries signed a ticketing agreement with the Coastal Rail Authority this week, the operator said.
                """);
        Files.writeString(second.resolve("k4-next.txt"), """
                Published: 2 February 2027

                Northwind Ferries and the Coastal Rail Authority signed a ticketing agreement on Monday for the new timetable.
                """);
        Files.writeString(second.resolve("k5-other.txt"), """
                Published: 9 September 2025

                Valley Water Board and Meridian Labs signed a memorandum of understanding on sensor networks on September 8, 2025.
                """);
    }

    IngestSettings settings(WriteMode mode, int threads, int batch) {
        return IngestSettings.defaults().withMode(mode).withThreads(threads).withBatch(batch).withProgress(ProgressMeter.Style.OFF);
    }

    IngestReport ingest(Tdb2Store store, Pipeline pipeline, IngestSettings settings, Path... paths) {
        return new Ingester(store, pipeline, new PrintWriter(err, true), settings).ingest(List.of(paths));
    }

    static DatasetGraph snapshot(Tdb2Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            store.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    DatasetGraph ingestInto(String name, IngestSettings settings, Path... paths) {
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve(name))) {
            IngestReport r = ingest(store, STANDARD, settings, paths);
            assertFalse(r.hasFailures(), err::toString);
            assertEquals(8, r.added(), r::summary);
            return snapshot(store);
        }
    }

    static long links(DatasetGraph dsg) {
        return org.apache.jena.atlas.iterator.Iter.count(dsg.find(Node.ANY, Node.ANY, SIG.sameSigningAs.asNode(), Node.ANY));
    }

    @Test void bulkBatchedAndOneByOneGiveTheSameDataset() {
        DatasetGraph oneByOne = ingestInto("one", settings(WriteMode.BATCHED, 1, 1), first, second);
        assertEquals(2, links(oneByOne), "k2 and k3 point at k1; k4 is a later signing");
        DatasetGraph bulk = ingestInto("bulk", settings(WriteMode.BULK, 3, 500), first, second);
        DatasetGraph batched = ingestInto("batched", settings(WriteMode.BATCHED, 2, 3), first, second);
        assertTrue(IsoMatcher.isomorphic(oneByOne, bulk), "bulk load differs from one document per transaction");
        assertTrue(IsoMatcher.isomorphic(oneByOne, batched), "batches of 3 differ from one document per transaction");
    }

    @Test void appendingToAStoreFindsEarlierReportsInTheStoreAndInTheRun() {
        DatasetGraph once = ingestInto("once", settings(WriteMode.BATCHED, 1, 1), first, second);
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("twice"))) {
            IngestReport a = ingest(store, STANDARD, settings(WriteMode.BULK, 2, 500), first);
            IngestReport b = ingest(store, STANDARD, settings(WriteMode.BATCHED, 2, 2), first, second);
            assertEquals(5, a.added());
            assertEquals(5, b.unchanged(), b::summary);
            assertEquals(3, b.added(), b::summary);
            assertTrue(IsoMatcher.isomorphic(once, snapshot(store)), "two runs differ from one");
            assertTrue(store.lastModified().isPresent());
        }
    }

    @Test void theBulkLoaderFillsOnlyAnEmptyStore() {
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            ingest(store, TinyPipeline.create(), settings(WriteMode.BULK, 2, 500), first);
            assertTrue(store.lastModified().isPresent(), "a bulk load is a write");
            DatasetGraph before = snapshot(store);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ingest(store, TinyPipeline.create("tiny-2"), settings(WriteMode.BULK, 2, 500), first));
            assertTrue(e.getMessage().contains("empty store"), e.getMessage());
            assertTrue(IsoMatcher.isomorphic(before, snapshot(store)));
            // AUTO on a non-empty store appends in transactions
            IngestReport r = ingest(store, TinyPipeline.create("tiny-2"), settings(WriteMode.AUTO, 2, 500), first);
            assertEquals(5, r.replaced());
        }
    }

    @Test void aFailingFileInTheMiddleOfABatchCostsOnlyItself() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("tiny"));
        for (int i = 0; i < 9; i++)
            Files.writeString(docs.resolve("d" + i + ".txt"), i == 4 ? "Rules EXPLODE here." : "Org" + i + " met Partner" + i + ".");
        for (WriteMode mode : List.of(WriteMode.BATCHED, WriteMode.BULK)) {
            try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db-" + mode))) {
                IngestReport r = ingest(store, TinyPipeline.create(), settings(mode, 3, 4), docs);
                assertEquals(8, r.added(), mode + ": " + r.summary());
                assertEquals(List.of(docs.resolve("d4.txt")), r.failed().stream().map(IngestReport.Failure::file).toList());
                assertEquals(8, store.graphNames().size());
                assertFalse(store.graphNames().contains(Iris.defaults().documentGraph("d4")));
            }
        }
    }

    @Test void theSummaryCountsFactsByKind() {
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            IngestReport r = ingest(store, STANDARD, settings(WriteMode.AUTO, 2, 500), first, second);
            assertTrue(r.facts().agreements() >= 5, r.facts().toString());
            assertEquals(r.facts().total(), r.facts().agreements() + r.facts().posts() + r.facts().partOf() + r.facts().events());
            assertTrue(r.summary().contains("agreements") && r.summary().contains("part-of") && r.summary().contains("quads written"), r.summary());
            assertEquals(store.size(), r.triples(), "every quad written is counted");
        }
    }

    @Test void withoutATerminalProgressIsLoggedEveryInterval() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 40; i++) Files.writeString(docs.resolve(String.format("n%02d.txt", i)), "Alpha" + i + " met Beta.");
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            IngestSettings s = settings(WriteMode.AUTO, 2, 7).withProgress(ProgressMeter.Style.LOG).withLogInterval(Duration.ofNanos(1));
            IngestReport r = ingest(store, TinyPipeline.create(), s, docs);
            assertEquals(40, r.added());
        }
        Pattern line = Pattern.compile("(?m)^signet: [0-9,]+/40 articles, [0-9,]+/s(, ETA [0-9]+ (s|min [0-9]+ s))?$");
        long lines = line.matcher(err.toString()).results().count();
        assertTrue(lines >= 10, "progress lines expected:\n" + err);
        assertFalse(err.toString().contains("\r"), "no carriage returns in a log");
    }

    @Test void progressOffPrintsNothingButFailures() throws Exception {
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            ingest(store, TinyPipeline.create(), settings(WriteMode.AUTO, 2, 7).withLogInterval(Duration.ofNanos(1)), first);
        }
        assertEquals("", err.toString());
    }

    @Test void aBarIsRedrawnInPlaceAndClearedBeforeMessages() {
        StringWriter out = new StringWriter();
        ProgressMeter m = new ProgressMeter(new PrintWriter(out), ProgressMeter.Style.BAR, Duration.ofSeconds(5), 10, "articles");
        assertEquals(ProgressMeter.Style.BAR, m.style());
        m.println("signet: x.txt: empty file");
        m.advance();
        m.finish();
        assertEquals("signet: x.txt: empty file" + System.lineSeparator(), out.toString(), "no bar during the first seconds");
        assertTrue(m.status(System.nanoTime(), ", ").startsWith("1/10 articles, "), m.status(System.nanoTime(), ", "));
        assertEquals("59 s", ProgressMeter.duration(59.4));
        assertEquals("2 min 05 s", ProgressMeter.duration(125));
    }
}
