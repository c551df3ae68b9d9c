package signet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class OntologyTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final Model ONTOLOGY = RDFDataMgr.loadModel(HOME.resolve("ontology/signet.ttl").toString());
    static final Model SHAPES = RDFDataMgr.loadModel(HOME.resolve("ontology/shapes.ttl").toString());

    @Test
    void isAnOwlOntologyWithVersionAndMetadata() {
        Resource o = ONTOLOGY.createResource(SIG.ONTOLOGY);
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        assertEquals(SIG.VERSION_IRI, o.getPropertyResourceValue(OWL2.versionIRI).getURI());
        assertTrue(o.hasProperty(OWL.versionInfo));
        assertTrue(o.hasProperty(DCTerms.title) && o.hasProperty(DCTerms.description) && o.hasProperty(DCTerms.license));
    }

    /** Every sig: term the ontology declares has a label and a comment, in English. */
    @Test
    void everyDeclaredTermHasALabelAndAComment() {
        List<String> missing = new ArrayList<>();
        for (Resource term : ONTOLOGY.listSubjects().toList()) {
            if (!term.isURIResource() || !term.getURI().startsWith(SIG.NS)) continue;
            if (!hasEnglish(term, RDFS.label)) missing.add(term.getURI() + " rdfs:label");
            if (!hasEnglish(term, RDFS.comment)) missing.add(term.getURI() + " rdfs:comment");
            if (!term.hasProperty(RDF.type)) missing.add(term.getURI() + " rdf:type");
        }
        assertTrue(missing.isEmpty(), () -> String.join("\n", missing));
    }

    /** A sig: IRI used anywhere (ontology, shapes, Java constants) but declared nowhere is a typo. */
    @Test
    void everySigTermUsedIsDeclared() {
        Set<String> declared = new TreeSet<>();
        ONTOLOGY.listSubjects().filterKeep(r -> r.isURIResource() && r.getURI().startsWith(SIG.NS))
                .forEach(r -> declared.add(r.getURI()));
        Set<String> used = new TreeSet<>();
        for (Model m : List.of(ONTOLOGY, SHAPES)) {
            for (Statement s : m.listStatements().toList()) {
                for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject()))
                    if (n.isURIResource() && n.asResource().getURI().startsWith(SIG.NS)) used.add(n.asResource().getURI());
            }
        }
        used.addAll(constants());
        used.removeAll(declared);
        assertTrue(used.isEmpty(), () -> "used but not declared: " + used);
        assertTrue(declared.containsAll(constants()));
        assertFalse(constants().isEmpty());
    }

    @Test
    void kindConceptsHaveKeysAndLabelsTheBuilderReads() {
        SchemeLabels labels = SchemeLabels.fromModel(ONTOLOGY);
        assertTrue(labels.notations(SIG.AgreementKinds).containsAll(Set.of("memorandum-of-understanding", "memorandum-of-cooperation",
                "memorandum-of-agreement", "cooperation-agreement", "strategic-cooperation-agreement", "co-production-agreement",
                "co-development-deal", "contract", "protocol", "partnership-agreement", "letter-of-intent", "commercial-agreement",
                "agreement")));
        assertTrue(labels.notations(SIG.EventKinds).containsAll(Set.of("meeting", "talks", "festival", "film-festival", "premiere",
                "launch", "conference", "forum", "exhibition", "ceremony", "cultural-exchange-event", "press-conference")));
        Iris iris = Iris.defaults();
        // the concept IRIs in the ontology are the ones the builder mints under the default base
        for (String key : labels.notations(SIG.AgreementKinds)) {
            Resource c = ONTOLOGY.createResource(iris.kind(key));
            assertTrue(c.hasProperty(SKOS.inScheme, SIG.AgreementKinds), key);
            assertTrue(c.hasProperty(SKOS.definition), key);
        }
        for (String key : labels.notations(SIG.EventKinds))
            assertTrue(ONTOLOGY.createResource(iris.eventKind(key)).hasProperty(SKOS.inScheme, SIG.EventKinds), key);
        // and the classpath copy the builder uses says the same
        assertEquals(labels.notations(SIG.AgreementKinds), SchemeLabels.fromClasspath().notations(SIG.AgreementKinds));
    }

    @Test
    void agreementIsAlignedRatherThanImported() {
        Resource agreement = ONTOLOGY.createResource(SIG.Agreement.getURI());
        assertTrue(agreement.hasProperty(RDFS.subClassOf, PROV.Entity));
        assertTrue(agreement.hasProperty(SKOS.closeMatch,
                ONTOLOGY.createResource("https://spec.edmcouncil.org/fibo/ontology/FND/Agreements/Agreements/Agreement")));
        assertTrue(agreement.hasProperty(SKOS.closeMatch, ONTOLOGY.createResource("http://www.wikidata.org/entity/Q321839")));
        assertTrue(ONTOLOGY.createResource(SIG.acronym.getURI()).hasProperty(RDFS.subPropertyOf, SKOS.altLabel));
    }

    private static boolean hasEnglish(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream()
                .anyMatch(s -> s.getObject().isLiteral() && !s.getString().isBlank()
                        && (s.getLanguage().isEmpty() || s.getLanguage().startsWith("en")));
    }

    /** The IRIs of the SIG constants, by reflection, so a new constant is checked without editing this test. */
    private static Set<String> constants() {
        Set<String> out = new TreeSet<>();
        for (Field f : SIG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) continue;
            try {
                out.add(((Resource) f.get(null)).getURI());
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }
}
