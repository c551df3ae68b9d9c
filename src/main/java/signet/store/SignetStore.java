package signet.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;

/**
 * The knowledge graph's storage: one named graph per source document. The default graph of
 * {@link #dataset()} is the union of the named graphs, so queries need no {@code GRAPH} clause;
 * {@code GRAPH ?g} still tells which document stated a triple.
 *
 * <p>A document's graph is only ever replaced as a whole ({@link #replaceGraph}), in one write
 * transaction, so a reader sees either the old or the new version, never a mix.
 */
public interface SignetStore extends AutoCloseable {

    /** The dataset, for queries (in a read transaction) and servers. */
    Dataset dataset();

    /**
     * The fingerprint stored in a document's graph: the {@code sig:contentHash} and
     * {@code sig:extractorVersion} of its document node, with its {@code sig:sourcePath} when it
     * has one. Empty when the graph does not exist or lacks a hash or a version.
     */
    Optional<Fingerprint> documentFingerprint(String graphIri);

    /**
     * The fingerprints of every document graph, read in one transaction: for a run over many
     * files, one scan instead of one transaction per file. Graphs without a fingerprint are absent.
     */
    Map<String, Fingerprint> fingerprints();

    /** Replaces a named graph (removing the old one, if any) in one write transaction. */
    void replaceGraph(String graphIri, Graph graph);

    /**
     * Replaces several named graphs in one write transaction, in list order: each old graph is
     * removed and the new one added, and either all of them are committed or none is, so no
     * document is ever half-written.
     */
    void replaceGraphs(List<NamedGraph> graphs);

    /** True when the store holds no quad at all (no document, no curation). */
    boolean isEmpty();

    /**
     * Starts filling this empty store with the bulk loader.
     *
     * @throws IllegalStateException when the store is not empty
     */
    BulkLoad bulkLoad();

    /** Removes a named graph, if present, in one write transaction. */
    void removeGraph(String graphIri);

    /**
     * The IRI of one named graph, any one (empty for a store with none): enough to tell the base a
     * store was minted under without listing 100,000 graph names.
     */
    Optional<String> anyGraphName();

    /** The IRIs of the named graphs. */
    Set<String> graphNames();

    /**
     * When a graph was last written (replaced or removed) in this store: the "last ingest time"
     * of the dataset description. Empty for a store never written to.
     */
    Optional<java.time.Instant> lastModified();

    /** Number of quads in all named graphs. */
    long size();

    /**
     * A number that changes whenever something is written to the store through this process
     * (ingest, restore, or a write reported with {@link #markModified}): answers computed at one
     * version may be reused while it stays the same.
     */
    long version();

    /** Notes a write made around this object (a SPARQL Update through the server): bumps {@link #version} and {@link #lastModified}. */
    void markModified();

    @Override
    void close();
}
