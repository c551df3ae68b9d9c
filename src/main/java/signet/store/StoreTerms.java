package signet.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The two Signet ontology terms the store itself reads: a document's content hash and the
 * version of the extractor that produced its graph. Together they are the document's
 * fingerprint, which lets an ingest skip files whose text and rules are both unchanged.
 *
 * <p>Kept here, not taken from the graph package's vocabulary class, so the store depends on
 * nothing but Jena; the IRIs are those of {@code ontology/signet.ttl}.
 */
public final class StoreTerms {
    public static final String NS = "https://w3id.org/signet/ontology#";
    public static final Node CONTENT_HASH = NodeFactory.createURI(NS + "contentHash");
    public static final Node EXTRACTOR_VERSION = NodeFactory.createURI(NS + "extractorVersion");

    private StoreTerms() {}
}
