package signet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.QueryRows;
import signet.store.Tdb2Store;

/**
 * One signing reported by two articles (one dates it, the other only has its own date) is one
 * agreement with two evidence links; a different signing between the same parties a year later
 * stays a second agreement.
 */
class SameSigningTest {
    private static final Path QUERIES = Path.of(System.getProperty("signet.home", ".")).resolve("queries");

    @TempDir Path tmp;

    private static void write(Path dir, String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }

    private static List<Map<String, String>> signedWith(Tdb2Store store, String org) throws Exception {
        return QueryRows.select(store.dataset(), QueryFactory.create(Files.readString(QUERIES.resolve("signed-with.rq"))),
                Map.of("org", ResourceFactory.createStringLiteral(org)));
    }

    @Test
    void twoReportsOfOneSigningAreOneAgreement() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        write(docs, "a-wire.txt", """
                Published: 12 March 2024

                LIMA - The Andean Press Service and Harbor News Agency signed a memorandum of understanding on news exchange in Lima on March 11, 2024.
                """);
        write(docs, "b-daily.txt", """
                Published: 13 March 2024

                Harbor News Agency has signed a memorandum of understanding with the Andean Press Service, the two agencies said.
                """);
        write(docs, "c-next-year.txt", """
                Published: 20 May 2025

                Harbor News Agency and the Andean Press Service signed a memorandum of understanding on training on Monday.
                """);
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            var report = new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter())).ingest(List.of(docs));
            assertEquals(3, report.added(), report.summary());
            List<Map<String, String>> rows = signedWith(store, "Harbor News Agency");
            assertEquals(2, rows.size(), () -> "one signing reported twice, and another a year later: " + rows);
            Map<String, String> first = rows.stream().filter(r -> r.get("date").startsWith("2024")).findFirst().orElseThrow();
            assertEquals("2", first.get("reports"), rows.toString());
            assertEquals("2024-03-11", first.get("date"), "the stated date wins over an article's own date");
            assertEquals("stated", first.get("dateBasis"));
            Map<String, String> later = rows.stream().filter(r -> r.get("date").startsWith("2025")).findFirst().orElseThrow();
            assertEquals("1", later.get("reports"));

            // the scorer's view, one row per document, is unchanged
            var perDoc = QueryRows.select(store.dataset(), QueryFactory.create(Files.readString(QUERIES.resolve("agreements.rq"))), Map.of());
            assertEquals(6, perDoc.size(), perDoc.toString());
            assertTrue(perDoc.stream().anyMatch(r -> r.get("doc").endsWith("b-daily") && r.get("date").equals("2024-03-13")));
        }
    }
}
