package signet.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.store.SignetStore;

/**
 * How long one new article takes to become visible: ingest it into an existing (large) store
 * and ask for its agreement with a SPARQL lookup by name, in one running process (a server or a
 * notebook kernel adds articles like this; the JVM start of a command line is not part of it).
 * Each round writes an article naming two organizations no other article names, so the query can
 * only succeed once that article is in.
 */
public final class AddOneBenchmark {

    /** One round: ingest time, then the time until the query sees the new agreement. */
    public record Round(long ingestMicros, long visibleMicros) {}

    private static final Query FIND = QueryFactory.create("""
            PREFIX sig: <https://w3id.org/signet/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            ASK { ?org rdfs:label ?name . ?agreement sig:party ?org }""");

    private final SignetStore store;
    private final Pipeline pipeline;
    private final Path workDir;

    public AddOneBenchmark(SignetStore store, Pipeline pipeline, Path workDir) {
        this.store = store;
        this.pipeline = pipeline;
        this.workDir = workDir;
    }

    /** Runs {@code rounds} rounds (the first {@code warmup} are run and dropped). */
    public List<Round> run(int warmup, int rounds) {
        List<Round> kept = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            Round r = round(i);
            if (i >= warmup) kept.add(r);
        }
        return List.copyOf(kept);
    }

    private Round round(int i) {
        String stamp = Long.toString(System.nanoTime(), 36).toUpperCase();
        String first = "Quillon" + stamp + " Media Holding", second = "Varenne" + stamp + " Broadcasting Corporation";
        String text = "Quillon and Varenne sign cooperation memorandum\n\nMOSCOW, March 3, 2025 /Newswire/ — " + first
                + " signed a memorandum of understanding with " + second + " in Moscow on March 2, 2025.\n";
        Path file = workDir.resolve("add-one-" + i + "-" + stamp + ".txt");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t0 = System.nanoTime();
        IngestReport report = new Ingester(store, pipeline, new PrintWriter(new StringWriter())).ingest(List.of(file));
        long t1 = System.nanoTime();
        if (report.hasFailures() || report.added() != 1) throw new IllegalStateException("the new article was not ingested: " + report.summary());
        Query q = QueryTransformOps.replaceVars(FIND, Map.of(Var.alloc("name"), NodeFactory.createLiteralString(first)));
        boolean seen = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                return qe.execAsk();
            }
        });
        long t2 = System.nanoTime();
        if (!seen) throw new IllegalStateException("the new agreement of " + first + " is not visible after ingest");
        return new Round((t1 - t0) / 1000, (t2 - t0) / 1000);
    }
}
