package signet.doc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes Markdown syntax line by line: heading markers, emphasis, list markers, block quotes,
 * horizontal rules, autolinks ({@code <https://...>} vanish) and links ({@code [text](url)} keep
 * their text; images vanish). Crawled ".txt" articles are Markdown conversions of web pages, so
 * they go through here too. Every pattern is bounded by a negated character class, so each line
 * is processed in linear time. Stateless and thread-safe.
 */
final class MarkdownStripper {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:-[ \\t]*){3,}$|^ {0,3}(?:\\*[ \\t]*){3,}$|^ {0,3}(?:_[ \\t]*){3,}$");
    private static final Pattern LIST_MARKER = Pattern.compile("^[ \\t]*(?:[-*+•]|\\d{1,3}[.)])[ \\t]+");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^[ \\t]*(?:>[ \\t]?)+");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^()\\s]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)]\\([^()\\s]*(?:\\s+\"[^\"\\n]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|ftp|mailto):[^>\\s]*>");
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*|__([^_\\n]+)__");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\w*])\\*(?![\\s*])([^*\\n]+)(?<!\\s)\\*(?![\\w*])|(?<![\\w_])_(?![\\s_])([^_\\n]+)(?<!\\s)_(?![\\w_])");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+.!-])");

    StrippedText strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String title = null;
        for (String line : text.split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            boolean block = false; // headings and list items stand alone: a blank line follows them
            if (heading.matches()) {
                block = true;
                line = heading.group(1);
                if (title == null && !inline(line).isBlank()) title = inline(line).strip();
            } else if (RULE.matcher(line).matches()) {
                line = "";
            } else {
                line = QUOTE_MARKER.matcher(line).replaceFirst("");
                Matcher item = LIST_MARKER.matcher(line);
                if (item.lookingAt()) {
                    block = true;
                    line = line.substring(item.end());
                }
            }
            out.append(inline(line)).append(block ? "\n\n" : "\n");
        }
        return new StrippedText(out.toString(), Optional.ofNullable(title));
    }

    /** Inline markup of one line. */
    String inline(String line) {
        if (line.indexOf('[') >= 0 || line.indexOf('<') >= 0) {
            line = IMAGE.matcher(line).replaceAll("");
            line = LINK.matcher(line).replaceAll("$1");
            line = AUTOLINK.matcher(line).replaceAll("");
        }
        if (line.indexOf('*') >= 0 || line.indexOf('_') >= 0) {
            line = STRONG.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
            line = EMPHASIS.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        if (line.indexOf('`') >= 0) line = CODE.matcher(line).replaceAll("$1");
        if (line.indexOf('\\') >= 0) line = ESCAPE.matcher(line).replaceAll("$1");
        return line;
    }
}
