package signet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.graph.Iris;
import signet.graph.SIG;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.server.NamedQueryRoute;
import signet.server.SignetServer;
import signet.store.Tdb2Store;

/**
 * The HTML pages on a real server: the bundled articles and one invented article (with markup
 * and ampersands in its text) are ingested into TDB2 in a temporary folder, one extracted
 * agreement is retracted by a curation triple, and pages are fetched over HTTP and parsed with
 * jsoup as a browser would read them.
 */
class PagesTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final String BASE = Iris.DEFAULT_BASE;
    static final String PREFIXES = Sparql.PREFIXES;

    @TempDir static Path tmp;
    static Tdb2Store store;
    static SignetServer server;
    static DatasetSource source;
    static SitePaths paths = new SitePaths(BASE);
    static String retracted;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String INVENTED = """
            Harbor & Finch sign a memorandum with Quillon Press

            OSLO, March 4, 2024 — Harbor & Finch Media signed a memorandum of understanding with Quillon Press in Oslo on March 3, 2024, to publish books <script>alert(1)</script> together.

            Quillon Press said the <b>deal</b> covers 5 < 7 titles & more.
            """;

    @BeforeAll
    static void ingestAndServe() throws Exception {
        store = Tdb2Store.open(tmp.resolve("db"));
        Path invented = tmp.resolve("articles");
        Files.createDirectories(invented);
        Files.writeString(invented.resolve("900_invented.txt"), INVENTED);
        new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter()))
                .ingest(List.of(HOME.resolve("data/articles"), invented));
        source = new DatasetSource(store.dataset(), Duration.ofSeconds(30));
        // A curator retracts the Gazprom-Media – People's Daily Online agreement.
        retracted = one("""
                SELECT ?a WHERE { ?a a sig:Agreement ; sig:party ?p . ?p skos:prefLabel "People's Daily Online" } LIMIT 1""").get("a").asResource().getURI();
        Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(Quad.create(
                NodeFactory.createURI(BASE + "graph/_curation"), NodeFactory.createURI(BASE + "curation/test-retraction"),
                SIG.retracts.asNode(), NodeFactory.createURI(retracted))));
        Site site = new Site(source, paths, Duration.ofSeconds(30));
        server = SignetServer.builder().store(store).host("127.0.0.1").port(0)
                .route(new HomeRoute(site)).route(new PageRoute(site))
                .route(NamedQueryRoute.fromFolder(HOME.resolve("queries"), store.dataset(), Duration.ofSeconds(30))).build();
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static List<QuerySolution> select(String body) { return source.select(QueryFactory.create(PREFIXES + body)); }

    static QuerySolution one(String body) {
        List<QuerySolution> rows = select(body);
        assertFalse(rows.isEmpty(), body);
        return rows.get(0);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Document page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + "\n" + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return Jsoup.parse(r.body(), server.baseUrl() + path);
    }

    static String orgNamed(String name) {
        return one("SELECT ?o WHERE { ?o a org:Organization ; skos:prefLabel ?l FILTER(STR(?l) = \"" + name + "\") } LIMIT 1")
                .get("o").asResource().getURI();
    }

    @Test
    void gazpromMediaShowsTheIpdaMemorandumWithItsDateAndEvidence() throws Exception {
        Document p = page(paths.pageHref(orgNamed("Gazprom-Media Holding")));
        assertEquals("Gazprom-Media Holding", p.selectFirst("h1").text());
        Element row = p.select("section#agreements table tbody tr").stream()
                .filter(tr -> tr.text().contains("International Publicity Development Alliance")).findFirst().orElseThrow();
        assertTrue(row.select("td").get(3).text().startsWith("2026-01-20"), row.text());
        assertNotNull(row.selectFirst("a[href^=/page/org/]"), "the other party is a link");
        Element quote = row.select("blockquote.evidence").stream()
                .filter(q -> q.text().contains("officially signed a memorandum of understanding with Russian media giant Gazprom-Media Holding"))
                .findFirst().orElseThrow(() -> new AssertionError(row.select("blockquote").text()));
        Element source = quote.nextElementSibling().selectFirst("a[href*=#ev-]");
        assertNotNull(source, row.html());
        String href = source.attr("href");
        assertTrue(href.startsWith("/page/doc/"), href);
        // The link lands on the highlighted sentence of the document page.
        Document doc = page(href.substring(0, href.indexOf('#')));
        Element mark = doc.getElementById(href.substring(href.indexOf('#') + 1));
        assertNotNull(mark, href);
        assertEquals("mark", mark.tagName());
        assertEquals(quote.text(), mark.text());
    }

    @Test
    void organizationSectionsNamesPostsPartsAndRdfLink() throws Exception {
        String gm = orgNamed("Gazprom-Media Holding");
        Document p = page(paths.pageHref(gm));
        assertTrue(p.select("section#names").text().contains("Gazprom-Media"), "aliases listed");
        assertTrue(p.select("section#posts").text().contains("Alexander Zharov"), p.select("section#posts").text());
        assertTrue(p.select("section#subsidiaries").text().contains("Central Partnership"));
        assertFalse(p.select("section#events").isEmpty());
        assertEquals(paths.dataHref(gm), p.selectFirst("link[rel=alternate][type=text/turtle]").attr("href"));
        assertNotNull(p.selectFirst("meta[name=viewport]"));

        Document cp = page(paths.pageHref(orgNamed("Central Partnership")));
        assertTrue(cp.select("section#parents").text().contains("Gazprom-Media Holding"), cp.select("section#parents").text());
        assertTrue(cp.select("section#parents blockquote.evidence").text().contains("forms part of"));
    }

    @Test
    void monthPrecisionDateIsShownAsAMonth() throws Exception {
        Document p = page(paths.pageHref(orgNamed("Central Partnership")));
        Element row = p.select("section#agreements tbody tr").stream()
                .filter(tr -> tr.text().contains("China Film Group")).findFirst().orElseThrow();
        assertTrue(row.text().contains("2015-10 (month)"), row.text());
        assertFalse(row.text().contains("2015-10-01"), row.text());
    }

    @Test
    void aRetractedAgreementIsNotShownAsAFactButKeepsAMarkedPage() throws Exception {
        Document p = page(paths.pageHref(orgNamed("Gazprom-Media Holding")));
        assertFalse(p.select("section#agreements").text().contains("People's Daily Online"), p.select("section#agreements").text());
        Document fact = page(paths.pageHref(retracted));
        assertNotNull(fact.getElementById("retracted"));
        assertTrue(fact.selectFirst("h1").hasClass("retracted"));
    }

    @Test
    void documentPagesHighlightEveryEvidenceSentenceWithUniqueIds() throws Exception {
        List<QuerySolution> docs = select("SELECT ?d WHERE { ?d a schema:NewsArticle }");
        assertEquals(4, docs.size());
        int checked = 0;
        for (QuerySolution d : docs) {
            String doc = d.get("d").asResource().getURI();
            Document p = page(paths.pageHref(doc));
            Set<String> ids = new HashSet<>();
            for (Element e : p.select("[id]")) assertTrue(ids.add(e.id()), "duplicate id " + e.id() + " on " + doc);
            assertNotNull(p.selectFirst("div.article"));
            for (QuerySolution ev : select("""
                    SELECT ?ann ?exact WHERE {
                      ?fact sig:evidence ?ann . FILTER NOT EXISTS { ?r sig:retracts ?fact }
                      ?ann oa:hasTarget ?t . ?t oa:hasSource <%s> ; oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?exact }"""
                    .formatted(doc))) {
                String anchor = EvidenceView.anchor(ev.get("ann").asResource().getURI());
                Element mark = p.selectFirst("div.article mark.fact#" + anchor);
                assertNotNull(mark, anchor + " on " + doc);
                assertEquals(ev.get("exact").asLiteral().getLexicalForm(), mark.wholeText(), anchor);
                assertFalse(mark.attr("title").contains("agreement-"), "the tooltip names the fact: " + mark.attr("title"));
                assertNotNull(p.selectFirst("section#facts a[href=#" + anchor + "]"), "fact list links " + anchor);
                checked++;
            }
        }
        assertTrue(checked >= 10, "evidence checked: " + checked);
    }

    @Test
    void storedOffsetsAreJavaStringIndexesOfTheText() {
        for (QuerySolution r : select("""
                SELECT ?text ?start ?end ?exact WHERE {
                  ?ann oa:hasTarget ?t . ?t oa:hasSource ?doc ; oa:hasSelector ?q , ?pos .
                  ?q a oa:TextQuoteSelector ; oa:exact ?exact . ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                  ?doc schema:text ?text }""")) {
            String text = r.get("text").asLiteral().getLexicalForm();
            assertEquals(r.get("exact").asLiteral().getLexicalForm(),
                    text.substring(r.get("start").asLiteral().getInt(), r.get("end").asLiteral().getInt()));
        }
    }

    @Test
    void everyEntityFactAndDocumentHasAPage() throws Exception {
        List<QuerySolution> all = select("""
                SELECT DISTINCT ?s WHERE {
                  ?s a ?t VALUES ?t { org:Organization foaf:Person schema:Place schema:NewsArticle sig:Agreement schema:Event
                                      org:Membership sig:PartOfStatement skos:Concept time:Instant } }""");
        assertTrue(all.size() > 40, "resources: " + all.size());
        List<String> failed = new ArrayList<>();
        for (QuerySolution r : all) {
            String iri = r.get("s").asResource().getURI();
            HttpResponse<String> resp = get(paths.pageHref(iri));
            Document d = Jsoup.parse(resp.body());
            if (resp.statusCode() != 200 || d.selectFirst("h1") == null || d.selectFirst("meta[name=viewport]") == null) failed.add(iri + " " + resp.statusCode());
        }
        assertEquals(List.of(), failed);
    }

    @Test
    void unknownIrisAre404() throws Exception {
        assertEquals(404, get("/page/org/no-such-organization-anywhere").statusCode());
        assertEquals(404, get("/page/").statusCode());
        assertTrue(get("/page/org/no-such-organization-anywhere").body().contains("<h1>404</h1>"));
    }

    @Test
    void articleTextIsEscaped() throws Exception {
        String doc = one("SELECT ?d WHERE { ?d sig:fileName \"900_invented.txt\" }").get("d").asResource().getURI();
        HttpResponse<String> resp = get(paths.pageHref(doc));
        assertEquals(200, resp.statusCode());
        assertFalse(resp.body().contains("<script>alert(1)</script>"), "script tag passed through");
        assertFalse(resp.body().contains("<b>deal</b>"));
        Document p = Jsoup.parse(resp.body());
        assertTrue(p.select("script").isEmpty());
        assertTrue(p.select("div.article b").isEmpty());
        String text = p.selectFirst("div.article").wholeText();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertTrue(text.contains("5 < 7 titles & more"), text);
        assertTrue(p.selectFirst("h1").text().contains("Harbor & Finch"), p.selectFirst("h1").text());
    }

    @Test
    void homePageCountsRecentAgreementsAndLinks() throws Exception {
        Document p = page("/");
        assertTrue(p.selectFirst("h1").text().contains("Signet"));
        for (String href : List.of("/organizations", "/documents", "/query", "/.well-known/void", "/dumps/")) {
            assertNotNull(p.selectFirst("main a[href=" + href + "]"), href);
        }
        assertTrue(p.select("ul.counts").text().contains("4 documents"), p.select("ul.counts").text());
        assertTrue(p.select("section#recent").text().contains("2026-01-20"), p.select("section#recent").text());
        assertTrue(p.select("section#recent").text().contains("International Publicity Development Alliance"));
        assertTrue(p.text().contains(server.sparqlUrl()), "endpoint URL shown");
        assertNotNull(p.selectFirst("form[action=/organizations] input[name=q]"));
    }

    @Test
    void theHomeRouteTakesOnlyTheRoot() throws Exception {
        assertEquals(404, get("/no-such-page").statusCode());
        HttpResponse<String> sparql = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sparql.statusCode());
        assertTrue(sparql.body().contains("true"));
        assertEquals(200, get("/queries/").statusCode());
        assertTrue(get("/queries/").body().contains("signed-with"));
    }

    @Test
    void organizationsListSearchesNamesAliasesAndAcronymsIgnoringCase() throws Exception {
        Document all = page("/organizations");
        assertTrue(all.select("table").text().contains("Shanghai Media Group"));
        Document ipda = page("/organizations?q=ipda");
        assertTrue(ipda.select("table").text().contains("International Publicity Development Alliance"));
        assertFalse(ipda.select("table").text().contains("Shanghai Media Group"));
        Document gm = page("/organizations?q=" + URLEncoder.encode("GAZPROM MEDIA", StandardCharsets.UTF_8));
        assertTrue(gm.select("table").text().contains("Gazprom-Media Holding"), "alias 'Gazprom Media' matches");
        Document hostile = page("/organizations?q=" + URLEncoder.encode("\"><script>x()</script>", StandardCharsets.UTF_8));
        assertTrue(hostile.select("script").isEmpty());
        assertEquals("\"><script>x()</script>", hostile.selectFirst("input[name=q]").val());
    }

    @Test
    void documentsListShowsTitlesDatesAndFactCounts() throws Exception {
        Document p = page("/documents");
        assertEquals(4, p.select("table tbody tr").size());
        Element ipda = p.select("table tbody tr").stream().filter(tr -> tr.text().contains("IPDA, Gazprom-Media Holding ink MoU")).findFirst().orElseThrow();
        assertTrue(ipda.text().contains("2026-01-21"), ipda.text());
        assertTrue(ipda.text().contains("PRNewswire"), ipda.text());
        assertTrue(Integer.parseInt(ipda.select("td").get(3).text()) >= 1);
    }

    @Test
    void factAndConceptPagesShowPropertiesAndLinks() throws Exception {
        String ipda = one("""
                SELECT ?a WHERE { ?a a sig:Agreement ; sig:party ?p . ?p skos:prefLabel "International Publicity Development Alliance" } LIMIT 1""")
                .get("a").asResource().getURI();
        Document f = page(paths.pageHref(ipda));
        String props = f.select("section#properties").text();
        assertTrue(props.contains("2026-01-20"), props);
        assertTrue(props.contains("Gazprom-Media Holding"), props);
        assertTrue(props.contains("memorandum of understanding"), props);
        assertTrue(f.select("section#evidence blockquote.evidence").text().contains("officially signed"));
        assertNotNull(f.selectFirst("section#evidence a[href^=/page/doc/]"));

        String kind = one("SELECT ?a ?k WHERE { <" + ipda + "> sig:agreementKind ?k }").get("k").asResource().getURI();
        Document k = page(paths.pageHref(kind));
        assertNotNull(k.selectFirst("section#incoming a[href=" + paths.pageHref(ipda) + "]"), k.select("section#incoming").html());
    }

    @Test
    void personPageListsPostsWithEvidence() throws Exception {
        String zharov = one("SELECT ?p WHERE { ?p a foaf:Person ; skos:prefLabel \"Alexander Zharov\" }").get("p").asResource().getURI();
        Document p = page(paths.pageHref(zharov));
        assertEquals("Alexander Zharov", p.selectFirst("h1").text());
        Element row = p.selectFirst("section#posts tbody tr");
        assertTrue(row.text().contains("Gazprom-Media Holding") && row.text().contains("general director"), row.text());
        assertNotNull(row.selectFirst("blockquote.evidence"));
    }

    @Test
    void placePageListsFactsLocatedThere() throws Exception {
        String spb = one("SELECT ?p WHERE { ?p a schema:Place ; skos:prefLabel \"Saint Petersburg\" }").get("p").asResource().getURI();
        Document p = page(paths.pageHref(spb));
        assertTrue(p.select("section#facts").text().contains("International Publicity Development Alliance"), p.select("section#facts").text());
        assertTrue(p.select("section#names").text().contains("Wikidata Q656"));
    }

}
