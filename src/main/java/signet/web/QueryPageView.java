package signet.web;

import static signet.web.Html.esc;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import signet.query.NamedQuery;
import signet.server.NamedQueryRoute;

/**
 * The HTML of the query page: the form, the outcome of a run and the list of named queries.
 * Everything that came from the request or the graph goes through {@link Html#esc}.
 *
 * @param paths     to link our IRIs to their pages
 * @param queries   the named queries to offer
 * @param form      what was asked
 * @param outcome   what running it gave, or null when nothing ran
 * @param downloads download links by kind ({@code csv}, {@code json}, {@code turtle}, {@code jsonld})
 */
record QueryPageView(SitePaths paths, Collection<NamedQuery> queries, QueryForm form, QueryOutcome outcome,
                     Map<String, String> downloads) {

    /** Styles of this page only, added to the shared frame's. */
    private static final String STYLE = """
            <style>
            .lead{margin-top:0}
            #query-form label{display:block;font-weight:600;margin:.6em 0 .2em}
            #query-form input[type=text]{width:100%;max-width:32em;box-sizing:border-box;padding:.3em}
            #query-form textarea{box-sizing:border-box;padding:.4em}
            #run{margin:.6em 0;padding:.45em 1.4em;background:#17324d;color:#fff;border:0;border-radius:4px;cursor:pointer}
            .picked{background:#f4f6f8;padding:.5em .8em;border-left:3px solid #17324d}
            .query-error{border-left:4px solid #b3261e;background:#fdf0ef;padding:.5em .8em}
            .query-error pre{white-space:pre-wrap;font-size:.85em} .query-error pre.excerpt{white-space:pre;overflow-x:auto}
            .lit-meta{color:#888;font-size:.8em;margin-left:.3em;white-space:nowrap}
            .results-wrap{margin-left:calc(50% - 50vw + 1em);margin-right:calc(50% - 50vw + 1em)}
            table#results{width:auto;min-width:100%} table#results th{white-space:nowrap}
            table#results td{overflow-wrap:break-word} table#results .short{white-space:nowrap}
            table#results .long{min-width:16em;max-width:36em}
            @media (max-width:600px){table#results .long{min-width:12em}}
            .downloads a{margin-right:1.2em;white-space:nowrap}
            pre.turtle{overflow-x:auto;background:#f6f8fa;padding:.8em;font-size:.85em}
            #answer{font-size:1.4em;font-weight:700}
            #named-queries li{margin:.5em 0}
            </style>
            """;

    /** A literal up to this long (a date, a number, a short name) stays on one line. */
    private static final int SHORT_TEXT = 16;
    /** A literal longer than this (a sentence) wraps in a column of readable width. */
    private static final int LONG_TEXT = 80;

    String render() {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Query the graph</h1>");
        b.append("<p class=\"lead\">Write a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over all documents, or start from one of the ")
                .append("<a href=\"#named-queries\">named queries</a>. Programs can send the same queries to the endpoint ")
                .append("<code>").append(esc(QueryPageRoute.ENDPOINT)).append("</code>.</p>");
        form(b);
        if (outcome != null) result(b);
        namedList(b);
        return Html.page(form.named().map(q -> q.title() + " — query").orElse("Query"), STYLE, b.toString());
    }

    private void form(StringBuilder b) {
        form.named().ifPresent(q -> b.append("<div class=\"picked\"><strong>").append(esc(q.title())).append("</strong>")
                .append(q.answers().isEmpty() ? "" : "<br>" + esc(q.answers()))
                .append("<br><span class=\"muted\">Named query <code>").append(esc(q.name())).append("</code> · ")
                .append(Html.link(QueryPageRoute.PATH, "write your own query instead")).append("</span></div>"));
        b.append("<form id=\"query-form\" method=\"get\" action=\"").append(QueryPageRoute.PATH).append("\">");
        form.named().ifPresent(q -> {
            b.append("<input type=\"hidden\" name=\"named\" value=\"").append(esc(q.name())).append("\">");
            if (!q.params().isEmpty()) b.append("<fieldset class=\"params\"><legend>Parameters (leave empty for all)</legend>");
            for (NamedQuery.Param p : q.params()) {
                String id = "param-" + p.name();
                b.append("<label for=\"").append(esc(id)).append("\">").append(esc(p.name())).append("</label>")
                        .append("<span class=\"muted\">").append(esc(p.description())).append("</span><br>")
                        .append("<input type=\"text\" id=\"").append(esc(id)).append("\" name=\"").append(esc(p.name()))
                        .append("\" value=\"").append(esc(form.values().getOrDefault(p.name(), ""))).append("\">");
            }
            if (!q.params().isEmpty()) b.append("</fieldset>");
        });
        long lines = form.text().lines().count();
        b.append("<label for=\"query-text\">SPARQL query</label>")
                // the newline after the tag is eaten by the HTML parser, so text starting with one survives
                .append("<textarea id=\"query-text\" name=\"query\" spellcheck=\"false\" rows=\"")
                .append(Math.max(8, Math.min(24, lines + 1))).append("\">\n").append(esc(form.text())).append("</textarea>")
                .append("<br><button id=\"run\" type=\"submit\" name=\"run\" value=\"1\">Run query</button>")
                .append(" <span class=\"muted\">At most ").append(QueryPageRoute.MAX_ROWS).append(" rows are shown; the downloads have them all.</span>")
                .append("</form>");
    }

    private void result(StringBuilder b) {
        b.append("<section id=\"result\"><h2>Result</h2>");
        switch (outcome) {
            case QueryOutcome.Failure f -> {
                b.append("<div class=\"query-error\" id=\"query-error\" role=\"alert\"><p>").append(esc(f.message())).append("</p>");
                if (!f.excerpt().isBlank()) b.append("<pre class=\"excerpt\">").append(esc(f.excerpt())).append("</pre>");
                if (!f.detail().isBlank() && !f.detail().strip().equals(f.message().strip()))
                    b.append("<details><summary>Details</summary><pre>").append(esc(f.detail())).append("</pre></details>");
                b.append("</div>");
            }
            case QueryOutcome.Answer a -> {
                b.append("<p id=\"answer\">").append(a.yes() ? "Yes" : "No").append("</p>");
                b.append("<p class=\"muted\">ASK answered in ").append(took(a.took())).append(".</p>");
                downloads(b);
            }
            case QueryOutcome.Rows r -> rows(b, r);
            case QueryOutcome.Triples t -> {
                b.append("<p id=\"row-count\">").append(t.model().size()).append(t.model().size() == 1 ? " triple" : " triples")
                        .append(" <span class=\"muted\">in ").append(took(t.took())).append("</span></p>");
                if (t.capped())
                    b.append("<p class=\"muted\">The page builds the graph from at most ").append(QueryPageRoute.MAX_ROWS)
                            .append(" solutions of the query; the downloads are complete.</p>");
                downloads(b);
                StringWriter w = new StringWriter();
                RDFDataMgr.write(w, t.model(), Lang.TURTLE);
                b.append("<pre class=\"turtle\" id=\"triples\">").append(esc(w.toString())).append("</pre>");
            }
        }
        b.append("</section>");
    }

    private void rows(StringBuilder b, QueryOutcome.Rows r) {
        int n = r.rows().size();
        b.append("<p id=\"row-count\">");
        if (r.truncated()) b.append("More than ").append(QueryPageRoute.MAX_ROWS).append(" rows; the first ").append(n).append(" are shown");
        else b.append(n).append(n == 1 ? " row" : " rows");
        b.append(" <span class=\"muted\">in ").append(took(r.took())).append("</span></p>");
        downloads(b);
        // result tables have many columns: the table may use the whole window's width, not only
        // the text column's, and scrolls sideways in its box when even that is too narrow
        b.append("<div class=\"table-wrap results-wrap\"><table id=\"results\"><thead><tr>");
        for (String v : r.vars()) b.append("<th>").append(esc(v)).append("</th>");
        b.append("</tr></thead><tbody>");
        for (var row : r.rows()) {
            b.append("<tr>");
            for (String v : r.vars()) b.append("<td>").append(cell(row.get(v), r.prefixes())).append("</td>");
            b.append("</tr>");
        }
        b.append("</tbody></table></div>");
    }

    private void downloads(StringBuilder b) {
        if (downloads.isEmpty()) return;
        b.append("<p class=\"downloads\">Download: ");
        downloads.forEach((kind, href) -> b.append("<a id=\"download-").append(kind).append("\" href=\"").append(esc(href))
                .append("\">").append(switch (kind) {
                    case "csv" -> "CSV";
                    case "json" -> "SPARQL JSON";
                    case "turtle" -> "Turtle";
                    case "jsonld" -> "JSON-LD";
                    default -> esc(kind);
                }).append("</a>"));
        b.append("</p>");
    }

    /**
     * One result cell: an IRI as a link (ours to its page, shown by its local part; others as they
     * are, shortened by the query's prefixes; a scheme that is not http(s), such as
     * {@code javascript:}, as text only), a literal with its language or non-string datatype
     * in small type, a blank node by its label.
     */
    String cell(RDFNode node, PrefixMapping prefixes) {
        if (node == null) return "";
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            String text = paths.local(iri).orElseGet(() -> prefixes.shortForm(iri));
            // a break opportunity after each '/', so long IRIs wrap at their segments, not mid-word
            return Html.anchor(paths.pageHref(iri), esc(text).replace("/", "/<wbr>"), iri);
        }
        if (node.isAnon()) return "<span class=\"muted\">_:" + esc(node.asResource().getId().getLabelString()) + "</span>";
        Literal lit = node.asLiteral();
        String meta = "";
        if (!lit.getLanguage().isEmpty()) meta = "@" + lit.getLanguage();
        else if (!XSDDatatype.XSDstring.getURI().equals(lit.getDatatypeURI())) meta = "^^" + prefixes.shortForm(lit.getDatatypeURI());
        String value = esc(lit.getLexicalForm()) + (meta.isEmpty() ? "" : "<span class=\"lit-meta\">" + esc(meta) + "</span>");
        // short values (dates, numbers) stay on one line; sentences get a readable width
        int length = lit.getLexicalForm().length();
        if (length <= SHORT_TEXT) return "<span class=\"short\">" + value + "</span>";
        return length > LONG_TEXT ? "<div class=\"long\">" + value + "</div>" : value;
    }

    private void namedList(StringBuilder b) {
        if (queries.isEmpty()) return;
        b.append("<section id=\"named-queries\"><h2>Named queries</h2>")
                .append("<p class=\"muted\">The questions Signet answers out of the box (the files of <code>queries/</code>). ")
                .append("Pick one to see its text and fill in its parameters; programs get the same results from ")
                .append(Html.link(NamedQueryRoute.PATH + "/", NamedQueryRoute.PATH + "/NAME")).append(".</p><ul>");
        for (NamedQuery q : queries) {
            b.append("<li>").append(Html.link(QueryPageRoute.PATH + "?named=" + url(q.name()), q.title()))
                    .append(" <span class=\"muted\">(").append(esc(q.name())).append(")</span>");
            if (!q.answers().isEmpty()) b.append("<br>").append(esc(q.answers()));
            if (!q.params().isEmpty())
                b.append("<br><span class=\"muted\">Parameters: ")
                        .append(esc(String.join(", ", q.params().stream().map(NamedQuery.Param::name).toList()))).append("</span>");
            b.append("</li>");
        }
        b.append("</ul></section>");
    }

    private static String took(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** URL-encodes a query-string value. */
    static String url(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
