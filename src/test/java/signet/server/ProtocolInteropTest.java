package signet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.store.Tdb2Store;

/**
 * The endpoint speaks the standard protocols to clients we did not write. The bundled articles
 * are ingested into a real TDB2 store, a real server listens on a free port, and then:
 * <ul>
 * <li>Python's SPARQLWrapper (Debian's python3-sparqlwrapper, run by {@code /usr/bin/python3};
 *     script {@code src/test/resources/protocol/sparqlwrapper_check.py}) asks one SELECT as SPARQL
 *     JSON, SPARQL XML and CSV, ASKs as JSON and XML, and a CONSTRUCT as Turtle and RDF/XML; the
 *     script fails when the formats disagree, and this test compares its rows with the store;</li>
 * <li>{@code curl} reads graphs through the SPARQL 1.1 Graph Store Protocol (Turtle, N-Triples,
 *     N-Quads), which must be exactly the stored graphs, gets 404 for a graph that does not exist,
 *     and is refused every write (PUT, POST, DELETE, PATCH) while the store stays as it was.</li>
 * </ul>
 * When a client is missing the tests are skipped, unless {@code SIGNET_REQUIRE_CLIENTS=1} (CI
 * sets it): then they fail, naming the Debian package to install.
 */
class ProtocolInteropTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final String ORG = "Gazprom-Media";
    static final String UNION_GRAPH = "urn:x-arq:UnionGraph";

    @TempDir static Path tmp;
    static Tdb2Store store;
    static SignetServer server;

    @BeforeAll
    static void ingestAndServe() {
        store = Tdb2Store.open(tmp.resolve("db"));
        IngestReport report = new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter()))
                .ingest(List.of(HOME.resolve("data/articles")));
        assertFalse(report.hasFailures(), report.summary());
        server = SignetServer.builder().store(store).host("127.0.0.1").port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    // ---------------------------------------------------------------------------------------
    // SPARQL Protocol, with SPARQLWrapper

    @Test
    void sparqlWrapperGetsTheSameAnswerInJsonXmlAndCsv() throws Exception {
        requirePythonWithSparqlWrapper();
        Run run = run(List.of(PYTHON.toString(), checkScript().toString(), server.sparqlUrl(), ORG));
        assertEquals(0, run.exit(), run::describe);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("OK"), run::describe);
        assertTrue(lines.contains("ASK expected=true json=true xml=true"), run::describe);
        assertTrue(lines.contains("ASK expected=false json=false xml=false"), run::describe);
        assertTrue(lines.stream().anyMatch(l -> l.matches("CONSTRUCT turtle=rdfxml triples=[1-9]\\d*")), run::describe);

        // ROW agreement partner kind date place sentence: what Python read is what the store holds
        Map<String, List<String>> byPartner = lines.stream().filter(l -> l.startsWith("ROW\t"))
                .map(l -> List.of(l.split("\t", -1)))
                .collect(Collectors.toMap(cells -> cells.get(2), Function.identity()));
        assertEquals(partnersInStore(ORG), byPartner.keySet(), run::describe);
        assertEquals(Set.of("International Publicity Development Alliance", "Shanghai Media Group", "People's Daily Online"),
                byPartner.keySet(), "the direct partners (the subsidiary's agreement is not Gazprom-Media's own)");
        List<String> ipda = byPartner.get("International Publicity Development Alliance");
        assertEquals(List.of("memorandum of understanding", "2026-01-20", "Saint Petersburg"), ipda.subList(3, 6));
        assertTrue(ipda.get(6).contains("/PRNewswire/ — The International Publicity Development Alliance"),
                "non-ASCII text (the dash) survives every format: " + ipda.get(6));
        assertEquals("", byPartner.get("People's Daily Online").get(5), "no place stated: an empty cell in every format");
    }

    @Test
    void anUnknownOrganizationIsNoRowsNotAnError() throws Exception {
        requirePythonWithSparqlWrapper();
        Run run = run(List.of(PYTHON.toString(), checkScript().toString(), server.sparqlUrl(), "No Such Organization"));
        // the script fails (it expects an agreement), but because the answers are empty, not on a server error
        assertEquals(1, run.exit(), run::describe);
        assertTrue(run.out().lines().toList().contains("SELECT json=xml=csv rows=0"), run::describe);
        assertTrue(run.out().contains("MISMATCH no agreement signed with 'No Such Organization'"), run::describe);
        assertFalse(run.err().contains("Traceback"), run::describe);
    }

    // ---------------------------------------------------------------------------------------
    // Graph Store Protocol, with curl

    @Test
    void everyDocumentGraphReadsBackExactlyInTurtleAndNTriples() throws Exception {
        requireCurl();
        Set<String> graphs = store.graphNames();
        assertEquals(3, graphs.size(), graphs.toString());
        for (String g : graphs) {
            for (String accept : List.of("text/turtle", "application/n-triples")) {
                for (String service : List.of("get", "data")) {
                    Response r = curl("GET", "/signet/" + service + "?graph=" + enc(g), accept);
                    assertEquals(200, r.status(), () -> service + " " + g + " as " + accept + ": " + r.text());
                    assertEquals(accept, r.mediaType(), g);
                    assertIsomorphic(r, g, stored(dsg -> dsg.getGraph(NodeFactory.createURI(g))));
                }
            }
        }
    }

    @Test
    void theDefaultTheUnionAndTheWholeDatasetReadBack() throws Exception {
        requireCurl();
        // ?default is the stored default graph (the union default graph is a query-time view)
        Response def = curl("GET", "/signet/data?default", "text/turtle");
        assertEquals(200, def.status(), def::text);
        assertIsomorphic(def, "default", stored(DatasetGraph::getDefaultGraph));

        Response union = curl("GET", "/signet/get?graph=" + enc(UNION_GRAPH), "application/n-triples");
        assertEquals(200, union.status(), union::text);
        Graph unionGraph = stored(DatasetGraph::getUnionGraph);
        assertTrue(unionGraph.size() > 500, "the three articles' facts: " + unionGraph.size());
        assertIsomorphic(union, UNION_GRAPH, unionGraph);

        Response all = curl("GET", "/signet/get", "application/n-quads");
        assertEquals(200, all.status(), all::text);
        assertEquals("application/n-quads", all.mediaType());
        DatasetGraph served = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(all.text(), Lang.NQUADS).parse(served);
        assertTrue(Txn.calculateRead(store.dataset(), () -> IsoMatcher.isomorphic(served, copyOfStore())),
                "the N-Quads served are the store");
    }

    @Test
    void anUnknownGraphIsNotFound() throws Exception {
        requireCurl();
        String missing = "https://w3id.org/signet/id/graph/no-such-document";
        for (String service : List.of("get", "data"))
            assertEquals(404, curl("GET", "/signet/" + service + "?graph=" + enc(missing), "text/turtle").status(), service);
    }

    @Test
    void writesAreRefusedAndTheStoreIsUnchanged() throws Exception {
        requireCurl();
        String g = store.graphNames().iterator().next();
        long quadsBefore = store.size();
        Graph graphBefore = stored(dsg -> dsg.getGraph(NodeFactory.createURI(g)));
        Path turtle = Files.writeString(tmp.resolve("upload.ttl"),
                "<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n");

        List<String> targets = List.of("/signet/data?default", "/signet/data?graph=" + enc(g), "/signet/get?graph=" + enc(g),
                "/signet/data", "/signet?graph=" + enc(g), "/signet");
        for (String target : targets) {
            for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
                Response r = method.equals("DELETE") ? curl(method, target, null) : curl(method, target, null, turtle, "text/turtle");
                // Fuseki answers 405 Method Not Allowed on a read-only service; any refusal will do
                assertTrue(Set.of(400, 403, 404, 405).contains(r.status()), () -> method + " " + target + " gave " + r.status() + ": " + r.text());
            }
        }
        Path update = Files.writeString(tmp.resolve("update.ru"), "DROP ALL");
        for (String target : List.of("/signet/update", "/signet/sparql", "/signet")) {
            Response r = curl("POST", target, null, update, "application/sparql-update");
            assertTrue(r.status() >= 400 && r.status() < 500, () -> "update at " + target + " gave " + r.status());
        }

        assertEquals(quadsBefore, store.size(), "quads in the store");
        assertTrue(IsoMatcher.isomorphic(graphBefore, stored(dsg -> dsg.getGraph(NodeFactory.createURI(g)))), g + " changed");
    }

    // ---------------------------------------------------------------------------------------

    /** The organization's direct partners by name, asked of the store in-process. */
    private static Set<String> partnersInStore(String name) {
        String q = """
                PREFIX sig: <https://w3id.org/signet/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?partnerName WHERE {
                  ?org skos:prefLabel|skos:altLabel ?label . FILTER(LCASE(STR(?label)) = LCASE(?name))
                  ?a a sig:Agreement ; sig:status sig:Signed ; sig:party ?org , ?partner . FILTER(?partner != ?org)
                  ?partner skos:prefLabel ?partnerName .
                }""";
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> names = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q)
                    .substitution("name", org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(name)).build()) {
                qe.execSelect().forEachRemaining(row -> names.add(row.getLiteral("partnerName").getString()));
            }
            return names;
        });
    }

    /** A copy of a stored graph, taken in a read transaction. */
    private static Graph stored(Function<DatasetGraph, Graph> pick) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            pick.apply(store.dataset().asDatasetGraph()).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static DatasetGraph copyOfStore() {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        store.dataset().asDatasetGraph().find(Quad.ANY).forEachRemaining(copy::add);
        return copy;
    }

    private static void assertIsomorphic(Response r, String what, Graph expected) {
        Lang lang = RDFLanguages.contentTypeToLang(r.mediaType());
        Objects.requireNonNull(lang, () -> "not an RDF syntax: " + r.contentType());
        Graph served = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.text(), lang).parse(served);
        assertEquals(expected.size(), served.size(), what + " as " + lang.getName());
        assertTrue(IsoMatcher.isomorphic(expected, served), what + " as " + lang.getName() + " differs from the store");
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static Path checkScript() throws URISyntaxException {
        var url = ProtocolInteropTest.class.getResource("/protocol/sparqlwrapper_check.py");
        assertTrue(url != null, "protocol/sparqlwrapper_check.py is not on the test class path");
        return Path.of(url.toURI());
    }

    // ---------------------------------------------------------------------------------------
    // running the outside clients

    record Run(int exit, String out, String err) {
        String describe() { return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err; }
    }

    record Response(int status, String contentType, byte[] body) {
        String mediaType() { return contentType.isEmpty() ? "" : ContentType.create(contentType).getContentTypeStr(); }
        String text() { return new String(body, StandardCharsets.UTF_8); }
    }

    /**
     * curl, as a user would type it: -sS quiet but for errors, -g so that brackets and braces in
     * a URL are not globbing patterns, the status and content type written after the body.
     */
    private static Response curl(String method, String pathAndQuery, String accept) throws IOException, InterruptedException {
        return curl(method, pathAndQuery, accept, null, null);
    }

    private static Response curl(String method, String pathAndQuery, String accept, Path upload, String uploadType)
            throws IOException, InterruptedException {
        Path body = Files.createTempFile(tmp, "body", ".out");
        List<String> cmd = new ArrayList<>(List.of("curl", "-sS", "-g", "-X", method, "-o", body.toString(),
                "-w", "%{http_code} %{content_type}", "--max-time", "60"));
        if (accept != null) cmd.addAll(List.of("-H", "Accept: " + accept));
        if (upload != null) cmd.addAll(List.of("-H", "Content-Type: " + uploadType, "--data-binary", "@" + upload));
        cmd.add(server.baseUrl() + pathAndQuery);
        Run run = run(cmd);
        assertEquals(0, run.exit(), run::describe);
        String[] statusAndType = run.out().strip().split(" ", 2);
        return new Response(Integer.parseInt(statusAndType[0]), statusAndType.length > 1 ? statusAndType[1] : "", Files.readAllBytes(body));
    }

    /** Runs a command to its end (at most two minutes), its output captured in files so that it cannot block on a full pipe. */
    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("did not finish within two minutes: " + String.join(" ", command));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    // ---------------------------------------------------------------------------------------
    // clients present, or skipped (or failed, when SIGNET_REQUIRE_CLIENTS=1)

    private static void requirePythonWithSparqlWrapper() {
        require(canRun(List.of(PYTHON.toString(), "-c", "import SPARQLWrapper, rdflib")),
                PYTHON + " with SPARQLWrapper", "python3-sparqlwrapper");
    }

    private static void requireCurl() {
        require(canRun(List.of("curl", "--version")), "curl", "curl");
    }

    private static boolean canRun(List<String> command) {
        try {
            return run(command).exit() == 0;
        } catch (IOException e) {
            return false; // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }

    private static void require(boolean present, String client, String debianPackage) {
        if (present) return;
        String message = client + " is not available (Debian: apt-get install " + debianPackage + ")";
        if ("1".equals(System.getenv("SIGNET_REQUIRE_CLIENTS")))
            fail(message + "; SIGNET_REQUIRE_CLIENTS=1 asks for every client");
        Assumptions.abort(message);
    }
}
