package signet.store;

import signet.graph.EmptyInputGuard;
import signet.graph.SIG;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.Txn;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A {@link SignetStore} in a TDB2 database directory.
 *
 * <p>The dataset's context is set so that (1) the default graph is the union of the named
 * graphs ({@link TDB2#symUnionDefaultGraph}) and (2) {@code SERVICE} is refused
 * ({@link ARQ#httpServiceAllowed}): nothing Signet does needs federated queries, and a query
 * endpoint that calls out to arbitrary URLs is a server-side request forgery hole. Doing it
 * here, not only in the server, covers the command-line {@code query} too.
 *
 * <p>Open one {@code Tdb2Store} per directory per JVM and share it (TDB2 itself shares the
 * underlying database per directory, and {@link #close()} releases it for everyone).
 */
public final class Tdb2Store implements SignetStore {

    /** Beside TDB2's own files: the ISO instant of the last committed write. */
    static final String MODIFIED_FILE = "signet-modified";

    /**
     * Beside TDB2's own files while a bulk load (or a restore) runs. TDB2's bulk loaders commit the
     * node table and each index separately, so a process killed half-way leaves a database whose
     * indexes disagree, and no journal can undo it. A bulk load only ever fills an empty store, so
     * "as before" is "empty": {@link #open} finds this marker and empties the store before TDB2
     * opens it (see {@link #recoverInterruptedBulkLoad}).
     */
    static final String BULK_MARKER = "signet-bulk-load-unfinished";

    /** TDB2's process lock file, in the container directory (it holds the id of the process that has the store open). */
    static final String TDB_LOCK = "tdb.lock";

    private final Path directory;
    private final DatasetGraph dsg;
    private final Dataset dataset;
    private final Optional<String> recovered;
    private final AtomicLong version = new AtomicLong();

    private Tdb2Store(Path directory, DatasetGraph dsg, Optional<String> recovered) {
        this.directory = directory;
        this.dsg = dsg;
        this.dataset = DatasetFactory.wrap(dsg);
        this.recovered = recovered;
    }

    /**
     * Opens the database in {@code dir}, creating the directory and an empty database if missing.
     *
     * @throws StoreLockedException when another process has it open (a running server, say)
     */
    public static Tdb2Store open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        Optional<String> recovered = recoverInterruptedBulkLoad(dir);
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (DBOpEnvException e) {
            // TDB2's "Failed to get a lock: file='.../tdb.lock': held by process N"
            if (String.valueOf(e.getMessage()).contains("lock")) throw new StoreLockedException(dir, "in use", e);
            throw e;
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        // TDB2 6.0.0 fails instead of answering "no rows" when a lookup (say an unknown name) matches nothing
        EmptyInputGuard.install(dsg.getContext());
        return new Tdb2Store(dir, dsg, recovered);
    }

    /**
     * What {@link #open} had to do to a store left behind by an interrupted bulk load (a line for
     * the user), or empty when it opened as it was.
     */
    public Optional<String> recovered() { return recovered; }

    /**
     * Empties a store whose bulk load never finished ({@link #BULK_MARKER} present). Safe against
     * a live loader: TDB2 holds an operating-system lock on {@code tdb.lock} while a database is
     * open, released by the kernel when its process dies, so the lock is taken here first and a
     * store in use by another process is refused, not touched. The marker goes last, so a kill
     * during this clean-up just makes the next open do it again.
     */
    private static Optional<String> recoverInterruptedBulkLoad(Path dir) {
        Path marker = dir.resolve(BULK_MARKER);
        if (!Files.exists(marker)) return Optional.empty();
        String started;
        try {
            started = Files.readString(marker).strip();
        } catch (IOException e) {
            started = "?";
        }
        try (var channel = FileChannel.open(dir.resolve(TDB_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                throw new IllegalStateException("the store " + dir + " is being bulk loaded by this process");
            }
            if (lock == null) throw new StoreLockedException(dir, "being bulk loaded", null);
            try (lock) {
                try (var entries = Files.list(dir)) {
                    for (Path p : entries.filter(p -> p.getFileName().toString().startsWith("Data-")).toList()) StoreFiles.deleteTree(p);
                }
                Files.deleteIfExists(dir.resolve(MODIFIED_FILE));
                Files.delete(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up the interrupted bulk load in " + dir + ": " + e.getMessage(), e);
        }
        return Optional.of("the bulk load into " + dir + " started " + started
                + " did not finish (the process was stopped); the store held nothing before it and has been emptied");
    }

    /** Writes the bulk-load marker and forces it to disk before the loader touches anything. */
    private void markBulkLoad() {
        Path marker = directory.resolve(BULK_MARKER);
        try (var ch = FileChannel.open(marker, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap((Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker + ": " + e.getMessage(), e);
        }
        syncDirectory();
    }

    /** The bulk load committed every part: the store is whole again. */
    private void unmarkBulkLoad() {
        try {
            Files.deleteIfExists(directory.resolve(BULK_MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory.resolve(BULK_MARKER) + ": " + e.getMessage(), e);
        }
        syncDirectory();
    }

    /** Makes a created or deleted name in the store directory durable (Linux allows fsync on a directory). */
    private void syncDirectory() {
        try (var ch = FileChannel.open(directory, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not every platform can open a directory; the rename or delete itself still happened
        }
    }

    public Path directory() { return directory; }

    @Override
    public Dataset dataset() { return dataset; }

    @Override
    public Optional<Fingerprint> documentFingerprint(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> {
            if (!dsg.containsGraph(g)) return Optional.empty();
            Graph graph = dsg.getGraph(g);
            Iterator<Triple> hashes = graph.find(Node.ANY, SIG.contentHash.asNode(), Node.ANY);
            while (hashes.hasNext()) {
                Triple t = hashes.next();
                Iterator<Triple> versions = graph.find(t.getSubject(), SIG.extractorVersion.asNode(), Node.ANY);
                if (versions.hasNext() && t.getObject().isLiteral()) {
                    Node v = versions.next().getObject();
                    if (v.isLiteral()) return Optional.of(fingerprint(t.getObject(), v, literal(graph.find(t.getSubject(), SIG.sourcePath.asNode(), Node.ANY).mapWith(Triple::getObject))));
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public void replaceGraph(String graphIri, Graph graph) {
        Node g = NodeFactory.createURI(graphIri);
        Objects.requireNonNull(graph, "graph");
        // One write transaction: if anything fails, TDB2 aborts and the old graph stays whole.
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(g);
            graph.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        touch();
    }

    @Override
    public void replaceGraphs(List<NamedGraph> graphs) {
        List<NamedGraph> all = List.copyOf(graphs);
        if (all.isEmpty()) return;
        Txn.executeWrite(dsg, () -> {
            for (NamedGraph ng : all) {
                Node g = NodeFactory.createURI(ng.iri());
                dsg.removeGraph(g);
                ng.graph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
        touch();
    }

    @Override
    public Map<String, Fingerprint> fingerprints() {
        Node hash = SIG.contentHash.asNode(), version = SIG.extractorVersion.asNode();
        return Txn.calculateRead(dsg, () -> {
            Map<String, Fingerprint> out = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, hash, Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().isURI() || !q.getObject().isLiteral() || Quad.isDefaultGraph(q.getGraph())) return;
                Iterator<Quad> v = dsg.find(q.getGraph(), q.getSubject(), version, Node.ANY);
                if (!v.hasNext()) return;
                Node vn = v.next().getObject();
                if (vn.isLiteral())
                    out.putIfAbsent(q.getGraph().getURI(), fingerprint(q.getObject(), vn,
                            literal(Iter.map(dsg.find(q.getGraph(), q.getSubject(), SIG.sourcePath.asNode(), Node.ANY), Quad::getObject))));
            });
            return Map.copyOf(out);
        });
    }

    private static Fingerprint fingerprint(Node hash, Node version, Optional<String> source) {
        return new Fingerprint(hash.getLiteralLexicalForm(), version.getLiteralLexicalForm(), source);
    }

    /** The lexical form of the first literal among objects found, if any. */
    private static Optional<String> literal(Iterator<Node> objects) {
        while (objects.hasNext()) {
            Node o = objects.next();
            if (o.isLiteral()) return Optional.of(o.getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    @Override
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    /** TDB2's bulk loaders (see {@link LoaderFactory}). */
    public enum Loader {
        /** Parses and indexes in phases, a few threads: the fastest on two cores with a small heap (measured). */
        PHASED,
        /** Every index built at once, many threads: for machines with more cores. */
        PARALLEL,
        /** One thread. */
        SEQUENTIAL
    }

    @Override
    public BulkLoad bulkLoad() {
        return bulkLoad(Loader.PHASED);
    }

    /** Starts a bulk load with the given TDB2 loader. */
    public BulkLoad bulkLoad(Loader kind) {
        if (!isEmpty()) throw new IllegalStateException("the bulk loader only fills an empty store; " + directory + " is not empty");
        // TDB2's loaders print their own progress; Signet reports progress itself
        MonitorOutput quiet = (fmt, args) -> {};
        markBulkLoad();
        DataLoader loader = switch (kind) {
            case PHASED -> LoaderFactory.phasedLoader(dsg, quiet);
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, quiet);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, quiet);
        };
        loader.startBulk();
        var stream = loader.stream();
        stream.start();
        return new BulkLoad() {
            long quads;

            @Override
            public void add(NamedGraph ng) {
                Node g = NodeFactory.createURI(ng.iri());
                ng.graph().find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
                quads += ng.graph().size();
            }

            @Override public long quads() { return quads; }

            @Override
            public void finish() {
                stream.finish();
                loader.finishBulk();
                unmarkBulkLoad();
                touch();
            }

            @Override
            public void abort(Exception cause) {
                // the marker stays: the next open empties what the loader left
                loader.finishException(cause);
            }
        };
    }

    @Override
    public void removeGraph(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dsg, () -> dsg.removeGraph(g));
        touch();
    }

    /**
     * The time of the last write, kept beside the database rather than in a graph: a timestamp
     * in the graph would make two ingests of the same articles differ.
     */
    @Override
    public Optional<Instant> lastModified() {
        Path f = directory.resolve(MODIFIED_FILE);
        try {
            return Files.isRegularFile(f) ? Optional.of(Instant.parse(Files.readString(f).strip())) : Optional.empty();
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty(); // a damaged marker only loses the date, never the data
        }
    }

    @Override
    public long version() { return version.get(); }

    @Override
    public void markModified() { touch(); }

    /** Records the time of a committed write; written to a temporary file and moved, so never half a date. */
    private void touch() {
        version.incrementAndGet();
        Path f = directory.resolve(MODIFIED_FILE);
        try {
            Path tmp = Files.createTempFile(directory, MODIFIED_FILE, ".tmp");
            Files.writeString(tmp, Instant.now().toString() + "\n");
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the write itself is committed; only the date of the description is stale
        }
    }

    @Override
    public Optional<String> anyGraphName() {
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.listGraphNodes();
            return it.hasNext() ? Optional.of(it.next().getURI()) : Optional.empty();
        });
    }

    @Override
    public Set<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            Set<String> names = new LinkedHashSet<>();
            dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return Set.copyOf(names);
        });
    }

    @Override
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<?> it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    /**
     * Fills this empty store from a backup (N-Quads, {@code .nq.gz}, TriG: Jena reads it by its
     * extension) through the bulk loader. The whole file is parsed before anything is loaded, so a
     * damaged backup fails here, naming its line, and the store stays empty.
     *
     * @return the quads loaded
     */
    public long restore(Path backup) {
        if (!isEmpty()) throw new IllegalStateException("restore fills an empty store; " + directory + " is not empty");
        // checked first: a bulk load that fails half-way cannot be rolled back
        long[] quads = {0};
        parse(backup, new StreamRDFBase() {
            @Override public void quad(Quad q) { quads[0]++; }
            @Override public void triple(Triple t) { quads[0]++; }
        });
        markBulkLoad();
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> {});
        loader.startBulk();
        try {
            var stream = loader.stream();
            stream.start();
            parse(backup, stream);
            stream.finish();
            loader.finishBulk();
            unmarkBulkLoad();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        touch();
        return quads[0];
    }

    /** Parses an RDF file, gunzipping a {@code .gz} one; the language comes from the name without {@code .gz}. */
    private static void parse(Path file, StreamRDF sink) {
        String name = file.getFileName().toString();
        boolean gz = name.endsWith(".gz");
        Lang lang = RDFLanguages.filenameToLang(gz ? name.substring(0, name.length() - 3) : name,
                Lang.NQUADS);
        try (var in = Files.newInputStream(file);
             var data = gz ? new GZIPInputStream(in, 1 << 16) : in) {
            RDFParser.source(data).lang(lang).parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Compacts the database: TDB2 appends, so replaced graphs leave dead space behind; this
     * writes a new generation with the live data only and deletes the old one. Readers in this
     * JVM keep working during it.
     *
     * @return the size of the store directory before and after, in bytes
     */
    public long[] compact() {
        long before = directorySize();
        DatabaseMgr.compact(dsg, true);
        return new long[] {before, directorySize()};
    }

    private long directorySize() {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a file removed while walking (compaction deletes the old generation)
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Releases the database files. TDB2 caches one database per directory for the whole JVM
     * and its {@code close()} is a no-op; expelling it from the cache frees the files so the
     * directory can be reopened (or deleted) cleanly.
     */
    @Override
    public void close() {
        if (dsg.isInTransaction()) dsg.abort();
        TDBInternal.expel(dsg);
    }

    @Override
    public String toString() { return "Tdb2Store[" + directory + "]"; }
}
