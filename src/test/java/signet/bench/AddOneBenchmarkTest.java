package signet.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.store.Tdb2Store;

class AddOneBenchmarkTest {
    @TempDir Path tmp;

    @Test void eachRoundAddsOneDocumentThatAQueryThenSees() {
        Path home = Path.of(System.getProperty("signet.home", "."));
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter())).ingest(List.of(home.resolve("data/articles")));
            int before = store.graphNames().size();
            List<AddOneBenchmark.Round> rounds = new AddOneBenchmark(store, Pipeline.standard(), tmp).run(1, 2);
            assertEquals(2, rounds.size());
            assertEquals(before + 3, store.graphNames().size(), "three new documents (one warm-up, two measured)");
            for (AddOneBenchmark.Round r : rounds) assertTrue(r.visibleMicros() >= r.ingestMicros() && r.ingestMicros() > 0, r.toString());
        }
    }
}
