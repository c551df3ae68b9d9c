package signet.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms Signet uses (Jena has no PROV class). W3C Recommendation 2013. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static String getURI() { return NS; }

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
    public static final Property used = ResourceFactory.createProperty(NS, "used");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS, "generatedAtTime");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Resource Collection = ResourceFactory.createResource(NS + "Collection");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");
    public static final Property hadMember = ResourceFactory.createProperty(NS, "hadMember");

    private PROV() {}
}
