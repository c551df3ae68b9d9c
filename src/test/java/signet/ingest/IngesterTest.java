package signet.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.graph.Iris;
import signet.store.Tdb2Store;

class IngesterTest {

    @TempDir Path tmp;
    Path articles;
    Tdb2Store store;
    StringWriter err;

    @BeforeEach void setUp() throws Exception {
        articles = Files.createDirectories(tmp.resolve("articles"));
        write("alpha.txt", "Rosatom signed a memorandum with Gazprom Neft in Moscow.\nThe parties met again in May.");
        write("beta.md", "# Heading\nThe Kuwait Fund will finance a road in Tashkent.");
        write("sub/gamma.html", "<p>Airbus and Safran agreed to cooperate.</p>");
        store = Tdb2Store.open(tmp.resolve("db"));
        err = new StringWriter();
    }

    @AfterEach void tearDown() { store.close(); }

    Path write(String name, String text) throws Exception {
        Path p = articles.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    IngestReport ingest(Pipeline pipeline, Path... paths) {
        return new Ingester(store, pipeline, new PrintWriter(err, true)).ingest(List.of(paths));
    }

    DatasetGraph snapshot() {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            store.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    DatasetGraph graphOf(DatasetGraph dsg, String docId) {
        DatasetGraph one = DatasetGraphFactory.createTxnMem();
        var g = NodeFactory.createURI(Iris.defaults().documentGraph(docId));
        dsg.find(g, null, null, null).forEachRemaining(one::add);
        return one;
    }

    @Test void ingestsAFolderRecursivelyOneGraphPerDocument() {
        IngestReport r = ingest(TinyPipeline.create(), articles);
        assertEquals(3, r.added());
        assertEquals(0, r.replaced() + r.unchanged());
        assertFalse(r.hasFailures(), err.toString());
        assertEquals(3, store.graphNames().size());
        assertTrue(store.graphNames().contains(Iris.defaults().documentGraph("sub/gamma")), "a file in a subfolder is named by its path: " + store.graphNames());
        assertTrue(r.triples() > 10);
        assertTrue(r.summary().contains("3 added"), r.summary());
    }

    @Test void aSecondRunFindsEverythingUnchangedAndChangesNothing() {
        ingest(TinyPipeline.create(), articles);
        DatasetGraph before = snapshot();
        IngestReport second = ingest(TinyPipeline.create(), articles);
        assertEquals(3, second.unchanged());
        assertEquals(0, second.added() + second.replaced());
        assertEquals(0, second.triples());
        assertTrue(IsoMatcher.isomorphic(before, snapshot()));
    }

    @Test void aChangedFileReplacesOnlyItsOwnGraph() throws Exception {
        ingest(TinyPipeline.create(), articles);
        DatasetGraph before = snapshot();
        write("alpha.txt", "Siemens signed a contract with Alstom.");
        IngestReport r = ingest(TinyPipeline.create(), articles);
        assertEquals(1, r.replaced());
        assertEquals(2, r.unchanged());
        DatasetGraph after = snapshot();
        assertTrue(IsoMatcher.isomorphic(graphOf(before, "beta"), graphOf(after, "beta")));
        assertTrue(IsoMatcher.isomorphic(graphOf(before, "gamma"), graphOf(after, "gamma")));
        String alpha = org.apache.jena.atlas.iterator.Iter.toList(graphOf(after, "alpha").find()).toString();
        assertTrue(alpha.contains("org/siemens"), alpha);
        assertFalse(alpha.contains("org/rosatom"), "the old version's triples must be gone: " + alpha);
    }

    @Test void aNewExtractorVersionReextractsEverything() {
        ingest(TinyPipeline.create("tiny-1"), articles);
        IngestReport r = ingest(TinyPipeline.create("tiny-2"), articles);
        assertEquals(3, r.replaced());
    }

    @Test void badFilesAreReportedByNameAndTheOthersStillIngested() throws Exception {
        Path binary = articles.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe});
        Path empty = write("empty.txt", "");
        Path exploding = write("boom.txt", "Text that makes the rules EXPLODE.");
        IngestReport r = ingest(TinyPipeline.create(), articles);
        assertEquals(3, r.added(), "alpha, beta, gamma");
        assertEquals(3, r.failed().size(), r.failed().toString());
        assertTrue(r.hasFailures());
        String e = err.toString();
        assertTrue(e.contains("signet: " + binary + ": not UTF-8 text"), e);
        assertTrue(e.contains("signet: " + empty + ": empty file"), e);
        assertTrue(e.contains("signet: " + exploding + ": extraction failed: IllegalStateException: rule exploded on purpose"), e);
        assertFalse(store.graphNames().contains(Iris.defaults().documentGraph("boom")));
    }

