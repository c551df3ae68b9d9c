package signet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes' rule that a signed agreement is never dated after the article it comes from was
 * published: a real store, a real (invented) article, a real curation file adding such a fact, and
 * {@code signet validate} with the project's ontology/shapes.ttl.
 */
class SignedAfterPublicationShapeTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final String SHAPES = HOME.resolve("ontology/shapes.ttl").toString();
    static final String ID = "https://w3id.org/signet/id/";

    @TempDir Path tmp;

    private static String agreement(String name, String status, String date) {
        return """
                <curation/agreement/%s> a sig:Agreement ;
                    sig:status sig:%s ;
                    sig:party <org/harbor-news-agency> , <org/andean-press-service> ;
                    sig:date "%s"^^xsd:%s ;
                    prov:wasDerivedFrom <doc/harbor> ;
                    prov:wasAttributedTo <curator/test> ;
                    dcterms:created "2024-04-01"^^xsd:date ;
                    sig:curationNote "test" .
                """.formatted(name, status, date, date.length() == 10 ? "date" : date.length() == 7 ? "gYearMonth" : "gYear");
    }

    @Test
    void aCuratedSigningDatedAfterItsArticleIsReported() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("harbor.txt"), """
                Harbor News Agency opens a bureau

                Published 10 March 2024

                Harbor News Agency opened a bureau in Lima on Friday, its director said.
                """, StandardCharsets.UTF_8);
        Path curation = Files.createDirectories(tmp.resolve("curation"));
        String db = tmp.resolve("db").toString();

        CliRun clean = CliRun.run("ingest", "--db", db, "--curation", curation.toString(), articles.toString());
        assertEquals(0, clean.code(), clean.out() + clean.err());
        CliRun conforms = CliRun.run("validate", "--db", db, "--shapes", SHAPES);
        assertEquals(0, conforms.code(), "precondition: the extracted store conforms\n" + conforms.out());

        Files.writeString(curation.resolve("late.ttl"), """
                @prefix sig:     <https://w3id.org/signet/ontology#> .
                @prefix prov:    <http://www.w3.org/ns/prov#> .
                @prefix foaf:    <http://xmlns.com/foaf/0.1/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix org:     <http://www.w3.org/ns/org#> .
                @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
                @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
                <curator/test> a prov:Agent ; foaf:name "Test Curator" .
                <org/harbor-news-agency> a org:Organization ; skos:prefLabel "Harbor News Agency" .
                <org/andean-press-service> a org:Organization ; skos:prefLabel "Andean Press Service" .
                """
                // after the publication: reported, at day, month and year precision
                + agreement("late-day", "Signed", "2024-05-20")
                + agreement("late-month", "Signed", "2024-04")
                + agreement("late-year", "Signed", "2025")
                // not after it: the same day, a coarser date that may be that day, an earlier one
                + agreement("same-day", "Signed", "2024-03-10")
                + agreement("same-month", "Signed", "2024-03")
                + agreement("same-year", "Signed", "2024")
                + agreement("earlier", "Signed", "2023-12-01")
                // a later date is what an intended agreement has
                + agreement("intended", "Intended", "2024-05-20"), StandardCharsets.UTF_8);
        CliRun curated = CliRun.run("ingest", "--db", db, "--curation", curation.toString(), articles.toString());
        assertEquals(0, curated.code(), curated.out() + curated.err());

        CliRun v = CliRun.run("validate", "--db", db, "--shapes", SHAPES);
        assertEquals(3, v.code(), v.out() + v.err());
        for (String late : new String[] {"late-day", "late-month", "late-year"})
            assertTrue(v.out().contains("<" + ID + "curation/agreement/" + late + ">\t<https://w3id.org/signet/ontology#date>\t"
                    + "a signed agreement is dated after its document was published"), () -> late + " not reported:\n" + v.out());
        for (String fine : new String[] {"same-day", "same-month", "same-year", "earlier", "intended"})
            assertFalse(v.out().contains("curation/agreement/" + fine + ">"), () -> fine + " reported:\n" + v.out());
        assertTrue(v.out().contains("3 result(s)"), v.out());
    }
}
