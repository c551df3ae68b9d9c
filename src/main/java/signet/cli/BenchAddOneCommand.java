package signet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import signet.bench.AddOneBenchmark;
import signet.ingest.Pipeline;
import signet.store.Tdb2Store;

@Command(name = "add-one", mixinStandardHelpOptions = true,
        header = "Time adding one new article to an existing store until a query sees it.",
        description = {"Each round writes an invented article naming two new organizations, ingests it into the store "
                + "(--db, typically a large benchmark store) and asks for its agreement by name; prints ingest and "
                + "time-to-visible per round, and median, min and max. The articles stay in the store: use a copy."})
final class BenchAddOneCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--rounds", defaultValue = "20", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Rounds run first and not counted (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("signet-add-one");
        try (Tdb2Store store = db.openExisting()) {
            List<AddOneBenchmark.Round> r = new AddOneBenchmark(store, Pipeline.standard(), work).run(warmup, rounds);
            long[] ingest = r.stream().mapToLong(AddOneBenchmark.Round::ingestMicros).sorted().toArray();
            long[] visible = r.stream().mapToLong(AddOneBenchmark.Round::visibleMicros).sorted().toArray();
            out.printf("add-one: %d rounds (after %d warm-up) on %s%n", rounds, warmup, db.dir());
            out.printf("  ingest one article        median %.1f ms  min %.1f  max %.1f%n", ms(median(ingest)), ms(ingest[0]), ms(ingest[ingest.length - 1]));
            out.printf("  until visible in a query  median %.1f ms  min %.1f  max %.1f%n", ms(median(visible)), ms(visible[0]), ms(visible[visible.length - 1]));
            out.println("  per round (ms, ingest/visible): " + Arrays.toString(r.stream().map(x -> String.format("%.0f/%.0f", ms(x.ingestMicros()), ms(x.visibleMicros()))).toArray()));
            out.flush();
            return SignetCli.OK;
        }
    }

    private static long median(long[] sorted) { return sorted[sorted.length / 2]; }

    private static double ms(long micros) { return micros / 1000.0; }
}
