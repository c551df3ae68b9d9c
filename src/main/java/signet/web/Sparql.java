package signet.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The pages' way of asking the graph: query text with our prefixes, and values put in as RDF
 * terms by Jena's syntax transform (never pasted into the text), so a search box or a request
 * path cannot change a query's meaning. Lists of IRIs that came out of the store go into a
 * {@code VALUES} block written by Jena's node formatter.
 */
final class Sparql {
    static final String PREFIXES = """
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX oa:     <http://www.w3.org/ns/oa#>
            PREFIX time:   <http://www.w3.org/2006/time#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX sig:    <https://w3id.org/signet/ontology#>
            """;

    /** A SPARQL pattern true when a fact is retracted by curation; pages never show such a fact as a fact. */
    static final String NOT_RETRACTED = "FILTER NOT EXISTS { ?retraction sig:retracts ?fact }";

    private final SparqlSource source;

    Sparql(SparqlSource source) { this.source = source; }

    List<QuerySolution> select(String body, Map<String, Node> bindings) {
        return source.select(prepare(body, bindings));
    }

    List<QuerySolution> select(String body) { return select(body, Map.of()); }

    boolean ask(String body, Map<String, Node> bindings) {
        return source.ask(prepare(body, bindings));
    }

    static Map<String, Node> iri(String var, String iri) { return Map.of(var, NodeFactory.createURI(iri)); }

    /** {@code VALUES ?var { <a> <b> }} for IRIs read from the store. */
    static String values(String var, Collection<String> iris) {
        return "VALUES ?" + var + " { " + iris.stream().distinct()
                .map(i -> NodeFmtLib.strNT(NodeFactory.createURI(i))).collect(Collectors.joining(" ")) + " }";
    }

    private static Query prepare(String body, Map<String, Node> bindings) {
        Query q = QueryFactory.create(PREFIXES + body);
        if (bindings.isEmpty()) return q;
        Map<Var, Node> map = new LinkedHashMap<>();
        bindings.forEach((k, v) -> map.put(Var.alloc(k), v));
        return QueryTransformOps.syntaxSubstitute(q, map);
    }

    /** The lexical form of a variable's value, or "" when unbound. */
    static String str(QuerySolution row, String var) {
        var n = row.get(var);
        if (n == null) return "";
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isResource() && n.asResource().isURIResource() ? n.asResource().getURI() : n.toString();
    }
}
