package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {
    private static final BoilerplateFilter FILTER = BoilerplateFilter.fromLexicon();
    private static final String BODY = "The two ministries signed a protocol on water management on Tuesday, officials said. "
            + "It covers joint monitoring of three rivers and a training programme for engineers over five years.";

    @ParameterizedTest
    @ValueSource(strings = {
            "View original content:", "Photo —", "Photo: agency.kz", "Copyright 2024 Business Wire. All Rights Reserved.",
            "COMUNICATO STAMPA — CONTENUTO PROMOZIONALE", "Categoria", "Data di creazione", "default watermark", "Descrizione",
            "Back to news", "Share this article on Telegram", "Show additional share options",
            "Follow us on Instagram and subscribe to our channel for updates.", "Advertisement", "Related Articles",
            "Related news", "Go to top button", "Subscribe to free Email Newsletter", "print dictionary print",
            "Home > Business > Energy", "(end)", "(END)", "(is over)", "MENAFN12052023000071011013ID1106187722", "X", "tm",
            "ID :", "Auther :", "desk@newsroom.example.com", "2.jpg", "Donnez votre avis", "Sign on", "Published in :", "——",
            // a link to another article, its title after a label: that article's signing is not this one's
            "Read also: Kesh Press and Tarn Agency signed a memorandum in Ankara", "READ MORE: Orvo Bank inks deal with Velsk Steel",
            "See also - Tarn Group names new chief executive", "Related: Kesh Radio signs content deal", "Also read: Orvo signs MoU"})
    void dropsChromeLines(String line) {
        assertTrue(FILTER.isBoilerplate(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The company said copyright revenue would be shared according to each side's investment.",
            "Copyright disputes were among the topics discussed.",
            "Photo: The delegations pose after the ceremony in the capital.",
            "Related companies in the group will join later.",
            "Related parties: Orvo Bank and Velsk Steel signed the loan agreement in May.",
            "Read also the statement that Kesh Press signed with Tarn Agency.",
            "X-ray equipment worth $2 million was donated."})
    void keepsBodyLinesThatMerelyMentionAWord(String line) {
        assertNull(FILTER.classify(line), line);
    }

    @Test
    void trailerDropsEverythingAfterIt() {
        String out = FILTER.filter(BODY + "\n\nView original content:\n\nMedia contact: Jane Roe\n\nSome more footer text here.\n");
        assertEquals(List.of(BODY), new ParagraphLayout().paragraphs(out));
    }

    @Test
    void trailerAtTheTopDoesNotEraseTheArticle() {
        String out = FILTER.filter("Copyright 2020 Example Wire. All Rights Reserved.\n" + BODY + "\n");
        assertEquals(List.of(BODY), new ParagraphLayout().paragraphs(out));
    }

    @Test
    void repeatedHeadlineIsKeptOnce() {
        String out = FILTER.filter("Port deal signed\n\n21 May 2024\n\nPort deal signed\n\n" + BODY + "\n");
        assertEquals(List.of("Port deal signed", "21 May 2024", BODY), new ParagraphLayout().paragraphs(out));
    }

    @Test
    void endMarkerGluedToTheLastSentenceIsCut() {
        String out = FILTER.filter("Talks will resume next month. (end)\n");
        assertEquals("Talks will resume next month.\n", out);
        assertFalse(out.contains("(end)"));
    }

    @Test
    void everyRuleHasAComment() {
        assertTrue(FILTER.rules().size() > 20);
        FILTER.rules().forEach(r -> assertFalse(r.comment().isBlank(), r.pattern().pattern()));
    }
}
