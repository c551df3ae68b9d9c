package signet.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * The browser-hardening headers, on every response of the server (pages, SPARQL answers, dumps,
 * errors): what the pages are allowed to load and run, no MIME sniffing, no framing, and no query
 * text sent to other sites in {@code Referer}.
 *
 * <p>The pages are plain HTML with no script at all, so scripts are refused outright: even if
 * some text slipped through unescaped, nothing it injected would run. Styles are inline
 * {@code <style>} blocks (the shared frame's and the query page's), hence {@code 'unsafe-inline'}
 * for styles only; a style cannot run code. Forms submit only to this server ({@code /query}).
 */
final class SecurityHeaders implements Filter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'none'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Header name → value, set on every response. */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            // query pages carry the query in their URL: other sites get the origin at most
            "Referrer-Policy", "same-origin");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (response instanceof HttpServletResponse resp) {
            apply(resp);
            // a route that resets the response to write an error (Route.get's 502) keeps them
            response = new HttpServletResponseWrapper(resp) {
                @Override
                public void reset() {
                    super.reset();
                    apply(resp);
                }
            };
        }
        chain.doFilter(request, response);
    }

    private static void apply(HttpServletResponse resp) {
        HEADERS.forEach(resp::setHeader);
    }
}
