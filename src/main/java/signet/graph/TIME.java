package signet.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The OWL-Time terms Signet uses (Jena has no OWL-Time class). W3C Recommendation 2017/2022. */
public final class TIME {
    public static final String NS = "http://www.w3.org/2006/time#";

    public static String getURI() { return NS; }

    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");
    public static final Property hasTime = ResourceFactory.createProperty(NS, "hasTime");
    public static final Property inXSDDate = ResourceFactory.createProperty(NS, "inXSDDate");
    public static final Property inXSDgYearMonth = ResourceFactory.createProperty(NS, "inXSDgYearMonth");
    public static final Property inXSDgYear = ResourceFactory.createProperty(NS, "inXSDgYear");

    private TIME() {}
}
