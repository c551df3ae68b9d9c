package signet.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A fact read for display: its type, every property it has (values in the order read), and its
 * evidence. Immutable.
 */
record FactView(String iri, FactType type, Map<String, List<RDFNode>> properties, List<EvidenceView> evidence) {
    FactView {
        properties = Map.copyOf(properties);
        evidence = List.copyOf(evidence);
    }

    List<RDFNode> values(Property p) { return properties.getOrDefault(p.getURI(), List.of()); }

    /** IRIs among the values of a property. */
    List<String> iris(Property p) {
        return values(p).stream().filter(RDFNode::isURIResource).map(n -> n.asResource().getURI()).toList();
    }

    Optional<RDFNode> first(Property p) { return values(p).stream().findFirst(); }

    Optional<Literal> literal(Property p) { return values(p).stream().filter(RDFNode::isLiteral).map(RDFNode::asLiteral).findFirst(); }

    /** The fact's date literal's lexical form, "" when undated: sorts dates of any precision. */
    String dateKey() { return literal(signet.graph.SIG.date).map(Literal::getLexicalForm).orElse(""); }
}
