package signet.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;

/**
 * What to call each resource a page mentions, read in one query: its preferred name, else a
 * document's headline, else its {@code rdfs:label}, else a time instant's date, else the end of
 * its IRI. An entity named differently by two articles has two preferred names in the union
 * graph; the smallest is taken so a page is stable.
 */
final class Labels {
    private final Map<String, String> names;

    private Labels(Map<String, String> names) { this.names = Map.copyOf(names); }

    static Labels empty() { return new Labels(Map.of()); }

    static Labels load(Sparql sparql, Collection<String> iris) {
        List<String> ours = iris.stream().filter(i -> i != null && !i.isEmpty()).distinct().toList();
        if (ours.isEmpty()) return empty();
        Map<String, String> names = new HashMap<>();
        for (QuerySolution row : sparql.select("""
                SELECT ?s (MIN(?pl) AS ?pref) (MIN(?hl) AS ?head) (MIN(?rl) AS ?rdfs) (MIN(STR(?ti)) AS ?time) WHERE {
                  %s
                  OPTIONAL { ?s skos:prefLabel ?pl }
                  OPTIONAL { ?s schema:headline ?hl }
                  OPTIONAL { ?s rdfs:label ?rl }
                  OPTIONAL { ?s time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear ?ti }
                } GROUP BY ?s""".formatted(Sparql.values("s", ours)))) {
            for (String v : List.of("pref", "head", "rdfs", "time")) {
                String name = Sparql.str(row, v);
                if (!name.isBlank()) {
                    names.put(Sparql.str(row, "s"), name);
                    break;
                }
            }
        }
        return new Labels(names);
    }

    /** The name of a resource: a label from the graph, or the last segment of its IRI. */
    String of(String iri) {
        String n = names.get(iri);
        if (n != null) return n;
        String tail = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return tail.isEmpty() ? iri : tail;
    }

    boolean has(String iri) { return names.containsKey(iri); }
}
