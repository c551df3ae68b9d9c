package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstCharsTest {

    private static String chars(String regex) {
        return FirstChars.guard(regex).map(g -> Pattern.compile("\\\\x\\{([0-9a-f]+)}").matcher(g).results()
                .map(m -> Character.toString(Integer.parseInt(m.group(1), 16))).reduce("", String::concat)).orElse("none");
    }

    @ParameterizedTest(name = "{0} starts with {1}")
    @CsvSource(delimiter = ';', value = {
            "(?<p>(?:PER|OTH)_\\d+\\b) , who;OP",
            "(?<!, )(?<!, the )(?<!TTL_\\d{1,3} and )(?<t>TTL_\\d+) of;T",
            "(?:the |a )?(?<o>ORG_\\d+);Oat",
            "(?:the )*x|y{0,2}z;txyz",
            "behalf of (?:the )?ORG;b",
            "\\( (?<t>TTL_\\d+) \\);(",
            "\\d{4} year;0123456789",
            "(?=ORG)\\bORG_\\d+;O",
            "\\S+ of ORG;none",
            "[A-Z]+ of;none",
            ".*x;none",
            "(?i)org;none",
            "a?;none",
            "(?:a|b?);none",
            "\\k<x>a;none",
    })
    void readsTheFirstCharacters(String regex, String expected) {
        assertEquals(expected, chars(regex));
    }

    /** The guarded pattern finds exactly the same matches, at the same places, as the rule as written. */
    @Test
    void guardedRulesMatchExactlyTheSame() {
        List<PatternRule> rules = new java.util.ArrayList<>(PatternRule.load("rules/posts.tsv"));
        rules.addAll(PatternRule.load("rules/part-of.tsv", PartOfReader.MACROS)); // with the part-of reader's own macros, as it loads them
        List<String> forms = List.of(
                "PER_0 , TTL_1 of the ORG_2 , said on DAT_3 .",
                "the TTL_0 of ORG_1 , PER_2 , and TTL_3 of ORG_4 OTH_5 met in PLC_6 .",
                "ORG_0 , a subsidiary of the ORG_1 , signed an AGR_2 with ORG_3 .",
                "ORG_0 's TTL_1 PER_2 said the ORG_3 , which owns ORG_4 , was represented by its TTL_5 PER_6 .",
                "on behalf of the ORG_0 by its TTL_1 PER_2 , who also heads ORG_3 .",
                "PER_0 ( TTL_1 of ORG_2 ) and OTH_3 , who co-founded the PLC_4 's ORG_5 .",
                "ORG_0 is a wholly-owned subsidiary of ORG_1 and ORG_2 at the ORG_3 .");
        int guarded = 0;
        for (PatternRule r : rules) {
            String raw = r.pattern().pattern().replaceFirst("^\\(\\?=\\[[^\\]]*\\]\\)", "");
            if (!raw.equals(r.pattern().pattern())) guarded++;
            Pattern plain = Pattern.compile(raw);
            for (String f : forms)
                assertEquals(plain.matcher(f).results().map(m -> m.start() + "-" + m.end()).toList(),
                        r.pattern().matcher(f).results().map(m -> m.start() + "-" + m.end()).toList(), r.id() + " on " + f);
        }
        assertTrue(guarded >= rules.size() - 2, "most rules get a guard: " + guarded + " of " + rules.size());
        assertEquals(Optional.empty(), FirstChars.guard(""));
    }
}
