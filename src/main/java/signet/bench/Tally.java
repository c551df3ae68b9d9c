package signet.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one thread saw of one case: requests, errors by cause, bytes read and every latency. Not
 * thread-safe on purpose: each load-test thread keeps its own and they are {@link #merge merged}
 * once the threads have stopped, so recording a request takes no lock.
 */
final class Tally {
    private long[] nanos = new long[64];
    private int requests;
    private final Map<String, Integer> causes = new TreeMap<>();
    private long bytes;

    /**
     * One finished request: its latency (failed requests too: the client waited for them), why
     * it failed (empty when it did not), bytes of body read.
     */
    void record(long latencyNanos, String cause, long bodyBytes) {
        if (requests == nanos.length) nanos = Arrays.copyOf(nanos, nanos.length * 2);
        nanos[requests++] = latencyNanos;
        if (!cause.isEmpty()) causes.merge(cause, 1, Integer::sum);
        bytes += bodyBytes;
    }

    void record(long latencyNanos, Exchange.Outcome o) { record(latencyNanos, o.cause(), o.bytes()); }

    void merge(Tally other) {
        for (int i = 0; i < other.requests; i++) record(other.nanos[i], "", 0);
        other.causes.forEach((c, n) -> causes.merge(c, n, Integer::sum));
        bytes += other.bytes;
    }

    int requests() { return requests; }

    int errors() { return causes.values().stream().mapToInt(Integer::intValue).sum(); }

    /** Failed requests by cause ({@code HTTP 503}, {@code client time-out}, ...), in name order. */
    Map<String, Integer> causes() { return new TreeMap<>(causes); }

    long bytes() { return bytes; }

    /** p50, p99, min and max (nearest rank), or none before the first request. */
    Optional<QueryBenchmark.Stats> stats() {
        return requests == 0 ? Optional.empty() : Optional.of(QueryBenchmark.Stats.of(Arrays.copyOf(nanos, requests)));
    }
}
