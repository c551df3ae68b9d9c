package signet.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/**
 * A document's page: what it is (title, publication date, source file, publisher, dateline),
 * its whole text with every fact's evidence highlighted ({@code <mark class="fact" id="ev-HASH">},
 * the anchor entity pages link to), and the list of its facts.
 */
final class DocumentPage {
    private final Sparql sparql;
    private final FactReader reader;
    private final SitePaths paths;

    DocumentPage(Sparql sparql, FactReader reader, SitePaths paths) {
        this.sparql = sparql;
        this.reader = reader;
        this.paths = paths;
    }

    String render(String doc) {
        List<QuerySolution> info = sparql.select("""
                SELECT (MIN(?t) AS ?title) (MIN(?d) AS ?published) (MIN(?f) AS ?file) (MIN(?pub) AS ?publisher)
                       (MIN(?dl) AS ?dateline) (MIN(?tx) AS ?text) (MIN(?sp) AS ?source) WHERE {
                  OPTIONAL { ?this schema:headline ?t }
                  OPTIONAL { ?this schema:datePublished ?d }
                  OPTIONAL { ?this sig:fileName ?f }
                  OPTIONAL { ?this sig:sourcePath ?sp }
                  OPTIONAL { ?this schema:publisher ?pub }
                  OPTIONAL { ?this sig:datelineText ?dl }
                  OPTIONAL { ?this schema:text ?tx }
                }""", Sparql.iri("this", doc));
        QuerySolution row = info.get(0);
        String text = Sparql.str(row, "text");
        List<String> factIris = sparql.select("""
                SELECT DISTINCT ?fact WHERE {
                  { ?fact prov:wasDerivedFrom ?this } UNION { ?fact sig:evidence ?a . ?a oa:hasTarget ?t . ?t oa:hasSource ?this }
                }""", Sparql.iri("this", doc)).stream().map(r -> Sparql.str(r, "fact")).toList();
        List<FactView> facts = new ArrayList<>(reader.read(factIris));
        facts.sort(Comparator.comparingInt(f -> f.evidence().stream().filter(e -> e.doc().equals(doc))
                .mapToInt(EvidenceView::start).min().orElse(Integer.MAX_VALUE)));

        List<String> mention = new ArrayList<>(PageKit.mentioned(facts));
        mention.add(doc);
        facts.forEach(f -> mention.add(f.iri()));
        if (row.get("publisher") != null) mention.add(Sparql.str(row, "publisher"));
        PageKit kit = new PageKit(paths, Labels.load(sparql, mention));

        List<ArticleMarkup.Span> spans = new ArrayList<>();
        Set<String> located = new LinkedHashSet<>();
        for (FactView f : facts) {
            for (EvidenceView e : f.evidence()) {
                if (!e.doc().equals(doc)) continue;
                Optional<int[]> at = ArticleMarkup.locate(text, e.start(), e.end(), e.exact(), e.prefix());
                at.ifPresent(p -> {
                    spans.add(new ArticleMarkup.Span(p[0], p[1], e.anchor(), f.type().title + ": " + kit.label(f.iri())));
                    located.add(e.anchor());
                });
            }
        }

        String title = row.get("title") != null ? Sparql.str(row, "title") : Sparql.str(row, "file").isEmpty() ? kit.label(doc) : Sparql.str(row, "file");
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(title)).append("</h1><dl>");
        dd(b, "Published", row.get("published") == null ? "" : Html.esc(DateText.of(row.getLiteral("published"))));
        dd(b, "Publisher", row.get("publisher") == null ? "" : kit.node(row.get("publisher")));
        dd(b, "Dateline", Html.esc(Sparql.str(row, "dateline")));
        dd(b, "Source file", Html.esc(Sparql.str(row, "file")));
        // the path that gives the document its id, when it says more than the file name (2024/index.html)
        if (!Sparql.str(row, "source").equals(Sparql.str(row, "file"))) dd(b, "Read from", Html.esc(Sparql.str(row, "source")));
        b.append("</dl><p class=\"muted\">IRI <code>").append(Html.esc(doc)).append("</code> · ")
         .append(Html.link(paths.dataHref(doc), "RDF description")).append("</p>");

        StringBuilder list = new StringBuilder("<ol class=\"facts\">");
        for (FactView f : facts) {
            list.append("<li><strong>").append(Html.esc(f.type().title)).append("</strong> ").append(kit.summary(f));
            for (EvidenceView e : f.evidence()) {
                if (e.doc().equals(doc) && located.contains(e.anchor())) {
                    list.append(" · ").append(Html.link("#" + e.anchor(), "in the text"));
                }
            }
            list.append(" · ").append(kit.factLink(f, "fact page")).append("</li>");
        }
        list.append("</ol>");
        b.append("<section id=\"text\"><h2>Text</h2><div class=\"article\">").append(ArticleMarkup.render(text, spans)).append("</div></section>");
        b.append(Html.section("facts", "Facts read from this document (" + facts.size() + ")",
                facts.isEmpty() ? "<p class=\"muted\">No facts were read from this document.</p>" : list.toString()));
        return Html.page(title, Html.rdfAlternate(paths.dataHref(doc)), b.toString());
    }

    private static void dd(StringBuilder b, String title, String html) {
        if (!html.isEmpty()) b.append("<dt>").append(Html.esc(title)).append("</dt><dd>").append(html).append("</dd>");
    }
}
