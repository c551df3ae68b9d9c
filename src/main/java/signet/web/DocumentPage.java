package signet.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;

/**
 * A document's page: what it is (title, publication date, source file, publisher, dateline),
 * its text with every fact's evidence highlighted ({@code <mark class="fact" id="ev-HASH">},
 * the anchor entity pages link to), and the list of its facts.
 *
 * <p>Both are shown in parts, so one hostile article cannot make a huge page: the text
 * {@value TextParts#PART_CHARS} characters at a time ({@code ?part=N}), the facts
 * {@value #FACTS_PER_PAGE} at a time ({@code ?page=N}). A real article is one part with one page
 * of facts, and its page has no pager at all.
 */
final class DocumentPage {
    /** Facts listed per page: more than any real article states, few enough for a small page. */
    static final int FACTS_PER_PAGE = 100;

    private final Sparql sparql;
    private final FactReader reader;
    private final SitePaths paths;

    DocumentPage(Sparql sparql, FactReader reader, SitePaths paths) {
        this.sparql = sparql;
        this.reader = reader;
        this.paths = paths;
    }

    /** A fact of the document in list order: where the text first states it, then latest date first, then IRI. */
    private record Listed(String iri, int first, String date) {
        static final Comparator<Listed> ORDER = Comparator.comparingInt(Listed::first)
                .thenComparing(Comparator.comparing(Listed::date).reversed()).thenComparing(Listed::iri);
    }

