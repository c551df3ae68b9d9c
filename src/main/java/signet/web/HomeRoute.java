package signet.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.SchemaDO;
import signet.graph.SIG;
import signet.server.Route;
import signet.server.SignetServer;

/**
 * The home page, {@code GET /} only: what the dataset is, how much it holds, a search box, the
 * latest agreements with their parties, and the ways in (lists, query page, dumps, dataset
 * description, SPARQL endpoint). Installed on the exact root path, so every other path (the
 * SPARQL service, the named queries, the pages) stays with its own handler.
 */
public final class HomeRoute implements Route {
    static final int RECENT = 10;

    private final Site site;
    private final Sparql sparql;
    private final FactReader reader;
    /** The page by server address: its counts and latest agreements scan the whole graph. */
    private final ScanCache<String, String> pages;

    public HomeRoute(Site site) {
        this.site = Objects.requireNonNull(site, "site");
        this.sparql = new Sparql(site.source());
        this.reader = new FactReader(sparql);
        this.pages = new ScanCache<>(site.version(), 16);
    }

    @Override
    public void install(FusekiServer.Builder b) {
        // "" is the servlet spec's exact match for the context root: "/" would be the default
        // servlet and answer every path nothing else claimed.
        b.addServlet("", PageRoute.servlet((req, resp) -> {
            String root = serverRoot(req);
            Html.send(resp, 200, pages.get(root, () -> render(root)));
        }));
    }

    /** {@code http://host:port} as the reader reached us, so the endpoint URL shown is one they can paste. */
    private static String serverRoot(jakarta.servlet.http.HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        return url.substring(0, url.length() - req.getRequestURI().length()) + req.getContextPath();
    }

    String render(String serverRoot) {
        QuerySolution counts = sparql.select("""
                SELECT ?documents ?organizations ?people ?agreements ?events WHERE {
                  { SELECT (COUNT(DISTINCT ?d) AS ?documents) WHERE { ?d a schema:NewsArticle } }
                  { SELECT (COUNT(DISTINCT ?o) AS ?organizations) WHERE { ?o a org:Organization FILTER NOT EXISTS { ?o sig:mergedInto ?c } } }
                  { SELECT (COUNT(DISTINCT ?p) AS ?people) WHERE { ?p a foaf:Person FILTER NOT EXISTS { ?p sig:mergedInto ?c } } }
                  { SELECT (COUNT(DISTINCT ?fact) AS ?agreements) WHERE { ?fact a sig:Agreement %s } }
                  { SELECT (COUNT(DISTINCT ?fact) AS ?events) WHERE { ?fact a schema:Event %s } }
                }""".formatted(Sparql.NOT_RETRACTED, Sparql.NOT_RETRACTED)).get(0);
        List<String> recentIris = sparql.select("""
                SELECT ?fact WHERE { ?fact a sig:Agreement ; sig:date ?date . %s }
                ORDER BY DESC(STR(?date)) ?fact LIMIT %d""".formatted(Sparql.NOT_RETRACTED, RECENT))
                .stream().map(r -> Sparql.str(r, "fact")).toList();
        List<FactView> recent = reader.read(recentIris);
        PageKit kit = new PageKit(site.paths(), Labels.load(sparql, PageKit.mentioned(recent)));

        StringBuilder b = new StringBuilder("<h1>Signet</h1>");
        b.append("<p>A knowledge graph of who signed which agreement with whom, when and where, who holds which post, ")
         .append("which organization is part of which, and other events, read from news articles. ")
         .append("Every fact links to the sentence that states it.</p>");
        b.append("<ul class=\"counts\">");
        count(b, counts, "documents", "documents", "/documents");
        count(b, counts, "organizations", "organizations", "/organizations");
        count(b, counts, "people", "people", null);
        count(b, counts, "agreements", "agreements", null);
        count(b, counts, "events", "events", null);
        b.append("</ul>");
        b.append(ListPages.searchForm(""));

        List<List<String>> rows = new ArrayList<>();
        for (FactView f : recent) {
            rows.add(List.of(kit.date(f), kit.kind(f, SIG.agreementKind), kit.links(f.iris(SIG.party)),
                    PageKit.status(f), kit.links(f.iris(SchemaDO.location))));
        }
        b.append(Html.section("recent", "Latest agreements", Html.table(List.of("Date", "Agreement", "Parties", "Status", "Place"), rows,
                "No dated agreements yet.")));

        b.append(Html.section("explore", "Explore and download", "<ul>"
                + "<li>" + Html.link("/organizations", "Organizations") + ", with their agreements, people and parts</li>"
                + "<li>" + Html.link("/documents", "Documents") + ", with every fact highlighted in the text</li>"
                + "<li>" + Html.link("/query", "Query page") + ": write SPARQL or run the named queries</li>"
                + "<li>" + Html.link("/dumps/", "Downloads") + ": the whole dataset as N-Quads, TriG, Turtle, JSON-LD</li>"
                + "<li>" + Html.link("/.well-known/void", "Dataset description") + " (VoID and DCAT)</li>"
                + "<li>SPARQL endpoint (read-only): <code>" + Html.link(SignetServer.DATASET + "/sparql", serverRoot + SignetServer.DATASET + "/sparql") + "</code></li>"
                + "</ul>"));
        return Html.page("Agreements between organizations, from the news", null, b.toString());
    }

    private static void count(StringBuilder b, QuerySolution counts, String var, String what, String href) {
        String n = Sparql.str(counts, var);
        b.append("<li><strong>").append(Html.esc(n.isEmpty() ? "0" : n)).append("</strong> ")
         .append(href == null ? Html.esc(what) : Html.link(href, what)).append("</li>");
    }
}
