package signet.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code signet bench corpus} in-process: files written, usage errors refused with exit code 2. */
class BenchCommandTest {

    @TempDir Path tmp;

    private static int run(StringWriter out, String... args) {
        CommandLine cl = SignetCli.commandLine(new SignetCli());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void corpusWritesArticlesGoldAndAliases() {
        StringWriter out = new StringWriter();
        Path dir = tmp.resolve("c");
        assertEquals(0, run(out, "bench", "corpus", "--articles", "12", "--seed", "3", "--out", dir.toString()));
        assertTrue(Files.exists(dir.resolve("docs/000/000011.txt")));
        assertTrue(Files.exists(dir.resolve("gold/000011.json")));
        assertTrue(Files.exists(dir.resolve("aliases.tsv")));
        assertTrue(out.toString().startsWith("wrote 12 articles"), out.toString());
    }

    @Test
    void badCountsAreUsageErrorsAndANonEmptyFolderIsAFailure() throws Exception {
        assertEquals(2, run(new StringWriter(), "bench", "corpus", "--articles", "0", "--out", tmp.toString()));
        assertEquals(2, run(new StringWriter(), "bench", "corpus", "--articles", "5", "--organizations", "5", "--out", tmp.toString()));
        Files.writeString(tmp.resolve("x.txt"), "x");
        assertEquals(1, run(new StringWriter(), "bench", "corpus", "--articles", "5", "--out", tmp.toString()));
    }
}
