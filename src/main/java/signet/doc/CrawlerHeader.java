package signet.doc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signet.time.PartialDate;

/**
 * The crawler writes the page's date in front of the first line: {@code " date 2025-05-10 China
 * Media Group and ..."}. The date is the article's publication date; the rest of the line is
 * body text and stays, without the prefix. Stateless and thread-safe.
 */
final class CrawlerHeader {
    private static final Pattern PREFIX = Pattern.compile("\\A[ \\t\\n]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?:[ \\t]+|(?=\\n)|\\z)");

    /** The header date (if any) and the text with the "date YYYY-MM-DD" prefix removed. */
    record Result(Optional<PartialDate> date, String text) {}

    Result extract(String text) {
        Matcher m = PREFIX.matcher(text);
        if (!m.lookingAt()) return new Result(Optional.empty(), text);
        Optional<PartialDate> date = PartialDate.parse(m.group(1));
        return date.isEmpty() ? new Result(Optional.empty(), text) : new Result(date, text.substring(m.end()));
    }
}
