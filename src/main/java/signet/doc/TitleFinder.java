package signet.doc;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The headline: the heading the markup marks, else the first short line before the body that
 * reads like a headline: under 200 characters, no final period, no sentence break inside, not a
 * date or time stamp. Stateless and thread-safe.
 */
final class TitleFinder {
    static final int MAX_TITLE = 200;
    /** How many paragraphs before the body may hold the headline (page chrome comes first). */
    static final int MAX_LEADING = 5;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’)]? [A-Z]");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");

    /**
     * @param hint       the markup's heading (already cleaned), if any
     * @param paragraphs the cleaned paragraphs
     * @param bodyStart  index of the first body paragraph
     * @param notTitle   lines that cannot be a headline (date lines, boilerplate)
     * @return the paragraph index of the title (-1 when it is not a paragraph) and the title
     */
    Optional<Title> find(Optional<String> hint, List<String> paragraphs, int bodyStart, Predicate<String> notTitle) {
        Optional<String> usable = hint.map(String::strip).filter(h -> !h.isEmpty() && h.length() < MAX_TITLE && !notTitle.test(h));
        if (usable.isPresent()) {
            return Optional.of(new Title(paragraphs.indexOf(usable.get()), usable.get()));
        }
        for (int i = 0; i < Math.min(Math.min(bodyStart, MAX_LEADING), paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (looksLikeHeadline(p) && !notTitle.test(p)) return Optional.of(new Title(i, p));
        }
        return Optional.empty();
    }

    static boolean looksLikeHeadline(String p) {
        return p.length() < MAX_TITLE && p.indexOf(' ') > 0 && !p.endsWith(".")
                && !SENTENCE_BREAK.matcher(p).find() && !TIME.matcher(p).find()
                && p.chars().filter(Character::isLetter).count() * 2 > p.length();
    }

    /** A headline and the index of the paragraph holding it (-1 when it only exists in the markup). */
    record Title(int paragraph, String text) {}
}
