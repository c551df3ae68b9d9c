package signet.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads facts for pages: given fact IRIs (found by a page's own query), every property of each,
 * its evidence sentences and their positions. Retracted facts are dropped here, once, so no page
 * can show one as a fact. Two queries whatever the number of facts.
 */
final class FactReader {
    private final Sparql sparql;

    FactReader(Sparql sparql) { this.sparql = sparql; }

    /** The facts among {@code iris} that are not retracted, in date order (latest first), then by IRI. */
    List<FactView> read(Collection<String> iris) {
        List<String> wanted = iris.stream().distinct().toList();
        if (wanted.isEmpty()) return List.of();
        Map<String, Map<String, List<RDFNode>>> props = new LinkedHashMap<>();
        for (QuerySolution row : sparql.select("""
                SELECT ?fact ?p ?o WHERE {
                  %s
                  ?fact ?p ?o .
                  %s
                }""".formatted(Sparql.values("fact", wanted), Sparql.NOT_RETRACTED))) {
            props.computeIfAbsent(Sparql.str(row, "fact"), k -> new LinkedHashMap<>())
                 .computeIfAbsent(Sparql.str(row, "p"), k -> new ArrayList<>()).add(row.get("o"));
        }
        Map<String, List<EvidenceView>> evidence = evidence(props.keySet());
        List<FactView> out = new ArrayList<>();
        props.forEach((iri, p) -> type(p).ifPresent(t ->
                out.add(new FactView(iri, t, p, evidence.getOrDefault(iri, List.of())))));
        out.sort(Comparator.comparing(FactView::dateKey).reversed().thenComparing(FactView::iri));
        return List.copyOf(out);
    }

    Optional<FactView> one(String iri) { return read(List.of(iri)).stream().findFirst(); }

    private static Optional<FactType> type(Map<String, List<RDFNode>> p) {
        return p.getOrDefault(RDF.type.getURI(), List.of()).stream().filter(RDFNode::isURIResource)
                .map(n -> FactType.ofType(n.asResource().getURI())).flatMap(Optional::stream).findFirst();
    }

    /** Evidence of the given facts, in document order. */
    Map<String, List<EvidenceView>> evidence(Collection<String> facts) {
        if (facts.isEmpty()) return Map.of();
        Map<String, List<EvidenceView>> out = new LinkedHashMap<>();
        for (QuerySolution row : sparql.select("""
                SELECT ?fact ?ann ?doc (MIN(?ex) AS ?exact) (MIN(?st) AS ?start) (MIN(?en) AS ?end) (MIN(?pre) AS ?prefix) (MIN(?ru) AS ?rule) WHERE {
                  %s
                  ?fact sig:evidence ?ann .
                  ?ann oa:hasTarget ?target .
                  ?target oa:hasSource ?doc .
                  OPTIONAL { ?target oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?ex . OPTIONAL { ?q oa:prefix ?pre } }
                  OPTIONAL { ?target oa:hasSelector ?pos . ?pos a oa:TextPositionSelector ; oa:start ?st ; oa:end ?en }
                  OPTIONAL { ?ann sig:rule ?ru }
                } GROUP BY ?fact ?ann ?doc ORDER BY ?doc ?start ?ann""".formatted(Sparql.values("fact", facts)))) {
            String fact = Sparql.str(row, "fact");
            out.computeIfAbsent(fact, k -> new ArrayList<>()).add(new EvidenceView(Sparql.str(row, "ann"), fact,
                    Sparql.str(row, "doc"), Sparql.str(row, "exact"), integer(row, "start"), integer(row, "end"),
                    Sparql.str(row, "prefix"), Sparql.str(row, "rule")));
        }
        return out;
    }

    private static int integer(QuerySolution row, String var) {
        try {
            return row.get(var) == null ? -1 : Integer.parseInt(Sparql.str(row, var));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
