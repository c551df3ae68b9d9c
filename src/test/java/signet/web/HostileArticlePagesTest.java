package signet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.fact.Fact;
import signet.graph.Iris;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.server.SignetServer;
import signet.store.Tdb2Store;

/**
 * One hostile article on a real server: a paragraph stating one signing {@value #REPEATS} times,
 * then {@value #PARTNERS} signings of one organization with as many partners. Ingested by the real
 * pipeline into TDB2 in a temporary folder; pages fetched over HTTP and parsed as a browser would.
 * Before the bounds, the repeated signing alone made some 17 quads per sentence, and its
 * document page carried the whole text with a highlight per sentence (50,000 repetitions: 850,000
 * quads, a 14.9 MB page in 10 s).
 */
class HostileArticlePagesTest {
    static final int REPEATS = 3000;
    static final int PARTNERS = 150;
    static final String SIGNING = "Alderbrook Media Group and Corvina Press signed a memorandum of understanding in Tallinn on 3 March 2024. ";
    /** Far above what the bounded page needs (~100 KB of text and 100 facts), far below the unbounded one. */
    static final int PAGE_BYTES = 500_000;

    @TempDir static Path tmp;
    static Tdb2Store store;
    static SignetServer server;
    static final SitePaths PATHS = new SitePaths(Iris.DEFAULT_BASE);
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String ingestOutput;
    static String doc;

    /** An invented partner name per number: "Babe Press", "Cebe Press", ... (letters only, so it reads as a name). */
    static String partner(int i) {
        String[] syl = {"ba", "ce", "di", "fo", "gu", "ka", "le", "mi", "no", "pu", "ra", "se", "ti", "vo", "zu", "xa"};
        String s = syl[i % 16] + syl[(i / 16) % 16] + syl[(i / 256) % 16];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + " Press";
    }

