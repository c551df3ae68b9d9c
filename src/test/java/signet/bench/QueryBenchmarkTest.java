package signet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import signet.cli.BenchQueriesCommand;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.store.Tdb2Store;

/**
 * The query benchmark on the seeds (a few requests, so it stays quick): both servers start on
 * the same store, every named query runs on both with the same answers, the organization cases
 * are the most and least signing parties, and the table and the JSON say so.
 */
class QueryBenchmarkTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));

    @TempDir static Path tmp;
    static Path db;

    @BeforeAll
    static void ingestSeeds() {
        db = tmp.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db)) {
            IngestReport report = new Ingester(store, Pipeline.standard(), new PrintWriter(new StringWriter()))
                    .ingest(List.of(HOME.resolve("data/articles")));
            assertTrue(!report.hasFailures(), report.summary());
        }
    }

    @Test
    void benchCommandComparesEveryNamedQuery() throws Exception {
        Path json = tmp.resolve("out/bench.json");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchQueriesCommand());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("--db", db.toString(), "--requests", "5", "--warmup", "1", "--json", json.toString());
        assertEquals(0, code, out.toString());
        String text = out.toString();
        for (String q : List.of("agreements", "events", "evidence", "part-of", "roles", "timeline", "signed-with"))
            assertTrue(text.lines().anyMatch(l -> l.startsWith(q)), q + " in\n" + text);
        assertTrue(text.contains("signed-with org=Gazprom-Media Holding (popular)"), text);
        assertTrue(text.contains("(rare)"), text);
        assertTrue(text.contains("Fuseki p50"), text);

        JsonObject root = JSON.read(json.toString());
        assertEquals(5, root.get("requests").getAsNumber().value().intValue());
        JsonArray results = root.get("results").getAsArray();
        Set<String> queries = results.stream().map(r -> r.getAsObject().get("query").getAsString().value()).collect(Collectors.toSet());
        assertEquals(Set.of("agreements", "events", "evidence", "part-of", "roles", "timeline", "signed-with"), queries);
        for (JsonValue v : results) {
            JsonObject r = v.getAsObject();
            String label = r.get("case").getAsString().value();
            // the same query with the same values: the same answer from both servers
            assertEquals(r.get("rows").getAsNumber().value().intValue(), r.get("plainRows").getAsNumber().value().intValue(), label);
            assertTrue(r.get("rows").getAsNumber().value().intValue() > 0, label + " has rows");
            assertTrue(r.get("signet").getAsObject().get("p50ms").getAsNumber().value().doubleValue() > 0, label);
            assertTrue(r.get("fuseki").getAsObject().get("p99ms").getAsNumber().value().doubleValue()
                    >= r.get("fuseki").getAsObject().get("p50ms").getAsNumber().value().doubleValue(), label);
        }
        JsonObject popular = results.stream().map(JsonValue::getAsObject)
                .filter(r -> r.get("case").getAsString().value().startsWith("signed-with") && r.get("case").getAsString().value().endsWith("(popular)"))
                .findFirst().orElseThrow();
        assertEquals(4, popular.get("rows").getAsNumber().value().intValue(), "Gazprom-Media Holding's four partners");
    }

    @Test
    void percentilesAreNearestRank() {
        QueryBenchmark.Stats s = QueryBenchmark.Stats.of(new long[] {5, 1, 4, 2, 3, 100, 6, 7, 8, 9});
        assertEquals(5, s.p50());
        assertEquals(100, s.p99());
        assertEquals(1, s.min());
        assertEquals(100, s.max());
    }
}
