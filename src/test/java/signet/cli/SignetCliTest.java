package signet.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import signet.ingest.TinyPipeline;

/** The command line in-process, with captured output and the tiny test pipeline. */
class SignetCliTest {

    @TempDir Path tmp;
    Path db, articles;
    StringWriter out, err;

    record Result(int code, String out, String err) {}

    @BeforeEach void setUp() throws Exception {
        db = tmp.resolve("db");
        articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("one.txt"), "Rosatom signed with Gazprom.\n", StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("two.txt"), "Airbus met Safran.\n", StandardCharsets.UTF_8);
    }

    Result run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = SignetCli.commandLine(new SignetCli(TinyPipeline::create));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static final String MENTIONED = "SELECT ?org WHERE { ?doc <https://w3id.org/signet/ontology#mentions> ?org } ORDER BY ?org";

    @Test void usageErrorsExitWith2() {
        assertEquals(2, run("--no-such-option").code());
        assertEquals(2, run("frobnicate").code());
        Result noPaths = run("ingest", "--db", db.toString());
        assertEquals(2, noPaths.code());
        assertTrue(noPaths.err().contains("PATH"), noPaths.err());
        run("ingest", "--db", db.toString(), articles.toString());
        assertEquals(2, run("query", "--db", db.toString()).code(), "neither file nor -e");
        assertEquals(2, run("query", "--db", db.toString(), "-e", MENTIONED, "x.rq").code(), "both");
        assertEquals(2, run("query", "--db", db.toString(), "--format", "yaml", "-e", MENTIONED).code());
        assertEquals(2, run("query", "--db", db.toString(), "-e", "SELECT WHERE {").code());
        assertEquals(2, run("query", "--db", db.toString(), "-p", "novalue", "-e", MENTIONED).code());
        assertEquals(2, run("query", "--db", db.toString(), "-p", "nosuchvar=1", "-e", MENTIONED).code());
        assertEquals(2, run("query", "--db", db.toString(), "--timeout", "soon", "-e", MENTIONED).code());
        assertEquals(2, run("query", "--db", db.toString(), tmp.resolve("missing.rq").toString()).code());
        assertEquals(2, run("query", "--db", tmp.resolve("nostore").toString(), "-e", MENTIONED).code());
        // a named query's declared parameter types hold on the command line as on the server
        Result badNumber = run("query", "--db", db.toString(), "-p", "minConfidence=abc", "agreements");
        assertEquals(2, badNumber.code(), badNumber.out());
        assertTrue(badNumber.err().contains("minConfidence"), badNumber.err());
        assertEquals(2, run("query", "--db", db.toString(), "-p", "fact=abc", "evidence").code());
        assertEquals(0, run("query", "--db", db.toString(), "-p", "minConfidence=0.5", "agreements").code());
        assertEquals(2, run("export", "--db", db.toString(), "--format", "docx").code());
    }

    @Test void helpListsTheExitCodes() {
        Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Exit codes:") && r.out().contains("3   validation failed"), r.out());
        for (String cmd : new String[] {"ingest", "query", "serve", "export", "validate"})
            assertTrue(r.out().contains(cmd), cmd);
    }

    @Test void ingestThenQueryAsCsv() throws Exception {
        Result ing = run("ingest", "--db", db.toString(), articles.toString());
        assertEquals(0, ing.code(), ing.err());
        assertTrue(ing.out().contains("2 added"), ing.out());
        Path rq = Files.writeString(tmp.resolve("mentioned.rq"), "# title: Mentioned organizations\n" + MENTIONED);
        Result q = run("query", "--db", db.toString(), "--format", "csv", rq.toString());
        assertEquals(0, q.code(), q.err());
        assertEquals("org\r\nhttps://w3id.org/signet/id/org/airbus\r\nhttps://w3id.org/signet/id/org/gazprom\r\n"
                + "https://w3id.org/signet/id/org/rosatom\r\nhttps://w3id.org/signet/id/org/safran\r\n", q.out());
        Result bound = run("query", "--db", db.toString(), "--format", "tsv",
                "--param", "doc=https://w3id.org/signet/id/doc/two", "-e", MENTIONED);
        assertEquals(0, bound.code(), bound.err());
        assertEquals("?org\n<https://w3id.org/signet/id/org/airbus>\n<https://w3id.org/signet/id/org/safran>\n", bound.out());
        Result again = run("ingest", "--db", db.toString(), articles.toString());
        assertTrue(again.out().contains("2 unchanged"), again.out());
    }

    @Test void ingestWithABadFileExitsWith1AndNamesIt() throws Exception {
        Path empty = Files.writeString(articles.resolve("empty.txt"), "");
        Result r = run("ingest", "--db", db.toString(), articles.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("signet: " + empty + ": empty file"), r.err());
        assertTrue(r.out().contains("2 added"), r.out());
    }

    @Test void exportUnionAndNamedGraphs() throws Exception {
        run("ingest", "--db", db.toString(), articles.toString());
        Path ttl = tmp.resolve("out/all.ttl");
        Files.createDirectories(ttl.getParent());
        assertEquals(0, run("export", "--db", db.toString(), "--format", "ttl", "-o", ttl.toString()).code(), err.toString());
        Graph g = RDFParser.source(ttl).toGraph();
        assertTrue(g.size() > 5);
        try (var files = Files.list(ttl.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        Result nq = run("export", "--db", db.toString(), "--format", "nq");
        assertEquals(0, nq.code(), nq.err());
        Dataset ds = RDFParser.fromString(nq.out(), org.apache.jena.riot.Lang.NQUADS).toDataset();
        assertEquals(2, org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().listGraphNodes()));
        for (String f : new String[] {"nt", "trig", "jsonld", "rdfxml"})
            assertEquals(0, run("export", "--db", db.toString(), "--format", f).code(), f + ": " + err);
        Graph fromXml = GraphFactory.createDefaultGraph();
        run("export", "--db", db.toString(), "--format", "rdfxml");
        RDFParser.fromString(out.toString(), org.apache.jena.riot.Lang.RDFXML).parse(fromXml);
        assertTrue(fromXml.isIsomorphicWith(g), "rdfxml and ttl export the same union graph");
    }

    @Test void validateExitsWith3WhenTheGraphDoesNotConform() throws Exception {
        run("ingest", "--db", db.toString(), articles.toString());
        Path shapes = Files.writeString(tmp.resolve("shapes.ttl"), """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX sig: <https://w3id.org/signet/ontology#>
                <https://example.org/shapes/doc> a sh:NodeShape ; sh:targetClass sig:Document ;
                  sh:property [ sh:path sig:contentHash ; sh:minCount 1 ] ;
                  sh:property [ sh:path sig:mentions ; sh:maxCount %d ] .
                """.formatted(1));
        Result bad = run("validate", "--db", db.toString(), "--shapes", shapes.toString());
        assertEquals(3, bad.code(), bad.out() + bad.err());
        assertTrue(bad.out().contains("<https://w3id.org/signet/id/doc/one>\t<https://w3id.org/signet/ontology#mentions>"), bad.out());
        Files.writeString(shapes, Files.readString(shapes).replace("sh:maxCount 1", "sh:maxCount 10"));
        Result good = run("validate", "--db", db.toString(), "--shapes", shapes.toString());
        assertEquals(0, good.code(), good.out() + good.err());
        assertTrue(good.out().contains("conforms"));
    }

    @Test void durations() {
        DurationConverter c = new DurationConverter();
        assertEquals(Duration.ofSeconds(30), c.convert("30s"));
        assertEquals(Duration.ofSeconds(30), c.convert("30"));
        assertEquals(Duration.ofMillis(500), c.convert("500ms"));
        assertEquals(Duration.ofMinutes(2), c.convert("2m"));
        assertEquals(Duration.ofSeconds(45), c.convert("PT45S"));
        assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("0s"));
        assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("-5s"));
    }

    @Test void writerOutputStreamKeepsMultiByteCharactersWhole() throws Exception {
        StringWriter w = new StringWriter();
        String text = "Société Générale – 上海 ".repeat(2000);
        try (var os = new WriterOutputStream(w)) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < b.length; i += 7) os.write(b, i, Math.min(7, b.length - i));
        }
        assertEquals(text, w.toString());
    }

    @Test void baseIriIsCheckedAndAStoreKeepsItsBase() {
        // the standard pipeline: the tiny test pipeline mints under the default base only
        java.util.function.Function<String[], Result> standard = args -> {
            StringWriter o = new StringWriter(), e = new StringWriter();
            CommandLine cl = SignetCli.commandLine(new SignetCli());
            cl.setOut(new PrintWriter(o, true));
            cl.setErr(new PrintWriter(e, true));
            return new Result(cl.execute(args), o.toString(), e.toString());
        };
        for (String bad : new String[] {"ftp://example.org/id/", "https://example.org/id", "not an iri", "https://example.org/id/?x=1"})
            assertEquals(2, standard.apply(new String[] {"ingest", "--db", db.toString(), "--base-iri", bad, articles.toString()}).code(), bad);
        Result first = standard.apply(new String[] {"ingest", "--db", db.toString(), "--base-iri", "https://example.org/signet/id/", articles.toString()});
        assertEquals(0, first.code(), first.err());
        Result other = standard.apply(new String[] {"ingest", "--db", db.toString(), articles.toString()});
        assertEquals(1, other.code(), other.out());
        assertTrue(other.err().contains("another base") && other.err().contains("https://example.org/signet/id/"), other.err());
    }
}
