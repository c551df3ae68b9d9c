package signet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.server.NamedQueryRoute;
import signet.server.SignetServer;
import signet.store.Tdb2Store;

/**
 * The whole service on the bundled articles: the real reader, extractor and graph builder ingest
 * {@code data/articles} into a TDB2 store in a temporary folder, a real Fuseki serves it on a free
 * port, and the named query {@code signed-with.rq} is sent over HTTP. The answers are those the
 * articles state: who signed with Gazprom-Media, when (at the precision given, and marked when the
 * date is only the article's), where, and through which subsidiary.
 */
class EndToEndTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));

    @TempDir static Path tmp;
    static Tdb2Store store;
    static SignetServer server;
    static IngestReport firstIngest;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void ingestAndServe() {
        store = Tdb2Store.open(tmp.resolve("db"));
        firstIngest = new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter())).ingest(List.of(HOME.resolve("data/articles")));
        server = SignetServer.builder().store(store).host("127.0.0.1").port(0)
                .route(NamedQueryRoute.fromFolder(HOME.resolve("queries"), store.dataset(), java.time.Duration.ofSeconds(30))).build();
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    /**
     * Runs a named query over HTTP, its parameters bound on the client side by Jena's syntax
     * transform (the variable becomes the literal everywhere in the query), as a client would.
     */
    private static List<Map<String, String>> select(String queryFile, Map<String, String> literalParams) throws Exception {
        Query parsed = QueryFactory.create(Files.readString(HOME.resolve("queries").resolve(queryFile)));
        Map<Var, Node> bind = new LinkedHashMap<>();
        literalParams.forEach((k, v) -> bind.put(Var.alloc(k), NodeFactory.createLiteralString(v)));
        String q = bind.isEmpty() ? parsed.serialize() : QueryTransformOps.syntaxSubstitute(parsed, bind).serialize();
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build();
        HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        return parseCsv(resp.body());
    }

    private static List<Map<String, String>> parseCsv(String csv) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (var r = new java.io.BufferedReader(new StringReader(csv))) {
            List<String> header = splitCsv(r.readLine());
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) continue;
                List<String> cells = splitCsv(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }

    private static Map<String, String> byPartner(List<Map<String, String>> rows, String partner) {
        return rows.stream().filter(r -> r.get("partnerName").equals(partner)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + partner + " in " + rows));
    }

    @Test
    void allBundledArticlesAreIngested() {
        assertEquals(3, firstIngest.added(), firstIngest.summary());
        assertFalse(firstIngest.hasFailures(), firstIngest.summary());
    }

    @Test
    void whoSignedWithGazpromMediaAndWhen() throws Exception {
        List<Map<String, String>> rows = select("signed-with.rq", Map.of("org", "Gazprom-Media"));
        assertEquals(4, rows.size(), () -> rows.toString());

        Map<String, String> ipda = byPartner(rows, "International Publicity Development Alliance");
        assertEquals("2026-01-20", ipda.get("date"));
        assertEquals("Saint Petersburg", ipda.get("place"));
        assertTrue(ipda.get("sentence").contains("IPDA") && ipda.get("sentence").contains("Gazprom-Media Holding"), ipda.get("sentence"));

        Map<String, String> smg = byPartner(rows, "Shanghai Media Group");
        assertEquals("2022-04-29", smg.get("date"));
        assertEquals("publication", smg.get("dateBasis"), "the text gives no signing date: the article's date, marked as such");
        assertEquals("Shanghai", smg.get("place"));

        assertEquals("2016-01-21", byPartner(rows, "People's Daily Online").get("date"));

        Map<String, String> cfg = byPartner(rows, "China Film Group");
        assertEquals("2015-10", cfg.get("date"), "month precision, never a made-up day");
        assertEquals("month", cfg.get("datePrecision"));
        assertEquals("Central Partnership", cfg.get("viaName"), "signed through the subsidiary");
    }

    @Test
    void theNamedQueryRouteBindsParametersFromTheUrl() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/queries/signed-with?org=" + URLEncoder.encode("Gazprom-Media", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build();
        HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<Map<String, String>> rows = parseCsv(resp.body());
        assertEquals(4, rows.size(), resp.body());
        assertEquals("2015-10", byPartner(rows, "China Film Group").get("date"));
        HttpResponse<String> unknown = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/queries/no-such-query")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
        HttpResponse<String> badParam = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/queries/signed-with?orgg=x")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, badParam.statusCode(), "a misspelt parameter is an error, not everything");
    }

    @Test
    void anyAliasFindsTheSameOrganization() throws Exception {
        assertEquals(4, select("signed-with.rq", Map.of("org", "JSC Gazprom media holding")).size());
        assertEquals(4, select("signed-with.rq", Map.of("org", "gazprom media")).size());
        assertTrue(select("signed-with.rq", Map.of("org", "No Such Organization")).isEmpty());
    }

    @Test
    void generalDirectorsOfGazpromMediaPerSource() throws Exception {
        Map<String, String> byPerson = select("roles.rq", Map.of()).stream()
                .filter(r -> r.get("orgName").equals("Gazprom-Media Holding") && r.get("title").equals("general director"))
                .collect(Collectors.toMap(r -> r.get("personName"), r -> r.get("doc") + " " + r.get("asOf")));
        assertEquals(2, byPerson.size(), byPerson.toString());
        assertTrue(byPerson.get("Dmitry Chernyshenko").contains("001_ef8b39d8cc0dd785") && byPerson.get("Dmitry Chernyshenko").contains("2022-04-29"));
        assertTrue(byPerson.get("Alexander Zharov").contains("000_891b23877e701f1c") && byPerson.get("Alexander Zharov").contains("2026-01-21"));
    }

    @Test
    void namedQueriesFilterOnConfidence() throws Exception {
        List<Map<String, String>> all = select("roles.rq", Map.of());
        List<Map<String, String>> sure = select("roles.rq", Map.of("minConfidence", "0.85"));
        assertTrue(sure.size() < all.size(), () -> all + " vs " + sure);
        assertTrue(all.stream().anyMatch(r -> r.get("personName").equals("Shen Haixiong") && r.get("title").equals("president")));
        assertTrue(sure.stream().noneMatch(r -> r.get("personName").equals("Shen Haixiong") && r.get("title").equals("president")),
                "a post read by a weaker rule (0.8) is left out at 0.85");
        assertEquals(select("events.rq", Map.of()).size(), select("events.rq", Map.of("minConfidence", "0")).size());
    }

    @Test
    void cmgAndVgtrkHeldAnEventAndSignedNothing() throws Exception {
        List<Map<String, String>> events = select("events.rq", Map.of());
        List<String> moscow = events.stream().filter(r -> r.get("date").equals("2025-05-07") && r.get("place").equals("Moscow"))
                .map(r -> r.get("participantName")).toList();
        assertTrue(moscow.contains("China Media Group"), events.toString());
        assertTrue(moscow.contains("All-Russia State Television and Radio Broadcasting Company"), events.toString());
        assertTrue(select("signed-with.rq", Map.of("org", "CMG")).isEmpty());
        assertTrue(select("signed-with.rq", Map.of("org", "VGTRK")).isEmpty());
    }

    @Test
    void theBundledGraphConformsToTheShapes() {
        Dataset ds = store.dataset();
        ds.begin(ReadWrite.READ);
        try {
            Model union = ds.getUnionModel();
            Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(HOME.resolve("ontology/shapes.ttl").toString()));
            ValidationReport report = ShaclValidator.get().validate(shapes, union.getGraph());
            assertTrue(report.conforms(), () -> report.getEntries().toString());
        } finally {
            ds.end();
        }
    }

    @Test
    void ingestingAgainChangesNothing() {
        Dataset ds = store.dataset();
        long before = countQuads(ds);
        IngestReport again = new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter())).ingest(List.of(HOME.resolve("data/articles")));
        assertEquals(3, again.unchanged(), again.summary());
        assertEquals(before, countQuads(ds));
    }

    private static long countQuads(Dataset ds) {
        ds.begin(ReadWrite.READ);
        try {
            long n = 0;
            var it = ds.asDatasetGraph().find(Quad.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        } finally {
            ds.end();
        }
    }
}
