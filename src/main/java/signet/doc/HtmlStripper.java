package signet.doc;

import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to plain text through jsoup (a real HTML5 parser, not tag regexes). Page chrome
 * (scripts, styles, navigation, header, footer, asides, forms, frames) is dropped; every block
 * element becomes its own paragraph and {@code <br>} a line break. The title is the
 * {@code <title>}, else the first {@code <h1>}. Stateless and thread-safe.
 */
final class HtmlStripper {
    /** Elements whose whole content is page chrome or code, never article text. */
    private static final String CHROME = "script, style, noscript, nav, header, footer, aside, form, iframe, template, svg, button, select";

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "figure", "figcaption", "address", "hr", "body", "caption", "details", "summary");

    StrippedText strip(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(CHROME).remove();
        String title = doc.title().strip();
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            if (h1 != null) title = h1.text().strip();
        }
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) out.append('\n');
                    else if (BLOCKS.contains(e.normalName())) out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) out.append("\n\n");
            }
        });
        return new StrippedText(out.toString(), title.isEmpty() ? Optional.empty() : Optional.of(title));
    }
}
