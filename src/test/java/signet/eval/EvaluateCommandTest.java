package signet.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import signet.cli.SignetCli;

/**
 * {@code signet evaluate} in-process with the standard pipeline, on two small articles of our own
 * (invented organizations and people) and their gold annotations.
 */
class EvaluateCommandTest {

    @TempDir Path tmp;
    Path docs, gold, aliases;

    record Result(int code, String out, String err) {
        List<String> lines() { return out.lines().toList(); }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new SignetCli());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach void articlesAndGold() throws Exception {
        docs = Files.createDirectories(tmp.resolve("docs"));
        gold = Files.createDirectories(tmp.resolve("gold"));
        Files.writeString(docs.resolve("alpha-signing.txt"), """
                Northwind Film Agency and Baltic Lumen Studios sign co-production memorandum

                RIGA, March 13, 2024 - Northwind Film Agency and Baltic Lumen Studios signed a memorandum of understanding on co-production in Riga on March 12, 2024.

                "We look forward to our first joint project," said Anna Kalnina, general director of Baltic Lumen Studios.
                """, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("beta-post.txt"), """
                Harbor Animation Group opens new studio

                TALLINN, May 6, 2023 - Harbor Animation Group has opened a new studio in Tallinn.

                Mart Saar, chief executive officer of Harbor Animation Group, said the studio would employ forty artists.

                Harbor Animation Group and Kestrel Media Holding signed a distribution agreement on Friday.
                """, StandardCharsets.UTF_8);
        // The annotator writes names as they like; the aliases file ties them to the graph's.
        Files.writeString(gold.resolve("alpha-signing.json"), """
                { "doc": "alpha-signing.txt", "published": "2024-03-13",
                  "agreements": [{"kind": "memorandum of understanding", "parties": ["NFA", "Baltic Lumen Studios"],
                                  "date": "2024-03-12", "place": "Riga", "witnesses": []}],
                  "roles": [{"person": "Anna Kalnina", "title": "Director General", "org": "Baltic Lumen Studios"}],
                  "part_of": [], "events": [],
                  "not_agreements": [["Northwind Film Agency", "Kestrel Media Holding"]] }
                """, StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("beta-post.json"), """
                { "doc": "beta-post.txt", "published": "2023-05-06",
                  "agreements": [{"kind": "distribution agreement", "parties": ["Harbor Animation Group", "Kestrel Media Holding"],
                                  "date": "2023-05-05", "place": "", "witnesses": []}],
                  "roles": [{"person": "Mart Saar", "title": "CEO", "org": "Harbor Animation Group"}],
                  "part_of": [], "events": [], "not_agreements": [] }
                """, StandardCharsets.UTF_8);
        aliases = Files.writeString(tmp.resolve("aliases.tsv"), "# canonical\taliases\nNorthwind Film Agency\tNFA|Northwind\n",
                StandardCharsets.UTF_8);
    }

    @Test void scoresTheArticlesAgainstTheGold() throws Exception {
        Path json = tmp.resolve("figures.json");
        Result r = run("evaluate", "--gold", gold.toString(), "--docs", docs.toString(), "--aliases", aliases.toString(),
                "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "agreements       P 1.00  R 1.00  F1 1.00",
                "agreement dates  2/2 correct",
                "agreement places 1/1 correct",
                "roles            P 1.00  R 1.00  F1 1.00",
                "part-of          P 1.00  R 1.00  F1 1.00",
                "events           P 1.00  R 1.00  F1 1.00",
                "not-agreements   0/1 signed in the graph",
                "fact-F1 1.000"), r.lines());
        var figures = org.apache.jena.atlas.json.JSON.read(json.toString());
        assertEquals(1.0, figures.get("fact_f1").getAsNumber().value().doubleValue());
    }

    @Test void withoutTheAliasesTheAnnotatorsNameIsAMiss() {
        Result r = run("evaluate", "--gold", gold.toString(), "--docs", docs.toString(), "--verbose");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertTrue(lines.contains("  agreement false: alpha-signing baltic lumen studios + northwind film agency"), r.out());
        assertTrue(lines.contains("  agreement missed: alpha-signing baltic lumen studios + nfa"), r.out());
        assertTrue(lines.contains("agreements       P 0.50  R 0.50  F1 0.50"), r.out());
        assertTrue(lines.contains("agreement dates  1/1 correct"), r.out());
        assertEquals("fact-F1 0.833", lines.getLast());
    }

    @Test void scoresAnExistingStore() {
        Path db = tmp.resolve("store");
        assertEquals(0, run("ingest", "--db", db.toString(), docs.resolve("alpha-signing.txt").toString()).code());
        Result r = run("evaluate", "--gold", gold.toString(), "--db", db.toString(), "--aliases", aliases.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("1 annotated document(s) not in the store, scored as missed: beta-post"), r.err());
        assertTrue(r.lines().contains("agreements       P 1.00  R 0.50  F1 0.67"), r.out());
        assertTrue(r.lines().contains("roles            P 1.00  R 0.50  F1 0.67"), r.out());
        assertEquals("fact-F1 0.778", r.lines().getLast());
    }

    @Test void usageErrorsExitWith2() throws Exception {
        Result noGold = run("evaluate", "--gold", tmp.resolve("missing").toString(), "--docs", docs.toString());
        assertEquals(2, noGold.code());
        assertTrue(noGold.err().contains("missing: no such folder"), noGold.err());

        assertEquals(2, run("evaluate", "--docs", docs.toString()).code(), "--gold is required");
        assertEquals(2, run("evaluate", "--gold", gold.toString(), "--docs", docs.toString(), "--db", tmp.resolve("db").toString()).code());
        assertEquals(2, run("evaluate", "--gold", gold.toString(), "--docs", docs.toString(), "--aliases", tmp.resolve("none.tsv").toString()).code());
        assertEquals(2, run("evaluate", "--gold", gold.toString(), "--db", tmp.resolve("no-store").toString()).code());

        Files.writeString(gold.resolve("broken.json"), "{\"doc\": \"x.txt\", \"roles\": [", StandardCharsets.UTF_8);
        Result broken = run("evaluate", "--gold", gold.toString(), "--docs", docs.toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("broken.json: not valid JSON"), broken.err());
    }

    @Test void aDocumentThatCannotBeIngestedIsARuntimeFailure() throws Exception {
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        Result r = run("evaluate", "--gold", gold.toString(), "--docs", docs.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("cannot score"), r.err());
        assertFalse(r.out().contains("fact-F1"), r.out());
    }
}
