package signet.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;

/**
 * The two lists: organizations (with how many agreements each is party to, most first, and a
 * search over names, aliases and acronyms) and documents (title, date, publisher, fact count,
 * newest first). Both in pages of {@value #PAGE_SIZE}, so a large graph never makes a huge page.
 */
final class ListPages {
    static final int PAGE_SIZE = 100;

    private final Sparql sparql;
    private final SitePaths paths;

    ListPages(Sparql sparql, SitePaths paths) {
        this.sparql = sparql;
        this.paths = paths;
    }

    /** The search form, also used on the home page; {@code q} is shown back escaped. */
    static String searchForm(String q) {
        return "<form class=\"search\" method=\"get\" action=\"/organizations\" role=\"search\">"
                + "<label for=\"q\">Find an organization </label>"
                + "<input type=\"search\" id=\"q\" name=\"q\" value=\"" + Html.esc(q == null ? "" : q) + "\" placeholder=\"name, alias or acronym\"> "
                + "<button type=\"submit\">Search</button></form>";
    }

    String organizations(String q, int page) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        // the organizations whose names contain the needle, from their name keys (every name in
        // lower case, sig:nameKey) first, so only those are counted: testing every label of every
        // organization inside the count took minutes at 100,000 articles
        String candidates = needle.isEmpty() ? "?org a org:Organization ." : """
                { SELECT DISTINCT ?org WHERE { ?org sig:nameKey ?key FILTER(CONTAINS(?key, ?needle)) } }""";
        List<QuerySolution> rows = sparql.select("""
                SELECT ?org (MIN(?l) AS ?name) (COUNT(DISTINCT ?fact) AS ?agreements) WHERE {
                  %s
                  FILTER NOT EXISTS { ?org sig:mergedInto ?canonical }
                  ?org skos:prefLabel ?l .
                  OPTIONAL {
                    { ?fact sig:party ?org } UNION { ?fact sig:party ?dup . ?dup sig:mergedInto ?org }
                    %s
                  }
                } GROUP BY ?org ORDER BY DESC(?agreements) ?name ?org LIMIT %d OFFSET %d"""
                .formatted(candidates, Sparql.NOT_RETRACTED, PAGE_SIZE + 1, offset(page)),
                needle.isEmpty() ? Map.of() : Map.of("needle", NodeFactory.createLiteralString(needle)));
        StringBuilder b = new StringBuilder("<h1>Organizations</h1>").append(searchForm(q));
        if (!needle.isEmpty()) b.append("<p>Organizations whose name, alias or acronym contains “").append(Html.esc(q.strip())).append("”.</p>");
        List<List<String>> cells = new ArrayList<>();
        for (QuerySolution r : rows.subList(0, Math.min(rows.size(), PAGE_SIZE))) {
            cells.add(List.of(Html.link(paths.pageHref(Sparql.str(r, "org")), Sparql.str(r, "name")), Html.esc(Sparql.str(r, "agreements"))));
        }
        b.append(Html.table(List.of("Organization", "Agreements"), cells, needle.isEmpty() ? "No organizations yet." : "No organization matches."));
        b.append(pager("/organizations", needle.isEmpty() ? "" : "q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8), page, rows.size() > PAGE_SIZE));
        return Html.page("Organizations", null, b.toString());
    }

    String documents(int page) {
        List<QuerySolution> rows = sparql.select("""
                SELECT ?doc (MIN(?t) AS ?title) (MIN(?f) AS ?file) (MIN(?d) AS ?date) (MIN(?pub) AS ?publisher) (MIN(?pubName) AS ?publisherName)
                       (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
                  ?doc a schema:NewsArticle .
                  OPTIONAL { ?doc schema:headline ?t }
                  OPTIONAL { ?doc sig:fileName ?f }
                  OPTIONAL { ?doc schema:datePublished ?d }
                  OPTIONAL { ?doc schema:publisher ?pub OPTIONAL { ?pub skos:prefLabel ?pubName } }
                  OPTIONAL { ?fact prov:wasDerivedFrom ?doc . ?fact a ?type . %s %s }
                } GROUP BY ?doc ORDER BY DESC(?date) ?doc LIMIT %d OFFSET %d"""
                .formatted(FactType.valuesBlock("type"), Sparql.NOT_RETRACTED, PAGE_SIZE + 1, offset(page)));
        List<List<String>> cells = new ArrayList<>();
        for (QuerySolution r : rows.subList(0, Math.min(rows.size(), PAGE_SIZE))) {
            String title = !Sparql.str(r, "title").isBlank() ? Sparql.str(r, "title")
                    : !Sparql.str(r, "file").isBlank() ? Sparql.str(r, "file") : Sparql.str(r, "doc");
            String publisher = r.get("publisher") == null ? "—" : Html.link(paths.pageHref(Sparql.str(r, "publisher")),
                    r.get("publisherName") == null ? Sparql.str(r, "publisher") : Sparql.str(r, "publisherName"));
            cells.add(List.of(Html.link(paths.pageHref(Sparql.str(r, "doc")), title),
                    r.get("date") == null ? "—" : Html.esc(DateText.of(r.getLiteral("date"))), publisher, Html.esc(Sparql.str(r, "facts"))));
        }
        String body = "<h1>Documents</h1>" + Html.table(List.of("Title", "Published", "Publisher", "Facts"), cells, "No documents yet.")
                + pager("/documents", "", page, rows.size() > PAGE_SIZE);
        return Html.page("Documents", null, body);
    }

    /** The rows before a page: in long, so no page number overflows into a negative OFFSET. */
    static long offset(int page) { return (page - 1L) * PAGE_SIZE; }

    private static String pager(String path, String query, int page, boolean more) {
        return Paging.links(path, query, "page", page, more, 0, "", "");
    }
}
