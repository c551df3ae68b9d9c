package signet.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import signet.server.auth.WriteAccess;

/**
 * One line per request, written when the request ends, whatever answered it (SPARQL, a named
 * query, a page, a refusal by a filter):
 * <pre>request GET /queries/signed-with?org=Gazprom-Media 200 12.4 ms client=127.0.0.1 user=-</pre>
 * The query string is cut at {@value #MAX_QUERY_CHARS} characters (a SPARQL query in a URL can be
 * long); a refused write shows its status (401) and no user. Installed first, so its time covers
 * the other filters. Fuseki's own action log ({@code [N] GET …} / {@code [N] 200 OK (3 ms)})
 * goes on for the SPARQL endpoints; this line is the one to grep or ship.
 */
final class RequestLog implements Filter {
    static final int MAX_QUERY_CHARS = 200;
    /** The logger the lines go to by default: {@code signet.request}, at INFO. */
    static final Consumer<String> TO_LOGGER = LoggerFactory.getLogger("signet.request")::info;

    private final Consumer<String> sink;

    RequestLog(Consumer<String> sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = resp.getStatus();
        } finally {
            String q = req.getQueryString();
            String target = req.getRequestURI() + (q == null ? "" : "?" + (q.length() > MAX_QUERY_CHARS ? q.substring(0, MAX_QUERY_CHARS) + "…" : q));
            Object user = req.getAttribute(WriteAccess.USER_ATTRIBUTE);
            sink.accept(String.format(Locale.ROOT, "request %s %s %d %.1f ms client=%s user=%s",
                    req.getMethod(), target, status, (System.nanoTime() - start) / 1e6, req.getRemoteAddr(), user == null ? "-" : user));
        }
    }
}
