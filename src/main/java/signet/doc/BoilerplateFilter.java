package signet.doc;

import signet.lexicon.TsvResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Drops page chrome and wire-service footers, line by line, using the rules of
 * {@code lexicons/doc-boilerplate.tsv}. A rule must match a whole line, so body sentences that
 * only mention a word like "Copyright" stay. A TRAILER rule marks the start of a footer: that
 * line and everything after it go, unless nothing of substance came before (then only the
 * line goes). A line repeating an earlier line exactly (a headline printed twice, a caption
 * shown twice) is dropped too, keeping the first. Immutable and thread-safe.
 */
final class BoilerplateFilter {
    /** Boilerplate lines are short; longer lines are body text and are not tested, which keeps the cost linear. */
    static final int MAX_LINE = 400;
    /** Text needed before a footer rule may cut the rest: a footer follows an article. */
    static final int MIN_BODY_BEFORE_TRAILER = 100;

    /** LINE drops a line; TRAILER drops it and the rest; SUFFIX cuts the match off the end of a line. */
    enum Kind { LINE, TRAILER, SUFFIX }

    record Rule(Kind kind, Pattern pattern, String comment) {}

    private final List<Rule> rules;

    BoilerplateFilter(List<Rule> rules) { this.rules = List.copyOf(rules); }

    /** The rules of {@code lexicons/doc-boilerplate.tsv}; a malformed row fails here with its line number. */
    static BoilerplateFilter fromLexicon() {
        List<Rule> rules = new ArrayList<>();
        for (TsvResource.Row row : TsvResource.rows("lexicons/doc-boilerplate.tsv")) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.cell(0));
            } catch (IllegalArgumentException e) {
                throw row.error("kind must be LINE, TRAILER or SUFFIX, not '" + row.cell(0) + "'");
            }
            if (row.cell(2).isEmpty()) throw row.error("every rule needs a comment saying what it removes");
            try {
                String regex = kind == Kind.SUFFIX ? "(?:" + row.cell(1) + ")$" : row.cell(1);
                rules.add(new Rule(kind, Pattern.compile(regex), row.cell(2)));
            } catch (PatternSyntaxException e) {
                throw row.error("bad regex: " + e.getDescription());
            }
        }
        return new BoilerplateFilter(rules);
    }

    List<Rule> rules() { return rules; }

    /** The kind of the first rule matching the whole (stripped) line, or null when it is body text. */
    Kind classify(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LINE) return null;
        for (Rule rule : rules) {
            if (rule.kind() != Kind.SUFFIX && rule.pattern().matcher(s).matches()) return rule.kind();
        }
        return null;
    }

    boolean isBoilerplate(String line) { return classify(line) != null; }

    /** The line without end-of-story markers glued to its end ("... in various fields. (end)"). */
    private String cutSuffixes(String line) {
        for (Rule rule : rules) {
            if (rule.kind() == Kind.SUFFIX && line.length() > 1) {
                Matcher m = rule.pattern().matcher(line);
                if (m.find()) line = line.substring(0, m.start()).strip();
            }
        }
        return line;
    }

    /** The text without boilerplate lines; blank lines are kept so paragraphs stay apart. */
    String filter(String text) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int kept = 0;
        for (String line : text.split("\n", -1)) {
            String s = line.strip();
            if (s.isEmpty()) {
                out.add("");
                continue;
            }
            s = cutSuffixes(s);
            if (s.isEmpty()) continue;
            Kind kind = classify(s);
            if (kind == Kind.TRAILER && kept >= MIN_BODY_BEFORE_TRAILER) break;
            if (kind != null || !seen.add(s)) continue;
            out.add(s);
            kept += s.length();
        }
        return String.join("\n", out);
    }
}
