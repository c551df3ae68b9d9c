package signet.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The named-query answer cache: exact by default, one computation per answer, bounded staleness when asked. */
class ResponseCacheTest {

    static ResponseCache.Answer answer(String s) {
        return new ResponseCache.Answer(s.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    static String text(ResponseCache.Answer a) { return new String(a.body(), StandardCharsets.UTF_8); }

    @Test void anAnswerIsReusedUntilTheStoreChanges() {
        AtomicLong version = new AtomicLong();
        AtomicInteger computed = new AtomicInteger();
        ResponseCache c = new ResponseCache(1 << 20, Duration.ZERO, version::get);
        for (int i = 0; i < 3; i++) assertEquals("v0", text(c.get("k", () -> answer("v" + version.get() + (computed.getAndIncrement() > 0 ? "!" : "")))));
        assertEquals(1, computed.get());
        version.incrementAndGet();
        assertEquals("v1!", text(c.get("k", () -> answer("v" + version.get() + (computed.getAndIncrement() > 0 ? "!" : "")))));
        assertEquals(2, computed.get());
    }

    @Test void concurrentRequestsShareOneComputation() throws Exception {
        ResponseCache c = new ResponseCache(1 << 20, Duration.ZERO, () -> 0);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> text(c.get("k", () -> {
            computed.incrementAndGet();
            started.countDown();
            await(release);
            return answer("slow");
        })));
        started.await(5, TimeUnit.SECONDS);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> text(c.get("k", () -> {
            computed.incrementAndGet();
            return answer("second");
        })));
        Thread.sleep(100);
        release.countDown();
        assertEquals("slow", first.get(5, TimeUnit.SECONDS));
        assertEquals("slow", second.get(5, TimeUnit.SECONDS));
        assertEquals(1, computed.get());
    }

    @Test void aFailureIsNotKept() {
        ResponseCache c = new ResponseCache(1 << 20, Duration.ZERO, () -> 0);
        assertThrows(IllegalStateException.class, () -> c.get("k", () -> { throw new IllegalStateException("time-out"); }));
        assertEquals("ok", text(c.get("k", () -> answer("ok"))));
    }

    @Test void withMaxStaleTheOldAnswerServesWhileTheNewOneIsComputed() throws Exception {
        AtomicLong version = new AtomicLong();
        ResponseCache c = new ResponseCache(1 << 20, Duration.ofMillis(400), version::get);
        assertEquals("old", text(c.get("k", () -> answer("old"))));
        version.incrementAndGet();
        // young: served as it is, no recomputation yet
        assertEquals("old", text(c.get("k", () -> answer("new"))));
        Thread.sleep(250); // past half of maxStale: a background refresh starts, the old answer still serves
        CountDownLatch release = new CountDownLatch(1);
        assertEquals("old", text(c.get("k", () -> { await(release); return answer("new"); })));
        Thread.sleep(300); // past maxStale, but the refresh runs: still served at once
        assertEquals("old", text(c.get("k", () -> answer("other"))));
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!text(c.get("k", () -> answer("other"))).equals("new") && System.nanoTime() < deadline) Thread.sleep(10);
        assertEquals("new", text(c.get("k", () -> answer("other"))));
    }

    @Test void withoutMaxStaleAChangedStoreIsNeverAnsweredFromBefore() {
        AtomicLong version = new AtomicLong();
        ResponseCache c = new ResponseCache(1 << 20, Duration.ZERO, version::get);
        c.get("k", () -> answer("old"));
        version.incrementAndGet();
        assertEquals("new", text(c.get("k", () -> answer("new"))));
    }

    @Test void sizeIsBoundedAndHugeAnswersAreNotKept() {
        long one = ResponseCache.footprint("k0", new ResponseCache.Answer(new byte[200], "x"));
        ResponseCache c = new ResponseCache(5 * one, Duration.ZERO, () -> 0);
        byte[] big = new byte[(int) (5 * one / 4) + 1];
        c.get("huge", () -> new ResponseCache.Answer(big, "x"));
        assertEquals(0, c.bytes(), "over a quarter of the cache: not kept");
        for (int i = 0; i < 10; i++) {
            int n = i;
            c.get("k" + i, () -> new ResponseCache.Answer(new byte[200], "x" + n));
        }
        assertEquals(5 * one, c.bytes());
        assertEquals(5, c.entries());
        AtomicInteger computed = new AtomicInteger();
        c.get("k9", () -> { computed.incrementAndGet(); return answer("x"); });
        assertEquals(0, computed.get(), "the most recent stay");
        c.get("k0", () -> { computed.incrementAndGet(); return new ResponseCache.Answer(new byte[200], "y"); });
        assertEquals(1, computed.get(), "the least recently used went first");
        assertArrayEquals(new byte[200], c.get("k0", () -> answer("z")).body());
    }

    @Test void aKeyIsCountedAndALongOneIsAnsweredButNotKept() {
        ResponseCache c = new ResponseCache(1 << 20, Duration.ZERO, () -> 0);
        c.get("short", () -> answer("abc"));
        assertEquals(3 + 2 * "short".length() + ResponseCache.ENTRY_OVERHEAD_BYTES, c.bytes(), "the body, the key and the overhead");
        String longKey = "signed-with?{org=" + "x".repeat(ResponseCache.MAX_KEY_CHARS) + "}";
        assertEquals("answered", text(c.get(longKey, () -> answer("answered"))));
        assertEquals(1, c.entries(), "a key over " + ResponseCache.MAX_KEY_CHARS + " characters is not kept");
    }

    @Test void theNumberOfEntriesIsBounded() {
        ResponseCache c = new ResponseCache(1L << 40, Duration.ZERO, () -> 0);
        for (int i = 0; i < ResponseCache.MAX_ENTRIES + 2_000; i++) c.get("k" + i, () -> answer(""));
        assertEquals(ResponseCache.MAX_ENTRIES, c.entries());
    }

    /**
     * Distinct long parameter values (the cheapest way to fill the cache) keep it within its
     * budget as the heap measures it: what the cache counts is at least what the entries take
     * (checked against the heap used before and after, within a factor).
     */
    @Test void manyDistinctLongParametersStayWithinTheBudgetOnTheHeap() {
        long budget = 4 << 20;
        ResponseCache c = new ResponseCache(budget, Duration.ZERO, () -> 0);
        String pad = "x".repeat(ResponseCache.MAX_KEY_CHARS - 40);
        long before = heapUsed();
        for (int i = 0; i < 30_000; i++)
            c.get("signed-with?{org=\"" + pad + i + "\"}", () -> new ResponseCache.Answer(new byte[262], "application/sparql-results+json"));
        long measured = heapUsed() - before;
        assertTrue(c.bytes() <= budget, c.bytes() + " counted");
        assertTrue(measured <= c.bytes() * 1.25, "the heap grew by " + measured + " bytes for " + c.entries() + " entries counted as " + c.bytes());
        assertTrue(measured >= c.bytes() / 3, "counted at most three times what they take: " + measured + " measured, " + c.bytes() + " counted");
    }

    private static long heapUsed() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return r.totalMemory() - r.freeMemory();
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
