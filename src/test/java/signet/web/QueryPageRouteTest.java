package signet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.graph.Iris;
import signet.query.NamedQuery;

/**
 * The query page on a real server over the seed articles: the form, the named queries with their
 * parameters, free queries, the result table with links, the downloads, and every way a query can
 * fail (syntax, update, bad value, time-out), each with its status and the form kept.
 */
class QueryPageRouteTest {
    @TempDir static Path tmp;
    static SeededServer fixture;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() { fixture = SeededServer.start(tmp); }

    @AfterAll
    static void stop() { if (fixture != null) fixture.close(); }

    record Page(int status, String contentType, String body) {
        Document doc() { return Jsoup.parse(body, "http://localhost/"); }
    }

    static Page get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url(pathAndQuery))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Page(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** What a browser sends when the form is submitted: its fields, with some set, as a GET query string. */
    static String submit(Document page, Map<String, String> set) {
        FormElement form = (FormElement) page.getElementById("query-form");
        assertNotNull(form, "no #query-form");
        assertEquals("get", form.attr("method").toLowerCase());
        StringBuilder qs = new StringBuilder(form.attr("action")).append('?');
        for (Connection.KeyVal kv : form.formData()) {
            String v = set.getOrDefault(kv.key(), kv.value());
            qs.append(enc(kv.key())).append('=').append(enc(v)).append('&');
        }
        // the submit button is not part of formData(): a browser adds the one clicked
        Element run = page.getElementById("run");
        return qs.append(enc(run.attr("name"))).append('=').append(enc(run.attr("value"))).toString();
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static String run(String query) { return "/query?query=" + enc(query); }

    static List<Element> resultRows(Document d) {
        Element table = d.selectFirst("table#results");
        assertNotNull(table, () -> "no results table in " + d.select("#result").text());
        return table.select("tbody tr");
    }

    @Test
    void theEmptyPageOffersAFormAnExampleAndTheNamedQueries() throws Exception {
        Page p = get("/query");
        assertEquals(200, p.status());
        assertTrue(p.contentType().startsWith("text/html"), p.contentType());
        Document d = p.doc();
        Element form = d.selectFirst("form#query-form[method=get][action=/query]");
        assertNotNull(form);
        Element textarea = form.selectFirst("textarea[name=query]");
        assertTrue(textarea.val().contains("PREFIX sig:") && textarea.val().contains("SELECT"), "a useful example to start from");
        assertNotNull(form.selectFirst("button#run[type=submit]"));
        assertNull(d.selectFirst("table#results"), "nothing runs before the button is pressed");
        assertTrue(d.select("script").isEmpty(), "works without JavaScript");
        assertNotNull(d.selectFirst("meta[name=viewport]"), "readable on a phone");

        Element link = d.selectFirst("#named-queries a[href=/query?named=signed-with]");
        assertNotNull(link, "each named query is offered");
        assertEquals("Who signed with an organization", link.text());
        assertTrue(link.parent().text().contains("Who signed agreements with the named organization"), "with what it answers");
        for (String name : List.of("agreements", "roles", "timeline", "evidence"))
            assertNotNull(d.selectFirst("#named-queries a[href=/query?named=" + name + "]"), name);
    }

    @Test
    void theExampleRunsAndShowsAgreementsWithLinks() throws Exception {
        Document first = get("/query").doc();
        Page p = get(submit(first, Map.of()));
        assertEquals(200, p.status(), p.body());
        List<Element> rows = resultRows(p.doc());
        assertFalse(rows.isEmpty());
        assertTrue(p.doc().select("table#results a[href^=/page/org/]").size() >= rows.size(), "each party links to its page");
    }

    @Test
    void aNamedQueryFillsTheFormWithItsTextAndParameters() throws Exception {
        Page p = get("/query?named=signed-with");
        assertEquals(200, p.status());
        Document d = p.doc();
        assertTrue(d.selectFirst("textarea[name=query]").val().contains("org:subOrganizationOf+"), "the query's text is shown");
        assertEquals("signed-with", d.selectFirst("#query-form input[type=hidden][name=named]").val());
        Element org = d.selectFirst("#query-form input[name=org]");
        assertNotNull(org, "one field per parameter");
        Element label = d.selectFirst("label[for=" + org.id() + "]");
        assertNotNull(label);
        assertTrue(d.selectFirst("fieldset.params").text().contains("a name or alias of the organization"), "described by the .rq header");
        assertNull(d.selectFirst("table#results"), "picking a query does not run it");
    }

    @Test
    void signedWithGazpromMediaShowsItsPartnersWithLinksAndDates() throws Exception {
        Document form = get("/query?named=signed-with").doc();
        Page p = get(submit(form, Map.of("org", "Gazprom-Media")));
        assertEquals(200, p.status(), p.body());
        Document d = p.doc();
        List<Element> rows = resultRows(d);
        assertEquals(4, rows.size(), () -> d.select("table#results").text());
        assertEquals("4 rows", d.selectFirst("#row-count").ownText().strip());
        assertEquals("Gazprom-Media", d.selectFirst("input[name=org]").val(), "the form keeps what was typed");

        Element ipda = rows.stream().filter(r -> r.text().contains("International Publicity Development Alliance")).findFirst().orElseThrow();
        assertTrue(ipda.text().contains("2026-01-20"), ipda.text());
        Element partnerLink = ipda.selectFirst("a[href^=/page/org/]");
        assertNotNull(partnerLink, "our IRIs link to our pages");
        assertEquals(Iris.DEFAULT_BASE + partnerLink.attr("href").substring("/page/".length()), partnerLink.attr("title"),
                "the full IRI is in the title");
        assertNotNull(ipda.selectFirst("a[href^=/page/doc/]"), "the source document links too");
        assertTrue(ipda.text().contains("IPDA"), "the evidence sentence is a plain cell");

        // a value that is a different organization's name gives that organization's rows only
        Page central = get(submit(form, Map.of("org", "Central Partnership")));
        assertEquals(1, resultRows(central.doc()).size(), () -> central.doc().select("table#results").text());
    }

    @Test
    void theNamedQueryDownloadsAreTheSameRowsAsCsvAndJson() throws Exception {
        Document d = get(submit(get("/query?named=signed-with").doc(), Map.of("org", "Gazprom-Media"))).doc();
        int shown = resultRows(d).size();
        String csvHref = d.getElementById("download-csv").attr("href");
        String jsonHref = d.getElementById("download-json").attr("href");
        assertEquals("/queries/signed-with?org=Gazprom-Media&format=csv", csvHref);

        Page csv = get(csvHref);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = csv.body().lines().filter(l -> !l.isEmpty()).toList();
        assertTrue(lines.getFirst().startsWith("agreement,kind,partner,partnerName,date"), lines.getFirst());
        assertEquals(shown, countCsvRecords(csv.body()));

        Page json = get(jsonHref);
        assertEquals(200, json.status());
        assertTrue(json.contentType().startsWith("application/sparql-results+json"), json.contentType());
        assertEquals(shown, jsonRows(json.body()));
    }

    @Test
    void aFreeQueryShowsLiteralsWithTheirDatatypeAndDownloadsFromTheEndpoint() throws Exception {
        String q = """
                PREFIX sig: <https://w3id.org/signet/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?agreement ?date WHERE { ?agreement a sig:Agreement ; sig:date ?date } ORDER BY ?date
                """;
        Page p = get(run(q));
        assertEquals(200, p.status(), p.body());
        Document d = p.doc();
        List<Element> rows = resultRows(d);
        assertTrue(rows.size() >= 4, "the seeds have several dated agreements");
        assertEquals(List.of("agreement", "date"), d.select("table#results th").eachText());
        Element month = rows.stream().filter(r -> r.text().contains("2015-10")).findFirst().orElseThrow();
        assertEquals("^^xsd:gYearMonth", month.selectFirst(".lit-meta").text(), "the datatype, shortened, in small type");
        assertTrue(month.selectFirst("a").attr("href").startsWith("/page/doc/"), "agreements link to their page");
        assertEquals(q.strip(), d.selectFirst("textarea[name=query]").val().replace("\r\n", "\n").strip(), "the query stays in the form");

        String csvHref = d.getElementById("download-csv").attr("href");
        assertTrue(csvHref.startsWith(QueryPageRoute.ENDPOINT + "?query="), csvHref);
        Page csv = get(csvHref);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals(rows.size(), countCsvRecords(csv.body()));
        Page json = get(d.getElementById("download-json").attr("href"));
        assertEquals(200, json.status());
        assertTrue(json.contentType().startsWith("application/sparql-results+json"), json.contentType());
        assertEquals(rows.size(), jsonRows(json.body()));
    }

    @Test
    void anEditedNamedQueryRunsAsWrittenWithTheParameterStillBound() throws Exception {
        Document form = get("/query?named=signed-with").doc();
        String edited = form.selectFirst("textarea[name=query]").val().replace("ORDER BY DESC(?date) ?agreement ?partnerName",
                "ORDER BY DESC(?date) ?agreement ?partnerName\nLIMIT 2");
        Page p = get(submit(form, Map.of("org", "Gazprom-Media", "query", edited)));
        assertEquals(200, p.status(), p.body());
        assertEquals(2, resultRows(p.doc()).size());
        String csvHref = p.doc().getElementById("download-csv").attr("href");
        assertTrue(csvHref.startsWith(QueryPageRoute.ENDPOINT), "an edited query is no longer the named one: " + csvHref);
        Page csv = get(csvHref);
        assertEquals(200, csv.status(), csv.body());
        assertEquals(2, countCsvRecords(csv.body()));
        assertTrue(csv.body().contains("2026-01-20"), "the parameter was bound in the downloaded query too");
    }

    @Test
    void askAndConstructHaveTheirOwnResults() throws Exception {
        Document ask = get(run("PREFIX sig: <https://w3id.org/signet/ontology#> ASK { ?a a sig:Agreement }")).doc();
        assertEquals("Yes", ask.getElementById("answer").text());
        Document no = get(run("ASK { <urn:nothing> ?p ?o }")).doc();
        assertEquals("No", no.getElementById("answer").text());

        Page c = get(run("""
                PREFIX sig: <https://w3id.org/signet/ontology#>
                CONSTRUCT { ?a sig:party ?p } WHERE { ?a a sig:Agreement ; sig:party ?p }"""));
        assertEquals(200, c.status());
        Element pre = c.doc().selectFirst("pre.turtle");
        assertNotNull(pre);
        assertTrue(pre.text().contains("sig:party"), "Turtle with the query's prefixes");
        Page ttl = get(c.doc().getElementById("download-turtle").attr("href"));
        assertEquals(200, ttl.status());
        assertTrue(ttl.contentType().startsWith("text/turtle"), ttl.contentType());
    }

    @Test
    void aSyntaxErrorIsShownWithItsPositionAndTheFormKept() throws Exception {
        String bad = "SELECT ?s WHERE {\n  ?s ?p \n}";
        Page p = get(run(bad));
        assertEquals(400, p.status());
        Document d = p.doc();
        String error = d.getElementById("query-error").text();
        assertTrue(error.startsWith("Syntax error at line 3, column 1"), error);
        assertEquals("3 | }\n    ^", d.selectFirst(".query-error pre.excerpt").wholeText(), "the line at fault, marked");
        assertEquals(bad, d.selectFirst("textarea[name=query]").val().replace("\r\n", "\n"));
        assertNull(d.selectFirst("table#results"));
        assertNull(d.getElementById("download-csv"), "nothing to download");
    }

    @Test
    void anUpdateIsRefusedAndTheStoreUnchanged() throws Exception {
        long before = quadCount();
        for (String update : List.of(
                "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }",
                "PREFIX sig: <https://w3id.org/signet/ontology#> DELETE WHERE { ?a a sig:Agreement }",
                "CLEAR ALL",
                "DROP DEFAULT")) {
            Page p = get(run(update));
            assertEquals(400, p.status(), update);
            assertTrue(p.doc().getElementById("query-error").text().contains("read-only"), p.doc().getElementById("query-error").text());
        }
        assertEquals(before, quadCount());
        assertFalse(fixture.site().source().ask(QueryFactory.create("ASK { <urn:a> ?p ?o }")));
    }

    @Test
    void badParameterValuesAndUnknownQueriesAreErrorsOnThePage() throws Exception {
        Document form = get("/query?named=signed-with").doc();
        Page tooLong = get(submit(form, Map.of("org", "x".repeat(2000))));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.doc().getElementById("query-error").text().contains("Bad parameter value"));

        Page badIri = get(submit(form, Map.of("org", "http://exa mple.org/")));
        assertEquals(400, badIri.status());

        Page unknown = get("/query?named=no-such-query");
        assertEquals(404, unknown.status());
        assertTrue(unknown.doc().getElementById("query-error").text().contains("signed-with"), "lists the ones there are");
        assertNotNull(unknown.doc().selectFirst("form#query-form textarea[name=query]"), "the form is still there");
    }

    @Test
    void valuesFromTheGraphAndTheRequestAreEscaped() throws Exception {
        Page p = get(run("SELECT ?x WHERE { BIND(\"<b onmouseover='x'>bold</b> & more\"@en AS ?x) }"));
        Element cell = resultRows(p.doc()).getFirst().selectFirst("td");
        assertEquals("<b onmouseover='x'>bold</b> & more@en", cell.text());
        assertTrue(cell.select("b").isEmpty(), "no markup from data");
        Page q = get("/query?named=signed-with&org=" + enc("\"><script>alert(1)</script>"));
        assertTrue(q.doc().select("script").isEmpty());
    }

    @Test
    void aBigResultIsCappedWithANote() throws Exception {
        Page p = get(run("SELECT ?s ?p ?o WHERE { ?s ?p ?o . ?s2 ?p ?o2 }"));
        assertEquals(200, p.status());
        assertEquals(QueryPageRoute.MAX_ROWS, resultRows(p.doc()).size());
        assertTrue(p.doc().getElementById("row-count").text().startsWith("More than 1000 rows"), p.doc().getElementById("row-count").text());
        Page limited = get(run("SELECT ?s WHERE { ?s ?p ?o } LIMIT 7"));
        assertEquals(7, resultRows(limited.doc()).size(), "a query's own smaller LIMIT is kept");
    }

    @Test
    void aQueryOverTheTimeLimitIsStoppedWith503() throws Exception {
        Duration tiny = Duration.ofMillis(50);
        Site slow = new Site(new DatasetSource(fixture.store().dataset(), tiny), fixture.site().paths(), tiny);
        QueryPageRoute route = new QueryPageRoute(slow, List.of());
        QueryForm form = QueryForm.read(Map.of("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")::get, null, "");
        long start = System.nanoTime();
        QueryOutcome outcome = route.run(form);
        assertTrue(outcome instanceof QueryOutcome.Failure f && f.status() == 503 && f.message().contains("50 ms"), outcome.toString());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 20, "really stopped");
    }

    @Test
    void aNamedQueryMayNotUseThePagesOwnParameterNames() {
        NamedQuery clash = NamedQuery.parse("clash", "# param query: oops\nSELECT ?query WHERE {}", "test");
        assertThrows(IllegalArgumentException.class, () -> new QueryPageRoute(fixture.site(), List.of(clash)));
    }

    private static long quadCount() {
        return Txn.calculateRead(fixture.store().dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(fixture.store().dataset())
                    .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** CSV records (not lines: a sentence may hold a line break inside quotes). */
    private static int countCsvRecords(String csv) {
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_CSV);
        int n = 0;
        while (rs.hasNext()) { rs.next(); n++; }
        return n;
    }

    private static int jsonRows(String json) {
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return ResultSetFactory.makeRewindable(rs).size();
    }
}
