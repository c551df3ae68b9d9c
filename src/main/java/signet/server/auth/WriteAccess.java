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
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
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
 * <p>Cost: a password check is a PBKDF2 derivation (a third of a second). A check that succeeded
 * is remembered for the server's life by a SHA-256 of the header, so a client sending many writes
 * pays once; at most {@link #CONCURRENT_CHECKS} checks run at a time, so a flood of wrong
 * passwords cannot take every core from the readers.
 */
public final class WriteAccess implements Filter {
    public static final String USER_ATTRIBUTE = "signet.user";
    static final int CONCURRENT_CHECKS = 1;
    private static final int CACHE_MAX = 1_000;
    private static final Set<String> ALWAYS_WRITES = Set.of("PUT", "DELETE", "PATCH");

    private final UsersFile users;
    private final Predicate<HttpServletRequest> isWrite;
    private final java.util.function.Consumer<HttpServletRequest> afterWrite;
    private final Map<String, String> verified = new ConcurrentHashMap<>();
    private final Semaphore checks = new Semaphore(CONCURRENT_CHECKS, true);

    /**
     * @param afterWrite run after a write that was let through and answered 2xx: the store's
     *                   version must move so that cached answers are not served as current
     */
    public WriteAccess(UsersFile users, Predicate<HttpServletRequest> isWrite, java.util.function.Consumer<HttpServletRequest> afterWrite) {
        this.users = Objects.requireNonNull(users, "users");
        this.isWrite = Objects.requireNonNull(isWrite, "isWrite");
        this.afterWrite = Objects.requireNonNull(afterWrite, "afterWrite");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && (isWrite.test(req) || ALWAYS_WRITES.contains(req.getMethod()))) {
            String user = authenticate(req.getHeader("Authorization"));
            if (user == null) {
                refuse(resp, req.getHeader("Authorization") == null
                        ? "writing needs a writer's credentials (HTTP Basic)"
                        : "wrong user name or password");
                return;
            }
            req.setAttribute(USER_ATTRIBUTE, user);
            try {
                chain.doFilter(request, response);
            } finally {
                if (resp.getStatus() / 100 == 2) afterWrite.accept(req);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user whose credentials the header carries, or null. */
    private String authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        String key = sha256(header);
        String known = verified.get(key);
        if (known != null) return known;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) return null;
        String user = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        try {
            checks.acquireUninterruptibly();
            try {
                if (!users.check(user, password)) return null;
            } finally {
                checks.release();
            }
        } finally {
            PasswordHash.clear(password);
        }
        if (verified.size() >= CACHE_MAX) verified.clear();
        verified.put(key, user);
        return user;
    }

    private static void refuse(HttpServletResponse resp, String why) throws IOException {
        resp.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        resp.setHeader("WWW-Authenticate", "Basic realm=\"signet\", charset=\"UTF-8\"");
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