    @Test void anUnreadableFolderIsReportedAndTheRestIngested() throws Exception {
        Path locked = Files.createDirectories(articles.resolve("locked"));
        Files.writeString(locked.resolve("secret.txt"), "Hidden Text.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read anything (root)");
            IngestReport r = ingest(TinyPipeline.create(), articles);
            assertEquals(3, r.added());
            assertEquals(1, r.failed().size());
            assertTrue(err.toString().contains("signet: " + locked + ": cannot read directory"), err.toString());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test void aMissingPathIsAFailure() {
        IngestReport r = ingest(TinyPipeline.create(), articles.resolve("alpha.txt"), tmp.resolve("nope.txt"));
        assertEquals(1, r.added());
        assertEquals(1, r.failed().size());
        assertTrue(err.toString().contains("nope.txt: no such file or directory"), err.toString());
    }

    @Test void twoFilesWithTheSameIdAreRefused() throws Exception {
        Path first = write("alpha.md", "Another Alpha entirely."); // before alpha.txt in name order
        IngestReport r = ingest(TinyPipeline.create(), articles);
        assertEquals(3, r.added());
        assertEquals(1, r.failed().size());
        assertEquals(articles.resolve("alpha.txt"), r.failed().get(0).file());
        assertTrue(r.failed().get(0).reason().contains("same document id 'alpha' as " + first), r.failed().toString());
    }

    @Test void twoFilesOfOneNameInTwoFoldersAreTwoDocuments() throws Exception {
        write("other/alpha.md", "Another Alpha entirely.");
        IngestReport r = ingest(TinyPipeline.create(), articles);
        assertEquals(4, r.added(), err.toString());
        assertFalse(r.hasFailures(), err.toString());
        assertTrue(store.graphNames().containsAll(List.of(Iris.defaults().documentGraph("alpha"), Iris.defaults().documentGraph("other/alpha"))),
                store.graphNames().toString());
    }

    @Test void hiddenFilesAndOtherExtensionsAreSkippedWithANote() throws Exception {
        write(".draft.txt", "Not Ready.");
        write("notes.pdf", "%PDF");
        write(".git/config.txt", "Nothing Here.");
        IngestReport r = ingest(TinyPipeline.create(), articles);
        assertEquals(3, r.added());
        assertEquals(3, r.skipped());
        assertFalse(r.hasFailures());
        assertTrue(err.toString().contains("skipping " + articles.resolve("notes.pdf")), err.toString());
    }

    @Test void symlinkLoopsAndDuplicatesAreVisitedOnce() throws Exception {
        Files.createSymbolicLink(articles.resolve("sub/back"), articles);
        Files.createSymbolicLink(articles.resolve("alias.txt"), articles.resolve("alpha.txt"));
        IngestReport r = ingest(TinyPipeline.create(), articles, articles.resolve("beta.md"));
        assertEquals(3, r.added(), err.toString());
        assertFalse(r.hasFailures(), err.toString());
    }

    @Test void aStoreMintedUnderOneBaseRefusesAnotherBeforeWritingAnything() {
        ingest(Pipeline.standard(), articles);
        DatasetGraph before = snapshot();
        Pipeline other = Pipeline.standard(new Iris("https://example.org/signet/id/"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ingest(other, articles));
        assertTrue(e.getMessage().contains("https://example.org/signet/id/") && e.getMessage().contains("another base"), e.getMessage());
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(before, snapshot()), "nothing written");
    }

    @Test void aNonDefaultBaseMintsEveryGraphUnderIt() {
        IngestReport r = ingest(Pipeline.standard(new Iris("https://example.org/signet/id/")), articles);
        assertEquals(3, r.added());
        assertTrue(store.graphNames().stream().allMatch(g -> g.startsWith("https://example.org/signet/id/graph/")), store.graphNames().toString());
    }
}
