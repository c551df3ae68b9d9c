package signet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.riot.RiotException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import signet.store.Tdb2Store;

@Command(name = "restore", mixinStandardHelpOptions = true,
        header = "Fill a new, empty store from a backup.",
        description = {"Reads a backup written by signet backup (or a /dumps/signet.nq.gz download) into a store that "
                + "does not exist yet or is empty, through TDB2's bulk loader. The file is parsed in full first: a damaged "
                + "backup is reported with its line and nothing is written."})
final class RestoreCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Parameters(paramLabel = "FILE", description = "The backup (.nq.gz, .nq or .trig).")
    Path backup;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(backup)) throw new ParameterException(spec.commandLine(), "no backup file " + backup);
        Path dir = db.dir();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent())
                    throw new ParameterException(spec.commandLine(), dir + " is not empty: restore into a new store (--db NEW_DIR)");
            }
        }
        try (Tdb2Store store = db.openOrCreate()) {
            long quads = store.restore(backup);
            spec.commandLine().getOut().printf("signet: restored %,d quads from %s into %s%n", quads, backup, dir);
        } catch (RiotException e) {
            spec.commandLine().getErr().println("signet: " + backup + ": " + e.getMessage() + " (nothing restored)");
            return SignetCli.FAILED;
        }
        return SignetCli.OK;
    }
}
