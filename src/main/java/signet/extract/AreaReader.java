package signet.extract;

import signet.lexicon.TsvResource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Areas of cooperation ("exchange of news", "co-production of films and TV shows") from the
 * sentences that report or describe an agreement, with the rules of {@code rules/areas.tsv}.
 */
final class AreaReader {
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\bas well as\\b)\\s*");
    // compiled once rather than by String.replaceAll on every item
    private static final Pattern LEADING_AND = Pattern.compile("^and\\s+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an|and|or)\\s+");
    private static final Pattern QUOTES = Pattern.compile("[\"“”]");
    private static final Pattern CLAUSE = Pattern.compile("\\s+(?:that|which|who|to|in order|so that|with the|between)\\b.*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,]+$");
    private final List<PatternRule> rules;

    AreaReader() {
        rules = TsvResource.table("rules/areas.tsv", 3).stream()
                .map(c -> new PatternRule(c[0], Double.parseDouble(c[1]), Pattern.compile(c[2], Pattern.CASE_INSENSITIVE))).toList();
    }

    List<String> areas(List<String> sentences) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : sentences) {
            for (PatternRule r : rules) {
                Matcher m = r.pattern().matcher(s);
                while (m.find()) {
                    for (String part : items(m.group("list"))) {
                        String a = clean(part);
                        if (!a.isEmpty()) out.add(a);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * "news exchange, training and joint production" → three items; "cultural and tourism
     * exchanges" (no comma) stays one: only in a comma list is the last "and" the list's own.
     */
    static List<String> items(String list) {
        List<String> parts = new ArrayList<>(List.of(SPLIT.split(list.strip())));
        if (parts.size() >= 2) {
            String last = LEADING_AND.matcher(parts.remove(parts.size() - 1)).replaceFirst("");
            int and = last.lastIndexOf(" and ");
            if (and > 0) {
                parts.add(last.substring(0, and));
                parts.add(last.substring(and + 5));
            } else {
                parts.add(last);
            }
        }
        return parts;
    }

    /** "the development of cultural and tourism projects that highlight ..." → at most six words, lower case, no article. */
    private static String clean(String part) {
        String a = QUOTES.matcher(LEADING_ARTICLE.matcher(part.strip()).replaceAll("")).replaceAll("");
        a = CLAUSE.matcher(a).replaceAll("");
        String[] w = SPACES.split(a);
        if (w.length == 0 || w[0].isEmpty() || w.length > 6) return "";
        return TRAILING_PUNCT.matcher(a.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
