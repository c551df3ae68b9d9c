package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkupStripperTest {
    private final MarkdownStripper markdown = new MarkdownStripper();
    private final HtmlStripper html = new HtmlStripper();
    private final ParagraphLayout layout = new ParagraphLayout();

    @Test
    void markdownHeadingsEmphasisListsAndRulesGo() {
        StrippedText s = markdown.strip("""
                ## Harbour board signs port deal

                The **Harbour Board** and _Nordic Lines_ agreed on a *ten-year* lease.

                - first item
                2. second item

                ---
                """);
        assertEquals(Optional.of("Harbour board signs port deal"), s.title());
        assertEquals(List.of("Harbour board signs port deal",
                "The Harbour Board and Nordic Lines agreed on a ten-year lease.", "first item", "second item"),
                layout.paragraphs(s.text()));
    }

    @Test
    void markdownLinksKeepTheirTextAndAutolinksVanish() {
        String text = markdown.strip("Read the [full statement](https://example.org/a?b=1) here.\n"
                + "Photo: <https://cdn.example.org/1.jpg>\n![logo](https://example.org/logo.png)").text();
        assertTrue(text.contains("Read the full statement here."), text);
        assertFalse(text.contains("http"), text);
        assertFalse(text.contains("logo"), text);
    }

    @Test
    void snakeCaseAndArithmeticAreNotEmphasis() {
        assertEquals("file_name_here and 2 * 3 * 4", markdown.inline("file_name_here and 2 * 3 * 4"));
    }

    @Test
    void htmlDropsChromeAndMakesBlocksParagraphs() {
        StrippedText s = html.strip("""
                <html><head><title>Rail operators merge</title><style>p{color:red}</style></head>
                <body><nav>Home | World</nav><header>Site banner</header>
                <h1>Rail operators merge</h1>
                <p>VIENNA – Two rail <b>operators</b> said on Monday they would merge.</p>
                <div>The deal<br>needs approval.</div>
                <script>var x = 1;</script><aside>Most read</aside><footer>© Site</footer>
                <form><input name=q></form></body></html>""");
        assertEquals(Optional.of("Rail operators merge"), s.title());
        assertEquals(List.of("Rail operators merge", "VIENNA – Two rail operators said on Monday they would merge.",
                "The deal needs approval."), layout.paragraphs(s.text()));
    }

    @Test
    void htmlTitleFallsBackToFirstH1() {
        assertEquals(Optional.of("Museum opens wing"), html.strip("<body><h1>Museum opens wing</h1><p>Text.</p></body>").title());
    }
}
