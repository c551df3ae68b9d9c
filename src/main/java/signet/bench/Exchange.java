package signet.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One timed HTTP request of the load test, read to the end, never throwing for what the server
 * or the network does: every outcome is an {@link Outcome} the caller counts.
 */
final class Exchange {

    /** Longest error body kept for the report: the first line of a Fuseki or Jetty message fits. */
    static final int MAX_ERROR_TEXT = 200;

    private Exchange() {}

    /**
     * @param status  the HTTP status, or 0 when no response came (connection failed, timed out)
     * @param bytes   bytes of body read
     * @param cause   empty when the request succeeded (2xx, body read whole); else the kind of
     *                failure, for counting ({@code HTTP 503}, {@code client time-out}, an exception's name)
     * @param problem empty on success; else what went wrong in full (the start of the body, the message)
     */
    record Outcome(int status, long bytes, String cause, String problem) {
        static final String CLIENT_TIMEOUT = "client time-out";

        boolean failed() { return !cause.isEmpty(); }
    }

    /**
     * Sends the request and reads the whole answer, waiting at most {@code timeout} for all of it.
     * {@link HttpRequest#timeout} alone only bounds the wait for the response headers; a body
     * that trickles in is bounded here, and the exchange is cancelled when the time is up.
     * A successful body is counted, not kept: a listing answers tens of megabytes, and 32 clients
     * holding them would measure the client's garbage collector.
     *
     * @throws InterruptedException when the calling thread is interrupted (the run is stopping)
     */
    static Outcome send(HttpClient http, HttpRequest request, Duration timeout) throws InterruptedException {
        CompletableFuture<HttpResponse<Outcome>> f = http.sendAsync(request, Exchange::body);
        try {
            return f.get(timeout.toNanos(), TimeUnit.NANOSECONDS).body();
        } catch (TimeoutException e) {
            f.cancel(true);
            return new Outcome(0, 0, Outcome.CLIENT_TIMEOUT, "no complete answer within " + timeout.toMillis() / 1000.0 + " s (" + Outcome.CLIENT_TIMEOUT + ")");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            // the request's own time-out (for the headers) may fire first: the same failure
            if (cause instanceof java.net.http.HttpTimeoutException)
                return new Outcome(0, 0, Outcome.CLIENT_TIMEOUT, "no answer within " + timeout.toMillis() / 1000.0 + " s (" + Outcome.CLIENT_TIMEOUT + ")");
            return new Outcome(0, 0, cause.getClass().getSimpleName(), cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : ""));
        } catch (CancellationException e) {
            return new Outcome(0, 0, "cancelled", "cancelled");
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        }
    }

    /** A 2xx body is counted and dropped; any other is kept (abbreviated) to say what went wrong. */
    private static HttpResponse.BodySubscriber<Outcome> body(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (status / 100 == 2) {
            AtomicLong n = new AtomicLong();
            return HttpResponse.BodySubscribers.mapping(
                    HttpResponse.BodySubscribers.ofByteArrayConsumer(chunk -> chunk.ifPresent(b -> n.addAndGet(b.length))),
                    done -> new Outcome(status, n.get(), "", ""));
        }
        return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(),
                b -> new Outcome(status, b.length, "HTTP " + status, "HTTP " + status + ": " + abbreviate(new String(b, StandardCharsets.UTF_8))));
    }

    /** The first line of a message, at most {@link #MAX_ERROR_TEXT} characters. */
    static String abbreviate(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() <= MAX_ERROR_TEXT ? line : line.substring(0, MAX_ERROR_TEXT - 3) + "...";
    }
}
