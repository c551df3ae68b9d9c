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
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import signet.ingest.IngestReport;
import signet.ingest.IngestSettings;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.ingest.ProgressMeter;
import signet.ingest.SourceFile;
import signet.doc.DocumentIds;
import signet.store.SignetStore;

/**
 * {@code POST /ingest?id=ID}: an article sent over HTTP, ingested as if it were a file named by
 * the id ({@code ID.txt}, or {@code .html} when sent as {@code text/html}, {@code .md} as
 * {@code text/markdown}): read, extracted and stored as its document's graph in one write
 * transaction. Installed only on a server with writes enabled, behind
 * {@link signet.server.auth.WriteAccess}; the body is bounded like any article file.
 *
 * <p>Identity: the id is the upload's whole identity, recorded as the source
 * {@value DocumentIds#UPLOAD_SOURCE}. It must be an id a file could have ({@link DocumentIds#problem}:
 * letters, digits, '-', '_', '.', segments separated by '/', no empty, '.' or '..' segment, at most
 * {@value DocumentIds#MAX_BYTES} bytes). An upload replaces an earlier upload of the same id as a
 * whole, whatever its type; it never replaces a document ingested from a file (nor a file an
 * upload): that is a {@code 409 Conflict} naming the file, and the store keeps what it had.
 *
 * <p>Answers {@code 201} (added) or {@code 200} (replaced or unchanged) with a JSON summary,
 * {@code 400} with the reason when the id is not one or the text cannot be ingested (empty,
 * binary, ...), {@code 409} as above.
 */
public final class ArticleUploadRoute implements Route {
    public static final String PATH = "/ingest";

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
        Optional<String> problem = id == null ? Optional.of("the id parameter is missing (POST /ingest?id=ID)") : DocumentIds.problem(id);
        if (problem.isPresent()) {
            send(resp, 400, "{\"error\": \"" + JsonText.escape(problem.get() + ": an id is letters, digits, '-', '_' and '.', "
                    + "in segments separated by '/' (no empty, '.' or '..' segment), at most " + DocumentIds.MAX_BYTES + " bytes") + "\"}");
            return;
        }
        String type = Objects.requireNonNullElse(req.getContentType(), "text/plain").toLowerCase(Locale.ROOT);
        String ext = type.startsWith("text/html") ? ".html" : type.startsWith("text/markdown") ? ".md" : ".txt";
        Files.createDirectories(spool);
        Path dir = Files.createTempDirectory(spool, "upload-");
        // named like the last segment, so the stored sig:fileName reads as before ("ID.txt")
        Path file = dir.resolve(id.substring(id.lastIndexOf('/') + 1) + ext);
        try {
            try (var in = req.getInputStream()) {
                Files.copy(in, file);
            }
            StringWriter errors = new StringWriter();
            IngestSettings settings = IngestSettings.defaults().withThreads(1).withMode(IngestSettings.WriteMode.BATCHED)
                    .withProgress(ProgressMeter.Style.OFF);
            IngestReport report = new Ingester(store, pipeline, new PrintWriter(errors), settings)
                    .ingestSources(List.of(SourceFile.upload(file, id)));
            if (report.hasFailures()) {
                IngestReport.Failure f = report.failed().get(0);
                send(resp, f.conflict() ? 409 : 400, "{\"id\": \"" + JsonText.escape(id) + "\", \"error\": \"" + JsonText.escape(f.reason()) + "\"}");
                return;
            }
            String status = report.added() > 0 ? "added" : report.replaced() > 0 ? "replaced" : "unchanged";
            send(resp, report.added() > 0 ? 201 : 200, String.format(Locale.ROOT,
                    "{\"id\": \"%s\", \"graph\": \"%s\", \"status\": \"%s\", \"facts\": %d, \"quads\": %d, \"ms\": %d}",
                    JsonText.escape(id), JsonText.escape(pipeline.iris().documentGraph(id)), status, report.facts().total(), report.triples(), report.elapsed().toMillis()));
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
