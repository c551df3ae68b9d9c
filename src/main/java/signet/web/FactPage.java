package signet.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import signet.graph.SIG;

/**
 * A fact's page (agreement, post, part-of statement, event): every property as a readable row,
 * the signatures, the evidence sentences with their rule and document, other reports of the same
 * signing, and curation: who added it, or who retracted it and why. A retracted fact keeps its
 * page, struck through under a notice, so a link to it never breaks; it is shown nowhere else.
 */
final class FactPage {
    /** Shown in their own sections, not as property rows. */
    private static final Set<String> OWN_SECTIONS = Set.of(SIG.evidence.getURI(), SIG.signature.getURI(), SIG.sameSigningAs.getURI());

    private final Sparql sparql;
    private final FactReader reader;
    private final SitePaths paths;
    private final PropertyLabels propertyLabels;

    FactPage(Sparql sparql, FactReader reader, SitePaths paths, PropertyLabels propertyLabels) {
        this.sparql = sparql;
        this.reader = reader;
        this.paths = paths;
        this.propertyLabels = propertyLabels;
    }

    String render(String iri) {
        Map<String, List<RDFNode>> props = GenericPage.properties(sparql, iri);
        List<EvidenceView> evidence = reader.evidence(List.of(iri)).getOrDefault(iri, List.of());
        FactType type = props.getOrDefault(RDF.type.getURI(), List.of()).stream().filter(RDFNode::isURIResource)
                .map(n -> FactType.ofType(n.asResource().getURI())).flatMap(java.util.Optional::stream).findFirst().orElse(FactType.AGREEMENT);
        FactView fact = new FactView(iri, type, props, evidence);

        List<QuerySolution> signatures = sparql.select("""
                SELECT ?sig ?signer ?for ?title WHERE {
                  ?this sig:signature ?sig .
                  OPTIONAL { ?sig sig:signer ?signer } OPTIONAL { ?sig sig:signedFor ?for } OPTIONAL { ?sig sig:signerTitle ?title }
                } ORDER BY ?sig""", Sparql.iri("this", iri));
        List<String> same = sparql.select("""
                SELECT DISTINCT ?other WHERE { { ?this sig:sameSigningAs ?other } UNION { ?other sig:sameSigningAs ?this } FILTER(?other != ?this) }""",
                Sparql.iri("this", iri)).stream().map(r -> Sparql.str(r, "other")).toList();
        List<FactView> sameFacts = reader.read(same);
        List<QuerySolution> retractions = sparql.select("""
                SELECT ?r (MIN(?n) AS ?note) (MIN(?who) AS ?curator) (MIN(?when) AS ?date) WHERE {
                  ?r sig:retracts ?this .
                  OPTIONAL { ?r sig:curationNote ?n }
                  OPTIONAL { ?r prov:wasAttributedTo/foaf:name ?who }
                  OPTIONAL { ?r dcterms:created|prov:generatedAtTime ?when }
                } GROUP BY ?r""", Sparql.iri("this", iri));
        List<QuerySolution> curated = sparql.select("""
                SELECT (MIN(?who) AS ?curator) (MIN(?when) AS ?date) (MIN(?n) AS ?note) WHERE {
                  ?this a sig:CuratedFact .
                  OPTIONAL { ?this prov:wasAttributedTo/foaf:name ?who }
                  OPTIONAL { ?this dcterms:created|prov:generatedAtTime ?when }
                  OPTIONAL { ?this sig:curationNote ?n }
                }""", Sparql.iri("this", iri));

        List<String> mention = new ArrayList<>(PageKit.mentioned(List.of(fact)));
        mention.addAll(PageKit.mentioned(sameFacts));
        mention.add(iri);
        signatures.forEach(r -> { mention.add(Sparql.str(r, "signer")); mention.add(Sparql.str(r, "for")); });
        PageKit kit = new PageKit(paths, Labels.load(sparql, mention));

        String title = type.title + ": " + kit.label(iri);
        StringBuilder b = new StringBuilder();
        boolean retracted = !retractions.isEmpty();
        b.append("<h1").append(retracted ? " class=\"retracted\"" : "").append(">").append(Html.esc(title)).append("</h1>");
        for (QuerySolution r : retractions) {
            b.append("<p class=\"notice\" id=\"retracted\">Retracted by curation")
             .append(by(r)).append(". This fact is not shown on other pages or in query results.")
             .append(r.get("note") == null ? "" : " Reason: " + Html.esc(Sparql.str(r, "note"))).append("</p>");
        }
        b.append("<p>").append(kit.summary(fact)).append("</p>");
        b.append("<p class=\"muted\">IRI <code>").append(Html.esc(iri)).append("</code> · ")
         .append(Html.link(paths.dataHref(iri), "RDF description")).append("</p>");

        Map<String, List<RDFNode>> shown = new LinkedHashMap<>(props);
        OWN_SECTIONS.forEach(shown::remove);
        b.append("<section id=\"properties\"").append(retracted ? " class=\"retracted\"" : "").append("><h2>Properties</h2>")
         .append(GenericPage.propertyTable(shown, kit, propertyLabels)).append("</section>");

        if (!signatures.isEmpty()) {
            List<List<String>> rows = signatures.stream().map(r -> List.of(
                    r.get("signer") == null ? "—" : kit.node(r.get("signer")),
                    Html.esc(Sparql.str(r, "title")),
                    r.get("for") == null ? "—" : kit.node(r.get("for")))).toList();
            b.append(Html.section("signatures", "Signatures", Html.table(List.of("Signed by", "Title", "For"), rows, "")));
        }
        List<List<String>> evRows = evidence.stream().map(e -> List.of(
                "<blockquote class=\"evidence\">" + Html.esc(e.exact()) + "</blockquote>",
                Html.link(kit.evidenceHref(e), kit.label(e.doc())),
                Html.esc(e.rule()))).toList();
        b.append(Html.section("evidence", "Evidence", Html.table(List.of("Sentence", "Document", "Rule"), evRows,
                "No evidence sentence: this fact was added by a curator.")));
        if (!sameFacts.isEmpty()) {
            List<List<String>> rows = sameFacts.stream().map(f -> List.of(kit.summary(f),
                    kit.links(f.iris(signet.graph.PROV.wasDerivedFrom)), kit.evidence(f))).toList();
            b.append(Html.section("same-signing", "Other reports of the same signing",
                    Html.table(List.of("Report", "Document", "Evidence"), rows, "")));
        }
        for (QuerySolution c : curated) {
            if (c.get("curator") == null && c.get("date") == null && c.get("note") == null) continue;
            b.append(Html.section("curation", "Curation", "<p>Added by curation" + by(c)
                    + (c.get("note") == null ? "" : ". Note: " + Html.esc(Sparql.str(c, "note"))) + "</p>"));
        }
        return Html.page(title, Html.rdfAlternate(paths.dataHref(iri)), b.toString());
    }

    private static String by(QuerySolution r) {
        String who = r.get("curator") == null ? "" : " by " + Html.esc(Sparql.str(r, "curator"));
        String when = r.get("date") == null ? "" : " on " + Html.esc(Sparql.str(r, "date"));
        return who + when;
    }
}
