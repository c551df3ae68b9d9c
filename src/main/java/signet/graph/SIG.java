package signet.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Signet ontology's terms ({@code sig:}). {@code ontology/signet.ttl} is the source of truth:
 * a test checks that every constant here is declared there with a label and a comment.
 */
public final class SIG {
    /** Namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/signet/ontology#";
    /** The ontology IRI. */
    public static final String ONTOLOGY = "https://w3id.org/signet/ontology";
    /** The IRI of this version of the ontology. */
    public static final String VERSION_IRI = "https://w3id.org/signet/ontology/0.1.0";

    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // classes
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Signature = resource("Signature");
    public static final Resource AgreementStatus = resource("AgreementStatus");
    public static final Resource PartOfStatement = resource("PartOfStatement");
    public static final Resource DateBasis = resource("DateBasis");
    public static final Resource PartialDate = resource("PartialDate");

    // individuals
    public static final Resource Signed = resource("Signed");
    public static final Resource Intended = resource("Intended");
    public static final Resource StatedDate = resource("StatedDate");
    public static final Resource ResolvedDate = resource("ResolvedDate");
    public static final Resource PublicationDate = resource("PublicationDate");

    // concept schemes
    public static final Resource AgreementKinds = resource("AgreementKinds");
    public static final Resource EventKinds = resource("EventKinds");
    public static final Resource CooperationAreas = resource("CooperationAreas");
    public static final Resource Roles = resource("Roles");

    // agreements
    public static final Property agreementKind = property("agreementKind");
    public static final Property statedKind = property("statedKind");
    public static final Property party = property("party");
    public static final Property signatory = property("signatory");
    public static final Property signature = property("signature");
    public static final Property signer = property("signer");
    public static final Property signedFor = property("signedFor");
    public static final Property signerTitle = property("signerTitle");
    public static final Property witness = property("witness");
    public static final Property status = property("status");
    public static final Property area = property("area");

    // organizations, posts, part-of
    public static final Property acronym = property("acronym");
    public static final Property nameKey = property("nameKey");
    public static final Property title = property("title");
    public static final Property statedIn = property("statedIn");
    public static final Property statedAsOf = property("statedAsOf");
    public static final Property child = property("child");
    public static final Property parent = property("parent");

    // events and dates
    public static final Property eventKind = property("eventKind");
    public static final Property date = property("date");
    public static final Property dateBasis = property("dateBasis");
    public static final Property sameSigningAs = property("sameSigningAs");

    // evidence, provenance, documents
    public static final Property evidence = property("evidence");
    public static final Property rule = property("rule");
    public static final Property confidence = property("confidence");
    public static final Property evidenceNotKept = property("evidenceNotKept");
    public static final Property dateline = property("dateline");
    public static final Property datelineText = property("datelineText");
    public static final Property fileName = property("fileName");
    public static final Property sourcePath = property("sourcePath");
    public static final Property contentHash = property("contentHash");
    public static final Property extractorVersion = property("extractorVersion");

    // curation
    public static final Resource Curation = resource("Curation");
    public static final Resource CuratedFact = resource("CuratedFact");
    public static final Resource Retraction = resource("Retraction");
    public static final Resource Merge = resource("Merge");
    public static final Resource CurationFile = resource("CurationFile");
    public static final Resource CurationSet = resource("CurationSet");
    public static final Property retracts = property("retracts");
    public static final Property canonical = property("canonical");
    public static final Property duplicate = property("duplicate");
    public static final Property mergedInto = property("mergedInto");
    public static final Property curationNote = property("curationNote");

    /** The terms most used at the Graph level, as {@link Node}s. */
    public static final class Nodes {
        private Nodes() {}
        public static final Node Agreement = SIG.Agreement.asNode();
        public static final Node Signed = SIG.Signed.asNode();
        public static final Node party = SIG.party.asNode();
        public static final Node status = SIG.status.asNode();
        public static final Node date = SIG.date.asNode();
        public static final Node evidence = SIG.evidence.asNode();
        public static final Node ontology = NodeFactory.createURI(ONTOLOGY);
    }

    private SIG() {}
}
