package signet.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import signet.doc.Article;
import signet.doc.DocumentException;
import signet.fact.ExtractionResult;
import signet.graph.SIG;
import signet.store.BulkLoad;
import signet.store.Fingerprint;
import signet.store.NamedGraph;
import signet.store.RemoteGraphStore;
import signet.store.SignetStore;

/**
 * Brings a store up to date with a set of article files.
 *
 * <p>Files are read, extracted and turned into graphs on {@link IngestSettings#threads} threads;
 * one writer (the calling thread) takes the results in input order, so what is stored never
 * depends on thread timing. At most a few graphs per thread wait for the writer, so memory stays
 * bounded however many files there are.
 *
 * <p>How the writer stores them: an empty store receiving many files is filled through TDB2's
 * bulk loader ({@link IngestSettings.WriteMode}); otherwise documents go in batched write
 * transactions, each document's old graph removed and new graph added in the same transaction,
 * so an interrupted run never leaves a half-written document. A file whose fingerprint (content
 * hash, extractor version) is unchanged is skipped, so a rerun only redoes what changed. With
 * {@link #toRemote} the graphs go to a Graph Store Protocol endpoint instead.
 *
 * <p>Identity: each document's id comes from where it was read ({@link SourceFile}, made by
 * {@link InputFiles}), and each stored document records that source ({@code sig:sourcePath}). A
 * file may replace a stored document only when it is the same source: a file whose id is taken by
 * a document read from elsewhere ({@code a.html} beside a stored {@code a.txt}, {@code a b.txt}
 * beside {@code a-b.txt}) is refused with both named, never silently swapped in. A document stored
 * before sources were recorded is replaced by the file of its id (as then); a file in a subfolder,
 * whose id then was its bare name, is refused while the store still holds a document of that
 * name, since it may be the same article, with what to do.
 *
 * <p>A file that fails is reported ({@code signet: FILE: reason} on the error writer) and the
 * others go on; the report says failures happened.
 */
public final class Ingester {
    /** What decides a graph besides the file: the build's code and data (see {@link BuildFingerprint}). */
    private static final String BUILD = BuildFingerprint.compute();
    /** Beyond this many files, the stored fingerprints are read in one scan rather than one lookup per file. */
    private static final int FINGERPRINT_SCAN_MIN_FILES = 1_000;
    /** Graphs waiting for the writer, per extraction thread: enough to keep every thread busy, few enough to bound memory. */
    private static final int QUEUE_PER_THREAD = 4;
    /** Concurrent PUTs to a remote endpoint. */
    private static final int REMOTE_CONNECTIONS = 4;

    private final Optional<SignetStore> store;
    private final Optional<RemoteGraphStore> remote;
    private final Pipeline pipeline;
    private final PrintWriter err;
    private final IngestSettings settings;

    /**
     * @param store    where the document graphs go
     * @param pipeline the read / extract / build stages
     * @param err      receives one line per failed or skipped file, and the progress
     */
    public Ingester(SignetStore store, Pipeline pipeline, PrintWriter err) {
        this(store, pipeline, err, IngestSettings.defaults().withProgress(ProgressMeter.Style.OFF));
    }

    /** An ingester with explicit settings (threads, batches, write mode, progress). */
    public Ingester(SignetStore store, Pipeline pipeline, PrintWriter err, IngestSettings settings) {
        this(Optional.of(Objects.requireNonNull(store, "store")), Optional.empty(), pipeline, err, settings);
    }

