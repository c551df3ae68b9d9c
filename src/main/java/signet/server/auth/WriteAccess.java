package signet.server.auth;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Lets a write request through only with a writer's HTTP Basic credentials. Which requests are
 * writes is the server's to say ({@code isWrite}); besides those, every PUT, DELETE and PATCH
 * needs credentials wherever it goes, so a write endpoint added later cannot be open by mistake.
 *
 * <p>Refusals: no credentials or wrong ones get {@code 401} with a {@code WWW-Authenticate}
 * challenge (and nothing is read of the body); the store is never reached. The user's name is
 * left on the request ({@link #USER_ATTRIBUTE}) for the request log.
 *
 * <p>Cost: a password check is a PBKDF2 derivation (a fifth to a third of a second of one core).
 * A header that passed is remembered for the server's life by a SHA-256 of it, so a client
 * sending many writes pays once; a header that failed is remembered for {@link #FAILED_MEMORY},
 * so sending it again costs nothing. At most {@link #CONCURRENT_CHECKS} checks run at a time, so
 * a flood of wrong passwords cannot take the cores from the readers, and a request waits at most
 * {@link #CHECK_WAIT} for its turn: when every slot stays busy it is answered {@code 503} with
 * {@code Retry-After} at once instead of holding a request thread in a queue. Readers never
 * come here.
 */
public final class WriteAccess implements Filter {
    public static final String USER_ATTRIBUTE = "signet.user";
    static final int CONCURRENT_CHECKS = 1;
    /** The longest a request waits for a password check to be free (two or three checks' time). */
    static final Duration CHECK_WAIT = Duration.ofMillis(500);
    /** How long a header that failed its check is answered 401 without checking it again. */
    static final Duration FAILED_MEMORY = Duration.ofMinutes(10);
    /** Headers remembered at most, each way (a few hundred kilobytes). */
    private static final int CACHE_MAX = 10_000;
    private static final String RETRY_AFTER_SECONDS = "1";
    private static final Set<String> ALWAYS_WRITES = Set.of("PUT", "DELETE", "PATCH");

    private final UsersFile users;
    private final Predicate<HttpServletRequest> isWrite;
    private final Consumer<HttpServletRequest> afterWrite;
    /** SHA-256 of a header that passed -> the user. */
    private final Map<String, String> verified = new ConcurrentHashMap<>();
    /** SHA-256 of a header that failed -> until when (System.nanoTime) it is refused unchecked. */
    private final Map<String, Long> failed = new ConcurrentHashMap<>();
    private final Semaphore checks = new Semaphore(CONCURRENT_CHECKS, true);

    /**
     * @param afterWrite run after a write that was let through and answered 2xx: the store's
     *                   version must move so that cached answers are not served as current
     */
    public WriteAccess(UsersFile users, Predicate<HttpServletRequest> isWrite, Consumer<HttpServletRequest> afterWrite) {
        this.users = Objects.requireNonNull(users, "users");
        this.isWrite = Objects.requireNonNull(isWrite, "isWrite");
        this.afterWrite = Objects.requireNonNull(afterWrite, "afterWrite");
    }

    /** What the credentials of a request come to. */
    private sealed interface Outcome {
        record Writer(String name) implements Outcome { }
        enum Refused implements Outcome { NO_CREDENTIALS, WRONG, BUSY }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && (isWrite.test(req) || ALWAYS_WRITES.contains(req.getMethod()))) {
            switch (authenticate(req.getHeader("Authorization"))) {
                case Outcome.Refused.NO_CREDENTIALS -> refuse(resp, "writing needs a writer's credentials (HTTP Basic)");
                case Outcome.Refused.WRONG -> refuse(resp, "wrong user name or password");
                case Outcome.Refused.BUSY -> busy(resp);
                case Outcome.Writer(String user) -> {
                    req.setAttribute(USER_ATTRIBUTE, user);
                    try {
                        chain.doFilter(request, response);
                    } finally {
                        if (resp.getStatus() / 100 == 2) afterWrite.accept(req);
                    }
                }
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private Outcome authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return Outcome.Refused.NO_CREDENTIALS;
        String key = sha256(header);
        String known = verified.get(key);
        if (known != null) return new Outcome.Writer(known);
        Long refusedUntil = failed.get(key);
        if (refusedUntil != null && refusedUntil - System.nanoTime() > 0) return Outcome.Refused.WRONG;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Outcome.Refused.WRONG;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) return Outcome.Refused.WRONG;
        String user = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        boolean right;
        try {
            if (!checks.tryAcquire(CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) return Outcome.Refused.BUSY;
            try {
                right = users.check(user, password);
            } finally {
                checks.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.Refused.BUSY;
        } finally {
            PasswordHash.clear(password);
        }
        if (!right) {
            remember(failed, key, System.nanoTime() + FAILED_MEMORY.toNanos());
            return Outcome.Refused.WRONG;
        }
        remember(verified, key, user);
        return new Outcome.Writer(user);
    }

    /** Bounded: a full map is emptied (the cost is one more check per header, nothing worse). */
    private static <V> void remember(Map<String, V> map, String key, V value) {
        if (map.size() >= CACHE_MAX) map.clear();
        map.put(key, value);
    }

    private static void refuse(HttpServletResponse resp, String why) throws IOException {
        resp.setHeader("WWW-Authenticate", "Basic realm=\"signet\", charset=\"UTF-8\"");
        answer(resp, HttpServletResponse.SC_UNAUTHORIZED, why);
    }

    private static void busy(HttpServletResponse resp) throws IOException {
        resp.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        answer(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "too many password checks at once; try again in " + RETRY_AFTER_SECONDS + " s (a writer's credentials, once accepted, are not checked again)");
    }

    private static void answer(HttpServletResponse resp, int status, String why) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((why + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
