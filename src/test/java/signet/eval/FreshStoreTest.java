package signet.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class FreshStoreTest {

    @Test void theTemporaryStoreIsGoneAfterClose() throws Exception {
        Path dir;
        try (FreshStore fresh = FreshStore.create()) {
            dir = fresh.directory();
            var g = GraphFactory.createDefaultGraph();
            g.add(NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:b"), NodeFactory.createLiteralString("c"));
            fresh.store().replaceGraph("urn:x:graph", g);
            assertEquals(1, fresh.store().size());
            assertTrue(Files.isDirectory(dir));
        }
        assertFalse(Files.exists(dir), dir.toString());
    }

    @Test void twoFreshStoresAreApart() throws Exception {
        try (FreshStore a = FreshStore.create(); FreshStore b = FreshStore.create()) {
            assertNotEquals(a.directory(), b.directory());
            assertEquals(0, b.store().size());
        }
    }
}
