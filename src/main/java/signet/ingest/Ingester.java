package signet.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import signet.doc.Article;
import signet.doc.DocumentException;
import signet.fact.ExtractionResult;
import signet.store.Fingerprint;
import signet.store.SignetStore;

/**
 * Brings a store up to date with a set of article files.
 *
 * <p>Each file is read; if the store already holds its graph with the same fingerprint (same
 * content hash, same extractor version) it is left alone, otherwise it is extracted and its
 * named graph replaced in one write transaction. So an interrupted run never leaves a
 * half-written document, and a rerun only redoes what changed.
 *
 * <p>A file that fails is reported ({@code signet: FILE: reason} on the error writer) and the
 * others go on; the report says failures happened.
 */
public final class Ingester {
    /** What decides a graph besides the file: the build's code and data (see {@link BuildFingerprint}). */
    private static final String BUILD = BuildFingerprint.compute();


    private final SignetStore store;
    private final Pipeline pipeline;
    private final PrintWriter err;

    /**
     * @param store    where the document graphs go
     * @param pipeline the read / extract / build stages
     * @param err      receives one line per failed or skipped file
     */
    public Ingester(SignetStore store, Pipeline pipeline, PrintWriter err) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * A store holds IRIs minted under one base: documents ingested under a second base would sit
     * beside the first ones as strangers (same article, two graphs, two IRIs for each
     * organization). Refuse before anything is written.
     *
     * @throws IllegalStateException naming both bases when the store holds graphs of another base
     */
    void checkBase() {
        String ours = pipeline.iris().base();
        store.graphNames().stream().filter(g -> !g.startsWith(ours)).findFirst().ifPresent(g -> {
            throw new IllegalStateException("the store holds IRIs minted under another base (" + g
                    + "), not under " + ours + "; ingest into a new store (--db DIR) or use that store's base");
        });
    }

    /** Ingests files and folders (recursively). */
    public IngestReport ingest(List<Path> paths) {
        long start = System.nanoTime();
        checkBase();
        InputFiles inputs = new InputFiles(this::note).collect(paths);
        Run run = new Run();
        run.failures.addAll(inputs.failures());
        for (Path file : inputs.files()) run.ingest(file);
        err.flush();
        return new IngestReport(run.added, run.replaced, run.unchanged, run.failures, inputs.skipped(),
                run.facts, run.triples, Duration.ofNanos(System.nanoTime() - start));
    }

    private void note(String line) {
        err.println(line);
        err.flush();
    }

    /** The counters of one run; not shared between runs. */
    private final class Run {
        final Map<String, Path> ids = new HashMap<>();
        final List<IngestReport.Failure> failures = new ArrayList<>();
        int added, replaced, unchanged;
        long facts, triples;

        void ingest(Path file) {
            Article article;
            try {
                article = pipeline.reader().read(file);
            } catch (DocumentException e) {
                fail(file, reasonOf(e, file));
                return;
            } catch (RuntimeException e) {
                fail(file, "cannot read: " + describe(e));
                return;
            }
            // The id names the document's graph: two files with one id would overwrite each other.
            Path earlier = ids.putIfAbsent(article.id(), file);
            if (earlier != null) {
                fail(file, "same document id '" + article.id() + "' as " + earlier + "; rename one of them");
                return;
            }
            String graphIri = pipeline.iris().documentGraph(article.id());
            String version = pipeline.extractor().version() + "+" + BUILD;
            Optional<Fingerprint> stored;
            try {
                stored = store.documentFingerprint(graphIri);
                if (stored.equals(Optional.of(new Fingerprint(article.contentHash(), version)))) {
                    unchanged++;
                    return;
                }
                ExtractionResult result = pipeline.extractor().extract(article);
                Graph graph = pipeline.builder().build(result, version);
                SameSigning.link(graph, org.apache.jena.graph.NodeFactory.createURI(graphIri), store.dataset());
                store.replaceGraph(graphIri, graph);
                facts += result.facts().size();
                triples += graph.size();
            } catch (RuntimeException e) {
                fail(file, "extraction failed: " + describe(e));
                return;
            }
            if (stored.isPresent()) replaced++;
            else added++;
        }

        void fail(Path file, String reason) {
            IngestReport.Failure f = new IngestReport.Failure(file, reason);
            failures.add(f);
            note(f.message());
        }
    }

    /** A DocumentException's message already starts with the file; keep only the reason. */
    private static String reasonOf(DocumentException e, Path file) {
        String m = Objects.requireNonNullElse(e.getMessage(), "unreadable");
        String prefix = e.file() + ": ";
        if (m.startsWith(prefix)) return m.substring(prefix.length());
        String prefix2 = file + ": ";
        return m.startsWith(prefix2) ? m.substring(prefix2.length()) : m;
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
