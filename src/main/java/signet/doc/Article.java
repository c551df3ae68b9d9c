package signet.doc;

import java.util.List;
import java.util.Optional;
import signet.time.PartialDate;

/**
 * One source document after reading and cleaning. All offsets in the pipeline refer to
 * {@link #text()}, the cleaned text, which is also stored in the graph so evidence spans can be
 * shown.
 *
 * @param id            stable document id (see {@link DocumentIds}): as read, the file name without its
 *                      extension; the ingester sets the id its path gives ({@link #withId})
 * @param fileName      the file name as found on disk
 * @param contentHash   SHA-256 (hex) of the raw file bytes
 * @param format        "txt", "md" or "html"
 * @param title         the headline when one can be told apart, else empty
 * @param text          cleaned text (mojibake repaired, boilerplate removed, markup gone)
 * @param sentences     the sentences of {@code text}, in order
 * @param published     the article's own date (header, "PUBLISHED :" line, dateline), if any
 * @param dateline      the place of the dateline ("CHENGDU, China, Jan. 21, 2026 /PRNewswire/"), as written
 * @param datelineSpan  [start,end) of the dateline place in {@code text}, or null
 * @param publisher     the wire or publisher named in the dateline or header (PRNewswire, KUNA, ...), as written
 */
public record Article(String id, String fileName, String contentHash, String format,
                      Optional<String> title, String text, List<Sentence> sentences,
                      Optional<PartialDate> published, Optional<String> dateline, int[] datelineSpan,
                      Optional<String> publisher) {
    public Article {
        sentences = List.copyOf(sentences);
    }

    /** The same article under another id: where it was read from decides the id, which a reader given only the file cannot know. */
    public Article withId(String newId) {
        return new Article(newId, fileName, contentHash, format, title, text, sentences, published, dateline, datelineSpan, publisher);
    }
}