    @BeforeAll
    static void ingestAndServe() throws Exception {
        StringBuilder text = new StringBuilder("Notes from Tallinn\n\n").append(SIGNING.repeat(REPEATS)).append("\n\n");
        for (int i = 0; i < PARTNERS; i++)
            text.append("Alderbrook Media Group signed a memorandum of understanding with ").append(partner(i)).append(" in Tallinn on 3 March 2024.\n\n");
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("hostile.txt"), text);
        store = Tdb2Store.open(tmp.resolve("db"));
        StringWriter err = new StringWriter();
        new Ingester(store, Pipeline.standard(), new PrintWriter(err)).ingest(List.of(articles));
        ingestOutput = err.toString();
        doc = Iris.defaults().document("hostile");
        Site site = new Site(new DatasetSource(store.dataset(), Duration.ofSeconds(30)), PATHS, Duration.ofSeconds(30));
        server = SignetServer.builder().store(store).host("127.0.0.1").port(0).route(new PageRoute(site)).build();
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Document page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.body().length() < PAGE_BYTES, path + ": " + r.body().length() + " characters");
        return Jsoup.parse(r.body(), server.baseUrl() + path);
    }

    @Test
    void theIngestSaysHowManySentencesWereNotKeptAndTheGraphStaysSmall() {
        assertTrue(ingestOutput.contains("hostile.txt: note: 2,980 sentences were not kept as evidence: a fact keeps at most "
                + Fact.MAX_EVIDENCE), ingestOutput);
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node graph = NodeFactory.createURI(Iris.defaults().documentGraph("hostile"));
        long quads = Txn.calculateRead(dsg, () -> dsg.getGraph(graph).size());
        // 151 facts (the repeated one with 20 annotations) and their entities: ~8,000 quads; one annotation per sentence made 60,000
        assertTrue(quads > 1000 && quads < 15_000, quads + " quads");
    }

    @Test
    void theDocumentPageShowsTheTextInPartsWithWorkingLinks() throws Exception {
        String self = PATHS.pageHref(doc);
        Document first = page(self);
        int parts = TextParts.count(SIGNING.repeat(REPEATS));
        assertTrue(parts >= 3, "the text is longer than " + TextParts.PART_CHARS + " characters");
        Element next = first.selectFirst("section#text p.pager a:contains(next)");
        assertNotNull(next, "a link to the next part of the text");
        assertEquals(self + "?part=2#text", next.attr("href"));
        // the first part is highlighted: marks with ids, at most one per kept evidence sentence
        assertTrue(first.select("section#text mark.fact[id]").size() >= 1);

        Document second = page(next.attr("href"));
        assertTrue(second.selectFirst("section#text").text().contains("Corvina Press signed a memorandum"));
        assertNotNull(second.selectFirst("section#text p.pager a:contains(previous)"));
        // a part number past the end, or no number at all, shows a part that exists
        assertTrue(page(self + "?part=2147483648").selectFirst("section#text p.pager").text().contains("of"));
        assertTrue(page(self + "?part=-3").selectFirst("section#text a:contains(next)") != null);
        assertTrue(page(self + "?part=abc").selectFirst("section#text a:contains(next)") != null);
    }

    @Test
    void theFactsAreListedAHundredAPageAndTheirEvidenceLinksLandOnTheirHighlight() throws Exception {
        String self = PATHS.pageHref(doc);
        Document first = page(self);
        assertTrue(first.selectFirst("section#facts h2").text().contains("(" + (PARTNERS + 1) + ")"), first.selectFirst("section#facts h2").text());
        assertEquals(DocumentPage.FACTS_PER_PAGE, first.select("section#facts ol.facts > li").size());
        Element next = first.selectFirst("section#facts p.pager a:contains(next)");
        assertNotNull(next);
        Document second = page(next.attr("href"));
        assertEquals(PARTNERS + 1 - DocumentPage.FACTS_PER_PAGE, second.select("section#facts ol.facts > li").size());
        assertEquals(String.valueOf(DocumentPage.FACTS_PER_PAGE + 1), second.selectFirst("section#facts ol.facts").attr("start"));
        // the partners' signings come after the long paragraph: their sentences are in the last part of the text
        Element inText = second.select("section#facts ol.facts > li a:contains(in the text)").last();
        String href = inText.attr("href");
        assertTrue(href.contains("?part="), href);
        Document there = page(href.substring(0, href.indexOf('#')));
        Element mark = there.getElementById(href.substring(href.indexOf('#') + 1));
        assertNotNull(mark, "the link lands on the highlighted sentence: " + href);
        assertTrue(mark.text().contains("Alderbrook Media Group signed a memorandum of understanding with"), mark.text());
        // a page past the end is the last page
        assertEquals(PARTNERS + 1 - DocumentPage.FACTS_PER_PAGE, page(self + "?page=99999999999999999999").select("section#facts ol.facts > li").size());
    }

    @Test
    void theOrganizationPartyToManyAgreementsIsPagedAndSaysWhatWasNotKept() throws Exception {
        String alderbrook = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY,
                SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Alderbrook Media Group")).next().getSubject().getURI());
        Document first = page(PATHS.pageHref(alderbrook));
        assertEquals(EntityPages.FACTS_PER_PAGE, first.select("section#agreements tbody tr").size());
        Element next = first.selectFirst("p.pager a:contains(next)");
        assertNotNull(next);
        Document second = page(next.attr("href"));
        assertEquals(PARTNERS + 1 - EntityPages.FACTS_PER_PAGE, second.select("section#agreements tbody tr").size());
        // the agreement with Corvina Press keeps 20 sentences and says how many more stated it
        Element corvina = first.select("section#agreements tbody tr").stream().filter(tr -> tr.text().contains("Corvina Press")).findFirst()
                .or(() -> second.select("section#agreements tbody tr").stream().filter(tr -> tr.text().contains("Corvina Press")).findFirst())
                .orElseThrow();
        assertEquals(Fact.MAX_EVIDENCE, corvina.select("blockquote.evidence").size());
        assertTrue(corvina.text().contains("and 2980 further sentences stating it"), corvina.text());
    }
}
