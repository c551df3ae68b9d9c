package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
    private final TitleFinder finder = new TitleFinder();
    private static final String BODY = "x".repeat(160) + ".";

    @Test
    void firstShortLineBeforeTheBody() {
        Optional<TitleFinder.Title> t = finder.find(Optional.empty(), List.of("10:15 | 3 May 2021", "Airports agree on slots", BODY), 2,
                p -> p.startsWith("10:15"));
        assertEquals(Optional.of(new TitleFinder.Title(1, "Airports agree on slots")), t);
    }

    @Test
    void markupHeadingWins() {
        assertEquals("Heading", finder.find(Optional.of("Heading"), List.of("Other line", BODY), 1, p -> false).orElseThrow().text());
    }

    @Test
    void noTitleWhenTheTextStartsWithTheBody() {
        assertEquals(Optional.empty(), finder.find(Optional.empty(), List.of(BODY, "Short line"), 0, p -> false));
    }

    @Test
    void headlineShape() {
        assertTrue(TitleFinder.looksLikeHeadline("Media: Two agencies agree on news cooperation"));
        assertFalse(TitleFinder.looksLikeHeadline("The board met on Monday."));
        assertFalse(TitleFinder.looksLikeHeadline("A caption of an event, May 7, 2025. Picture: Agency"));
        assertFalse(TitleFinder.looksLikeHeadline("19 November 2022, 14:12"));
    }
}
