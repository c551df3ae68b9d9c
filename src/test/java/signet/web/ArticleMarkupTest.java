package signet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Highlighting spans in a text: coinciding, nested and crossing spans, escaping, offsets that do not fit. */
class ArticleMarkupTest {
    static Document parse(String html) { return Jsoup.parseBodyFragment("<div class=\"article\">" + html + "</div>"); }

    @Test
    void coincidingSpansNestAndEachMarkHoldsTheWholeSentence() {
        String text = "First one. The board & staff signed it. Last.";
        int s = text.indexOf("The"), e = text.indexOf(" Last");
        Document d = parse(ArticleMarkup.render(text, List.of(new ArticleMarkup.Span(s, e, "ev-a", "a"), new ArticleMarkup.Span(s, e, "ev-b", "b"))));
        assertEquals("The board & staff signed it.", d.getElementById("ev-a").text());
        assertEquals("The board & staff signed it.", d.getElementById("ev-b").text());
        assertEquals(text, d.selectFirst("div.article").wholeText());
    }

    @Test
    void crossingSpansKeepEveryCharacterMarkedAndIdsUnique() {
        String text = "aaaa bbbb cccc";
        String html = ArticleMarkup.render(text, List.of(new ArticleMarkup.Span(0, 9, "ev-x", "x"), new ArticleMarkup.Span(5, 14, "ev-y", "y")));
        Document d = parse(html);
        assertEquals(text, d.selectFirst("div.article").wholeText());
        assertEquals("aaaa bbbb", d.getElementById("ev-x").text());
        assertEquals(1, d.select("#ev-y").size());
        assertEquals("bbbb cccc", fullY(d));
        assertTrue(d.select("mark").stream().allMatch(m -> m.hasClass("fact")));
    }

    /** The text of y's highlight: its mark plus the continuation after x's end. */
    private static String fullY(Document d) {
        StringBuilder b = new StringBuilder();
        d.select("mark").forEach(m -> { if (m.id().equals("ev-y") || m.hasClass("cont")) b.append(m.wholeText()); });
        return b.toString();
    }

    @Test
    void textIsEscapedInsideAndOutsideMarks() {
        String text = "<script>alert(1)</script> & <b>x</b>";
        String html = ArticleMarkup.render(text, List.of(new ArticleMarkup.Span(0, 8, "ev-s", "t\"itle<")));
        assertTrue(!html.contains("<script>") && !html.contains("<b>"), html);
        Document d = parse(html);
        assertEquals(text, d.selectFirst("div.article").wholeText());
        assertEquals("t\"itle<", d.getElementById("ev-s").attr("title"));
    }

    @Test
    void spansBeyondTheTextOrRepeatingAnIdAreLeftOut() {
        String text = "short text";
        Document d = parse(ArticleMarkup.render(text, List.of(new ArticleMarkup.Span(0, 5, "ev-1", ""),
                new ArticleMarkup.Span(3, 50, "ev-2", ""), new ArticleMarkup.Span(6, 10, "ev-1", ""))));
        assertEquals(1, d.select("mark").size());
        assertNotNull(d.getElementById("ev-1"));
        assertEquals(text, d.selectFirst("div.article").wholeText());
    }

    @Test
    void locateFallsBackToCodePointsThenToTheQuote() {
        String text = "\uD83D\uDE00 emoji first. Then the sentence.";
        String exact = "Then the sentence.";
        int javaStart = text.indexOf(exact);
        assertEquals(javaStart, ArticleMarkup.locate(text, javaStart, javaStart + exact.length(), exact, "").orElseThrow()[0]);
        int cpStart = text.codePointCount(0, javaStart);
        assertEquals(javaStart, ArticleMarkup.locate(text, cpStart, cpStart + exact.length(), exact, "").orElseThrow()[0]);
        assertEquals(javaStart, ArticleMarkup.locate(text, -1, -1, exact, "first. ").orElseThrow()[0]);
        assertTrue(ArticleMarkup.locate(text, 0, 3, "not there", "").isEmpty());
    }

    @Test
    void datesKeepTheirPrecision() {
        var m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        assertEquals("2026-01-20", DateText.of(m.createTypedLiteral("2026-01-20", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        assertEquals("2015-10 (month)", DateText.of(m.createTypedLiteral("2015-10", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth)));
        assertEquals("2015 (year)", DateText.of(m.createTypedLiteral("2015", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear)));
    }
}
