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
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.graph.Iris;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.server.NamedQueryRoute;
import signet.server.SignetServer;
import signet.store.Tdb2Store;

/**
 * What a hostile link or a careless request does to the web side, on a real server over HTTP: a
 * TDB2 store in a temporary folder holding an invented article (ingested by the real pipeline)
 * and a graph written straight into TDB2 that gives an organization {@code owl:sameAs} IRIs with
 * {@code javascript:} and other schemes (what a writer's upload could store). Every web route
 * of {@code serve} is on.
 */
class WebSafetyTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String EVIL_ORG = Iris.DEFAULT_BASE + "org/evil-corp";
    /** IRIs a browser would run or load if they were link targets; TDB2 stores any string. */
    static final List<String> HOSTILE_IRIS = List.of("javascript:alert(document.domain)", "JaVaScRiPt:alert(2)",
            " javascript:alert(3)", "\u0001javascript:alert(4)", "java\tscript:alert(5)", "data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==",
            "vbscript:msgbox(7)", "//evil.example/x");
    static final String WIKIDATA = "https://www.wikidata.org/entity/Q42";

    @TempDir static Path tmp;
    static Tdb2Store store;
    static SignetServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void ingestAndServe() throws Exception {
        store = Tdb2Store.open(tmp.resolve("db"));
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a-wire.txt"), """
                Published: 12 March 2024

                LIMA - The Andean Press Service and Harbor News Agency signed a memorandum of understanding on news exchange in Lima on March 11, 2024.
                """);
        new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter())).ingest(List.of(articles));
        Graph g = GraphFactory.createDefaultGraph();
        Node org = NodeFactory.createURI(EVIL_ORG);
        g.add(org, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/org#Organization"));
        g.add(org, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Evil Corp"));
        for (String iri : HOSTILE_IRIS) g.add(org, OWL.sameAs.asNode(), NodeFactory.createURI(iri));
        g.add(org, OWL.sameAs.asNode(), NodeFactory.createURI(WIKIDATA));
        store.replaceGraph(Iris.DEFAULT_BASE + "graph/upload-evil", g);

        Site site = new Site(new DatasetSource(store.dataset(), TIMEOUT), new SitePaths(Iris.DEFAULT_BASE), TIMEOUT);
        SignetServer.Builder b = SignetServer.builder().store(store).host("127.0.0.1").port(0).queryTimeout(TIMEOUT)
                .route(NamedQueryRoute.fromFolder(HOME.resolve("queries"), store.dataset(), TIMEOUT));
        WebRoutes.standard(site, HOME.resolve("queries"), store.dataset(), store::lastModified).forEach(b::route);
        server = b.build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) r.header("Accept", accept);
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** Every href and src of the page is a path here, a fragment, or an http(s) URL. */
    static void assertOnlyWebLinks(Document page) {
        for (Element e : page.select("[href], [src]")) {
            String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            String lower = target.toLowerCase(Locale.ROOT);
            boolean web = lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("#")
                    || lower.startsWith("?") || (lower.startsWith("/") && !lower.startsWith("//"));
            assertTrue(web, () -> "a link to " + target + " in " + e.outerHtml());
        }
    }

    // ---- javascript: links

    @Test
    void aQueryInTheUrlCannotMakeAJavascriptLink() throws Exception {
        for (String iri : List.of("javascript:alert(document.domain)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                "\tjavascript:alert(1)", "data:text/html,hello", "vbscript:msgbox(1)")) {
            String query = "SELECT ?x WHERE { BIND(IRI(\"" + iri.replace("\t", "\\t") + "\") AS ?x) }";
            HttpResponse<String> r = get("/query?query=" + enc(query), "text/html");
            assertEquals(200, r.statusCode(), r.body());
            Document page = Jsoup.parse(r.body());
            assertNotNull(page.selectFirst("table#results"), r.body());
            assertOnlyWebLinks(page);
            assertTrue(page.select("table#results a").isEmpty(), () -> iri + ": " + page.select("table#results").outerHtml());
        }
        // an http(s) IRI stays a link
        HttpResponse<String> ok = get("/query?query=" + enc("SELECT ?x WHERE { BIND(IRI(\"https://example.org/a\") AS ?x) }"), "text/html");
        assertEquals("https://example.org/a", Jsoup.parse(ok.body()).select("table#results a").attr("href"));
    }

    @Test
    void aStoredSameAsWithAnotherSchemeIsShownNotLinked() throws Exception {
        HttpResponse<String> r = get("/page/org/evil-corp", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        Document page = Jsoup.parse(r.body());
        assertOnlyWebLinks(page);
        assertTrue(page.text().contains("javascript:alert(document.domain)"), "shown as text");
        assertEquals(1, page.select("a[href=" + WIKIDATA + "]").size(), "the Wikidata link stays");
        // every page kind with IRIs from the graph: the generic page, the dataset description, an IRI in a result
        for (String path : List.of("/organizations", "/.well-known/void", "/",
                "/query?query=" + enc("SELECT ?o WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o }")))
            assertOnlyWebLinks(Jsoup.parse(get(path, "text/html").body()));
    }

    // ---- security headers

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        String firstDump = Dumps.Format.values()[0].fileName();
        for (String path : List.of("/", "/query", "/page/org/evil-corp", "/organizations", "/nowhere",
                "/signet/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), "/signet/sparql",
                "/queries/agreements?format=csv", "/queries/agreements?minConfidence=abc", "/dumps/", "/dumps/" + firstDump,
                "/.well-known/void", "/id/org/evil-corp", "/data/org/evil-corp", "/health")) {
            HttpResponse<String> r = get(path, null);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'none'") && csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'none'")
                    && csp.contains("base-uri 'none'"), path + " " + r.statusCode() + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
    }

    @Test
    void thePagesUseNothingThePolicyForbids() throws Exception {
        for (String path : List.of("/", "/query", "/page/org/evil-corp", "/organizations", "/documents", "/.well-known/void", "/dumps/")) {
            Document page = Jsoup.parse(get(path, "text/html").body());
            assertTrue(page.select("script, [style], object, embed, iframe, base").isEmpty(), path);
            assertTrue(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                    .noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")), path + ": an inline event handler");
            for (Element form : page.select("form"))
                assertTrue(form.attr("action").startsWith("/"), path + ": a form to " + form.attr("action"));
        }
    }

    // ---- content negotiation

    @Test
    void anUnreadableAcceptHeaderGetsTheDefaultNotA500() throws Exception {
        for (String accept : List.of(";;;", ";", ",,,", ";q=1", " ; ; ")) {
            for (String path : List.of("/.well-known/void", "/data/org/evil-corp", "/ontology", "/signet/sparql")) {
                HttpResponse<String> r = get(path, accept);
                assertEquals(200, r.statusCode(), () -> "Accept: " + accept + " on " + path + ": " + r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), path);
                assertFalse(r.body().contains("Exception"), r.body());
            }
            HttpResponse<String> id = get("/id/org/evil-corp", accept);
            assertEquals(303, id.statusCode(), accept);
            assertEquals("/data/org/evil-corp", id.headers().firstValue("Location").orElse(""));
            assertEquals(200, get("/queries/agreements", accept).statusCode());
        }
    }

    @Test
    void namedQueriesNegotiateWithQualities() throws Exception {
        HttpResponse<String> csv = get("/queries/agreements", "application/sparql-results+json;q=0.5, text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        HttpResponse<String> json = get("/queries/agreements", "text/csv;q=0, */*");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        HttpResponse<String> browser = get("/queries/agreements", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
    }

    // ---- parameters

    @Test
    void aMalformedNamedQueryParameterIsA400NamingIt() throws Exception {
        record Case(String path, String mustName) {}
        for (Case c : List.of(
                new Case("/queries/agreements?minConfidence=abc", "minConfidence"),
                new Case("/queries/agreements?minConfidence=5", "minConfidence"),
                new Case("/queries/agreements?minConfidence=1e-3", "minConfidence"),
                new Case("/queries/roles?minConfidence=NaN", "minConfidence"),
                new Case("/queries/evidence?fact=abc", "fact"),
                new Case("/queries/evidence?fact=" + enc("javascript:alert(1)"), "fact"),
                new Case("/queries/evidence?fact=" + enc("urn:x:1"), "fact"),
                new Case("/queries/evidence?fact=" + enc("https://exa mple.org/"), "fact"),
                new Case("/queries/agreements?minConfidence=0.5&minConfidence=0", "minConfidence"),
                new Case("/queries/agreements?format=html", "format"),
                new Case("/queries/agreements?minconfidence=0.5", "minconfidence"))) {
            HttpResponse<String> r = get(c.path(), "text/csv");
            assertEquals(400, r.statusCode(), () -> c.path() + ": " + r.body());
            assertTrue(r.body().contains(c.mustName()), () -> c.path() + ": " + r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
    }

    @Test
    void wellFormedParametersStillWork() throws Exception {
        int all = rows(get("/queries/agreements", "text/csv"));
        assertTrue(all >= 1, "the invented article's agreement is listed");
        assertEquals(all, rows(get("/queries/agreements?minConfidence=", "text/csv")), "an empty value is no restriction");
        assertEquals(all, rows(get("/queries/agreements?minConfidence=0", "text/csv")));
        assertEquals(0, rows(get("/queries/agreements?minConfidence=1", "text/csv")), "no extracted fact is certain");
        String fact = get("/queries/agreements?format=csv", null).body().lines().skip(1).findFirst().orElseThrow().split(",")[0];
        HttpResponse<String> evidence = get("/queries/evidence?fact=" + enc(fact), "text/csv");
        assertEquals(200, evidence.statusCode(), evidence.body());
        assertTrue(rows(evidence) >= 1, evidence.body());
        assertEquals(rows(evidence), rows(get("/queries/evidence?fact=" + enc("<" + fact + ">"), "text/csv")));
    }

    @Test
    void theQueryPageSaysWhichParameterIsBad() throws Exception {
        HttpResponse<String> r = get("/query?named=agreements&minConfidence=abc&run=1", "text/html");
        assertEquals(400, r.statusCode());
        assertTrue(Jsoup.parse(r.body()).select("#query-error").text().contains("minConfidence"), r.body());
    }

    @Test
    void pageNumbersAreBounded() throws Exception {
        for (String list : List.of("/organizations", "/documents")) {
            for (String page : List.of("2147483647", "2147483648", "0", "-1", "abc", "1e3", "100001")) {
                HttpResponse<String> r = get(list + "?page=" + page, "text/html");
                assertEquals(400, r.statusCode(), () -> list + "?page=" + page + ": " + r.body());
                assertTrue(r.body().contains("page must be a whole number"), r.body());
            }
            assertEquals(200, get(list + "?page=1", "text/html").statusCode());
            HttpResponse<String> last = get(list + "?page=100000", "text/html");
            assertEquals(200, last.statusCode(), "the last page allowed is empty, not an error");
        }
    }

    static int rows(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv.body());
        return (int) csv.body().lines().filter(l -> !l.isBlank()).count() - 1;
    }
}
