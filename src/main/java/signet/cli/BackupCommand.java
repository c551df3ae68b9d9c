package signet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import signet.store.AtomicFile;
import signet.store.Tdb2Store;
import signet.web.Dumps;
import signet.web.JsonLdContext;

@Command(name = "backup", mixinStandardHelpOptions = true,
        header = "Write a consistent backup of the store as gzipped N-Quads.",
        description = {"Every graph (documents and curation) from one read transaction, so the backup is one "
                + "snapshot even while another thread of this process writes; written beside FILE and moved over it, "
                + "so FILE is never half a backup. Bring it back with: signet restore --db NEW_DIR FILE.",
                "A running server holds its store: back it up online with its dump, "
                        + "curl -o FILE http://HOST:PORT/dumps/signet.nq.gz (the same bytes, also one read transaction)."})
final class BackupCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The backup file (.nq.gz).")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (Tdb2Store store = db.openExisting()) {
            Dumps dumps = new Dumps(null, JsonLdContext.bundled());
            AtomicFile.write(output, out -> dumps.write(Dumps.Format.NQUADS_GZ, store.dataset().asDatasetGraph(), out, null));
            // the size of the file, not a count of quads: counting would read the whole store again
            spec.commandLine().getOut().printf("signet: backup of %s written to %s (%,d bytes)%n", db.dir(), output, Files.size(output));
        }
        return SignetCli.OK;
    }
}
