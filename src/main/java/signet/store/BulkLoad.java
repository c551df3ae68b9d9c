package signet.store;

/**
 * Fills an empty store through TDB2's bulk loader: {@link #add} each graph, then {@link #finish}
 * (which builds the indexes and makes everything durable), or {@link #abort} on failure. The
 * loader locks every other transaction out until then. Not thread-safe: one writer.
 *
 * <p>Unlike a write transaction, an aborted bulk load does not roll back: the store it was
 * filling must be deleted and rebuilt. That is why only an empty store is ever bulk loaded.
 */
public interface BulkLoad {

    /** Streams a graph into the store. */
    void add(NamedGraph graph);

    /** Quads streamed so far. */
    long quads();

    /** Completes the load: builds the secondary indexes and commits. */
    void finish();

    /** Gives up after a failure, releasing the store's lock; the store's content is then undefined. */
    void abort(Exception cause);
}