    private Ingester(Optional<SignetStore> store, Optional<RemoteGraphStore> remote, Pipeline pipeline, PrintWriter err, IngestSettings settings) {
        this.store = store;
        this.remote = remote;
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.err = Objects.requireNonNull(err, "err");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * An ingester that PUTs each document's graph to a Graph Store Protocol endpoint and touches
     * no local store. Nothing is skipped as unchanged (the endpoint is not asked; a PUT replaces,
     * so sending again is harmless), and same-signing links are found among the documents of the
     * run only. {@link IngestSettings#mode()} is ignored.
     */
    public static Ingester toRemote(RemoteGraphStore remote, Pipeline pipeline, PrintWriter err, IngestSettings settings) {
        return new Ingester(Optional.empty(), Optional.of(Objects.requireNonNull(remote, "remote")), pipeline, err, settings);
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
        // one graph tells: every graph of a store is minted under one base (this check is why)
        store.ifPresent(s -> s.anyGraphName().filter(g -> !g.startsWith(ours)).ifPresent(g -> {
            throw new IllegalStateException("the store holds IRIs minted under another base (" + g
                    + "), not under " + ours + "; ingest into a new store (--db DIR) or use that store's base");
        }));
    }

    /** Ingests files and folders (recursively), each document named by where it was read ({@link InputFiles}). */
    public IngestReport ingest(List<Path> paths) {
        long start = System.nanoTime();
        checkBase();
        InputFiles inputs = new InputFiles(this::note).collect(paths);
        return ingest(inputs.files(), inputs.failures(), inputs.skipped(), start);
    }

    /** Ingests files whose identity is already decided (an article posted over HTTP: {@link SourceFile#upload}). */
    public IngestReport ingestSources(List<SourceFile> sources) {
        long start = System.nanoTime();
        checkBase();
        return ingest(List.copyOf(sources), List.of(), 0, start);
    }

    private IngestReport ingest(List<SourceFile> files, List<IngestReport.Failure> inputFailures, int skipped, long start) {
        ProgressMeter meter = new ProgressMeter(err, settings.progress(), settings.logInterval(), files.size(), "articles");
        boolean emptyStore = store.map(SignetStore::isEmpty).orElse(true);
        boolean bulk = store.isPresent() && emptyStore && switch (settings.mode()) {
            case BULK -> true;
            case BATCHED -> false;
            case AUTO -> files.size() >= IngestSettings.BULK_MIN_FILES;
        };
        if (settings.mode() == IngestSettings.WriteMode.BULK && !emptyStore)
            throw new IllegalStateException("the bulk loader only fills an empty store");
        Function<String, Optional<Fingerprint>> stored = storedFingerprints(emptyStore, files.size());
        SameSigning same = new SameSigning(emptyStore ? Optional.empty() : store.map(s -> s.dataset().asDatasetGraph()));
        Run run = new Run(meter, same);
        run.failures.addAll(inputFailures);
        DocumentSink sink = sink(bulk, run::written, meter);

        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(),
                Thread.ofPlatform().name("signet-extract-", 0).daemon().factory());
        try {
            Deque<Future<Prepared>> window = new ArrayDeque<>();
            var next = files.iterator();
            int capacity = settings.threads() * QUEUE_PER_THREAD;
            while (window.size() < capacity && next.hasNext()) window.add(submit(workers, next.next(), stored));
            while (!window.isEmpty()) {
                Prepared p = await(window.poll());
                if (next.hasNext()) window.add(submit(workers, next.next(), stored));
                run.accept(p, sink);
            }
            sink.finish();
        } catch (RuntimeException | Error e) {
            sink.abort(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        } finally {
            workers.shutdownNow();
            meter.finish();
            err.flush();
        }
        return new IngestReport(run.added, run.replaced, run.unchanged, run.failures, skipped,
                run.facts, run.quads, Duration.ofNanos(System.nanoTime() - start));
    }

    private DocumentSink sink(boolean bulk, java.util.function.Consumer<DocumentSink.Outcome> outcomes, ProgressMeter meter) {
        if (remote.isPresent()) return new DocumentSink.Remote(remote.get(), REMOTE_CONNECTIONS, outcomes);
        SignetStore s = store.orElseThrow();
        if (bulk) {
            BulkLoad load = s.bulkLoad();
            return new DocumentSink.Bulk(load, outcomes, () -> meter.phase("building the store's indexes…"));
        }
        return new DocumentSink.Batched(s, settings.batchDocuments(), settings.batchQuads(), outcomes);
    }

    /**
     * What the store holds for a graph: nothing to ask for an empty store (or a remote one), one
     * scan for a large run, a lookup per file (done by the extraction threads) for a small one.
     */
    private Function<String, Optional<Fingerprint>> storedFingerprints(boolean emptyStore, int files) {
        if (emptyStore || store.isEmpty()) return g -> Optional.empty();
        SignetStore s = store.get();
        if (files >= FINGERPRINT_SCAN_MIN_FILES) {
            Map<String, Fingerprint> all = s.fingerprints();
            return g -> Optional.ofNullable(all.get(g));
        }
        return s::documentFingerprint;
    }

    private Future<Prepared> submit(ExecutorService workers, SourceFile file, Function<String, Optional<Fingerprint>> stored) {
        return workers.submit(() -> prepare(file, stored));
    }

    private static Prepared await(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException("extraction thread failed: " + e.getCause(), e.getCause());
        }
    }

    /** What an extraction thread hands the writer. */
    private sealed interface Prepared {
        Path file();
    }

    private record Failed(Path file, String reason, boolean conflict) implements Prepared {
        Failed(Path file, String reason) { this(file, reason, false); }
    }

    private record Unchanged(Path file, String id) implements Prepared {}

    /** @param note what the user is told about the document beside its facts (sentences not kept as evidence) */
    private record Built(Path file, String id, String graphIri, boolean replacing, Graph graph, FactCounts facts,
                         Optional<String> note) implements Prepared {}

    /** Read, compare fingerprints, extract, build: runs on an extraction thread, touches nothing shared. */
    private Prepared prepare(SourceFile source, Function<String, Optional<Fingerprint>> storedFingerprints) {
        Path file = source.path();
        Article article;
        try {
            article = pipeline.reader().read(file).withId(source.id());
        } catch (DocumentException e) {
            return new Failed(file, reasonOf(e, file));
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed(file, "cannot read: " + describe(e));
        }
        try {
            String graphIri = pipeline.iris().documentGraph(article.id());
            String version = pipeline.extractor().version() + "+" + BUILD;
            Optional<Fingerprint> stored = storedFingerprints.apply(graphIri);
            Optional<Failed> refused = otherSource(source, stored, storedFingerprints);
            if (refused.isPresent()) return refused.get();
            if (stored.equals(Optional.of(new Fingerprint(article.contentHash(), version, Optional.of(source.source())))))
                return new Unchanged(file, article.id());
            ExtractionResult result = pipeline.extractor().extract(article);
            Graph graph = pipeline.builder().build(result, version);
            // recorded here, whatever the builder: the same-source rule is the ingester's, and rests on it
            graph.add(NodeFactory.createURI(pipeline.iris().document(article.id())), SIG.sourcePath.asNode(),
                    NodeFactory.createLiteralString(source.source()));
            return new Built(file, article.id(), graphIri, stored.isPresent(), graph, FactCounts.of(result.facts()),
                    result.evidenceNote());
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed(file, "extraction failed: " + describe(e));
        }
    }

    /**
     * Why a file may not replace what the store holds under its id, if it may not: the stored
     * document was read from another source, or (a store made before ids were paths) the store
     * holds a document under the id this file had then, which may be this very article.
     */
    private Optional<Failed> otherSource(SourceFile source, Optional<Fingerprint> stored,
                                         Function<String, Optional<Fingerprint>> storedFingerprints) {
        Optional<String> storedSource = stored.flatMap(Fingerprint::source);
        if (storedSource.isPresent() && !storedSource.get().equals(source.source()))
            return Optional.of(new Failed(source.path(), "the store's document '" + source.id() + "' was read from " + storedSource.get()
                    + ", and only that source may replace it (an id is the path without its extension, characters other than "
                    + "letters, digits, '-', '_' and '.' made '-'): rename this file", true));
        if (source.formerId().equals(source.id()) || stored.isPresent()) return Optional.empty();
        Optional<Fingerprint> former = storedFingerprints.apply(pipeline.iris().documentGraph(source.formerId()));
        if (former.isPresent() && former.get().source().isEmpty())
            return Optional.of(new Failed(source.path(), "the store holds a document '" + source.formerId()
                    + "' ingested before ids were paths, perhaps from this same file, whose id is now '" + source.id()
                    + "'; not ingested, so as not to keep the article twice. To give every document its new id, ingest your "
                    + "folders into a new store (signet ingest --db NEW_DIR FOLDER...; the curation files are loaded again)", true));
        return Optional.empty();
    }

    private void note(String line) {
        err.println(line);
        err.flush();
    }

    /** The writer's side of one run: counters, document ids seen, same-signing links. Used by the writer thread only. */
    private final class Run {
        final ProgressMeter meter;
        final Map<String, Path> ids = new HashMap<>();
        final List<IngestReport.Failure> failures = new ArrayList<>();
        final SameSigning same;
        int added, replaced, unchanged;
        FactCounts facts = FactCounts.NONE;
        long quads;

        Run(ProgressMeter meter, SameSigning same) {
            this.meter = meter;
            this.same = same;
        }

        void accept(Prepared p, DocumentSink sink) {
            switch (p) {
                case Failed f -> {
                    fail(f.file(), f.reason(), f.conflict());
                    meter.advance();
                }
                case Unchanged u -> {
                    if (firstWithId(u.file(), u.id())) unchanged++;
                    meter.advance();
                }
                case Built b -> {
                    if (!firstWithId(b.file(), b.id())) {
                        meter.advance();
                        return;
                    }
                    try {
                        same.link(b.graph(), NodeFactory.createURI(b.graphIri()));
                    } catch (RuntimeException e) {
                        fail(b.file(), "extraction failed: " + describe(e));
                        meter.advance();
                        return;
                    }
                    b.note().ifPresent(n -> meter.println("signet: " + b.file() + ": note: " + n));
                    sink.put(new DocumentSink.Document(b.file(), new NamedGraph(b.graphIri(), b.graph()), b.replacing(), b.facts()));
                }
            }
        }

        /** The id names the document's graph: two files with one id would overwrite each other. */
        boolean firstWithId(Path file, String id) {
            Path earlier = ids.putIfAbsent(id, file);
            if (earlier == null) return true;
            fail(file, "same document id '" + id + "' as " + earlier + "; rename one of them");
            return false;
        }

        void written(DocumentSink.Outcome o) {
            DocumentSink.Document d = o.document();
            if (o.error().isPresent()) {
                same.forget(NodeFactory.createURI(d.graph().iri()));
                fail(d.file(), "cannot store: " + o.error().get());
            } else {
                if (d.replacing()) replaced++;
                else added++;
                facts = facts.plus(d.facts());
                quads += d.graph().graph().size();
            }
            meter.advance();
        }

        void fail(Path file, String reason) { fail(file, reason, false); }

        void fail(Path file, String reason, boolean conflict) {
            IngestReport.Failure f = new IngestReport.Failure(file, reason, conflict);
            failures.add(f);
            meter.println(f.message());
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

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
