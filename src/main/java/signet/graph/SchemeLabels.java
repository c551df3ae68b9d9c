package signet.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;

/**
 * The preferred labels of the controlled vocabularies (agreement kinds, event kinds) as the
 * ontology declares them, keyed by scheme and {@code skos:notation}. The graph builder copies
 * these literals verbatim, so a kind concept carries the same single prefLabel in every document
 * graph and in the ontology graph. Immutable.
 */
public final class SchemeLabels {
    /** Where the ontology sits on the classpath (the build copies {@code ontology/} there). */
    public static final String ONTOLOGY_RESOURCE = "ontology/signet.ttl";

    private final Map<String, Map<String, Literal>> byScheme;

    private SchemeLabels(Map<String, Map<String, Literal>> byScheme) {
        Map<String, Map<String, Literal>> copy = new HashMap<>();
        byScheme.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        this.byScheme = Map.copyOf(copy);
    }

    /** Reads the labels from the ontology on the classpath; fails if it is missing. */
    public static SchemeLabels fromClasspath() {
        try (InputStream in = SchemeLabels.class.getClassLoader().getResourceAsStream(ONTOLOGY_RESOURCE)) {
            if (in == null) throw new IllegalStateException("ontology not on the classpath: " + ONTOLOGY_RESOURCE);
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return fromModel(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ONTOLOGY_RESOURCE, e);
        }
    }

    /** Reads the labels of every concept that has a scheme, a notation and a preferred label. */
    public static SchemeLabels fromModel(Model ontology) {
        Map<String, Map<String, Literal>> byScheme = new HashMap<>();
        for (Statement st : ontology.listStatements(null, SKOS.notation, (RDFNode) null).toList()) {
            Resource concept = st.getSubject();
            Statement label = concept.getProperty(SKOS.prefLabel);
            Statement scheme = concept.getProperty(SKOS.inScheme);
            if (label == null || scheme == null || !label.getObject().isLiteral() || !scheme.getObject().isURIResource()) continue;
            byScheme.computeIfAbsent(scheme.getResource().getURI(), k -> new HashMap<>())
                    .put(st.getString(), label.getLiteral());
        }
        return new SchemeLabels(byScheme);
    }

    /** The declared preferred label of the concept with this notation in this scheme. */
    public Optional<Literal> prefLabel(Resource scheme, String notation) {
        return Optional.ofNullable(byScheme.getOrDefault(scheme.getURI(), Map.of()).get(notation));
    }

    /** The keys (notations) declared in a scheme. */
    public java.util.Set<String> notations(Resource scheme) {
        return byScheme.getOrDefault(scheme.getURI(), Map.of()).keySet();
    }
}
