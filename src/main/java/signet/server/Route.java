package signet.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Something the server serves besides the SPARQL dataset: a page, a dump, a description.
 * Each is its own class installed on the Fuseki builder, so adding one never means editing
 * {@link SignetServer}.
 */
@FunctionalInterface
public interface Route {
    /** Adds servlets, filters or endpoints to the server being built. */
    void install(FusekiServer.Builder builder);

    /** What answers a GET: the request in, the response written. */
    @FunctionalInterface
    interface GetHandler {
        void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException;
    }

    /**
     * A servlet that answers GET (and HEAD, which the servlet API derives from GET without the
     * body) with the handler; every other method is refused with 405 by {@link HttpServlet}.
     * Read-only routes use it so none of them can take a write by accident. When the SPARQL
     * endpoint holding the graph does not answer, the reply is {@code 502 Bad Gateway} naming it.
     */
    static HttpServlet get(GetHandler handler) {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                try {
                    handler.handle(req, resp);
                } catch (EndpointUnavailableException e) {
                    if (resp.isCommitted()) throw e;
                    resp.reset();
                    resp.setStatus(HttpServletResponse.SC_BAD_GATEWAY);
                    resp.setContentType("text/plain; charset=utf-8");
                    resp.getOutputStream().write((e.getMessage() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        };
    }
}
