package signet.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How an ingest runs. Immutable; {@link #defaults()} is what the command line uses, the
 * {@code with…} methods give variants.
 *
 * @param threads        threads reading, extracting and building graphs (the single writer is extra)
 * @param batchDocuments most documents per write transaction when appending to an existing store
 * @param batchQuads     most quads per write transaction: a batch closes at whichever limit comes first
 * @param mode           how the graphs reach the store
 * @param progress       how progress is shown (on the error writer)
 * @param logInterval    time between two progress log lines when not on a terminal
 */
public record IngestSettings(int threads, int batchDocuments, int batchQuads, WriteMode mode,
                             ProgressMeter.Style progress, Duration logInterval) {

    /**
     * How documents are written.
     */
    public enum WriteMode {
        /** Bulk loader for an empty store with many files, batched transactions otherwise. */
        AUTO,
        /** TDB2's bulk loader; only for an empty store. */
        BULK,
        /** Batched write transactions, {@link #batchDocuments} documents at most per transaction. */
        BATCHED
    }

    /** An empty store receiving at least this many files is bulk loaded under {@link WriteMode#AUTO}. */
    public static final int BULK_MIN_FILES = 200;

    public IngestSettings {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        if (batchDocuments < 1) throw new IllegalArgumentException("batchDocuments must be at least 1");
        if (batchQuads < 1) throw new IllegalArgumentException("batchQuads must be at least 1");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(logInterval, "logInterval");
        if (logInterval.isNegative() || logInterval.isZero()) throw new IllegalArgumentException("logInterval must be positive");
    }

    /** All cores, batches of 500 documents or 250,000 quads, automatic mode and progress style, a log line every 5 s. */
    public static IngestSettings defaults() {
        return new IngestSettings(Runtime.getRuntime().availableProcessors(), 500, 250_000, WriteMode.AUTO,
                ProgressMeter.Style.AUTO, Duration.ofSeconds(5));
    }

    public IngestSettings withThreads(int n) { return new IngestSettings(n, batchDocuments, batchQuads, mode, progress, logInterval); }
    public IngestSettings withBatch(int documents) { return new IngestSettings(threads, documents, batchQuads, mode, progress, logInterval); }
    public IngestSettings withMode(WriteMode m) { return new IngestSettings(threads, batchDocuments, batchQuads, m, progress, logInterval); }
    public IngestSettings withProgress(ProgressMeter.Style p) { return new IngestSettings(threads, batchDocuments, batchQuads, mode, p, logInterval); }
    public IngestSettings withLogInterval(Duration d) { return new IngestSettings(threads, batchDocuments, batchQuads, mode, progress, d); }
}
