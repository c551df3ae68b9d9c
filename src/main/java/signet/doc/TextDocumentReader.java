package signet.doc;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import signet.time.DateFinder;
import signet.time.PartialDate;
import signet.time.RuleDateFinder;

/**
 * Reads .txt, .md and .html news articles into cleaned {@link Article}s. The steps, each its own
 * class: decode the bytes ({@link TextDecoder}); take the crawler's "date YYYY-MM-DD" prefix
 * ({@link CrawlerHeader}); remove markup ({@link HtmlStripper}, {@link MarkdownStripper} — crawled
 * .txt files are Markdown conversions); repair mojibake ({@link MojibakeRepair}); drop boilerplate
 * ({@link BoilerplateFilter}); lay out paragraphs ({@link ParagraphLayout}); then, on the final
 * text, find the headline ({@link TitleFinder}), the dateline ({@link DatelineFinder}), the
 * publication date ({@link PublicationDateFinder}) and the sentences ({@link SentenceSplitter}).
 *
 * <p>The text of the article is its paragraphs joined by a blank line; the headline, when it is
 * a line of the page, is the first paragraph. Every offset (sentences, dateline) is into that
 * text. Immutable and thread-safe: build one and share it.
 */
public final class TextDocumentReader implements DocumentReader {
    /** Paragraphs searched for a dateline: page chrome and a photo caption may come before it. */
    static final int DATELINE_PARAGRAPHS = 6;
    /** A paragraph this long is article body, not a headline or a header line. */
    static final int BODY_LENGTH = 150;

    private final TextDecoder decoder = new TextDecoder();
    private final CrawlerHeader crawlerHeader = new CrawlerHeader();
    private final HtmlStripper html = new HtmlStripper();
    private final MarkdownStripper markdown = new MarkdownStripper();
    private final MojibakeRepair mojibake = new MojibakeRepair();
    private final ParagraphLayout layout;
    private final TitleFinder titles = new TitleFinder();
    private final DatelineFinder datelines = new DatelineFinder();
    private final BoilerplateFilter boilerplate;
    private final SentenceSplitter sentences;
    private final PublicationDateFinder publication;

    /** A reader using the rule-based date finder of {@code signet.time}. */
    public TextDocumentReader() {
        this(new RuleDateFinder());
    }

    /** A reader whose date lines are read by {@code finder}. */
    public TextDocumentReader(DateFinder finder) {
        Objects.requireNonNull(finder, "finder");
        Function<String, Optional<PartialDate>> standalone = finder instanceof RuleDateFinder rules
                ? rules::parseStandalone
                : s -> DateLines.byCoverage(finder, s);
        this.boilerplate = BoilerplateFilter.fromLexicon();
        this.sentences = SentenceSplitter.fromLexicon();
        this.publication = PublicationDateFinder.fromLexicon(new DateLines(finder, standalone));
        this.layout = new ParagraphLayout(publication::isHeaderDateLine);
    }

    /**
     * The largest file read, in bytes (16 MiB). News articles are tens of kilobytes; even an HTML
     * page with inline images stays far below. Above it a file is refused, which bounds the time
     * and memory one document may take (a 50 MB text took 30 s and 60,000 quads).
     */
    public static final long MAX_BYTES = 16L << 20;

    private static String tooLarge(long size) {
        return String.format(java.util.Locale.ROOT, "too large for an article (%.1f MiB; the limit is %d MiB)", size / 1048576.0, MAX_BYTES >> 20);
    }

    @Override
    public Article read(Path file) throws DocumentException {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        if (name == null) throw new DocumentException(file, "not a file");
        requireFormat(file, name.toString());
        byte[] bytes;
        try {
            // refused before it is read: a file this large is no news article, and reading it whole
            // would cost its size in memory several times over (bytes, text, sentences)
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new DocumentException(file, tooLarge(size));
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DocumentException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new DocumentException(file, "permission denied", e);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read: " + (Files.isDirectory(file) ? "is a directory" : e.getMessage()), e);
        }
        return read(file, name.toString(), bytes);
    }

    @Override
    public Article read(String fileName, byte[] bytes) throws DocumentException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        Path shown = Path.of(fileName);
        Path name = shown.getFileName();
        return read(shown, name == null ? fileName : name.toString(), bytes);
    }

    private Article read(Path shown, String fileName, byte[] bytes) throws DocumentException {
        DocumentFormat format = requireFormat(shown, fileName);
        if (bytes.length > MAX_BYTES) throw new DocumentException(shown, tooLarge(bytes.length));
        String decoded = decoder.decode(shown, bytes).replace("\r\n", "\n").replace('\r', '\n');
        CrawlerHeader.Result header = crawlerHeader.extract(decoded);
        StrippedText stripped = format == DocumentFormat.HTML ? html.strip(header.text()) : markdown.strip(header.text());
        String cleaned = boilerplate.filter(mojibake.repair(stripped.text()));
        List<String> paragraphs = layout.paragraphs(cleaned);
        if (paragraphs.isEmpty()) throw new DocumentException(shown, "no text after cleaning");
        String text = String.join("\n\n", paragraphs);

        int bodyStart = bodyStart(paragraphs);
        Optional<String> hint = stripped.title().map(mojibake::repair).map(String::strip);
        Optional<TitleFinder.Title> title = titles.find(hint, paragraphs, bodyStart,
                p -> boilerplate.isBoilerplate(p) || publication.isDateLine(p));

        int[] offsets = paragraphOffsets(paragraphs);
        int titleParagraph = title.map(TitleFinder.Title::paragraph).orElse(-1);
        Optional<DatelineFinder.Match> dateline = Optional.empty();
        int datelineParagraph = -1;
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()) && dateline.isEmpty(); i++) {
            if (i == titleParagraph || publication.isDateLine(paragraphs.get(i))) continue;
            dateline = datelines.find(paragraphs.get(i));
            datelineParagraph = i;
        }
        if (dateline.isPresent()) bodyStart = Math.min(bodyStart, datelineParagraph);
        Optional<PartialDate> published = publication.find(header.date(), paragraphs, bodyStart, dateline);

        int[] span = null;
        List<Sentence> split = sentences.split(text);
        if (dateline.isPresent()) {
            int base = offsets[datelineParagraph];
            span = new int[] {base + dateline.get().placeStart(), base + dateline.get().placeEnd()};
            split = SentenceSplitter.joinThrough(text, split, base, base + dateline.get().end());
        }
        return new Article(DocumentIds.id(fileName), fileName, sha256(bytes), format.label(),
                title.map(TitleFinder.Title::text), text, split, published,
                dateline.map(DatelineFinder.Match::place), span,
                dateline.flatMap(DatelineFinder.Match::publisher));
    }

    private static DocumentFormat requireFormat(Path shown, String fileName) throws DocumentException {
        return DocumentFormat.forFileName(fileName).orElseThrow(() ->
                new DocumentException(shown, "unsupported file type (expected .txt, .md, .html or .htm)"));
    }

    /** Index of the first paragraph long enough to be article body (the size when none is). */
    private static int bodyStart(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).length() >= BODY_LENGTH) return i;
        }
        return paragraphs.size();
    }

    private static int[] paragraphOffsets(List<String> paragraphs) {
        int[] offsets = new int[paragraphs.size()];
        int pos = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            offsets[i] = pos;
            pos += paragraphs.get(i).length() + 2;
        }
        return offsets;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
