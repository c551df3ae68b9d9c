package signet.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import signet.curation.CurationException;
import signet.curation.CurationLoader;
import signet.curation.Curations;
import signet.ingest.IngestReport;
import signet.ingest.IngestSettings;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.ingest.ProgressMeter;
import signet.store.NamedGraph;
import signet.store.RemoteGraphStore;
import signet.store.RemoteStoreException;
import signet.store.Tdb2Store;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Read article files into the store (only new or changed ones).",
        description = {"Reads .txt, .md and .html files (folders recursively), extracts their facts on all cores and stores "
                + "each document as its own named graph. Files whose content and extractor version are unchanged are skipped. "
                + "An empty store is filled through TDB2's bulk loader; an existing one in batched transactions.",
                "A file that cannot be read is reported on stderr; the others are still ingested and the exit code is 1.",
                "Then the curation files (data/curation/*.ttl) are loaded into their own graph when any of them changed; "
                + "a curation file that does not parse is reported with its line, the curations stored before are kept, and the exit code is 1.",
                "With --to URL, every document's graph (and the curation graph) is sent with HTTP PUT to a SPARQL 1.1 Graph Store "
                + "Protocol endpoint (e.g. http://host:3030/ds) instead, and no local store is touched.",
                "Long runs show progress on stderr (a bar on a terminal, a line every few seconds otherwise); the summary goes to stdout."})
final class IngestCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand SignetCli cli;
    @Mixin DbOption db;
    @Mixin CurationOption curation;
    @Mixin BaseIriOption base;

    @Option(names = "--to", paramLabel = "URL",
            description = "Send the graphs to this Graph Store Protocol endpoint (PUT per graph) instead of the local store.")
    URI to;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
    Integer threads;

    @Option(names = "--progress", paramLabel = "STYLE", defaultValue = "auto",
            description = "auto (a bar on a terminal, log lines otherwise), bar, log or off. Default: ${DEFAULT-VALUE}.")
    String progress;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = {"How graphs are written: auto (the bulk loader for an empty store receiving at least "
                    + signet.ingest.IngestSettings.BULK_MIN_FILES + " files, batched transactions otherwise), bulk (empty store only) or batched. "
                    + "Default: ${DEFAULT-VALUE}.",
                    "Either way a killed ingest loses no stored document: a batch is one transaction, and an interrupted "
                    + "bulk load (which only fills an empty store) leaves the store empty when next opened."})
    String mode;

    @Option(names = "--batch", paramLabel = "DOCS",
            description = "Most documents per write transaction in batched mode (default: 500). Smaller batches show new documents to readers sooner.")
    Integer batch;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Pipeline pipeline = cli.pipeline(base.iris());
        IngestSettings settings = settings();
        if (to != null) return toRemote(pipeline, settings, out, err);
        try (Tdb2Store store = db.openOrCreate()) {
            IngestReport report = new Ingester(store, pipeline, err, settings).ingest(paths);
            out.println(report.summary());
            out.flush();
            // curations live in their own graph: loading them after the articles undoes nothing either way
            boolean curated = curation.load(store, pipeline.iris(), out, err);
            return report.hasFailures() || !curated ? SignetCli.FAILED : SignetCli.OK;
        }
    }

    private Integer toRemote(Pipeline pipeline, IngestSettings settings, PrintWriter out, PrintWriter err) {
        RemoteGraphStore remote;
        try {
            remote = new RemoteGraphStore(to);
        } catch (IllegalArgumentException e) {
            err.println("signet: --to: " + e.getMessage());
            err.flush();
            return SignetCli.USAGE;
        }
        IngestReport report = Ingester.toRemote(remote, pipeline, err, settings).ingest(paths);
        out.println(report.summary());
        out.flush();
        boolean curated = putCurations(remote, pipeline, out, err);
        return report.hasFailures() || !curated ? SignetCli.FAILED : SignetCli.OK;
    }

    /** The curation graph, sent like a document's (replaced as a whole); nothing sent when there is no curation. */
    private boolean putCurations(RemoteGraphStore remote, Pipeline pipeline, PrintWriter out, PrintWriter err) {
        try {
            Curations c = new CurationLoader(pipeline.iris()).read(curation.dir());
            if (c.facts() + c.retracted().size() + c.mergedInto().size() == 0) return true;
            remote.put(new NamedGraph(pipeline.iris().curationGraph(), c.graph()));
            out.println("signet: curation graph sent (" + c.files().size() + " file" + (c.files().size() == 1 ? "" : "s") + ")");
            return true;
        } catch (CurationException e) {
            err.println("signet: " + e.getMessage());
            return false;
        } catch (RemoteStoreException e) {
            err.println("signet: cannot PUT the curation graph to " + remote.endpoint() + ": " + e.getMessage());
            return false;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private IngestSettings settings() {
        IngestSettings s = IngestSettings.defaults();
        if (threads != null) {
            if (threads < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
            s = s.withThreads(threads);
        }
        ProgressMeter.Style style = switch (progress.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> ProgressMeter.Style.AUTO;
            case "bar" -> ProgressMeter.Style.BAR;
            case "log" -> ProgressMeter.Style.LOG;
            case "off", "none" -> ProgressMeter.Style.OFF;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--progress must be auto, bar, log or off, not '" + progress + "'");
        };
        if (batch != null) {
            if (batch < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
            s = s.withBatch(batch);
        }
        IngestSettings.WriteMode writeMode = switch (mode.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> IngestSettings.WriteMode.AUTO;
            case "bulk" -> IngestSettings.WriteMode.BULK;
            case "batched" -> IngestSettings.WriteMode.BATCHED;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--mode must be auto, bulk or batched, not '" + mode + "'");
        };
        return s.withProgress(style).withMode(writeMode);
    }
}
