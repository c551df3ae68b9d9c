package signet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which targets a page links to; the pages over HTTP are in {@link WebSafetyTest}. */
class LinkTargetsTest {

    @Test
    void webUrlsAndOurPathsAreLinked() {
        for (String href : List.of("https://www.wikidata.org/entity/Q1", "HTTP://EXAMPLE.ORG/", "http://a", "/page/org/tass",
                "/", "#ev-1", "?page=2", "/query?named=x&org=a%20b"))
            assertTrue(LinkTargets.isSafe(href), href);
    }

    @Test
    void otherSchemesAndWhatABrowserWouldReadAsThemAreNot() {
        for (String href : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\u0000javascript:x",
                "\u001fjavascript:x", "java\tscript:alert(1)", "java\nscript:alert(1)", "javascript\r:x", "\u007fjavascript:x",
                "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd", "urn:isbn:1",
                "//evil.example/", "/\\evil.example/", "http://", "https:evil", "relative/path", "", "mailto:a@b"))
            assertFalse(LinkTargets.isSafe(href), href);
        assertFalse(LinkTargets.isSafe(null));
    }

    @Test
    void anUnsafeTargetIsShownAsEscapedText() {
        assertEquals("javascript:alert(&quot;x&quot;)", Html.link("javascript:alert(\"x\")", "javascript:alert(\"x\")"));
        assertEquals("<span title=\"data:x\">d</span>", Html.anchor("data:x", "d", "data:x"));
        assertEquals("<a href=\"https://a.example/?q=1&amp;r=2\">a</a>", Html.link("https://a.example/?q=1&r=2", "a"));
        assertEquals("", Html.rdfAlternate("javascript:x"));
    }
}
