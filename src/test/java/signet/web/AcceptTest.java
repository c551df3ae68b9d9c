package signet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptTest {

    @Test
    void theMostSpecificRangeGivesTheQuality() {
        Accept a = Accept.parse("text/*;q=0.1, text/turtle, */*;q=0.01");
        assertEquals(1.0, a.quality("text/turtle"));
        assertEquals(0.1, a.quality("text/plain"));
        assertEquals(0.01, a.quality("application/ld+json"));
    }

    @Test
    void qualityZeroRefusesEvenUnderAWildcard() {
        Accept a = Accept.parse("*/*, application/rdf+xml;q=0");
        assertEquals(0.0, a.quality("application/rdf+xml"));
        assertEquals(Optional.of(RdfMedia.TURTLE), RdfMedia.choose(a), "ties go to the server's order");
    }

    @Test
    void theClientsPreferenceWinsOverTheServers() {
        assertEquals(Optional.of(RdfMedia.N_TRIPLES), RdfMedia.choose(Accept.parse("text/turtle;q=0.2, application/n-triples;q=0.3")));
        assertEquals(Optional.empty(), RdfMedia.choose(Accept.parse("text/html, image/*")));
        assertEquals(Optional.of(RdfMedia.TURTLE), RdfMedia.choose(Accept.parse(null)), "no header: anything, so Turtle");
    }

    @Test
    void malformedPartsAreIgnoredNotTrusted() {
        Accept a = Accept.parse("garbage, text/turtle;q=abc, application/ld+json;q=2 , ;q=1");
        assertEquals(0.0, a.quality("text/turtle"), "an unreadable q makes the range unusable");
        assertEquals(0.0, a.quality("application/ld+json"), "q above 1 is out of range");
        assertEquals(Optional.empty(), RdfMedia.choose(a));
    }

    @Test
    void aHeaderWithNoMediaRangeAtAllIsTakenAsAbsent() {
        // Accept: ;;; made the parser index an empty array: a 500 on every negotiated route
        for (String header : new String[] {";;;", ";", ",,", ";q=1", " ; , ; "}) {
            Accept a = Accept.parse(header);
            assertEquals(1.0, a.quality("text/turtle"), header);
            assertEquals(Optional.of(RdfMedia.TURTLE), RdfMedia.choose(a), header);
            assertFalse(RdfMedia.prefersHtml(a), header);
        }
    }

    @Test
    void htmlIsPreferredOnlyWhenNamedAndRatedAtLeastAsHigh() {
        assertTrue(RdfMedia.prefersHtml(Accept.parse("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")));
        assertFalse(RdfMedia.prefersHtml(Accept.parse("*/*")), "curl gets data");
        assertFalse(RdfMedia.prefersHtml(Accept.parse("text/html;q=0.5, text/turtle")));
        assertTrue(RdfMedia.prefersHtml(Accept.parse("text/turtle;q=0.9, text/html")));
        assertFalse(RdfMedia.prefersHtml(Accept.parse("text/html;q=0, */*")));
    }

    @Test
    void namesMeansExplicitlyNotThroughAWildcard() {
        Accept browser = Accept.parse("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(browser.names("text/html"));
        assertFalse(browser.names("text/turtle"));
        assertFalse(Accept.parse("*/*").names("text/html"));
        assertFalse(Accept.parse("text/html;q=0").names("text/html"));
    }
}
