package signet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import signet.bench.QueryBenchmark;

/**
 * {@code signet bench queries}: every named query against Signet's server and against plain
 * Fuseki serving the same TDB2 store, side by side in one run ({@link QueryBenchmark}).
 * The heap is the launcher's: {@code SIGNET_JAVA_OPTS=-Xmx2g ./signet bench queries --db DIR}.
 */
@Command(name = "queries", mixinStandardHelpOptions = true,
        header = "Time the named queries: Signet's server against plain Fuseki on the same store.",
        description = {"Opens the store once and starts, in this JVM, Signet's server and a plain Fuseki over the same dataset "
                + "(union default graph), on free loopback ports. For every named query (an organization parameter: the one party "
                + "to the most signed agreements and one to the fewest) it sends the requests alternately to both, after a warm-up, "
                + "and prints rows, p50 and p99 of each and the ratio of the p50s.",
                "The JVM's heap is set by the launcher: SIGNET_JAVA_OPTS=-Xmx2g ./signet bench queries ..."})
public final class BenchQueriesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOption db;
    @Mixin BaseIriOption base;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "200",
            description = "Measured requests per server and query (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
            description = "Unmeasured requests per server and query first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Longest one query may run (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--budget", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Measured time per query case after which it stops short of --requests (at least "
                    + QueryBenchmark.MIN_REQUESTS + " requests each); the table says how many were measured. Default: none.")
    Duration budget;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "The named queries to measure (default: the project's queries/); a folder with some of them measures only those.")
    Path queries;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (requests < 1) throw new ParameterException(spec.commandLine(), "--requests must be at least 1");
        if (warmup < 0) throw new ParameterException(spec.commandLine(), "--warmup must not be negative");
        Path dir = db.dir();
        if (!Files.isDirectory(dir))
            throw new ParameterException(spec.commandLine(), "no store at " + dir + " (create one with: signet ingest --db " + dir + " PATH...)");
        QueryBenchmark.Options options = new QueryBenchmark.Options(dir, queries != null ? queries : SignetHome.current().queries(), base.iris().base(),
                requests, warmup, timeout, Optional.ofNullable(json), Optional.ofNullable(budget));
        out.printf("Store %s; %d requests per server per query after %d warm-up; max heap %d MiB; %d processors%n",
                dir, requests, warmup, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        out.flush();
        List<QueryBenchmark.Result> results = new QueryBenchmark(options, out).run();
        out.print(QueryBenchmark.table(results));
        if (json != null) out.println("JSON: " + json);
        out.flush();
        return SignetCli.OK;
    }
}
