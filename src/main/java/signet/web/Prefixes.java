package signet.web;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import signet.graph.PROV;
import signet.graph.SIG;
import signet.graph.TIME;

/**
 * The prefixes of every Turtle (and RDF/XML) document the server writes, so a description reads
 * {@code sig:party id:org/tass} rather than full IRIs. The same names as in the JSON-LD context
 * ({@code ontology/context.jsonld}) and in the named queries.
 */
public final class Prefixes {
    private Prefixes() {}

    /** The vocabularies' prefixes, plus {@code id:} for the minted IRIs under {@code base}. */
    public static PrefixMapping standard(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create()
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("foaf", FOAF.getURI())
                .setNsPrefix("org", ORG.getURI())
                .setNsPrefix("oa", OA.getURI())
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("time", TIME.NS)
                .setNsPrefix("schema", SchemaDO.NS)
                .setNsPrefix("dcterms", DCTerms.getURI())
                .setNsPrefix("void", VOID.getURI())
                .setNsPrefix("dcat", DCAT.getURI())
                .setNsPrefix("sig", SIG.NS);
        if (base != null) pm.setNsPrefix("id", base);
        return pm.lock();
    }
}
