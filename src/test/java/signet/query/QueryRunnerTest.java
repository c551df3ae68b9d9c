package signet.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.store.Tdb2Store;

class QueryRunnerTest {

    static final String TTL = """
            PREFIX ex: <https://example.org/>
            ex:rosatom ex:name "Rosatom" ; ex:signedWith ex:gazprom .
            ex:gazprom ex:name "Gazprom Neft, \\"PJSC\\"" .
            ex:airbus ex:name "Airbus" ; ex:signedWith ex:safran .
            ex:safran ex:name "Safran"@fr .
            """;

    @TempDir Path tmp;
    Tdb2Store store;

    @BeforeEach void setUp() {
        store = Tdb2Store.open(tmp.resolve("db"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TTL, Lang.TURTLE).parse(g);
        store.replaceGraph("https://w3id.org/signet/id/graph/doc1", g);
    }

    @AfterEach void tearDown() { store.close(); }

    String run(String sparql, Map<String, Node> params, ResultFormat fmt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset(), Duration.ofSeconds(10)).run(NamedQuery.parse("t", sparql, "test"), params, fmt, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static final String SIGNED = """
            # title: Who signed with whom
            # answers: pairs of signatories
            # param a: the first party
            PREFIX ex: <https://example.org/>
            SELECT ?a ?name ?b WHERE { ?a ex:signedWith ?b . ?b ex:name ?name } ORDER BY ?name
            """;

    /** W3C SPARQL CSV: header of names, CRLF, IRIs and literals as bare lexical forms, RFC 4180 quoting. */
    @Test void csvIsStandardSparqlCsv() {
        String csv = run(SIGNED, Map.of(), ResultFormat.CSV);
        assertEquals("a,name,b\r\n"
                + "https://example.org/rosatom,\"Gazprom Neft, \"\"PJSC\"\"\",https://example.org/gazprom\r\n"
                + "https://example.org/airbus,Safran,https://example.org/safran\r\n", csv);
    }

    @Test void parametersAreBoundAsTermsNotText() {
        String csv = run(SIGNED, Map.of("a", NodeFactory.createURI("https://example.org/rosatom")), ResultFormat.CSV);
        assertTrue(csv.contains("Gazprom Neft"), csv);
        assertFalse(csv.contains("airbus"), csv);
        // an injection attempt stays one literal: it matches nothing and breaks nothing
        String evil = run(SIGNED, Map.of("a", QueryParameters.toNode("x } UNION { ?a ?p ?b")), ResultFormat.CSV);
        assertEquals("a,name,b\r\n", evil);
    }

    @Test void parameterValuesAreClassified() {
        assertTrue(QueryParameters.toNode("<https://example.org/x>").isURI());
        assertTrue(QueryParameters.toNode("https://example.org/x").isURI());
        assertTrue(QueryParameters.toNode("Rosatom").isLiteral());
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.toNode("x".repeat(1001)));
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.toNode("<https://exa mple.org/>"));
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.parseAll(java.util.List.of("noequals")));
        assertEquals(Map.of("org", NodeFactory.createLiteralString("A=B")), QueryParameters.parseAll(java.util.List.of("?org=A=B")));
    }

    @Test void unknownParametersAreRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> run(SIGNED, Map.of("org", NodeFactory.createLiteralString("x")), ResultFormat.CSV));
        assertTrue(e.getMessage().contains("org"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> run("SELECT * { ?s ?p ?o }", Map.of("sx", NodeFactory.createLiteralString("x")), ResultFormat.CSV));
    }

    @Test void otherFormats() {
        assertTrue(run(SIGNED, Map.of(), ResultFormat.JSON).contains("\"vars\""));
        assertTrue(run(SIGNED, Map.of(), ResultFormat.XML).contains("<sparql"));
        assertTrue(run(SIGNED, Map.of(), ResultFormat.TSV).startsWith("?a\t?name\t?b"));
        String table = run(SIGNED, Map.of(), ResultFormat.TABLE);
        assertTrue(table.contains("| a") && table.contains("ex:rosatom"), table);
        assertTrue(run("ASK { ?s ?p ?o }", Map.of(), ResultFormat.JSON).contains("true"));
        String ttl = run("PREFIX ex: <https://example.org/> CONSTRUCT { ?b ex:signedWith ?a } WHERE { ?a ex:signedWith ?b }", Map.of(), ResultFormat.CSV);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        assertEquals(2, g.size(), ttl);
    }

    @Test void aRunawayQueryIsStopped() {
        // 4 x 200 triples: a triple cross product has 8 million rows to count
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 200; i++) g.add(NodeFactory.createURI("https://example.org/n" + i), NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("v" + i));
        store.replaceGraph("https://w3id.org/signet/id/graph/big", g);
        QueryRunner runner = new QueryRunner(store.dataset(), Duration.ofMillis(300));
        long t0 = System.nanoTime();
        assertThrows(QueryCancelledException.class, () -> runner.run(
                NamedQuery.parse("x", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "x"),
                Map.of(), ResultFormat.CSV, new ByteArrayOutputStream()));
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).toSeconds() < 10);
    }

    @Test void namedQueryHeaderAndFile() throws Exception {
        Path f = Files.writeString(tmp.resolve("signed-with.rq"), SIGNED);
        NamedQuery q = NamedQuery.load(f);
        assertEquals("signed-with", q.name());
        assertEquals("Who signed with whom", q.title());
        assertEquals("pairs of signatories", q.answers());
        assertEquals(java.util.List.of(new NamedQuery.Param("a", "the first party")), q.params());
        Path bad = Files.writeString(tmp.resolve("bad.rq"), "SELECT * WHERE { ?s ?p }");
        var e = assertThrows(QueryParseException.class, () -> NamedQuery.load(bad));
        assertTrue(e.getMessage().contains("bad.rq"), e.getMessage());
    }
}
