package signet.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import signet.ingest.IngestReport;
import signet.ingest.IngestSettings;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.ingest.ProgressMeter;
import signet.store.SignetStore;

/**
 * {@code POST /ingest?id=ID}: an article sent over HTTP, ingested as if it were the file
 * {@code ID.txt} (or {@code ID.html} when sent as {@code text/html}): read, extracted and stored
 * as its document's graph, replacing an earlier one of the same id as a whole, in one write
 * transaction. Installed only on a server with writes enabled, behind
 * {@link signet.server.auth.WriteAccess}; the body is bounded like any article file.
 *
 * <p>Answers {@code 201} (added) or {@code 200} (replaced or unchanged) with a JSON summary, or
 * {@code 400} with the reason when the text cannot be ingested (empty, binary, ...) — the store
 * then keeps what it had.
 */
public final class ArticleUploadRoute implements Route {
    public static final String PATH = "/ingest";
    /** Document ids become IRIs and file names: a conservative alphabet. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final SignetStore store;
    private final Pipeline pipeline;
    private final Path spool;

    /** @param spool a folder for the bodies while they are read (each in its own temporary folder, removed after) */
    public ArticleUploadRoute(SignetStore store, Pipeline pipeline, Path spool) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.spool = Objects.requireNonNull(spool, "spool");
    }

    @Override
    public void install(FusekiServer.Builder builder) {
        builder.addServlet(PATH, new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                upload(req, resp);
            }
        });
    }

    private void upload(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = req.getParameter("id");
        if (id == null || !ID.matcher(id).matches()) {
            send(resp, 400, "{\"error\": \"id must be 1-128 letters, digits, '.', '-' or '_', starting with a letter or digit\"}");
            return;
        }
        String type = Objects.requireNonNullElse(req.getContentType(), "text/plain").toLowerCase(Locale.ROOT);
        String ext = type.startsWith("text/html") ? ".html" : type.startsWith("text/markdown") ? ".md" : ".txt";
        Files.createDirectories(spool);
        Path dir = Files.createTempDirectory(spool, "upload-");
        Path file = dir.resolve(id + ext);
        try {
            try (var in = req.getInputStream()) {
                Files.copy(in, file);
            }
            StringWriter errors = new StringWriter();
            IngestSettings settings = IngestSettings.defaults().withThreads(1).withMode(IngestSettings.WriteMode.BATCHED)
                    .withProgress(ProgressMeter.Style.OFF);
            IngestReport report = new Ingester(store, pipeline, new PrintWriter(errors), settings).ingest(List.of(file));
            if (report.hasFailures()) {
                send(resp, 400, "{\"id\": \"" + id + "\", \"error\": \"" + JsonText.escape(report.failed().get(0).reason()) + "\"}");
                return;
            }
            String status = report.added() > 0 ? "added" : report.replaced() > 0 ? "replaced" : "unchanged";
            send(resp, report.added() > 0 ? 201 : 200, String.format(Locale.ROOT,
                    "{\"id\": \"%s\", \"graph\": \"%s\", \"status\": \"%s\", \"facts\": %d, \"quads\": %d, \"ms\": %d}",
                    id, JsonText.escape(pipeline.iris().documentGraph(id)), status, report.facts().total(), report.triples(), report.elapsed().toMillis()));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void send(HttpServletResponse resp, int status, String json) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write((json + "\n").getBytes(StandardCharsets.UTF_8));
    }

}
