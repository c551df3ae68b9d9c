package signet.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the server says about one resource: a concise bounded description. It holds
 * <ul>
 *   <li>the resource's own triples;</li>
 *   <li>the triples pointing at it, at most {@value #MAX_INCOMING} (an organization in thousands
 *       of agreements would otherwise make a page of megabytes; a note says when the list was cut
 *       and the SPARQL endpoint has the rest);</li>
 *   <li>the names ({@code rdfs:label}, {@code skos:prefLabel}) of the resources it links to and
 *       of those linking to it, so a reader sees names, not only IRIs;</li>
 *   <li>for a fact: its evidence annotation, the annotation's target and selectors (so the
 *       description carries the sentence stating the fact and its offsets), its signatures and its
 *       time instant.</li>
 * </ul>
 * Every query is read over the union default graph, the IRI put in as an RDF term (never pasted
 * into query text).
 */
public final class Describer {
    /** The most triples pointing at the resource that a description includes. */
    public static final int MAX_INCOMING = 2_000;

    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX sig:  <https://w3id.org/signet/ontology#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX time: <http://www.w3.org/2006/time#>
            """;

    private static final Query KNOWN = QueryFactory.create("ASK { { ?this ?p ?o } UNION { ?s ?p ?this } }");

    private static final Query OWN = QueryFactory.create("CONSTRUCT { ?this ?p ?o } WHERE { ?this ?p ?o }");

    private static final Query INCOMING = QueryFactory.create(
            "SELECT ?s ?p WHERE { ?s ?p ?this } LIMIT " + (MAX_INCOMING + 1));

    /** Names of what the resource links to, and of what links to it (bounded like the incoming triples). */
    private static final Query LABELS = QueryFactory.create(PREFIXES + """
            CONSTRUCT { ?x rdfs:label ?label . ?x skos:prefLabel ?pref }
            WHERE {
              { ?this ?p ?x FILTER(isIRI(?x)) }
              UNION
              { SELECT ?x WHERE { ?x ?q ?this } LIMIT %d }
              { ?x rdfs:label ?label } UNION { ?x skos:prefLabel ?pref }
            }""".formatted(MAX_INCOMING));

    /** The parts of a fact that only make sense with it: evidence and its selectors, signatures, time instant. */
    private static final Query PARTS = QueryFactory.create(PREFIXES + """
            CONSTRUCT { ?part ?p ?o }
            WHERE {
              { ?this sig:evidence ?part }
              UNION { ?this sig:evidence/oa:hasTarget ?part }
              UNION { ?this sig:evidence/oa:hasTarget/oa:hasSelector ?part }
              UNION { ?this oa:hasTarget ?part }
              UNION { ?this oa:hasTarget/oa:hasSelector ?part }
              UNION { ?this oa:hasSelector ?part }
              UNION { ?this sig:signature ?part }
              UNION { ?this time:hasTime ?part }
              ?part ?p ?o
            }""");

    private final SparqlSource source;

    public Describer(SparqlSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Whether the graph mentions the IRI at all, as subject or object. */
    public boolean isKnown(String iri) {
        return source.ask(bind(KNOWN, iri));
    }

    /**
     * The description of {@code iri}. {@code documentUrl}, when given, is the URL this description
     * is served at: the description then says it is about {@code iri} ({@code foaf:primaryTopic})
     * and, when the incoming triples were cut, says so there.
     */
    public Model describe(String iri, String documentUrl) {
        Model m = ModelFactory.createDefaultModel();
        m.add(source.construct(bind(OWN, iri)));
        Resource self = m.createResource(iri);
        List<QuerySolution> incoming = source.select(bind(INCOMING, iri));
        incoming.stream().limit(MAX_INCOMING)
                .forEach(row -> m.add(row.getResource("s"), m.createProperty(row.getResource("p").getURI()), self));
        m.add(source.construct(bind(LABELS, iri)));
        m.add(source.construct(bind(PARTS, iri)));
        if (documentUrl != null) {
            Resource doc = m.createResource(documentUrl).addProperty(FOAF.primaryTopic, self);
            if (incoming.size() > MAX_INCOMING)
                doc.addProperty(RDFS.comment, "Only the first " + MAX_INCOMING + " triples pointing at <" + iri
                        + "> are included; the SPARQL endpoint has all of them.");
        }
        return m;
    }

    private static Query bind(Query q, String iri) {
        Node node = NodeFactory.createURI(iri);
        return QueryTransformOps.replaceVars(q, Map.of(Var.alloc("this"), node));
    }
}
