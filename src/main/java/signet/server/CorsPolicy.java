package signet.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which other web sites' pages may read this server from a browser (CORS). The default lets any
 * origin read with GET and HEAD — the server is read-only, and a research notebook or a web page
 * elsewhere should be able to query it — and nothing else: no credentials, no other method. A
 * list of origins narrows it; {@link #NONE} turns it off (browsers then refuse cross-origin reads).
 * Preflight requests ({@code OPTIONS} with {@code Access-Control-Request-Method}) are answered here.
 *
 * @param origins allowed origins ({@code *} for any), empty for none
 * @param methods allowed methods, upper case
 */
public record CorsPolicy(List<String> origins, Set<String> methods) {
    /** Any origin may read with GET and HEAD. */
    public static final CorsPolicy READ_ANYWHERE = new CorsPolicy(List.of("*"), Set.of("GET", "HEAD"));
    /** No cross-origin access. */
    public static final CorsPolicy NONE = new CorsPolicy(List.of(), Set.of());
    private static final int MAX_AGE_SECONDS = 3600;

    public CorsPolicy {
        origins = List.copyOf(origins);
        methods = Set.copyOf(methods);
    }

    /**
     * From an option's text: {@code *} (any origin, GET and HEAD), {@code none}, or origins
     * separated by commas ({@code https://a.example,https://b.example}).
     */
    public static CorsPolicy parse(String text) {
        String t = text.strip();
        if (t.equals("*")) return READ_ANYWHERE;
        if (t.equalsIgnoreCase("none") || t.isEmpty()) return NONE;
        List<String> origins = Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String o : origins)
            if (!o.matches("https?://[^/\\s]+")) throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + o);
        return new CorsPolicy(origins, READ_ANYWHERE.methods());
    }

    /** The header value for a request's origin, or null when that origin may not read. */
    String allowedOrigin(String origin) {
        if (origin == null || origins.isEmpty()) return null;
        if (origins.contains("*")) return "*";
        return origins.contains(origin) ? origin : null;
    }

    /** The servlet filter that applies this policy. */
    Filter filter() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
                if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp) {
                    String origin = req.getHeader("Origin");
                    String allowed = allowedOrigin(origin);
                    String preflight = req.getHeader("Access-Control-Request-Method");
                    if (origin != null) resp.addHeader("Vary", "Origin");
                    if ("OPTIONS".equals(req.getMethod()) && preflight != null) {
                        // answered here: a preflight never reaches a servlet
                        if (allowed != null && methods.contains(preflight.toUpperCase(Locale.ROOT))) {
                            resp.setHeader("Access-Control-Allow-Origin", allowed);
                            resp.setHeader("Access-Control-Allow-Methods", methods.stream().sorted().collect(Collectors.joining(", ")));
                            resp.setHeader("Access-Control-Allow-Headers", "Accept");
                            resp.setHeader("Access-Control-Max-Age", Integer.toString(MAX_AGE_SECONDS));
                        }
                        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                        return;
                    }
                    if (allowed != null && methods.contains(req.getMethod())) resp.setHeader("Access-Control-Allow-Origin", allowed);
                }
                chain.doFilter(request, response);
            }
        };
    }
}
