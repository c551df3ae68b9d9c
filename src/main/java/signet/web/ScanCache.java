package signet.web;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results of queries that must read the whole graph — the home page's counts, the lists sorted
 * by how many facts each entry has, the dataset description's statistics — kept until the graph
 * changes. At 100,000 articles such a scan takes seconds; the graph changes only when something
 * is ingested, so a page read many times between ingests is scanned once.
 *
 * <p>Each entry remembers the {@link Site#version()} it was computed at; a different version (a
 * write to the store since) recomputes it. When the version is unknown nothing is kept. At most
 * {@code maxEntries} keys are kept (the first pages of a list, say); past that the oldest
 * half is dropped, so request parameters cannot grow it without bound.
 *
 * @param <K> what identifies a result (a page number, a server address)
 * @param <V> the result; immutable, since it is shared between requests
 */
final class ScanCache<K, V> {
    private record Entry<V>(Instant version, long madeAt, V value) {}

    private final Supplier<Optional<Instant>> version;
    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ScanCache(Supplier<Optional<Instant>> version, int maxEntries) {
        this.version = version;
        this.maxEntries = maxEntries;
    }

    /** The kept result for {@code key} if the graph has not changed since, else {@code compute}'s, kept. */
    V get(K key, Supplier<V> compute) {
        Optional<Instant> now = version.get();
        if (now.isEmpty()) return compute.get();
        Entry<V> e = entries.get(key);
        if (e != null && e.version().equals(now.get())) return e.value();
        // computed outside any lock: two requests may both compute once after a change, which is
        // cheaper than making every reader wait behind one scan
        V value = compute.get();
        if (entries.size() >= maxEntries) {
            entries.values().stream().mapToLong(Entry::madeAt).sorted().skip(maxEntries / 2).findFirst()
                    .ifPresent(cut -> entries.values().removeIf(x -> x.madeAt() < cut));
        }
        entries.put(key, new Entry<>(now.get(), System.nanoTime(), value));
        return value;
    }
}
