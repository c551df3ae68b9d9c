package signet.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes a description is served in, in the server's order of preference (Turtle
 * first: it is the one people read). Each knows its media type, the file extension of its fixed
 * URL ({@code /data/org/tass.ttl}), whether its {@code Content-Type} carries a charset, and the
 * Jena writer to use.
 */
public enum RdfMedia {
    TURTLE("text/turtle", "ttl", true, RDFFormat.TURTLE_PRETTY),
    JSON_LD("application/ld+json", "jsonld", false, RDFFormat.JSONLD11),
    N_TRIPLES("application/n-triples", "nt", true, RDFFormat.NTRIPLES_UTF8),
    RDF_XML("application/rdf+xml", "rdf", true, RDFFormat.RDFXML_PRETTY);

    private final String mediaType;
    private final String extension;
    private final boolean charset;
    private final RDFFormat format;

    RdfMedia(String mediaType, String extension, boolean charset, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.charset = charset;
        this.format = format;
    }

    public String mediaType() { return mediaType; }

    public String extension() { return extension; }

    public RDFFormat format() { return format; }

    /**
     * The {@code Content-Type} header. JSON is UTF-8 by definition and {@code application/ld+json}
     * has no charset parameter, so none is sent there; the text syntaxes say it explicitly.
     */
    public String contentType() { return charset ? mediaType + "; charset=utf-8" : mediaType; }

    public static List<String> mediaTypes() { return Arrays.stream(values()).map(RdfMedia::mediaType).toList(); }

    public static Optional<RdfMedia> byExtension(String ext) {
        String e = ext.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.extension.equals(e)).findFirst();
    }

    /**
     * The syntax the client prefers: the highest quality, ties going to the server's order. Empty
     * when the client accepts none of them (a 406).
     */
    public static Optional<RdfMedia> choose(Accept accept) {
        RdfMedia best = null;
        double bestQ = 0;
        for (RdfMedia m : values()) {
            double q = accept.quality(m.mediaType);
            if (q > bestQ) {
                best = m;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the client gives an HTML page ({@code text/html} or XHTML). */
    public static double htmlQuality(Accept accept) {
        return Math.max(accept.quality("text/html"), accept.quality("application/xhtml+xml"));
    }

    /**
     * Whether to answer with the HTML page rather than RDF: the client names HTML itself (a
     * browser does; a bare {@code *}{@code /*} from curl or a SPARQL client gets data) and rates it
     * at least as high as any RDF syntax.
     */
    public static boolean prefersHtml(Accept accept) {
        boolean namesHtml = accept.names("text/html") || accept.names("application/xhtml+xml");
        return namesHtml && htmlQuality(accept) > 0 && htmlQuality(accept) >= bestQuality(accept);
    }

    /** The highest quality the client gives any RDF syntax. */
    public static double bestQuality(Accept accept) {
        return Arrays.stream(values()).mapToDouble(m -> accept.quality(m.mediaType)).max().orElse(0);
    }
}
