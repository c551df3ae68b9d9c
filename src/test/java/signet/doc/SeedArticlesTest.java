package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import signet.time.PartialDate;

/** Smoke test on the three bundled seed articles (data/articles). */
class SeedArticlesTest {
    private static final Path ARTICLES = Path.of(System.getProperty("signet.home", "."), "data", "articles");
    private static final TextDocumentReader READER = new TextDocumentReader();

    @Test
    void pressReleaseWithMojibakeAndWrapper() throws DocumentException {
        Article a = READER.read(ARTICLES.resolve("000_891b23877e701f1c.txt"));
        assertEquals(PartialDate.parse("2026-01-21"), a.published());
        assertEquals(Optional.of("CHENGDU"), a.dateline());
        assertEquals(Optional.of("PRNewswire"), a.publisher());
        assertEquals("CHENGDU", a.text().substring(a.datelineSpan()[0], a.datelineSpan()[1]));
        assertFalse(a.text().contains("??"), a.text());
        assertFalse(a.text().contains("View original content"));
        assertFalse(a.text().contains("COMUNICATO STAMPA"));
        assertFalse(a.text().contains("Descrizione"));
        assertTrue(a.text().contains("“strategic synergy of shared vision”."), a.text());
        Sentence first = a.sentences().stream().filter(s -> s.start() >= a.datelineSpan()[0]).findFirst().orElseThrow();
        assertTrue(first.text().startsWith("CHENGDU"), first.text());
        assertTrue(first.text().contains("St. Petersburg, Russia, on January 20"), first.text());
        assertTrue(a.title().orElseThrow().startsWith("IPDA, Gazprom-Media Holding ink MoU"));
    }

    @Test
    void pageWithStandaloneDateLine() throws DocumentException {
        Article a = READER.read(ARTICLES.resolve("001_ef8b39d8cc0dd785.txt"));
        assertEquals(PartialDate.parse("2022-04-29"), a.published());
        assertFalse(a.text().contains("Back to news"));
    }

    @Test
    void crawlerHeaderDate() throws DocumentException {
        Article a = READER.read(ARTICLES.resolve("002_84360b04482ae1b9.txt"));
        assertEquals(PartialDate.parse("2025-05-10"), a.published());
        assertFalse(a.text().startsWith("date"), a.text().substring(0, 40));
        assertFalse(a.text().startsWith(" "));
        assertTrue(a.text().startsWith("China Media Group"));
    }
}
