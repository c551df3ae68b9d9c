package signet.graph;

import java.text.Normalizer;
import java.util.Locale;
import signet.fact.EntityKind;
import signet.time.PartialDate;

/**
 * Mints the IRIs of the graph. Entity IRIs depend only on the entity's key, so the same
 * organization named in two articles gets one IRI; document, graph and fact IRIs depend on the
 * document id, so a document's facts can be replaced as a whole.
 *
 * <p>Layout under the base (default {@value #DEFAULT_BASE}):
 * {@code org/KEY}, {@code person/KEY}, {@code place/KEY}, {@code work/KEY}, {@code doc/ID},
 * {@code graph/ID} (the document's named graph), {@code doc/ID/LOCAL} for the facts of that
 * document ({@code agreement-N}, {@code post-N}, {@code partof-N}, {@code event-N}, numbered in
 * list order, and their parts such as {@code agreement-N/signature-M}), {@code doc/ID/evidence-N},
 * {@code kind/KEY}, {@code event-kind/KEY}, {@code role/KEY}, {@code area/KEY} and
 * {@code time/DATE} (OWL-Time instants). The base is configurable so a published copy mints IRIs
 * on its own host.
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

    /**
     * The OWL-Time instant of a date at its precision ({@code time/2015-10}). Shared by every fact
     * on that date, in any document, so it depends on the date alone.
     */
    public String instant(PartialDate date) { return base + "time/" + date.lexical(); }

    /** The extraction activity that produced a document's facts (one per document graph). */
    public String extraction(String docId) { return fact(docId, "extraction"); }

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
