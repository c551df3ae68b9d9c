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
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY).build()) {
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

    /** Documents the TDB2 6.0.0 fault the guard exists for: when this starts failing, Jena is fixed and the guard can go. */
    @Test
    void withoutTheGuardTdb2StillFails(@TempDir Path dir) {
        Dataset ds = store(dir);
        assertThrows(QueryExecException.class, () -> count(ds));
    }
}
