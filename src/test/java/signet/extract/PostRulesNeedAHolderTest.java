package signet.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * RelationReader skips the post rules on a sentence whose abstract form holds no person and no
 * untyped name ("PER_", "OTH_"): that is only sound while every post rule names its holder with
 * {PERX}. A rule added without it fails here instead of silently never matching such sentences.
 */
class PostRulesNeedAHolderTest {
    @Test
    void everyPostRuleNamesItsHolderAsAPersonOrUntypedName() {
        for (PatternRule r : PatternRule.load("rules/posts.tsv")) {
            String p = r.pattern().pattern();
            assertTrue(p.contains("(?<p>(?:PER|OTH)_\\d+"), r.id() + " has no {PERX} holder group: " + p);
        }
    }
}
