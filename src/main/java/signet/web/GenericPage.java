package signet.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The page of any other resource of ours (a kind, a role, an area of cooperation, a time
 * instant, a signature, an evidence annotation): its properties as readable rows and what links
 * to it. Also lends its property table to the fact pages.
 */
final class GenericPage {
    /** A concept may be the kind of many thousand facts: the page lists the first ones and says so. */
    static final int MAX_INCOMING = 500;

    private final Sparql sparql;
    private final SitePaths paths;
    private final PropertyLabels propertyLabels;

    GenericPage(Sparql sparql, SitePaths paths, PropertyLabels propertyLabels) {
        this.sparql = sparql;
        this.paths = paths;
        this.propertyLabels = propertyLabels;
    }

    /** Every property of a resource and its values, as stored (union of the document graphs). */
    static Map<String, List<RDFNode>> properties(Sparql sparql, String iri) {
        Map<String, List<RDFNode>> props = new LinkedHashMap<>();
        for (QuerySolution r : sparql.select("SELECT DISTINCT ?p ?o WHERE { ?this ?p ?o } ORDER BY ?p ?o", Sparql.iri("this", iri))) {
            props.computeIfAbsent(Sparql.str(r, "p"), k -> new ArrayList<>()).add(r.get("o"));
        }
        return props;
    }

    /** Properties in reading order (kind, parties, date, place… then the rest), each value linked or formatted. */
    static String propertyTable(Map<String, List<RDFNode>> props, PageKit kit, PropertyLabels labels) {
        List<List<String>> rows = props.keySet().stream().sorted(labels.order())
                .map(p -> List.of(Html.link(p, labels.label(p)), kit.nodes(props.get(p)))).toList();
        return Html.table(List.of("Property", "Value"), rows, "No properties.");
    }

    String render(String iri) {
        Map<String, List<RDFNode>> props = properties(sparql, iri);
        List<QuerySolution> incoming = sparql.select("SELECT DISTINCT ?s ?p WHERE { ?s ?p ?this FILTER(isIRI(?s)) } ORDER BY ?p ?s LIMIT " + (MAX_INCOMING + 1),
                Sparql.iri("this", iri));
        List<String> mention = new ArrayList<>();
        mention.add(iri);
        props.values().forEach(vs -> vs.stream().filter(RDFNode::isURIResource).forEach(v -> mention.add(v.asResource().getURI())));
        incoming.forEach(r -> mention.add(Sparql.str(r, "s")));
        PageKit kit = new PageKit(paths, Labels.load(sparql, mention));
        String title = kit.label(iri);
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(title)).append("</h1>");
        b.append("<p class=\"muted\">IRI <code>").append(Html.esc(iri)).append("</code> · ")
         .append(Html.link(paths.dataHref(iri), "RDF description")).append("</p>");
        b.append(Html.section("properties", "Properties", propertyTable(props, kit, propertyLabels)));
        List<List<String>> rows = incoming.stream().limit(MAX_INCOMING).map(r -> List.of(
                kit.link(Sparql.str(r, "s")), Html.esc(propertyLabels.label(Sparql.str(r, "p"))))).toList();
        String more = incoming.size() > MAX_INCOMING ? "<p class=\"muted\">Only the first " + MAX_INCOMING + " are listed; ask the "
                + Html.link("/query", "query page") + " for all.</p>" : "";
        b.append(Html.section("incoming", "Linked from", Html.table(List.of("Resource", "As its"), rows, "Nothing links here.") + more));
        return Html.page(title, Html.rdfAlternate(paths.dataHref(iri)), b.toString());
    }
}
