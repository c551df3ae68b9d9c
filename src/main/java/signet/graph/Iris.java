package signet.graph;

import java.text.Normalizer;
import java.util.Locale;
import signet.fact.EntityKind;

/**
 * Mints the IRIs of the graph. Entity IRIs depend only on the entity's key, so the same
 * organization named in two articles gets one IRI; document, graph and fact IRIs depend on the
 * document id, so a document's facts can be replaced as a whole.
 *
 * <p>Layout under the base (default {@value #DEFAULT_BASE}):
 * {@code org/KEY}, {@code person/KEY}, {@code place/KEY}, {@code work/KEY}, {@code doc/ID},
 * {@code graph/ID} (the document's named graph), {@code doc/ID/fact/N} (agreements, posts,
 * events, part-of statements of that document), {@code doc/ID/evidence/N}, {@code kind/KEY},
 * {@code role/KEY}, {@code area/KEY}. The base is configurable so a published copy mints IRIs on
 * its own host.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/signet/id/";
    /** Named graph holding the curated reference data (known organizations, places). */
    public static final String REFERENCE_GRAPH_LOCAL = "graph/_reference";

    private final String base;

    public Iris(String base) {
        if (!base.endsWith("/") && !base.endsWith("#")) throw new IllegalArgumentException("base IRI must end with / or #: " + base);
        this.base = base;
    }

    public static Iris defaults() { return new Iris(DEFAULT_BASE); }

    public String base() { return base; }

    public String entity(EntityKind kind, String key) { return base + kind.segment() + "/" + key; }
    public String document(String docId) { return base + "doc/" + encode(docId); }
    public String documentGraph(String docId) { return base + "graph/" + encode(docId); }
    public String referenceGraph() { return base + REFERENCE_GRAPH_LOCAL; }
    public String fact(String docId, String local) { return document(docId) + "/" + local; }
    public String kind(String key) { return base + "kind/" + key; }
    public String role(String key) { return base + "role/" + key; }
    public String area(String key) { return base + "area/" + key; }
    public String eventKind(String key) { return base + "event-kind/" + key; }

    /** Document ids are file names without extension; keep IRI-safe characters, percent-encode the rest. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') b.append(c);
            else for (byte x : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) b.append(String.format("%%%02X", x & 0xff));
        }
        return b.toString();
    }

    /**
     * A lower-case ASCII slug of a name: accents folded, apostrophes dropped, every other run of
     * non-alphanumerics one hyphen. "People’s Daily Online" → {@code peoples-daily-online}.
     */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’‘`]", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
    }
}
