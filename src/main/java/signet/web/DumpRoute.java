package signet.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import signet.graph.SIG;
import signet.server.Route;

/**
 * Downloads of the whole dataset, and the published JSON-LD context.
 *
 * <ul>
 *   <li>{@code GET /dumps/} — a page listing the dumps;</li>
 *   <li>{@code GET /dumps/signet.nq.gz}, {@code signet.trig}, {@code signet.ttl},
 *       {@code signet.jsonld} — see {@link Dumps.Format}; streamed from one read transaction,
 *       sent as attachments, with an {@code ETag} so a client can re-check cheaply
 *       ({@code If-None-Match} → 304);</li>
 *   <li>{@code GET /context.jsonld} — {@link JsonLdContext}, which the JSON-LD dump refers to.</li>
 * </ul>
 * Dumps read the local dataset directly (a SPARQL source would have to materialise everything).
 * Without a local dataset ({@code serve --remote}) every {@code /dumps/} address answers
 * {@code 501 Not Implemented} saying so; the JSON-LD context is served either way, since the
 * linked-data pages' JSON-LD refers to it.
 */
public final class DumpRoute implements Route {
    public static final String PATH = "/dumps/";

    /** Null when there is no local dataset; {@link #unavailable} then says why. */
    private final Dataset dataset;
    private final String unavailable;
    private final Dumps dumps;
    private final JsonLdContext context;

    public DumpRoute(Site site, Dataset dataset) {
        this(site, Objects.requireNonNull(dataset, "dataset"), null);
    }

    private DumpRoute(Site site, Dataset dataset, String unavailable) {
        Objects.requireNonNull(site, "site");
        this.dataset = dataset;
        this.unavailable = unavailable;
        this.context = JsonLdContext.bundled();
        this.dumps = new Dumps(site.paths().base(), context);
    }

    /** No dumps (every {@code /dumps/} address is a 501 with {@code reason}), only the JSON-LD context. */
    public static DumpRoute withoutDumps(Site site, String reason) {
        return new DumpRoute(site, null, Objects.requireNonNull(reason, "reason"));
    }

    @Override
    public void install(FusekiServer.Builder b) {
        b.addServlet(PATH + "*", Route.get(this::dump));
        b.addServlet(JsonLdContext.PATH, new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                byte[] bytes = context.bytes();
                resp.setStatus(200);
                resp.setHeader("Content-Type", "application/ld+json");
                // JSON-LD processors running in a browser fetch contexts across origins
                resp.setHeader("Access-Control-Allow-Origin", "*");
                resp.setContentLength(bytes.length);
                resp.getOutputStream().write(bytes);
            }
        });
    }

    private void dump(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (dataset == null) {
            Html.error(resp, HttpServletResponse.SC_NOT_IMPLEMENTED, unavailable);
            return;
        }
        String name = Optional.ofNullable(req.getPathInfo()).orElse("/").substring(1);
        if (name.isEmpty()) {
            Html.send(resp, 200, listing());
            return;
        }
        Optional<Dumps.Format> format = Dumps.Format.byFileName(name);
        if (format.isEmpty()) {
            Html.error(resp, 404, "There is no dump called " + name + "; see " + PATH + ".");
            return;
        }
        String etag = "\"" + version(format.get()) + "\"";
        resp.setHeader("ETag", etag);
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(200);
        resp.setHeader("Content-Type", format.get().contentType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + format.get().fileName() + "\"");
        if (req.getMethod().equals("HEAD")) return;
        OutputStream out = resp.getOutputStream();
        dumps.write(format.get(), dataset.asDatasetGraph(), out, LinkedDataRoute.absolute(req, JsonLdContext.PATH));
    }

    /**
     * What identifies the dataset's content without reading it all: every document's (and curation
     * file's) graph, content hash and extractor version, which change whenever ingest changes a
     * graph. Cheap: TDB2 finds them through its predicate index.
     */
    private String version(Dumps.Format format) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        List<String> lines = Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            for (Node p : List.of(SIG.contentHash.asNode(), SIG.extractorVersion.asNode()))
                for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                    Quad q = it.next();
                    out.add(q.getGraph() + " " + q.getSubject() + " " + q.getObject());
                }
            return out;
        });
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.stream().sorted().forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            sha.update(format.fileName().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String listing() {
        StringBuilder b = new StringBuilder("<h1>Downloads</h1><p>The whole graph, as files. Quad formats keep one named graph per "
                + "document (its provenance); triple formats hold the union of all of them. The dataset is described at "
                + Html.link("/.well-known/void", "/.well-known/void") + ".</p><div class=\"table-wrap\"><table><thead><tr>"
                + "<th>File</th><th>Format</th><th>Contents</th></tr></thead><tbody>");
        for (Dumps.Format f : Dumps.Format.values())
            b.append("<tr><td>").append(Html.link(PATH + f.fileName(), f.fileName())).append("</td><td>")
                    .append(Html.esc(f.mediaType() + (f.gzip() ? " (gzip)" : ""))).append("</td><td>")
                    .append(Html.esc(f.description())).append("</td></tr>");
        b.append("</tbody></table></div><p>The JSON-LD dump uses the context ")
                .append(Html.link(JsonLdContext.PATH, JsonLdContext.PATH)).append(" and the ontology is at ")
                .append(Html.link(LinkedDataRoute.ONTOLOGY, LinkedDataRoute.ONTOLOGY)).append(".</p>");
        return Html.page("Downloads", null, b.toString());
    }
}
