package signet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.doc.DocumentIds;
import signet.graph.Iris;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;

/**
 * Documents whose file names a URL cannot carry as they are ('%', spaces, '#', '?', ';', letters
 * outside ASCII) or that lie in subfolders: ingested into a real store behind a real server, every
 * one's page, linked-data description and IRI answer over HTTP (a '%' in an id used to give
 * {@code %25} in the URL, which Jetty refuses with 400 "Ambiguous URI path encoding").
 */
class DocumentUrlsTest {
    static final List<String> NAMES = List.of("news%20item.txt", "100% sure.txt", "a b.txt", "q?x#y.txt", "semi;colon.txt",
            "café.txt", "北京新闻.txt", "2024/index.html", "2024/05/naïve report.md");

    @TempDir static Path tmp;
    static SeededServer seeded;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll static void start() throws Exception {
        seeded = SeededServer.start(tmp);
        Path folder = tmp.resolve("awkward");
        int n = 0;
        for (String name : NAMES) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            String text = "Moscow, 3 March 2026. Awkward Name Holding " + (char) ('A' + n++) + " and Harbor Radio signed a memorandum of understanding.\n";
            Files.writeString(file, name.endsWith(".html") ? "<p>" + text + "</p>" : text, StandardCharsets.UTF_8);
        }
        StringWriter err = new StringWriter();
        IngestReport r = new Ingester(seeded.store(), Pipeline.standard(), new PrintWriter(err)).ingest(List.of(folder));
        assertEquals(NAMES.size(), r.added(), err.toString());
    }

    @AfterAll static void stop() { seeded.close(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url(path))).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test void everyDocumentsPagesOpen() throws Exception {
        for (String name : NAMES) {
            String id = DocumentIds.of(Path.of(name));
            String iri = Iris.defaults().document(id);
            String local = seeded.site().paths().local(iri).orElseThrow();
            assertFalse(local.contains("%25") || local.contains("%2F"), local);

            HttpResponse<String> page = get(SitePaths.PAGE + local, "text/html");
            assertEquals(200, page.statusCode(), name + " → " + page.uri() + "\n" + page.body());
            assertTrue(page.body().contains("Awkward Name Holding"), name + ": " + page.body());
            assertTrue(org.jsoup.Jsoup.parse(page.body()).text().contains(name), "the real file name (and path) is shown: " + name);

            HttpResponse<String> data = get(SitePaths.DATA + local + ".ttl", "*/*");
            assertEquals(200, data.statusCode(), name + " → " + data.uri() + "\n" + data.body());
            assertTrue(data.body().contains("sourcePath"), data.body());

            HttpResponse<String> see = get(SitePaths.ID + local, "text/turtle");
            assertEquals(303, see.statusCode(), name + " → " + see.uri());
        }
    }

    @Test void theDocumentListLinksToPagesThatOpen() throws Exception {
        HttpResponse<String> list = get("/documents", "text/html");
        assertEquals(200, list.statusCode());
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(list.body());
        List<String> hrefs = html.select("a[href^=" + SitePaths.PAGE + "doc/]").eachAttr("href");
        assertTrue(hrefs.size() >= NAMES.size(), hrefs.toString());
        for (String href : hrefs) assertEquals(200, get(href, "text/html").statusCode(), href);
    }
}
