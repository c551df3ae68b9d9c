package signet.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A fingerprint of a store's content that does not depend on how it was written: for each named
 * graph, the SHA-256 of its triples as sorted N-Triples lines; for the store, the SHA-256 of the
 * sorted "graph, digest" lines. Two stores with the same digest hold the same quads (Signet's
 * graphs have no blank nodes, so no labels need canonicalising). Read in one transaction: a
 * snapshot, even while a writer commits.
 *
 * <p>Used to show that an interrupted ingest, re-run, ends with the very graph an uninterrupted
 * one makes, and graph by graph that a killed ingest left every document complete or absent.
 *
 * @param graphs one entry per named graph, by IRI (sorted)
 * @param quads  quads in all named graphs
 * @param sha256 the store's digest, hex
 */
public record StoreDigest(Map<String, GraphDigest> graphs, long quads, String sha256) {

    /** One graph: its triples and their digest. */
    public record GraphDigest(long triples, String sha256) {}

    public StoreDigest {
        graphs = java.util.Collections.unmodifiableMap(new TreeMap<>(graphs));
    }

    /** Reads the digest of a dataset (named graphs only; the default graph of a Signet store is their union). */
    public static StoreDigest of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, GraphDigest> graphs = new TreeMap<>();
            long total = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                List<String> lines = new ArrayList<>();
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q ->
                        lines.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject()) + " ."));
                lines.sort(null);
                graphs.put(g.isURI() ? g.getURI() : g.toString(), new GraphDigest(lines.size(), sha256(lines)));
                total += lines.size();
            }
            List<String> summary = new ArrayList<>();
            graphs.forEach((iri, d) -> summary.add(iri + "\t" + d.sha256()));
            return new StoreDigest(graphs, total, sha256(summary));
        });
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
