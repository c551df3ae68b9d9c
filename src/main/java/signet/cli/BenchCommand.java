package signet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code signet bench}: tools for measuring Signet at scale. A parent command only: each tool is
 * its own subcommand class ({@code corpus} generates a benchmark corpus, {@code load} load-tests a running server).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Benchmark tools: a synthetic corpus with gold facts, query latency against plain Fuseki, adding one article, a load test.",
        description = "Tools for measuring ingest and query speed, and extraction quality, at scale.",
        subcommands = {BenchCorpusCommand.class, BenchQueriesCommand.class, BenchAddOneCommand.class, BenchLoadCommand.class})
final class BenchCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
