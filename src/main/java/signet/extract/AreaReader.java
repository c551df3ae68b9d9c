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
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\bas well as\\b|\\band\\b(?=\\s+(?:the\\s+)?[a-z-]+(?:\\s+of|\\s+[a-z-]+\\s+of|,|$)))\\s*");
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
                    for (String part : SPLIT.split(m.group("list"))) {
                        String a = clean(part);
                        if (!a.isEmpty()) out.add(a);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** "the development of cultural and tourism projects that highlight ..." → at most six words, lower case, no article. */
    private static String clean(String part) {
        String a = part.strip().replaceAll("^(?:the|a|an|and|or)\\s+", "").replaceAll("[\"“”]", "");
        a = a.replaceAll("\\s+(?:that|which|who|to|in order|so that|with the|between)\\b.*$", "");
        String[] w = a.split("\\s+");
        if (w.length == 0 || w[0].isEmpty() || w.length > 6) return "";
        return a.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
    }
}
