package signet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.fuseki.main.FusekiServer;
import signet.server.Route;

/**
 * Dereferenceable IRIs, following the W3C "Cool URIs for the Semantic Web" 303 pattern.
 *
 * <ul>
 *   <li>{@code GET /id/LOCAL} — the resource {@code BASE + LOCAL} itself: 404 when the graph does
 *       not mention it, else 303 See Other to its HTML page {@code /page/LOCAL} when the client
 *       asks for HTML at least as much as for any RDF syntax (and names HTML, so a bare
 *       {@code *}{@code /*} gets data), or to {@code /data/LOCAL} otherwise. {@code Vary: Accept}.</li>
 *   <li>{@code GET /data/LOCAL} — its RDF description ({@link Describer}), negotiated among
 *       Turtle (the default), JSON-LD (compacted with our {@link JsonLdContext}), N-Triples and
 *       RDF/XML; 406 listing them when none is acceptable. {@code /data/LOCAL.ttl|.jsonld|.nt|.rdf}
 *       fix the syntax. The response has {@code Content-Location} (the fixed URL served) and
 *       {@code Link} headers to the other representations.</li>
 *   <li>{@code GET /ontology} (and {@code /ontology.ttl} …) — the Signet ontology, same syntaxes.</li>
 * </ul>
 * HEAD works on all of them. Everything is read through the {@link Site}'s SPARQL source.
 */
public final class LinkedDataRoute implements Route {
    public static final String ONTOLOGY = "/ontology";
    static final String ONTOLOGY_RESOURCE = "ontology/signet.ttl";

    /**
     * The characters a local part may have: those of an IRI path (RFC 3987 ipath, with
     * percent-escapes) minus nothing dangerous; anything else (spaces, angle brackets, quotes) is
     * not one of our IRIs, and is answered 404 before any query is built.
     */
    private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{N}._~!$&'()*+,;=:@%/-]{1,1024}");

    private final Site site;
    private final Describer describer;
    private final byte[] ontologyTurtle;
    private final Model ontology;
    private final JsonLdStreamWriter jsonLd = new JsonLdStreamWriter(JsonLdContext.bundled());

    public LinkedDataRoute(Site site) {
        this.site = Objects.requireNonNull(site, "site");
        this.describer = new Describer(site.source());
        this.ontologyTurtle = readResource(ONTOLOGY_RESOURCE);
        this.ontology = ModelFactory.createDefaultModel();
        RDFParser.fromString(new String(ontologyTurtle, StandardCharsets.UTF_8), Lang.TURTLE).parse(ontology);
    }

    @Override
    public void install(FusekiServer.Builder b) {
        b.addServlet(SitePaths.ID + "*", Route.get(this::id));
        b.addServlet(SitePaths.DATA + "*", Route.get(this::data));
        b.addServlet(ONTOLOGY, Route.get(this::ontology));
        for (RdfMedia m : RdfMedia.values()) b.addServlet(ONTOLOGY + "." + m.extension(), Route.get(this::ontology));
    }

    // ---- /id/

