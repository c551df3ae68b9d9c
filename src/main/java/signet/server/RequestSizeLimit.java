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
 * Refuses request bodies over a size limit with 413 before anything reads them. A reader's body
 * is a query (a few kilobytes) or a form; a client sending megabytes would only make the server
 * buffer and parse them. A writer (a request {@link signet.server.auth.WriteAccess} let through
 * with credentials) may send up to the larger write limit: an article or a graph. A body of unknown length (chunked)
 * is refused too: query clients send a length. Long URLs are bounded by Jetty's header limit.
 *
 * <p>A body with any {@code Content-Encoding} is refused with 415
 * on every route: Fuseki inflates a gzip body of a query, an update or a graph as it reads it,
 * so a megabyte on the wire could unpack to gigabytes past this limit (a gzip bomb), and the
 * other routes would take the compressed bytes for text. Clients send bodies as they are.
 */
final class RequestSizeLimit implements Filter {
    /** The largest request body accepted (1 MiB: a thousand times a typical query). */
    static final long MAX_BODY_BYTES = 1L << 20;
    /** The largest body a writer may send: the size of the largest article file ingest reads. */
    static final long MAX_WRITE_BYTES = signet.doc.TextDocumentReader.MAX_BYTES;

    private static final String USER = signet.server.auth.WriteAccess.USER_ATTRIBUTE;

    private final long max, maxWrite;

    RequestSizeLimit(long max, long maxWrite) {
        this.max = max;
        this.maxWrite = maxWrite;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp) {
            String encoding = req.getHeader("Content-Encoding");
            if (encoding != null && !encoding.isBlank() && req.getContentLengthLong() != 0) {
                refuse(resp, 415, "a request body with Content-Encoding: " + encoding.strip()
                        + " is not accepted; send it uncompressed (at most " + (req.getAttribute(USER) != null ? maxWrite : max) + " bytes)");
                return;
            }
            long length = req.getContentLengthLong();
            long max = req.getAttribute(USER) != null ? maxWrite : this.max;
            boolean chunked = length < 0 && "chunked".equalsIgnoreCase(req.getHeader("Transfer-Encoding"));
            if (length > max || chunked) {
                String why = chunked ? "a request body of unknown length" : "a request body of " + length + " bytes";
                refuse(resp, 413, why + " is over the limit of " + max + " bytes");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse resp, int status, String why) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((why + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
