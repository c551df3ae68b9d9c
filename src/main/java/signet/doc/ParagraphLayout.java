package signet.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns cleaned lines into paragraphs. A blank line ends a paragraph. Inside a block, a line
 * that does not end a sentence is a hard wrap (a wire story wrapped at 80 columns) and is joined
 * to the next line with a space, unless it is a short line followed by a capitalised one (a
 * headline or a label above the text), or an all-capitals line followed by a mixed-case one (a
 * headline in capitals). A line that ends a sentence ends its paragraph.
 * In the page header (before any body-length paragraph) a date line ("29 May 2025",
 * "Oct 9, 2025, 11:05", "Brussels, 10 July 2025") is its own paragraph, so it is not glued to
 * the headline or byline above it, unless the line above stops mid-phrase ("... signed on").
 * Immutable and thread-safe.
 */
final class ParagraphLayout {
    /** Below this length a line without final punctuation is taken for a headline, not a wrapped line. */
    static final int MIN_WRAPPED_LINE = 40;
    /** Lines of the page header in which a date line stands alone. */
    static final int HEADER_LINES = 12;
    /** A line ending in one of these words continues on the next line ("signed on / 3 May 2025 ..."). */
    private static final Set<String> OPEN_ENDINGS = Set.of("on", "of", "in", "at", "by", "to", "from", "since",
            "until", "till", "before", "after", "between", "and", "or", "the", "a", "an", "dated", "as");

    private final Predicate<String> headerDateLine;

    /** A layout without header date lines. */
    ParagraphLayout() {
        this(line -> false);
    }

    /** A layout in which a header line accepted by {@code headerDateLine} is its own paragraph. */
    ParagraphLayout(Predicate<String> headerDateLine) {
        this.headerDateLine = headerDateLine;
    }

    List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = "";
        boolean previousAlone = false;
        int lines = 0;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(current, out);
                continue;
            }
            lines++;
            boolean alone = lines <= HEADER_LINES && inHeader(out, current) && headerDateLine.test(line)
                    && (current.isEmpty() || !openEnded(previous));
            if (!current.isEmpty()) {
                if (!alone && !previousAlone && continues(previous, line)) current.append(' ');
                else flush(current, out);
            }
            current.append(line);
            previous = line;
            previousAlone = alone;
        }
        flush(current, out);
        return List.copyOf(out);
    }

    /** Whether no body-length paragraph has been laid out yet. */
    private static boolean inHeader(List<String> out, StringBuilder current) {
        if (current.length() >= TextDocumentReader.BODY_LENGTH) return false;
        for (String p : out) if (p.length() >= TextDocumentReader.BODY_LENGTH) return false;
        return true;
    }

    /** Whether a line stops mid-phrase: a comma, or a preposition or article as its last word. */
    static boolean openEnded(String line) {
        if (line.endsWith(",")) return true;
        int space = line.lastIndexOf(' ');
        String last = line.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        return OPEN_ENDINGS.contains(last);
    }

    /** Whether {@code next} continues the line before it (a hard-wrapped line). */
    static boolean continues(String previous, String next) {
        if (endsSentence(previous)) return false;
        char first = next.charAt(0);
        if (Character.isLowerCase(first) || Character.isDigit(first)) return true;
        // an all-capitals headline above a mixed-case line ("DOVER, DE / WIRE / ... / The company said")
        if (allCapitals(previous) && !allCapitals(next)) return false;
        return previous.length() >= MIN_WRAPPED_LINE;
    }

    /** Whether a line has several letters and no lower-case one. */
    static boolean allCapitals(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 12;
    }

    /** True when the text ends with . ! ? or … (possibly followed by closing quotes or brackets). */
    static boolean endsSentence(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(s.charAt(i)) >= 0) i--;
        return i >= 0 && ".!?…".indexOf(s.charAt(i)) >= 0;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (!current.isEmpty()) out.add(current.toString());
        current.setLength(0);
    }
}
