package signet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The frame every HTML page shares: a plain, server-rendered document (no JavaScript needed), a
 * viewport for phones, one small style sheet, and the same navigation. Pages build their body
 * with {@link #esc} for every piece of text that came from the graph or the request.
 */
public final class Html {
    private Html() {}

    /** The style of every page: readable line length, tables that scroll on a phone, visible highlights. */
    static final String CSS = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1b1b1b;background:#fff}
            header{background:#17324d;color:#fff;padding:.6em 1em}
            header a{color:#fff;margin-right:1em;text-decoration:none;font-weight:600}
            main{max-width:60em;margin:0 auto;padding:1em;overflow-wrap:break-word}
            h1{font-size:1.6em;margin:.4em 0} h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ddd}
            a{color:#0b5cad} .muted{color:#666;font-size:.9em}
            .table-wrap{overflow-x:auto} table{border-collapse:collapse;width:100%}
            th,td{border-bottom:1px solid #e3e3e3;padding:.35em .5em;text-align:left;vertical-align:top}
            th{background:#f4f6f8}
            blockquote.evidence{margin:.3em 0;padding:.3em .7em;border-left:3px solid #9bb8d3;background:#f6f9fc;font-style:italic}
            mark.fact{background:#fff1a8;padding:0 .1em} mark.fact mark.fact{background:#ffe066} mark.fact:target{background:#ffc44d;outline:2px solid #e0a100}
            .retracted{text-decoration:line-through;color:#777} .notice{padding:.5em .8em;background:#fff4e5;border-left:4px solid #e08a00}
            form.search input[type=search]{width:60%;max-width:24em;padding:.3em}
            ol.facts li{margin:.4em 0}
            .date{white-space:nowrap}
            .article{white-space:pre-wrap;border:1px solid #e3e3e3;padding:1em;background:#fcfcfc}
            textarea{width:100%;font:14px/1.4 ui-monospace,monospace} input,select,button{font-size:1em}
            footer{max-width:60em;margin:2em auto;padding:0 1em;color:#666;font-size:.85em}
            @media (max-width:600px){body{font-size:15px} main{padding:.6em} header a{display:inline-block;margin:.2em .8em .2em 0}
              table.cards thead{display:none} table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:auto}
              table.cards tr{border-bottom:1px solid #ccc;padding:.4em 0} table.cards td{border:none;padding:.1em 0}
              table.cards td[data-label]:not([data-label=""])::before{content:attr(data-label) ": ";font-weight:600;font-style:normal}}
            """;

    /** Escapes text for HTML element content and double-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A link: {@code <a href="HREF">TEXT</a>}, both escaped; only the escaped text when the
     * target is not one a page may link to ({@link LinkTargets#isSafe}: a {@code javascript:} IRI
     * from the graph or a query is shown, never made clickable).
     */
    public static String link(String href, String text) {
        return anchor(href, esc(text), null);
    }

    /**
     * {@link #link} with HTML already escaped by the caller as the content and an optional
     * {@code title} (plain text); the content alone, in a span with the title, when the target is
     * not safe to link.
     */
    public static String anchor(String href, String contentHtml, String title) {
        String titleAttr = title == null ? "" : " title=\"" + esc(title) + "\"";
        if (!LinkTargets.isSafe(href)) return titleAttr.isEmpty() ? contentHtml : "<span" + titleAttr + ">" + contentHtml + "</span>";
        return "<a href=\"" + esc(href) + "\"" + titleAttr + ">" + contentHtml + "</a>";
    }

    /**
     * A whole page. {@code body} is HTML already escaped by the caller; {@code alternates} are
     * extra {@code <link>} elements for the head (say the RDF descriptions of the page's subject).
     */
    public static String page(String title, String alternates, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " — Signet</title><style>" + CSS + "</style>" + (alternates == null ? "" : alternates)
                + "</head><body><header><nav>"
                + "<a href=\"/\">Signet</a><a href=\"/organizations\">Organizations</a><a href=\"/documents\">Documents</a><a href=\"/query\">Query</a>"
                + "<a href=\"/dumps/\">Downloads</a><a href=\"/.well-known/void\">About the data</a>"
                + "</nav></header><main>" + body + "</main>"
                + "<footer>Every fact links to the sentence that states it. Data under the licence given in "
                + "<a href=\"/.well-known/void\">the dataset description</a>.</footer></body></html>\n";
    }

    /** Sends a page with its status; {@code text/html; charset=utf-8}. */
    public static void send(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** A short error page: what went wrong, in one sentence, and a way home. */
    public static void error(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, page("Error " + status, null, "<h1>" + status + "</h1><p>" + esc(message) + "</p><p><a href=\"/\">Home</a></p>"));
    }

    /** The head element announcing a resource's RDF description ({@code /data/…}) as an alternate of its page. */
    public static String rdfAlternate(String dataHref) {
        if (!LinkTargets.isSafe(dataHref)) return "";
        return "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + esc(dataHref) + "\">";
    }

    /**
     * A table that scrolls sideways on a narrow screen. {@code headers} are plain text;
     * {@code rows} are cells of HTML already escaped by the caller. An empty table is a short
     * "none" line instead.
     */
    public static String table(List<String> headers, List<List<String>> rows, String none) {
        if (rows.isEmpty()) return "<p class=\"muted\">" + esc(none) + "</p>";
        StringBuilder b = new StringBuilder("<div class=\"table-wrap\"><table class=\"cards\"><thead><tr>");
        headers.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
        b.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            b.append("<tr>");
            // data-label: on a phone each row becomes a card and each cell is prefixed by its column's name
            for (int i = 0; i < row.size(); i++)
                b.append("<td data-label=\"").append(i < headers.size() ? esc(headers.get(i)) : "").append("\">").append(row.get(i)).append("</td>");
            b.append("</tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    /** {@code <section id="ID"><h2>TITLE</h2>BODY</section>}; the title is escaped, the body is HTML. */
    public static String section(String id, String title, String body) {
        return "<section id=\"" + esc(id) + "\"><h2>" + esc(title) + "</h2>" + body + "</section>";
    }

    /** Writes escaped text (for streaming large pages). */
    public static void write(Writer w, String text) throws IOException { w.write(esc(text)); }
}
