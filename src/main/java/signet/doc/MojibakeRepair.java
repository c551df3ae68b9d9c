package signet.doc;

/**
 * Repairs text that went through an encoder which replaced each non-ASCII punctuation mark by
 * two or three question marks (the UTF-8 bytes of ’ “ ” — each became "?"). Which mark it was
 * is read from the context of the run of question marks:
 * <ul>
 *   <li>between two letters ("Korea???s", "China??s") → ’ (an apostrophe);</li>
 *   <li>standing alone between spaces ("/PRNewswire/ ?? The") → — (a dash);</li>
 *   <li>after a space or line start and before a word ("??This") → “ (an opening quote);</li>
 *   <li>after a word or punctuation and before a space, punctuation or line end ("vision?.",
 *       "ties,? said") → ” (a closing quote), but only while a quote opened by this repair is
 *       still open in the same paragraph — a lone "?" otherwise stays a real question mark.</li>
 * </ul>
 * Also turns no-break and other fixed-width spaces into plain spaces and collapses runs of
 * spaces and tabs (never newlines). One linear pass; stateless and thread-safe.
 */
final class MojibakeRepair {

    String repair(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int openQuotes = 0; // quotes opened by this repair and not closed yet, in this paragraph
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '?') {
                int j = i;
                while (j < n && text.charAt(j) == '?') j++;
                int run = j - i;
                char before = lastChar(out);
                char after = j < n ? text.charAt(j) : '\n';
                String replacement = replace(run, before, after, openQuotes > 0);
                if (replacement.equals("“")) openQuotes++;
                else if (replacement.equals("”")) openQuotes--;
                out.append(replacement);
                i = j;
                continue;
            }
            if (c == '\n') {
                stripTrailingSpaces(out);
                // a blank line ends the paragraph, and with it any quote left open
                if (lastChar(out) == '\n') openQuotes = 0;
                out.append('\n');
            } else if (isSpace(c)) {
                char last = lastChar(out);
                if (last != ' ' && last != '\n') out.append(' ');
            } else {
                out.append(c);
            }
            i++;
        }
        stripTrailingSpaces(out);
        return out.toString();
    }

    private static String replace(int run, char before, char after, boolean quoteOpen) {
        boolean letterBefore = Character.isLetter(before);
        boolean wordAfter = Character.isLetterOrDigit(after);
        boolean spaceBefore = before == ' ' || before == '\n' || before == '(' || before == '[';
        boolean spaceAfter = after == ' ' || after == '\n' || isSpace(after);
        boolean endAfter = spaceAfter || isClosingPunctuation(after);
        if (run >= 2 && run <= 3) {
            if (letterBefore && Character.isLetter(after)) return "’";
            if (spaceBefore && wordAfter) return "“";
            if ((before == ' ' || before == '\n') && spaceAfter) return "—";
            if (!spaceBefore && endAfter) return quoteOpen ? "”" : letterBefore ? "’" : "?".repeat(run);
        } else if (run == 1 && quoteOpen && !spaceBefore && endAfter) {
            return "”";
        }
        return "?".repeat(run);
    }

    private static boolean isClosingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '!';
    }

    /** Spaces that should be a plain space: tab, no-break space and the fixed-width spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u3000';
    }

    private static char lastChar(StringBuilder sb) {
        return sb.isEmpty() ? '\n' : sb.charAt(sb.length() - 1);
    }

    private static void stripTrailingSpaces(StringBuilder sb) {
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
    }
}
