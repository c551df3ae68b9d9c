package signet.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import signet.fact.ExtractionResult;

/**
 * Crafted long sentences must be read in bounded time: no rule may backtrack for minutes. These
 * are bounds, not benchmarks (timings are in BENCHMARKS.md); the limits are far above the few
 * milliseconds a real article takes, and far below what a catastrophic regex would need.
 */
class ExtractionBoundsTest {
    private static final RuleExtractor X = new RuleExtractor();

    @Test
    void aLongListOfAppositionsIsBounded() {
        StringBuilder b = new StringBuilder("Karl Berg, ");
        for (int i = 0; i < 400; i++) b.append("director of Alpha").append(i % 26 == 0 ? "" : "x").append(" Agency, ");
        b.append("and Eva Lind signed a memorandum of understanding with Omega Group.");
        ExtractionResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> X.extract(TestArticles.of(b.toString(), "2024-01-02", null)));
        assertFalse(r.facts().isEmpty());
    }

    @Test
    void thousandsOfOrganizationsInOneSentenceAreBounded() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2000; i++) b.append("Unit").append(Integer.toString(i, 26).replaceAll("[0-9]", "q")).append(" News Agency, ");
        b.append("and Last Media Group signed an agreement with Other Broadcasting Company in Lima on March 3, 2024.");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> X.extract(TestArticles.of(b.toString(), "2024-03-05", null)));
    }

    @Test
    void aLineOfPunctuationAndCapitalsIsBounded() {
        String line = "A, B. C (D) E's F - G / H & I of the J and K ".repeat(1500) + "signed.";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> X.extract(TestArticles.of(line, null, null)));
    }
}
