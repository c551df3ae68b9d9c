package signet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.doc.Article;
import signet.doc.DocumentException;
import signet.doc.DocumentReader;
import signet.doc.TextDocumentReader;
import signet.graph.Iris;
import signet.store.Tdb2Store;

/**
 * What a crawler may leave in a folder, ingested with the real pipeline into a real TDB2 store:
 * every file that cannot be an article is named on one line with its reason, the others are
 * ingested, the run says it had failures, and a failed file's stored graph is left exactly as it
 * was. The hostile files are made by the test, so nothing large sits in the repository.
 */
class HostileInputTest {
    private static final String GOOD = "Northwind Media Group signed a memorandum of understanding with the Aurora Press Agency "
            + "in Tallinn on 3 March 2024.\n\nThe two agencies will exchange news.";

    @TempDir Path tmp;
    Path corpus;
    Tdb2Store store;
    StringWriter err;

    @BeforeEach void setUp() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        store = Tdb2Store.open(tmp.resolve("db"));
        err = new StringWriter();
    }

    @AfterEach void tearDown() { store.close(); }

    private Path write(String name, byte[] bytes) {
        try {
            Path p = corpus.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String name, String text) { return write(name, text.getBytes(StandardCharsets.UTF_8)); }

    private IngestReport ingest(Pipeline pipeline) {
        return new Ingester(store, pipeline, new PrintWriter(err, true)).ingest(List.of(corpus));
    }

    private Set<String> graphs() { return Set.copyOf(store.graphNames()); }

    private static String graph(String id) { return Iris.defaults().documentGraph(id); }

    /** The quads of one document's graph, copied out of the store. */
    private DatasetGraph quadsOf(String id) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            store.dataset().asDatasetGraph().find(NodeFactory.createURI(graph(id)), null, null, null).forEachRemaining(copy::add);
            return copy;
        });
    }

    private static Set<Quad> set(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> { var s = new java.util.HashSet<Quad>(); dsg.find().forEachRemaining(s::add); return s; });
    }

    /** The one line naming a file; fails when there is none or several. */
    private String lineFor(Path file) {
        List<String> lines = err.toString().lines().filter(l -> l.startsWith("signet: " + file + ":")).toList();
        assertEquals(1, lines.size(), () -> "one line for " + file + " in:\n" + err);
        return lines.get(0);
    }

    @Test void everyHostileFileIsNamedWithItsReasonAndTheOthersAreIngested() throws IOException {
        write("good.txt", GOOD);
        Path empty = write("empty.txt", new byte[0]);
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[100] = 0;
        Path bin = write("binary.txt", binary);
        Path scripts = write("scripts.html", "<html><head><script>alert('x')</script><style>p{}</style></head>"
                + "<body><script>document.write('nothing')</script></body></html>");
        // invalid UTF-8 (a lone continuation byte, a truncated sequence) is still read, as windows-1252
        byte[] bad = ("Quillon Broadcasting signed a cooperation agreement with Tessera Film Agency in Riga. \u0000").getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 1] = (byte) 0xC3;
        byte[] badUtf8 = new byte[bad.length + 1];
        System.arraycopy(bad, 0, badUtf8, 0, bad.length);
        badUtf8[bad.length] = (byte) 0x80 + 0x3F;
        write("bad-utf8.txt", badUtf8);
        // UTF-16 with a byte-order mark
        byte[] utf16 = ("\uFEFF" + "Zephyr Television Group signed a memorandum with Lumen Radio Holding in Vilnius.").getBytes(StandardCharsets.UTF_16LE);
        write("utf16.txt", utf16);
        // no date anywhere: ingested, the agreement simply has none
        write("no-date.txt", "Corvid Press Agency and Halcyon Media Group signed a cooperation agreement.");
        // a text listing 10,000 organizations: bounded time, no failure
        write("ten-thousand.txt", "Participants: " + IntStream.range(0, 10_000).mapToObj(i -> "Org" + i + " Media Group")
                .collect(Collectors.joining(", ")) + ".\n");
        // a file far larger than any article: refused before it is read
        Path huge = corpus.resolve("huge.txt");
        try (Writer w = Files.newBufferedWriter(huge)) {
            String para = GOOD + "\n\n";
            for (long n = 0; n <= TextDocumentReader.MAX_BYTES; n += para.length()) w.write(para);
        }
        // a symbolic link loop inside the folder
        Files.createSymbolicLink(Files.createDirectories(corpus.resolve("loop")).resolve("back-up"), corpus);

        IngestReport r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> ingest(Pipeline.standard()));

        assertTrue(r.hasFailures(), "the run says some files failed (exit status 1)");
        assertTrue(lineFor(empty).endsWith("empty file"), err::toString);
        assertTrue(lineFor(bin).contains("binary"), err::toString);
        assertTrue(lineFor(scripts).endsWith("no text after cleaning"), err::toString);
        assertTrue(lineFor(huge).contains("too large"), err::toString);
        assertTrue(err.toString().contains("loop" + java.io.File.separator + "back-up"), () -> "the link loop is mentioned:\n" + err);
        assertEquals(4, r.failed().size(), err::toString);
        // the readable ones are all there
        assertEquals(Set.of(graph("good"), graph("bad-utf8"), graph("utf16"), graph("no-date"), graph("ten-thousand")),
                graphs().stream().filter(g -> !g.contains("_curation")).collect(Collectors.toSet()));
        assertEquals(5, r.added());
    }

    @Test void aFileThatTurnsBadLeavesItsStoredGraphExactlyAsItWas() throws IOException {
        Path victim = write("victim.txt", GOOD);
        write("other.txt", "Halcyon Media Group signed an agreement with Corvid Press Agency in Oslo on 2 May 2023.");
        assertFalse(ingest(Pipeline.standard()).hasFailures(), err::toString);
        Set<Quad> before = set(quadsOf("victim"));
        assertFalse(before.isEmpty());

        // emptied, overwritten with binary, left with blank lines only: each fails, nothing is replaced
        for (byte[] hostile : List.of(new byte[0], new byte[] {1, 0, 2, 0, 3}, " \n\n \t\n".getBytes(StandardCharsets.UTF_8))) {
            write("victim.txt", hostile);
            err.getBuffer().setLength(0);
            IngestReport r = ingest(Pipeline.standard());
            assertTrue(r.hasFailures());
            assertEquals(1, r.failed().size(), err::toString);
            assertTrue(lineFor(victim).startsWith("signet: " + victim + ": "), err::toString);
            assertEquals(before, set(quadsOf("victim")), "the failed file's graph is unchanged");
        }
        assertTrue(graphs().contains(graph("other")));
    }

    @Test void aFileRemovedWhileTheIngestRunsIsNamedAndTheRestGoesOn() throws IOException {
        write("a-first.txt", GOOD);
        Path vanishing = write("b-vanishing.txt", "Corvid Press Agency signed an agreement with Halcyon Media Group.");
        write("c-last.txt", "Halcyon Media Group signed an agreement with Lumen Radio Holding in Oslo on 2 May 2023.");
        Pipeline real = Pipeline.standard();
        // the folder is listed before the files are read; the crawler deletes one in between
        DocumentReader deleting = new DocumentReader() {
            @Override public Article read(Path file) throws DocumentException {
                try {
                    Files.deleteIfExists(vanishing);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return real.reader().read(file);
            }

            @Override public Article read(String fileName, byte[] bytes) throws DocumentException {
                return real.reader().read(fileName, bytes);
            }
        };
        IngestReport r = ingest(new Pipeline(deleting, real.extractor(), real.builder(), real.iris()));
        assertTrue(r.hasFailures());
        assertTrue(lineFor(vanishing).endsWith("no such file"), err::toString);
        assertEquals(2, r.added());
        assertTrue(graphs().containsAll(Set.of(graph("a-first"), graph("c-last"))));
    }
}
