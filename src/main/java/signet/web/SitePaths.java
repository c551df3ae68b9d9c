package signet.web;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the server answers for the IRIs minted under a base. An IRI {@code BASE + "org/tass"}
 * is served at {@code /id/org/tass} (the IRI itself, when the base points at this server, or
 * where a published host forwards it), described as HTML at {@code /page/org/tass} and as RDF at
 * {@code /data/org/tass} (Cool URIs: {@code /id/} answers 303 See Other to one of the two).
 *
 * <p>Links in pages are server-relative paths, so they work whatever host name the reader used;
 * IRIs outside the base (vocabulary terms, Wikidata) are linked as they are.
 *
 * @param base the namespace of the minted IRIs, ending in '/'
 */
public record SitePaths(String base) {
    public static final String ID = "/id/";
    public static final String PAGE = "/page/";
    public static final String DATA = "/data/";

    public SitePaths {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/")) throw new IllegalArgumentException("base IRI must end with '/': " + base);
    }

    /** The part of an IRI after the base ({@code org/tass}), when the IRI is one of ours. */
    public Optional<String> local(String iri) {
        if (iri == null || !iri.startsWith(base) || iri.length() == base.length()) return Optional.empty();
        return Optional.of(iri.substring(base.length()));
    }

    /** The IRI for a local part taken from a request path ({@code org/tass} → {@code BASE org/tass}). */
    public String iri(String local) { return base + local; }

    /** Where a reader clicks to see a resource: our page for our IRIs, the IRI itself otherwise. */
    public String pageHref(String iri) { return local(iri).map(l -> PAGE + l).orElse(iri); }

    /** The RDF description of one of our IRIs ({@code /data/org/tass}), or the IRI itself. */
    public String dataHref(String iri) { return local(iri).map(l -> DATA + l).orElse(iri); }

    /** The IRI's path on this server ({@code /id/org/tass}), or the IRI itself. */
    public String idHref(String iri) { return local(iri).map(l -> ID + l).orElse(iri); }
}