    private void id(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<String> local = knownLocal(req, SitePaths.ID);
        if (local.isEmpty()) {
            notFound(req, resp);
            return;
        }
        Accept accept = Accept.parse(req.getHeader("Accept"));
        String target;
        if (RdfMedia.prefersHtml(accept)) target = SitePaths.PAGE + local.get();
        else if (RdfMedia.bestQuality(accept) > 0) target = SitePaths.DATA + local.get();
        else if (RdfMedia.htmlQuality(accept) > 0) target = SitePaths.PAGE + local.get();
        else {
            notAcceptable(resp, true);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", target);
        resp.setHeader("Link", "<" + SitePaths.DATA + local.get() + ">; rel=\"describedby\"");
        text(resp, "See " + target + "\n");
    }

    // ---- /data/

    private void data(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = rawLocal(req, SitePaths.DATA);
        Optional<RdfMedia> fixed = Optional.empty();
        Optional<String> local = known(raw);
        int dot = raw.lastIndexOf('.');
        if (dot > raw.lastIndexOf('/')) {
            Optional<RdfMedia> ext = RdfMedia.byExtension(raw.substring(dot + 1));
            if (ext.isPresent()) {
                Optional<String> stripped = known(raw.substring(0, dot));
                // an IRI that itself ends in ".ttl" keeps its name; otherwise the extension picks the syntax
                if (stripped.isPresent() && local.isEmpty()) {
                    local = stripped;
                    fixed = ext;
                }
            }
        }
        if (fixed.isEmpty()) resp.setHeader("Vary", "Accept");
        if (local.isEmpty()) {
            notFound(req, resp);
            return;
        }
        Optional<RdfMedia> media = fixed.or(() -> RdfMedia.choose(Accept.parse(req.getHeader("Accept"))));
        if (media.isEmpty()) {
            notAcceptable(resp, false);
            return;
        }
        String iri = site.paths().iri(local.get());
        String fixedPath = SitePaths.DATA + local.get() + "." + media.get().extension();
        Model description = describer.describe(iri, absolute(req, fixedPath));
        description.setNsPrefixes(Prefixes.standard(site.paths().base()));
        if (fixed.isEmpty()) resp.setHeader("Content-Location", fixedPath);
        resp.setHeader("Link", alternates(local.get()));
        send(resp, media.get(), description, absolute(req, JsonLdContext.PATH));
    }

    /** The other representations of the same resource, for clients and crawlers that read Link headers. */
    private static String alternates(String local) {
        List<String> links = new ArrayList<>();
        links.add("<" + SitePaths.ID + local + ">; rel=\"describes\"");
        links.add("<" + SitePaths.PAGE + local + ">; rel=\"alternate\"; type=\"text/html\"");
        for (RdfMedia m : RdfMedia.values())
            links.add("<" + SitePaths.DATA + local + "." + m.extension() + ">; rel=\"alternate\"; type=\"" + m.mediaType() + "\"");
        return String.join(", ", links);
    }

    // ---- /ontology

    private void ontology(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath();
        Optional<RdfMedia> fixed = path.equals(ONTOLOGY) ? Optional.empty() : RdfMedia.byExtension(path.substring(ONTOLOGY.length() + 1));
        if (fixed.isEmpty()) resp.setHeader("Vary", "Accept");
        Optional<RdfMedia> media = fixed.or(() -> RdfMedia.choose(Accept.parse(req.getHeader("Accept"))));
        if (media.isEmpty()) {
            notAcceptable(resp, false);
            return;
        }
        if (media.get() == RdfMedia.TURTLE) {
            resp.setStatus(200);
            resp.setHeader("Content-Type", RdfMedia.TURTLE.contentType());
            resp.setContentLength(ontologyTurtle.length);
            resp.getOutputStream().write(ontologyTurtle);
            return;
        }
        send(resp, media.get(), ontology, absolute(req, JsonLdContext.PATH));
    }

    // ---- helpers

    private void send(HttpServletResponse resp, RdfMedia media, Model model, String contextUrl) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (media == RdfMedia.JSON_LD) jsonLd.write(model.getGraph(), out, contextUrl);
        else RDFDataMgr.write(out, model, media.format());
        resp.setStatus(200);
        // setHeader, not setContentType: the servlet container would add its own charset to JSON-LD
        resp.setHeader("Content-Type", media.contentType());
        resp.setContentLength(out.size());
        out.writeTo(resp.getOutputStream());
    }

    /** The part of the request path after the route's prefix, as sent (percent-escapes kept: our IRIs have them). */
    private static String rawLocal(HttpServletRequest req, String prefix) {
        String uri = req.getRequestURI();
        String ctx = req.getContextPath() == null ? "" : req.getContextPath();
        String p = uri.substring(ctx.length());
        return p.startsWith(prefix) ? p.substring(prefix.length()) : "";
    }

    private Optional<String> knownLocal(HttpServletRequest req, String prefix) {
        return known(rawLocal(req, prefix));
    }

    /**
     * The local part of a resource the graph mentions: as sent first, then percent-decoded (an IRI
     * with non-ASCII letters arrives escaped by the browser).
     */
    private Optional<String> known(String raw) {
        if (!LOCAL.matcher(raw).matches() || raw.contains("//")) return Optional.empty();
        if (describer.isKnown(site.paths().iri(raw))) return Optional.of(raw);
        if (!raw.contains("%")) return Optional.empty();
        String decoded;
        try {
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.equals(raw) || !LOCAL.matcher(decoded).matches()) return Optional.empty();
        return describer.isKnown(site.paths().iri(decoded)) ? Optional.of(decoded) : Optional.empty();
    }

    /** An absolute URL on this server, as the client addressed it (scheme, host and port of the request). */
    public static String absolute(HttpServletRequest req, String path) {
        StringBuffer url = req.getRequestURL();
        String uri = req.getRequestURI();
        return url.substring(0, url.length() - uri.length()) + path;
    }

    private static void notFound(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Html.error(resp, 404, "The graph says nothing about the resource of " + req.getRequestURI() + ".");
    }

    private static void notAcceptable(HttpServletResponse resp, boolean withHtml) throws IOException {
        String types = RdfMedia.mediaTypes().stream().collect(Collectors.joining(", "));
        resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        text(resp, "None of the requested media types can be served. Available: " + (withHtml ? "text/html, " : "") + types + "\n");
    }

    private static void text(HttpServletResponse resp, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setHeader("Content-Type", "text/plain; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static byte[] readResource(String name) {
        try (InputStream in = LinkedDataRoute.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
