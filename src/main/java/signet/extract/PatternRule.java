package signet.extract;

import signet.lexicon.TsvResource;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rule read from {@code rules/*.tsv}: a stable id (written into provenance), a confidence and a
 * regular expression over a sentence's abstract form, with macros expanded.
 */
record PatternRule(String id, double confidence, Pattern pattern, String impliedTitle) {

    PatternRule(String id, double confidence, Pattern pattern) {
        this(id, confidence, pattern, "");
    }

    /**
     * The fourth column read as comma-separated check names (part-of rules use it for checks a
     * regular expression cannot make, such as "the parent's name heads a governing body").
     */
    java.util.Set<String> checks() {
        if (impliedTitle.isBlank()) return java.util.Set.of();
        return java.util.Set.of(impliedTitle.strip().split("\\s*,\\s*"));
    }

    private static final Map<String, String> MACROS = Map.of(
            "{PERX}", "(?:PER|OTH)_\\d+",
            "{ORGX}", "(?:ORG|OTH)_\\d+",
            // a word that dates a post held now may stand before the titles ("the current CEO of Y", "Y's newly
            // appointed CEO, X", "X, now CEO of Y"); "a former editor of Y" is no post (PostWordingsTest)
            // a title's abbreviation may follow it in brackets ("managing director (MD) and chief executive officer
            // (CEO) of Y"); RelationReader.titlesIn leaves it out
            // the area a title covers may follow the titles ("chief executive officer for Europe at Y", "head of sales for the
            // Nordic region at Y"); RelationReader.titlesIn keeps only the titles
            "{TTLS}", "(?:(?:currently|now) (?:the )?)?(?:(?:newly appointed|newly elected|newly named|new|current|outgoing|incoming) )?TTL_\\d+(?: \\( (?:TTL|OTH)_\\d+ \\))?(?: (?:, and|,|and|&) TTL_\\d+(?: \\( (?:TTL|OTH)_\\d+ \\))?){0,6}"
                    + "(?: for (?:the )?(?:PLC|OTH)_\\d+(?: (?:region|market|markets|operations))?(?= (?:at|of) | , (?:ORG|OTH)_\\d+ ,))?",
            // "director of Ruritania's Coral Institute": a possessive before the organization, a place or an unknown name
            "{POSS}", "(?:(?:PLC|OTH)_\\d+ 's )?",
            "{PAREN}", "(?:\\( [^()]{1,80}? \\) )?",
            // "Governor of Akmola region X", "Akmola region's governor X": a region written in lower case after its name
            "{REGION}", "(?:(?:region|province|oblast|prefecture|county) )?",
            // "Ambassador to Kosovo", "Consul General in Mombasa": where a diplomat is sent, between the title and the name
            "{SENT}", "(?:(?:to|in) (?:the )?(?:PLC|OTH|ORG)_\\d+ )?",
            "{GAP}", "(?:(?!PER_|ORG_|TTL_|OTH_|PLC_\\d+ and |[.;:()])\\S+ ){1,8}?");

    static List<PatternRule> load(String resource) {
        return load(resource, Map.of());
    }

    /**
     * The rules of {@code resource}, with macros of the reading rule set ({@code moreMacros}, expanded
     * first so they may use the shared ones) as well as the shared ones.
     */
    static List<PatternRule> load(String resource, Map<String, String> moreMacros) {
        return TsvResource.table(resource, 4).stream().map(c -> {
            String p = c[2];
            for (Map.Entry<String, String> e : moreMacros.entrySet()) p = p.replace(e.getKey(), e.getValue());
            for (Map.Entry<String, String> e : MACROS.entrySet()) p = p.replace(e.getKey(), e.getValue());
            // Java's regex engine recurses once per repetition of a group: an unbounded one ("(...)*")
            // overflows the stack on a crafted long sentence, so rules must bound their repetitions
            if (p.matches("(?s).*\\)[*+].*"))
                throw new IllegalStateException(resource + ": rule " + c[0] + " repeats a group without bound; write {0,N}");
            // a placeholder is a whole token: TTL_1 must not match the start of TTL_12
            p = p.replace("_\\d+\\b", "_\\d+").replace("_\\d+", "_\\d+\\b");
            try {
                // a look-ahead for the characters a match can start with (see FirstChars): same matches, fewer attempts
                return new PatternRule(c[0], Double.parseDouble(c[1]), Pattern.compile(FirstChars.guard(p).orElse("") + p), c[3]);
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": rule " + c[0] + " is invalid: " + e.getMessage(), e);
            }
        }).toList();
    }
}
