package signet.web;

import signet.server.JsonText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryCancelledException;
import signet.server.EndpointUnavailableException;
import signet.server.Route;

/**
 * {@code GET /health}: whether the server can answer from its graph, for a load balancer or a
 * supervisor. It asks the graph a trivial query through the same source as every page (the local
 * store in a read transaction, or the remote endpoint), so a store that cannot be read or a remote
 * that does not answer shows here: {@code 200 ok} with the time taken, or {@code 503} with the
 * reason. Cheap and read-only; never cached.
 */
public final class HealthRoute implements Route {
    public static final String PATH = "/health";
    private static final Query PROBE = QueryFactory.create("ASK { }");

    private final Site site;

    public HealthRoute(Site site) {
        this.site = Objects.requireNonNull(site, "site");
    }

    @Override
    public void install(FusekiServer.Builder builder) {
        builder.addServlet(PATH, Route.get((req, resp) -> {
            long start = System.nanoTime();
            int status;
            String body;
            try {
                site.source().ask(PROBE);
                status = 200;
                body = "{\"status\": \"ok\", \"probeMs\": " + Duration.ofNanos(System.nanoTime() - start).toMillis() + "}\n";
            } catch (EndpointUnavailableException | QueryCancelledException e) {
                status = 503;
                body = "{\"status\": \"unavailable\", \"reason\": \"" + JsonText.escape(String.valueOf(e.getMessage())) + "\"}\n";
            } catch (RuntimeException e) {
                status = 503;
                body = "{\"status\": \"unavailable\", \"reason\": \"" + JsonText.escape(e.getClass().getSimpleName() + ": " + e.getMessage()) + "\"}\n";
            }
            resp.setStatus(status);
            resp.setHeader("Cache-Control", "no-store");
            resp.setContentType("application/json; charset=utf-8");
            resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }));
    }

}
