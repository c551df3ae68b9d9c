package signet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.store.Tdb2Store;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Read article files into the store (only new or changed ones).",
        description = {"Reads .txt, .md and .html files (folders recursively), extracts their facts and stores "
                + "each document as its own named graph. Files whose content and extractor version are unchanged are skipped.",
                "A file that cannot be read is reported on stderr; the others are still ingested and the exit code is 1.",
                "Then the curation files (data/curation/*.ttl) are loaded into their own graph when any of them changed; "
                + "a curation file that does not parse is reported with its line, the curations stored before are kept, and the exit code is 1."})
final class IngestCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand SignetCli cli;
    @Mixin DbOption db;
    @Mixin CurationOption curation;
    @Mixin BaseIriOption base;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        try (Tdb2Store store = db.openOrCreate()) {
            var pipeline = cli.pipeline(base.iris());
            IngestReport report = new Ingester(store, pipeline, spec.commandLine().getErr()).ingest(paths);
            spec.commandLine().getOut().println(report.summary());
            spec.commandLine().getOut().flush();
            // curations live in their own graph: loading them after the articles undoes nothing either way
            boolean curated = curation.load(store, pipeline.iris(), spec.commandLine().getOut(), spec.commandLine().getErr());
            return report.hasFailures() || !curated ? SignetCli.FAILED : SignetCli.OK;
        }
    }
}
