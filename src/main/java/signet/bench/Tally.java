package signet.bench;

import java.util.Arrays;
import java.util.Optional;

/**
 * What one thread saw of one case: requests, errors, bytes read and every latency. Not
 * thread-safe on purpose: each load-test thread keeps its own and they are {@link #merge merged}
 * once the threads have stopped, so recording a request takes no lock.
 */
final class Tally {
    private long[] nanos = new long[64];
    private int requests;
    private int errors;
    private long bytes;

    /** One finished request: its latency (failed requests too: the client waited for them), failed or not, bytes of body read. */
    void record(long latencyNanos, boolean failed, long bodyBytes) {
        if (requests == nanos.length) nanos = Arrays.copyOf(nanos, nanos.length * 2);
        nanos[requests++] = latencyNanos;
        if (failed) errors++;
        bytes += bodyBytes;
    }

    void merge(Tally other) {
        for (int i = 0; i < other.requests; i++) record(other.nanos[i], false, 0);
        errors += other.errors;
        bytes += other.bytes;
    }

    int requests() { return requests; }

    int errors() { return errors; }

    long bytes() { return bytes; }

    /** p50, p99, min and max (nearest rank), or none before the first request. */
    Optional<QueryBenchmark.Stats> stats() {
        return requests == 0 ? Optional.empty() : Optional.of(QueryBenchmark.Stats.of(Arrays.copyOf(nanos, requests)));
    }
}
