package signet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import signet.bench.CorpusConfig;
import signet.bench.CorpusGenerator;

/** {@code signet bench corpus}: writes a deterministic synthetic corpus and its gold facts. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        header = "Write a deterministic synthetic news corpus with the gold facts it states.",
        description = {"Writes DIR/docs/NNN/NNNNNN.txt (articles, 1000 per folder), DIR/gold/NNNNNN.json (the facts each "
                + "article states, in the format of shared/eval) and DIR/aliases.tsv. The same --seed and --articles give "
                + "byte-identical files; a smaller corpus is a prefix of a larger one with the same seed.",
                "Score extraction on it with: signet evaluate --docs DIR/docs --gold DIR/gold --aliases DIR/aliases.tsv"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:written", " 1:could not write (the folder is not empty, disk error)", " 2:usage error"})
final class BenchCorpusCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "Number of articles.")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (new or empty).")
    Path out;

    @Option(names = "--organizations", defaultValue = "" + CorpusConfig.DEFAULT_ORGANIZATIONS, paramLabel = "N",
            description = "Size of the organization name pool drawn from with Zipf popularity (default: ${DEFAULT-VALUE}).")
    int organizations;

    @Override
    public Integer call() throws IOException {
        CorpusConfig config;
        try {
            config = new CorpusConfig(articles, seed, out, organizations);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr(), outWriter = spec.commandLine().getOut();
        CorpusGenerator generator = new CorpusGenerator(config);
        long step = Math.max(CorpusGenerator.FOLDER_SIZE, articles / 10 / CorpusGenerator.FOLDER_SIZE * CorpusGenerator.FOLDER_SIZE);
        CorpusGenerator.Summary summary = generator.write(n -> {
            if (n % step == 0 && n < articles) {
                err.printf("signet: %,d / %,d articles%n", n, articles);
                err.flush();
            }
        });
        outWriter.println("wrote " + summary.line() + " to " + out);
        outWriter.println("score with: ./signet evaluate --docs " + out.resolve("docs") + " --gold " + out.resolve("gold")
                + " --aliases " + out.resolve("aliases.tsv"));
        outWriter.flush();
        return SignetCli.OK;
    }
}
