package signet.eval;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled articles against the shared gold annotations, scored by {@code signet evaluate}:
 * the reference score.py gives fact-F1 1.000 on them (a CI gate), so must we. Skipped where the
 * shared folder is absent (it sits beside the project, outside the repository).
 */
class ReferenceScorerCrossCheckTest {

    static Path home() {
        String p = System.getProperty("signet.home");
        return Path.of(p == null || p.isBlank() ? "" : p).toAbsolutePath().normalize();
    }

    @Test void seedArticlesScoreAsScorePyScoresThem() {
        Path shared = home().resolve("../shared/eval").normalize();
        assumeTrue(Files.isDirectory(shared.resolve("gold")), "no " + shared);
        EvaluateCommandTest.Result r = EvaluateCommandTest.run("evaluate", "--gold", shared.resolve("gold").toString(),
                "--docs", home().resolve("data/articles").toString(), "--aliases", shared.resolve("aliases.tsv").toString(), "--verbose");
        assertEquals(0, r.code(), r.err());
        assertEquals("fact-F1 1.000", r.lines().getLast(), r.out());
        assertTrue(r.lines().contains("agreements       P 1.00  R 1.00  F1 1.00"), r.out());
        assertTrue(r.lines().stream().noneMatch(l -> l.startsWith("  ")), "no misses: " + r.out());
    }
}
