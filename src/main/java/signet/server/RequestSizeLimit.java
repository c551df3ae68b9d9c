package signet.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over a size limit with 413 before anything reads them. Every write is
 * off on this server, so a body is a query (a few kilobytes) or a form; a client sending
 * megabytes would only make the server buffer and parse them. A body of unknown length (chunked)
 * is refused too: query clients send a length. Long URLs are bounded by Jetty's header limit.
 */
final class RequestSizeLimit implements Filter {
    /** The largest request body accepted (1 MiB: a thousand times a typical query). */
    static final long MAX_BODY_BYTES = 1L << 20;

    private final long max;

    RequestSizeLimit(long max) {
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp) {
            long length = req.getContentLengthLong();
            boolean chunked = length < 0 && "chunked".equalsIgnoreCase(req.getHeader("Transfer-Encoding"));
            if (length > max || chunked) {
                resp.setStatus(413);
                resp.setContentType("text/plain; charset=utf-8");
                String why = chunked ? "a request body of unknown length" : "a request body of " + length + " bytes";
                resp.getOutputStream().write((why + " is over the limit of " + max + " bytes\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
