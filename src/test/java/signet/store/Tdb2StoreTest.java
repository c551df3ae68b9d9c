package signet.store;

import signet.graph.SIG;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2StoreTest {

    static final String G1 = "https://w3id.org/signet/id/graph/a";
    static final String G2 = "https://w3id.org/signet/id/graph/b";

    @TempDir Path dir;
    Tdb2Store store;

    @BeforeEach void open() { store = Tdb2Store.open(dir.resolve("db")); }
    @AfterEach void close() { store.close(); }

    static Node iri(String local) { return NodeFactory.createURI("https://example.org/" + local); }

    static Graph graph(String... spo) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < spo.length; i += 3) g.add(iri(spo[i]), iri(spo[i + 1]), iri(spo[i + 2]));
        return g;
    }

    Graph stored(String graphIri) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Test void createsTheDirectoryAndStartsEmpty() {
        assertTrue(dir.resolve("db").toFile().isDirectory());
        assertEquals(0, store.size());
        assertEquals(Set.of(), store.graphNames());
    }

    @Test void replaceSwapsTheWholeGraphAndLeavesOthersAlone() {
        store.replaceGraph(G1, graph("a", "p", "b", "a", "p", "c"));
        store.replaceGraph(G2, graph("x", "p", "y"));
        store.replaceGraph(G1, graph("a", "q", "d"));
        assertTrue(stored(G1).isIsomorphicWith(graph("a", "q", "d")), "old triples of G1 must be gone");
        assertTrue(stored(G2).isIsomorphicWith(graph("x", "p", "y")));
        assertEquals(Set.of(G1, G2), store.graphNames());
        assertEquals(2, store.size());
    }

    @Test void replacingWithTheSameGraphIsIdempotent() {
        Graph g = graph("a", "p", "b", "b", "p", "c");
        store.replaceGraph(G1, g);
        var before = Txn.calculateRead(store.dataset(), () -> org.apache.jena.sparql.core.DatasetGraphFactory.cloneStructure(store.dataset().asDatasetGraph()));
        store.replaceGraph(G1, g);
        store.replaceGraph(G1, g);
        assertEquals(2, store.size());
        assertTrue(Txn.calculateRead(store.dataset(), () -> IsoMatcher.isomorphic(before, store.dataset().asDatasetGraph())));
    }

    /** A graph whose iteration fails half way: the store must keep the previous version whole. */
    @Test void aFailedReplaceLeavesTheOldGraphIntact() {
        Graph old = graph("a", "p", "b", "a", "p", "c");
        store.replaceGraph(G1, old);
        Graph failing = new GraphWrapper(graph("n", "p", "1", "n", "p", "2", "n", "p", "3")) {
            @Override
            public ExtendedIterator<Triple> find() {
                List<Triple> two = get().find().toList().subList(0, 2);
                return WrappedIterator.create(new java.util.Iterator<Triple>() {
                    int i;
                    public boolean hasNext() { return true; }
                    public Triple next() {
                        if (i == two.size()) throw new IllegalStateException("disk full, say");
                        return two.get(i++);
                    }
                });
            }
        };
        assertThrows(IllegalStateException.class, () -> store.replaceGraph(G1, failing));
        assertTrue(stored(G1).isIsomorphicWith(old), "the failed write must be rolled back");
        assertEquals(2, store.size());
    }

    @Test void fingerprintIsReadFromTheDocumentNode() {
        assertEquals(Optional.empty(), store.documentFingerprint(G1));
        Graph g = graph("doc", "p", "x");
        g.add(iri("doc"), SIG.contentHash.asNode(), NodeFactory.createLiteralString("abc123"));
        assertEquals(Optional.empty(), store.documentFingerprint(G1), "no graph yet");
        store.replaceGraph(G1, g);
        assertEquals(Optional.empty(), store.documentFingerprint(G1), "a hash without a version is no fingerprint");
        g.add(iri("doc"), SIG.extractorVersion.asNode(), NodeFactory.createLiteralString("rules-7"));
        store.replaceGraph(G1, g);
        assertEquals(Optional.of(new Fingerprint("abc123", "rules-7")), store.documentFingerprint(G1));
        assertEquals(Optional.empty(), store.documentFingerprint(G2));
    }

    @Test void theDefaultGraphIsTheUnionOfTheDocumentGraphs() {
        store.replaceGraph(G1, graph("a", "p", "b"));
        store.replaceGraph(G2, graph("b", "p", "c"));
        long n = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("SELECT ?x ?z { ?x <https://example.org/p> ?y . ?y <https://example.org/p> ?z }").build()) {
                return (long) org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect());
            }
        });
        assertEquals(1, n, "a join across two document graphs through the default graph");
    }

    @Test void dataSurvivesClosingAndReopening() {
        store.replaceGraph(G1, graph("a", "p", "b"));
        store.close();
        store = Tdb2Store.open(dir.resolve("db"));
        assertTrue(stored(G1).isIsomorphicWith(graph("a", "p", "b")));
    }

    @Test void serviceIsDisabledInTheStoreContext() {
        Boolean allowed = store.dataset().getContext().get(org.apache.jena.query.ARQ.httpServiceAllowed);
        assertEquals(Boolean.FALSE, allowed);
    }

    @Test void lastModifiedIsTheTimeOfTheLastCommittedWrite() {
        assertEquals(Optional.empty(), store.lastModified(), "never written");
        java.time.Instant before = java.time.Instant.now();
        store.replaceGraph(G1, graph("a", "p", "b"));
        java.time.Instant first = store.lastModified().orElseThrow();
        assertFalse(first.isBefore(before));
        store.removeGraph(G1);
        assertFalse(store.lastModified().orElseThrow().isBefore(first));
    }

    @Test void aLeftoverBulkLoadMarkerEmptiesTheStoreOnOpenAndSaysSo() throws Exception {
        store.replaceGraph(G1, graph("s", "p", "o"));
        store.close();
        Path db = dir.resolve("db");
        java.nio.file.Files.writeString(db.resolve(Tdb2Store.BULK_MARKER), "2026-12-06T00:00:00Z\n");
        store = Tdb2Store.open(db);
        assertTrue(store.isEmpty(), "what a killed bulk load left is gone");
        assertTrue(store.recovered().orElseThrow().contains("did not finish"), store.recovered().toString());
        assertFalse(java.nio.file.Files.exists(db.resolve(Tdb2Store.BULK_MARKER)));
        store.replaceGraph(G2, graph("a", "b", "c"));
        assertEquals(1, store.size(), "and it works as a store again");
    }

    @Test void aStoreWhoseLockIsHeldIsNotEmptiedEvenWithAMarker() throws Exception {
        store.replaceGraph(G1, graph("s", "p", "o"));
        store.close();
        Path db = dir.resolve("db");
        java.nio.file.Files.writeString(db.resolve(Tdb2Store.BULK_MARKER), "2026-12-06T00:00:00Z\n");
        // another holder of TDB2's lock, as a loader still running would be
        try (var ch = java.nio.channels.FileChannel.open(db.resolve("tdb.lock"), java.nio.file.StandardOpenOption.WRITE);
             var lock = ch.lock()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tdb2Store.open(db));
            assertTrue(e.getMessage().contains("being bulk loaded"), e.getMessage());
        }
        java.nio.file.Files.delete(db.resolve(Tdb2Store.BULK_MARKER));
        store = Tdb2Store.open(db);
        assertEquals(1, store.size(), "nothing was removed while the lock was held");
        assertTrue(store.recovered().isEmpty());
    }
}
