package signet.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import signet.doc.DocumentIds;
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
 * document ({@code agreement-HASH}, {@code post-HASH}, {@code partof-HASH}, {@code event-HASH},
 * and their parts such as {@code agreement-HASH/signature-PERSON}), {@code doc/ID/evidence-HASH},
 * {@code kind/KEY}, {@code event-kind/KEY}, {@code role/KEY}, {@code area/KEY},
 * {@code time/DATE} (OWL-Time instants), {@code graph/_curation} (the curations' named graph) and
 * {@code curation/FILE} (a curation file). The base is configurable so a published copy mints IRIs
 * on its own host.
 *
 * <p>Fact IRIs are keyed by the fact's content ({@link #contentKey}), not by its position in the
 * article: a curation that retracts {@code doc/ID/agreement-3f9a0c12b7e4} keeps pointing at the
 * same agreement when rules change and a re-extraction finds facts in another order.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/signet/id/";
    /** Named graph holding the curated reference data (known organizations, places). */
    public static final String REFERENCE_GRAPH_LOCAL = "graph/" + DocumentIds.REFERENCE;
    /** Named graph holding the curations (added facts, retractions, merges) of {@code data/curation/}. */
    public static final String CURATION_GRAPH_LOCAL = "graph/" + DocumentIds.CURATION;
    /** Hex digits of a content key: 48 bits, so a collision within one document is practically never seen. */
    static final int KEY_LENGTH = 12;

    private final String base;

    public Iris(String base) {
        if (!base.endsWith("/") && !base.endsWith("#")) throw new IllegalArgumentException("base IRI must end with / or #: " + base);
        this.base = base;
    }

    public static Iris defaults() { return new Iris(DEFAULT_BASE); }

    public String base() { return base; }

    public String entity(EntityKind kind, String key) { return base + kind.segment() + "/" + key; }
    public String document(String docId) { return base + "doc/" + encodeId(docId); }
    public String documentGraph(String docId) { return base + "graph/" + encodeId(docId); }
    public String referenceGraph() { return base + REFERENCE_GRAPH_LOCAL; }
    public String fact(String docId, String local) { return document(docId) + "/" + local; }
    public String curationGraph() { return base + CURATION_GRAPH_LOCAL; }
    /** A curation file, by its file name: what a curated fact with no source document is derived from. */
    public String curationFile(String fileName) { return base + "curation/" + encode(fileName); }
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

    /**
     * A short stable key of a fact's identifying content: the first {@value #KEY_LENGTH} hex digits
     * of the SHA-256 of the parts (joined by a separator no part contains, so ("ab","c") and
     * ("a","bc") differ). The parts are what makes the fact the fact (say the sorted party keys,
     * the kind and the status of an agreement), never positions, so the key survives re-extraction.
     */
    public static String contentKey(List<String> parts) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (String p : parts) {
            md.update(p.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, KEY_LENGTH);
    }

    /** A name in one IRI segment: IRI-safe ASCII kept, everything else percent-encoded (a '/' too). */
    static String encode(String s) { return encode(s, false); }

    /**
     * A document id in an IRI: its '/' kept as path separators (an id is a path, {@code 2024/index},
     * see {@link DocumentIds}), non-ASCII letters percent-encoded as UTF-8. Ids made by
     * {@link DocumentIds} hold nothing else, so their IRIs never carry a '%25' or '%2F', which web
     * servers refuse in request paths.
     */
    static String encodeId(String id) { return encode(id, true); }

    private static String encode(String s, boolean keepSlash) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '-' || cp == '_' || cp == '.' || cp == '~'
                    || (keepSlash && cp == '/')) b.appendCodePoint(cp);
            else for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) b.append(String.format("%%%02X", x & 0xff));
        }
        return b.toString();
    }

    /**
     * A lower-case ASCII slug of a name: accents folded, apostrophes dropped, every other run of
     * non-alphanumerics one hyphen. "People’s Daily Online" → {@code peoples-daily-online}.
     */
    public static String slug(String name) {
        // ASCII is its own NFKD form and has no combining marks: skip the normalizer for it
        String s = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        s = EDGE_HYPHENS.matcher(NON_ALNUM.matcher(s).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
    }

    // Compiled once: extraction slugs every name it meets (String.replaceAll compiles on each call).
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }
}
