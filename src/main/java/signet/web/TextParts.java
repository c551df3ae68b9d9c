package signet.web;

/**
 * A document's text cut into parts for its page, so a huge article (a paragraph repeated 50,000
 * times made a 15 MB page) is shown {@value #PART_CHARS} characters at a time. Part {@code p}
 * starts at the first word start at or after {@code (p-1) × PART_CHARS}, so a sentence that
 * begins in the span of part {@code p} is in part {@code p}: any page can link to the part
 * holding an evidence sentence from its offset alone ({@link #partOf}), without the text.
 * Real articles (a few thousand to some tens of thousands of characters) are one part.
 */
final class TextParts {
    private TextParts() {}

    /** Characters of text per part: above any real article, and some 100–200 KB of HTML. */
    static final int PART_CHARS = 100_000;
    /** How far past a cut a word start is looked for; a longer run without a space is cut where the run reaches. */
    private static final int WORD_WINDOW = 1_000;

    /** How many parts the text has, at least one. */
    static int count(String text) {
        int n = Math.max(1, (text.length() + PART_CHARS - 1) / PART_CHARS);
        // the last cut may have moved to the very end (no word starts after it): no empty last part
        while (n > 1 && start(text, n) >= text.length()) n--;
        return n;
    }

    /** Where part {@code part} (1-based, at most {@link #count}) starts. */
    static int start(String text, int part) {
        if (part <= 1) return 0;
        long cut = (long) (part - 1) * PART_CHARS;
        if (cut >= text.length()) return text.length();
        int c = (int) cut, limit = (int) Math.min(text.length(), cut + WORD_WINDOW);
        for (int i = c; i < limit; i++) if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) return i;
        // no word start nearby: cut at the window's end, never inside a surrogate pair
        return limit < text.length() && Character.isLowSurrogate(text.charAt(limit)) ? limit + 1 : limit;
    }

    /** Where part {@code part} ends (exclusive). */
    static int end(String text, int part) {
        return part >= count(text) ? text.length() : start(text, part + 1);
    }

    /** The part of the text holding character {@code offset}. */
    static int partAt(String text, int offset) {
        int p = Math.min(partOf(offset), count(text));
        while (p > 1 && offset < start(text, p)) p--;
        return p;
    }

    /** The part holding a sentence that starts at {@code offset} (a word start): 1 for any offset of a real article. */
    static int partOf(int offset) {
        return offset <= 0 ? 1 : offset / PART_CHARS + 1;
    }
}
