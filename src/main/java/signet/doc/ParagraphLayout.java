package signet.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns cleaned lines into paragraphs. A blank line ends a paragraph. Inside a block, a line
 * that does not end a sentence is a hard wrap (a wire story wrapped at 80 columns) and is joined
 * to the next line with a space, unless it is a short line followed by a capitalised one (a
 * headline or a label above the text). A line that ends a sentence ends its paragraph.
 * Stateless and thread-safe.
 */
final class ParagraphLayout {
    /** Below this length a line without final punctuation is taken for a headline, not a wrapped line. */
    static final int MIN_WRAPPED_LINE = 40;

    List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = "";
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(current, out);
                continue;
            }
            if (!current.isEmpty()) {
                if (continues(previous, line)) current.append(' ');
                else flush(current, out);
            }
            current.append(line);
            previous = line;
        }
        flush(current, out);
        return List.copyOf(out);
    }

    /** Whether {@code next} continues the line before it (a hard-wrapped line). */
    static boolean continues(String previous, String next) {
        if (endsSentence(previous)) return false;
        char first = next.charAt(0);
        if (Character.isLowerCase(first) || Character.isDigit(first)) return true;
        return previous.length() >= MIN_WRAPPED_LINE;
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
