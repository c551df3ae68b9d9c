package signet.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Finished answers of the named queries, kept while the store does not change. A listing of every
 * agreement or the partners of the most connected organization takes seconds to compute and is
 * the same for everyone until the next write: 32 clients asking for it at once would otherwise
 * compute it 32 times and crowd out every small query (measured: time-outs under load).
 *
 * <ul>
 *   <li>An answer is reused while the store's {@linkplain signet.store.SignetStore#version version}
 *       is the one it was computed at: exact, never stale, by default.</li>
 *   <li>Requests for an answer being computed wait for that computation instead of starting
 *       their own (one computation per key at a time).</li>
 *   <li>With {@code maxStale} above zero, an answer computed before the last write is still served
 *       while it is younger than that or while its recomputation runs; it is recomputed in the
 *       background (one at a time) once it is half that old. Under a steady stream of writes,
 *       readers get answers about {@code maxStale} old, plus the time to recompute them, instead of
 *       all waiting for (and timing out on) the same slow recomputation.</li>
 *   <li>Only successful answers are kept; a failed recomputation keeps the old answer. The
 *       cache holds at most {@code maxBytes}, counted as the heap an entry takes
 *       ({@link #footprint}: the answer, the key and a fixed overhead), and at most
 *       {@value #MAX_ENTRIES} entries; an answer larger than a quarter of it is not kept, and the
 *       least recently used go first.</li>
 *   <li>A key longer than {@value #MAX_KEY_CHARS} characters (a parameter value no listing
 *       needs) is answered but not kept: distinct long values would otherwise fill the cache with
 *       keys.</li>
 * </ul>
 */
public final class ResponseCache {

    /**
     * The heap one entry takes besides its answer's body and its key's characters: the key's
     * String, the entry and answer records, the body's array header and the map's node.
     * Measured on JDK 25: 448 bytes an entry with a 22-character key and a 262-byte body, so
     * about 160; counted as 256 to stay on the safe side.
     */
    static final long ENTRY_OVERHEAD_BYTES = 256;
    /** The most entries kept, whatever their size. */
    public static final int MAX_ENTRIES = 10_000;
    /** Longest key kept (a query name and its parameters). */
    public static final int MAX_KEY_CHARS = 512;

    /** A finished answer. */
    public record Answer(byte[] body, String contentType) {}

    private record Entry(Answer answer, long version, long createdNanos) {}

    private final long maxBytes;
    private final long maxStaleNanos;
    private final LongSupplier version;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("signet-cache-refresh").daemon().factory());
    private long bytes;

    /**
     * @param maxBytes answers kept at most, in bytes (0: keep nothing)
     * @param maxStale how old an answer from before the last write may be when served (zero: never)
     * @param version  the store's version
     */
    public ResponseCache(long maxBytes, Duration maxStale, LongSupplier version) {
        if (maxBytes < 0) throw new IllegalArgumentException("maxBytes < 0");
        this.maxBytes = maxBytes;
        this.maxStaleNanos = Objects.requireNonNull(maxStale, "maxStale").toNanos();
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * The answer for {@code key}: kept, or computed now (exceptions from {@code compute} reach
     * the caller unchanged and nothing is kept).
     */
    public Answer get(String key, Supplier<Answer> compute) {
        long now = version.getAsLong();
        Entry e;
        synchronized (this) {
            e = entries.get(key);
        }
        if (e != null && e.version() == now) {
            return e.answer();
        }
        if (e != null && maxStaleNanos > 0) {
            long age = System.nanoTime() - e.createdNanos();
            boolean refreshing = computing.containsKey(key);
            // under writes: refresh about twice per maxStale, not after every write
            if (!refreshing && age >= maxStaleNanos / 2) {
                computing.computeIfAbsent(key, k -> {
                    CompletableFuture<Entry> f = CompletableFuture.supplyAsync(() -> compute(k, compute), refresher);
                    f.whenComplete((r, t) -> computing.remove(k));
                    return f;
                });
                refreshing = true;
            }
            // waiting for the refresh would give the same answer no sooner: serve the old one meanwhile
            if (age <= maxStaleNanos || refreshing) return e.answer();
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = computing.putIfAbsent(key, mine);
        if (running != null) return join(running).answer();
        try {
            Entry computed = compute(key, compute);
            mine.complete(computed);
            return computed.answer();
        } catch (RuntimeException | Error t) {
            mine.completeExceptionally(t);
            throw t;
        } finally {
            computing.remove(key, mine);
        }
    }

    private Entry compute(String key, Supplier<Answer> compute) {
        long v = version.getAsLong(); // read before: a write during the computation makes the answer old at once
        long start = System.nanoTime();
        Answer a = compute.get();
        Entry e = new Entry(a, v, start);
        put(key, e);
        return e;
    }

    private synchronized void put(String key, Entry e) {
        long size = footprint(key, e.answer());
        if (maxBytes == 0 || size > maxBytes / 4 || key.length() > MAX_KEY_CHARS) return;
        Entry old = entries.put(key, e);
        if (old != null) bytes -= footprint(key, old.answer());
        bytes += size;
        var it = entries.entrySet().iterator();
        while ((bytes > maxBytes || entries.size() > MAX_ENTRIES) && it.hasNext()) {
            var eldest = it.next();
            bytes -= footprint(eldest.getKey(), eldest.getValue().answer());
            it.remove();
        }
    }

    /**
     * What an entry is counted as: its body, its key at two bytes a character (what a String of
     * non-Latin text takes; Latin text takes half) and {@link #ENTRY_OVERHEAD_BYTES}. The content
     * type is one of a few shared strings.
     */
    static long footprint(String key, Answer a) {
        return a.body().length + 2L * key.length() + ENTRY_OVERHEAD_BYTES;
    }

    private static Entry join(CompletableFuture<Entry> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The heap the kept entries are counted as ({@link #footprint}). */
    public synchronized long bytes() { return bytes; }

    /** How many answers are kept. */
    public synchronized int entries() { return entries.size(); }
}
