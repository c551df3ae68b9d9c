package signet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code signet explain} and curation loading through the command line, in-process, on the real seed articles. */
class ExplainCommandTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final Path ARTICLES = HOME.resolve("data/articles");

    @TempDir Path tmp;
    Path db, curation;

    static CliRun run(String... args) { return CliRun.run(args); }

    @BeforeEach
    void ingest() throws Exception {
        db = tmp.resolve("db");
        curation = Files.createDirectories(tmp.resolve("curation"));
        CliRun r = run("ingest", "--db", db.toString(), "--curation", curation.toString(), ARTICLES.toString());
        assertEquals(0, r.code(), r.err());
    }

    /** The agreement rows of the seed store as CSV lines, header dropped. */
    List<String[]> agreements() {
        CliRun r = run("query", "--db", db.toString(), "--format", "csv", HOME.resolve("queries/agreements.rq").toString());
        assertEquals(0, r.code(), r.err());
        return r.out().lines().skip(1).map(l -> l.split(",")).toList();
    }

    @Test
    void explainPrintsTheSentenceRuleAndConfidenceOfASeedFact() throws Exception {
        String[] row = agreements().stream().filter(a -> a[3].endsWith("/org/shanghai-media-group")).findFirst().orElseThrow();
        String fact = row[0];
        CliRun r = run("explain", "--db", db.toString(), fact);
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(ARTICLES.resolve("001_ef8b39d8cc0dd785.txt"), StandardCharsets.UTF_8);
        assertTrue(r.out().startsWith(fact + "\n"), r.out());
        assertTrue(r.out().contains("source: extracted, from 001_ef8b39d8cc0dd785.txt"), r.out());
        assertTrue(r.out().contains("confidence: " + row[9]), r.out());
        assertTrue(r.out().contains("retracted: no"), r.out());
        assertTrue(r.out().contains("rule agreement."), r.out());
        // the quoted sentence is the article's own text, with its offsets
        String quoted = r.out().lines().filter(l -> l.startsWith("    \"")).findFirst().orElseThrow().strip();
        String sentence = quoted.substring(1, quoted.length() - 1);
        assertTrue(sentence.contains("Shanghai media group") && sentence.contains("signed"), sentence);
        String offsets = r.out().lines().filter(l -> l.contains("evidence 1: ")).findFirst().orElseThrow();
        int start = Integer.parseInt(offsets.replaceAll(".*\\[(\\d+), (\\d+)\\).*", "$1"));
        int end = Integer.parseInt(offsets.replaceAll(".*\\[(\\d+), (\\d+)\\).*", "$2"));
        assertEquals(sentence.length(), end - start);
        assertTrue(text.replaceAll("\\s+", " ").contains(sentence.substring(0, 40)), "the sentence is in the article");
        // <angle brackets> are accepted too
        assertEquals(r.out(), run("explain", "--db", db.toString(), "<" + fact + ">").out());

        // after a curator retracts it, explain says by whom, when and why
        Files.writeString(curation.resolve("r.ttl"), """
                @prefix sig: <https://w3id.org/signet/ontology#> . @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                [] a sig:Retraction ; sig:retracts <%s> ; prov:wasAttributedTo [ a prov:Agent ; foaf:name "Ann Curator" ] ;
                   dcterms:created "2025-02-01"^^xsd:date ; sig:curationNote "checked with the publisher" .
                """.formatted(fact));
        CliRun again = run("ingest", "--db", db.toString(), "--curation", curation.toString(), ARTICLES.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("curation: 1 file loaded (0 facts, 1 retraction, 0 merges)"), again.out());
        CliRun retracted = run("explain", "--db", db.toString(), fact);
        assertTrue(retracted.out().contains("retracted: yes, by Ann Curator on 2025-02-01: checked with the publisher"), retracted.out());
        assertTrue(retracted.out().contains(sentence), "the evidence is still shown");
        assertTrue(agreements().stream().noneMatch(a -> a[0].equals(fact)));
    }

    @Test
    void anUnknownIriExitsWith1AndSaysSo() {
        String unknown = "https://w3id.org/signet/id/doc/000_891b23877e701f1c/agreement-000000000000";
        CliRun r = run("explain", "--db", db.toString(), unknown);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no fact <" + unknown + ">"), r.err());
        assertEquals("", r.out());
        // an entity is not a fact either
        assertEquals(1, run("explain", "--db", db.toString(), "https://w3id.org/signet/id/org/shanghai-media-group").code());
    }

    @Test
    void aMalformedCurationFileFailsTheIngestNamingTheFileAndKeepsTheArticles() throws Exception {
        Path bad = curation.resolve("bad.ttl");
        Files.writeString(bad, "@prefix sig: <https://w3id.org/signet/ontology#> .\n[] a sig:Retraction ;\n  sig:retracts <oops\n");
        CliRun r = run("ingest", "--db", db.toString(), "--curation", curation.toString(), ARTICLES.toString());
        assertEquals(1, r.code());
        // Jena places a broken IRI where it notices it: the end of its line or the next one
        assertTrue(r.err().matches("(?s).*signet: " + java.util.regex.Pattern.quote(bad.toString()) + ":[34]:\\d+: not valid Turtle: .*"), r.err());
        assertTrue(r.out().contains("3 unchanged"), r.out());
        assertFalse(agreements().isEmpty());
        assertTrue(Arrays.stream(new String[] {"explain"}).allMatch(c -> run("help", c).code() == 0));
    }
}
