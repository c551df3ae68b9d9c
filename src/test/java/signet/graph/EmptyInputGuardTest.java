package signet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmptyInputGuardTest {
    /** A step that matches nothing, followed by a two-triple pattern: the shape of any look-up by an unknown name. */
    static final String QUERY = """
            SELECT * WHERE {
              { SELECT ?s WHERE { ?s <urn:x:name> "no such name" } }
              ?s <urn:x:p> ?o .
              ?o <urn:x:q> ?z .
            }""";

    /** The same with filters: TDB2 optimises a filtered pattern on its own path, which peeks too. */
    static final String FILTERED = """
            SELECT * WHERE {
              ?s <urn:x:name>|<urn:x:alias> ?name .
              FILTER(LCASE(STR(?name)) = "no such name")
              ?s <urn:x:p> ?o , ?other .
              FILTER(?o != ?other)
              ?o <urn:x:q> ?z .
            }""";

    private static Dataset store(Path dir) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            Model m = ModelFactory.createDefaultModel();
            m.createResource("urn:x:a").addProperty(m.createProperty("urn:x:name"), "known")
             .addProperty(m.createProperty("urn:x:p"), m.createResource("urn:x:b"));
            ds.addNamedModel("urn:x:g", m);
        });
        return ds;
    }

    private static int count(Dataset ds) {
        return count(ds, QUERY);
    }

    private static int count(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return ResultSetFormatter.consume(qe.execSelect());
            }
        });
    }

    @Test
    void anEmptyStepGivesNoRowsWithTheGuard(@TempDir Path dir) {
        Dataset ds = store(dir);
        EmptyInputGuard.install(ds.getContext());
        assertEquals(0, count(ds));
    }

    @Test
    void anEmptyStepBeforeAFilteredPatternGivesNoRows(@TempDir Path dir) {
        Dataset ds = store(dir);
        EmptyInputGuard.install(ds.getContext());
        assertEquals(0, count(ds, FILTERED));
    }

    @Test
    void withoutTheGuardTdb2FailsOnTheFilteredPatternToo(@TempDir Path dir) {
        Dataset ds = store(dir);
        assertThrows(QueryExecException.class, () -> count(ds, FILTERED));
    }

    /** Documents the TDB2 6.0.0 fault the guard exists for: when this starts failing, Jena is fixed and the guard can go. */
    @Test
    void withoutTheGuardTdb2StillFails(@TempDir Path dir) {
        Dataset ds = store(dir);
        assertThrows(QueryExecException.class, () -> count(ds));
    }
}
