package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import signet.doc.Article;
import signet.fact.ExtractionResult;
import signet.ingest.Pipeline;

/**
 * Safety net for performance work on reading and extraction: everything the pipeline produces
 * for a set of articles (the cleaned article, the extraction result and the sorted N-Triples of
 * the document graph) is written to a file kept OUTSIDE the repository, and later runs compare
 * against it. A speed-up must not change one byte of it.
 *
 * <p>Runs only when asked, because the reference is made from the code as it stood before the
 * change and is not part of the project:
 * <pre>
 *   mvn test -Dtest=ExtractionSnapshotTest -Dsignet.snapshot=/tmp/signet-snapshot.txt
 * </pre>
 * The first run (file missing) records; every later run compares and fails on any difference,
 * writing what it saw next to the reference ({@code .new}) for a diff. The articles are the
 * bundled seeds and, when present, the third-party dev articles in {@code ../shared/dev/docs}
 * (read in place, never copied into the project).
 */
@EnabledIfSystemProperty(named = "signet.snapshot", matches = ".+")
class ExtractionSnapshotTest {

    @Test
    void extractionOutputIsUnchanged() throws Exception {
        Path reference = Path.of(System.getProperty("signet.snapshot"));
        String now = snapshot(Pipeline.standard(), articleFiles());
        if (!Files.exists(reference)) {
            Files.writeString(reference, now, StandardCharsets.UTF_8);
            System.out.println("ExtractionSnapshotTest: recorded " + reference);
            return;
        }
        String before = Files.readString(reference, StandardCharsets.UTF_8);
        if (!before.equals(now)) {
            Path seen = reference.resolveSibling(reference.getFileName() + ".new");
            Files.writeString(seen, now, StandardCharsets.UTF_8);
            assertEquals(before, now, "extraction output changed; see diff " + reference + " " + seen);
        }
    }

    /** The seed articles and, when the shared dev folder is next to the project, the dev articles. */
    static List<Path> articleFiles() throws IOException {
        Path home = Path.of(System.getProperty("signet.home", "."));
        List<Path> files = new ArrayList<>(list(home.resolve("data/articles")));
        Path dev = home.resolve("../shared/dev/docs");
        if (Files.isDirectory(dev)) files.addAll(list(dev));
        return files;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.(txt|md|html?)")).sorted().toList();
        }
    }

    static String snapshot(Pipeline p, List<Path> files) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Path f : files) {
            Article a = p.reader().read(f);
            ExtractionResult r = p.extractor().extract(a);
            out.append("=== ").append(f.getFileName()).append('\n');
            out.append(describe(a)).append('\n');
            r.entities().forEach(e -> out.append("entity ").append(e).append('\n'));
            r.facts().forEach(x -> out.append("fact ").append(x).append('\n'));
            r.warnings().forEach(w -> out.append("warning ").append(w).append('\n'));
            out.append(ntriples(p.builder().build(r, p.extractor().version())));
        }
        return out.toString();
    }

    /** The article's fields; the dateline span is an array, whose own toString is an identity hash. */
    private static String describe(Article a) {
        return String.join("\n", "id " + a.id(), "file " + a.fileName(), "hash " + a.contentHash(), "format " + a.format(),
                "title " + a.title(), "published " + a.published(), "dateline " + a.dateline() + " " + Arrays.toString(a.datelineSpan()),
                "publisher " + a.publisher(), "text " + a.text(), "sentences " + a.sentences());
    }

    private static String ntriples(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.NTRIPLES);
        String[] lines = w.toString().split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines) + "\n";
    }
}