    /** The page showing text part {@code askedPart} and facts page {@code askedPage} (both 1-based, clamped to what exists). */
    String render(String doc, int askedPart, int askedPage) {
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
        int parts = TextParts.count(text);
        int part = Paging.clamp(askedPart, parts);
        int from = TextParts.start(text, part), to = TextParts.end(text, part);

        List<Listed> all = listed(doc);
        int pages = Paging.pages(all.size(), FACTS_PER_PAGE);
        int page = Paging.clamp(askedPage, pages);
        List<String> onPage = all.subList((page - 1) * FACTS_PER_PAGE, Math.min(all.size(), page * FACTS_PER_PAGE))
                .stream().map(Listed::iri).toList();
        // the facts to highlight: those stated in this part of the text, whatever page lists them
        Set<String> read = new LinkedHashSet<>(onPage);
        read.addAll(parts == 1 ? all.stream().map(Listed::iri).toList() : statedIn(doc, from, to));
        Map<String, FactView> byIri = reader.read(read).stream().collect(Collectors.toMap(FactView::iri, Function.identity()));
        List<FactView> shown = all.stream().map(l -> byIri.get(l.iri())).filter(Objects::nonNull).toList();
        List<FactView> listed = onPage.stream().map(byIri::get).filter(Objects::nonNull).toList();

        List<String> mention = new ArrayList<>(PageKit.mentioned(shown));
        mention.add(doc);
        shown.forEach(f -> mention.add(f.iri()));
        if (row.get("publisher") != null) mention.add(Sparql.str(row, "publisher"));
        PageKit kit = new PageKit(paths, Labels.load(sparql, mention));

        // where each evidence sentence is in the text (by anchor), and the highlights of this part
        Map<String, Integer> located = new HashMap<>();
        List<ArticleMarkup.Span> spans = new ArrayList<>();
        for (FactView f : shown) {
            for (EvidenceView e : f.evidence()) {
                if (!e.doc().equals(doc)) continue;
                Optional<int[]> at = ArticleMarkup.locate(text, e.start(), e.end(), e.exact(), e.prefix());
                if (at.isEmpty()) continue;
                int s = at.get()[0], end = at.get()[1];
                located.put(e.anchor(), s);
                if (s >= from && s < to)
                    spans.add(new ArticleMarkup.Span(s - from, Math.min(end, to) - from, e.anchor(), f.type().title + ": " + kit.label(f.iri())));
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

        String self = paths.pageHref(doc);
        StringBuilder list = new StringBuilder(page == 1 ? "<ol class=\"facts\">" : "<ol class=\"facts\" start=\"" + ((page - 1) * FACTS_PER_PAGE + 1) + "\">");
        for (FactView f : listed) {
            list.append("<li><strong>").append(Html.esc(f.type().title)).append("</strong> ").append(kit.summary(f));
            for (EvidenceView e : f.evidence()) {
                Integer at = located.get(e.anchor());
                if (!e.doc().equals(doc) || at == null) continue;
                int itsPart = TextParts.partAt(text, at);
                String href = itsPart == part ? "#" + e.anchor()
                        : self + "?part=" + itsPart + (page > 1 ? "&page=" + page : "") + "#" + e.anchor();
                list.append(" · ").append(Html.link(href, "in the text"));
            }
            list.append(" · ").append(kit.factLink(f, "fact page")).append("</li>");
        }
        list.append("</ol>");
        String textPager = parts == 1 ? "" : Paging.links(self, page > 1 ? "page=" + page : "", "part", part, part < parts, parts,
                "text", "Part of the text");
        String factPager = pages == 1 ? "" : Paging.links(self, part > 1 ? "part=" + part : "", "page", page, page < pages, pages,
                "facts", "Page of facts");
        b.append("<section id=\"text\"><h2>Text</h2>").append(textPager).append("<div class=\"article\">")
         .append(ArticleMarkup.render(text.substring(from, to), spans)).append("</div>").append(textPager).append("</section>");
        b.append(Html.section("facts", "Facts read from this document (" + all.size() + ")",
                all.isEmpty() ? "<p class=\"muted\">No facts were read from this document.</p>" : factPager + list + factPager));
        return Html.page(title, Html.rdfAlternate(paths.dataHref(doc)), b.toString());
    }

    /** Every (not retracted) fact of the document, in list order; one row per fact. */
    private List<Listed> listed(String doc) {
        List<Listed> out = new ArrayList<>();
        for (QuerySolution r : sparql.select("""
                SELECT ?fact (MIN(?st) AS ?first) (MAX(STR(?d)) AS ?date) WHERE {
                  { SELECT DISTINCT ?fact WHERE {
                      { ?fact prov:wasDerivedFrom ?this } UNION { ?fact sig:evidence ?a . ?a oa:hasTarget ?t . ?t oa:hasSource ?this }
                  } }
                  ?fact a ?type .
                  %s
                  %s
                  OPTIONAL { ?fact sig:evidence ?ea . ?ea oa:hasTarget ?et . ?et oa:hasSource ?this ; oa:hasSelector ?ep . ?ep oa:start ?st }
                  OPTIONAL { ?fact sig:date ?d }
                } GROUP BY ?fact""".formatted(FactType.valuesBlock("type"), Sparql.NOT_RETRACTED), Sparql.iri("this", doc))) {
            int first = Integer.MAX_VALUE;
            try {
                if (r.get("first") != null) first = Integer.parseInt(Sparql.str(r, "first"));
            } catch (NumberFormatException e) {
                // not a position: listed last
            }
            out.add(new Listed(Sparql.str(r, "fact"), first, Sparql.str(r, "date")));
        }
        out.sort(Listed.ORDER);
        return out;
    }

    /** The facts with an evidence sentence of the document that starts in {@code [from, to)}. */
    private List<String> statedIn(String doc, int from, int to) {
        return sparql.select("""
                SELECT DISTINCT ?fact WHERE {
                  ?et oa:hasSource ?this ; oa:hasSelector ?ep .
                  ?ep oa:start ?st .
                  FILTER(?st >= %d && ?st < %d)
                  ?ea oa:hasTarget ?et .
                  ?fact sig:evidence ?ea .
                }""".formatted(from, to), Sparql.iri("this", doc)).stream().map(r -> Sparql.str(r, "fact")).toList();
    }

    private static void dd(StringBuilder b, String title, String html) {
        if (!html.isEmpty()) b.append("<dt>").append(Html.esc(title)).append("</dt><dd>").append(html).append("</dd>");
    }
}
