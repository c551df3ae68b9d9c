package signet.web;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SchemaDO;
import signet.graph.SIG;

/** The four kinds of fact the graph holds, each known by its {@code rdf:type}, with its name on a page. */
enum FactType {
    AGREEMENT(SIG.Agreement.getURI(), "Agreement"),
    POST(ORG.Membership.getURI(), "Post"),
    PART_OF(SIG.PartOfStatement.getURI(), "Part of"),
    EVENT(SchemaDO.Event.getURI(), "Event");

    final String typeIri;
    final String title;

    FactType(String typeIri, String title) {
        this.typeIri = typeIri;
        this.title = title;
    }

    static Optional<FactType> ofType(String typeIri) {
        return Arrays.stream(values()).filter(t -> t.typeIri.equals(typeIri)).findFirst();
    }

    /** The four classes as a SPARQL {@code VALUES} block over {@code ?var}. */
    static String valuesBlock(String var) {
        return Sparql.values(var, Arrays.stream(values()).map(t -> t.typeIri).toList());
    }
}
