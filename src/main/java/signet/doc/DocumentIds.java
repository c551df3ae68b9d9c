package signet.doc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a document is identified: by where it was read from.
 *
 * <p>A document's <em>id</em> is the path of its file relative to the folder given to
 * {@code signet ingest} (or to the current directory, for a file named by itself), with the
 * file's extension dropped and, in every segment, each run of characters that are not letters,
 * digits, marks, '-', '_' or '.' turned into one '-': {@code 2024/index.html} → {@code 2024/index},
 * {@code news item.txt} → {@code news-item}. Paths are joined by '/' and Unicode-normalised (NFC,
 * so a name stored decomposed, as macOS does, gives the same id). So ids are readable, the same
 * on every machine and every run, and make IRIs and page URLs that open without any escape a web
 * server could refuse ('%', '/' encoded, '.' segments).
 *
 * <p>Its <em>source</em>, recorded with it, is that path as it is, after the name of the folder it
 * is relative to ({@code crawl/2024/index.html}; made by the ingester's input walk). Different
 * sources can give one id ({@code a.txt} and {@code a.html}, {@code a b.txt} and {@code a-b.txt},
 * {@code day1/index.html} and {@code day2/index.html} given as two folders); the ingester refuses
 * the second rather than let it replace the first.
 *
 * <p>A file at the top of the folder keeps its old id (the file name without extension), so the
 * IRIs of a flat folder of articles did not change when ids became paths.
 */
public final class DocumentIds {
    /**
     * The longest id, in UTF-8 bytes. Percent-encoded (non-ASCII letters take three escapes per
     * byte) it stays under the 1024-character paths the linked-data routes answer, with room for
     * the fact names that follow it ({@code doc/ID/agreement-HASH/signature-NAME}).
     */
    public static final int MAX_BYTES = 300;
    /** The source recorded for an article posted to {@code POST /ingest}: there the id is the whole identity. */
    public static final String UPLOAD_SOURCE = "POST /ingest";
    /** Ids Signet's own graphs use ({@code graph/_curation}, {@code graph/_reference}): no document may take them. */
    public static final String CURATION = "_curation", REFERENCE = "_reference";
    private static final Set<String> RESERVED = Set.of(CURATION, REFERENCE);
    /**
     * The local names of a document's facts ({@code doc/ID/extraction}, {@code doc/ID/agreement-3f9a0c12b7e4},
     * see {@code signet.graph.Iris}): a later segment of an id shaped like one would make a
     * document IRI equal to a fact IRI of the document named by the segments before it.
     */
    private static final Pattern FACT_LOCAL = Pattern.compile("extraction|[a-z]+-[0-9a-f]{12}(-[0-9]+)?");

    private DocumentIds() {}

    /** The source of a file at {@code relative} (relative to the folder it was found under): its segments joined by '/', NFC. */
    public static String source(Path relative) {
        List<String> parts = new ArrayList<>();
        for (Path p : relative) parts.add(p.toString());
        return Normalizer.normalize(String.join("/", parts), Normalizer.Form.NFC);
    }

    /** The id a source gives: extension of the last segment dropped, every segment made safe (see the class comment). */
    public static String id(String source) {
        String[] segments = Normalizer.normalize(source, Normalizer.Form.NFC).split("/", -1);
        segments[segments.length - 1] = withoutExtension(segments[segments.length - 1]);
        StringBuilder b = new StringBuilder();
        for (String s : segments) {
            if (!b.isEmpty()) b.append('/');
            b.append(segment(s));
        }
        return b.toString();
    }

    /** The id of a file at {@code relative}: {@code id(source(relative))}. */
    public static String of(Path relative) { return id(source(relative)); }

    /** The file name without its extension ({@code index.html} → {@code index}; a leading dot is no extension). */
    public static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    /**
     * What is wrong with an id, if anything: used for the ids given over HTTP, and for the rare
     * file path that makes an unusable id (too long, a reserved name, a fact's name).
     */
    public static Optional<String> problem(String id) {
        if (id.isEmpty()) return Optional.of("the id is empty");
        int bytes = id.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) return Optional.of("the id is " + bytes + " bytes long; the limit is " + MAX_BYTES);
        if (RESERVED.contains(id)) return Optional.of("'" + id + "' names a graph of Signet's own");
        String[] segments = id.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty()) return Optional.of("the id has an empty segment (a '/' at its start or end, or '//')");
            if (s.equals(".") || s.equals("..")) return Optional.of("the id has a '" + s + "' segment");
            if (!segment(s).equals(s))
                return Optional.of("the id's segment '" + s + "' has characters other than letters, digits, '-', '_' and '.'");
            if (i > 0 && FACT_LOCAL.matcher(s).matches())
                return Optional.of("the id's segment '" + s + "' is named like a fact of document '"
                        + String.join("/", List.of(segments).subList(0, i)) + "'");
        }
        return Optional.empty();
    }

    /** One segment made safe: runs of other characters become one '-'; a '.' or '..' segment becomes dashes. */
    static String segment(String s) {
        if (s.equals(".") || s.equals("..")) return "-".repeat(s.length());
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(n.length());
        boolean gap = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (kept(cp)) {
                if (gap) b.append('-');
                gap = false;
                b.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        if (gap) b.append('-');
        return b.toString();
    }

    private static boolean kept(int cp) {
        if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '-' || cp == '_' || cp == '.';
        // letters, digits and marks of any script: an IRI carries them (percent-encoded in its ASCII form)
        if (Character.isLetterOrDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
