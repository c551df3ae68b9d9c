package signet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import signet.eval.FreshStore;
import signet.eval.GoldFormatException;
import signet.eval.GoldSet;
import signet.eval.Names;
import signet.eval.Score;
import signet.eval.Scorer;
import signet.eval.StoreRows;
import signet.eval.SystemRows;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.store.Tdb2Store;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        header = "Measure the graph's accuracy against hand-annotated articles.",
        description = {"Compares the facts the named queries return (agreements, roles, part-of, events) with gold "
                + "annotations, one JSON file per article, and prints precision, recall and F1 per fact type, agreement "
                + "date and place accuracy, pairs annotated as not having signed that the graph says signed, and last "
                + "the headline 'fact-F1' (mean F1 of agreements, roles and part-of). Scores exactly as shared/eval/score.py.",
                "With --docs the articles are ingested into a temporary store (deleted afterwards); otherwise the "
                + "existing store (--db) is scored. Only the annotated documents count."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:scored (whatever the score)", " 1:runtime failure (a document could not be ingested, a query failed)",
                " 2:usage error (missing gold folder, unreadable gold JSON or aliases file)"})
final class EvaluateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand SignetCli cli;
    @Mixin DbOption db;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold annotations (*.json, one per article).")
    Path gold;

    @Option(names = "--docs", paramLabel = "DIR", description = "Articles to ingest into a temporary store and score (instead of --db).")
    Path docs;

    @Option(names = "--aliases", paramLabel = "FILE", description = "Name variants: canonical name TAB alias|alias|... per line.")
    Path aliases;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to this file as JSON.")
    Path json;

    @Option(names = {"-v", "--verbose"}, description = "List every missed and every false fact.")
    boolean verbose;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "Time limit of each query (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (docs != null && db.db != null)
            throw new ParameterException(spec.commandLine(), "give --docs (score these articles) or --db (score a store), not both");
        if (docs != null && !Files.exists(docs)) throw new ParameterException(spec.commandLine(), "no such documents folder: " + docs);
        GoldSet goldSet;
        Names names;
        try {
            goldSet = GoldSet.read(gold);
            names = aliases == null ? Names.none() : Names.load(aliases);
        } catch (GoldFormatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read the aliases file " + aliases + ": " + e);
        }
        Path queries = SignetHome.current().queries();
        if (!StoreRows.hasQueries(queries))
            throw new IllegalStateException("the named queries agreements, roles, part-of and events are not all in " + queries);
        StoreRows reader = new StoreRows(queries, timeout);

        SystemRows rows;
        if (docs != null) {
            try (FreshStore fresh = FreshStore.create()) {
                IngestReport report = new Ingester(fresh.store(), cli.pipeline(), err).ingest(List.of(docs));
                if (report.hasFailures()) {
                    err.println("signet: cannot score: " + report.failed().size() + " document(s) could not be ingested");
                    err.flush();
                    return SignetCli.FAILED;
                }
                rows = read(reader, fresh.store(), goldSet, err);
            }
        } else {
            try (Tdb2Store store = db.openExisting()) {
                rows = read(reader, store, goldSet, err);
            }
        }

        Score score = new Scorer(names).score(goldSet, rows);
        if (json != null) Files.writeString(json, score.toJson() + "\n", StandardCharsets.UTF_8);
        score.lines(verbose).forEach(out::println);
        out.flush();
        return SignetCli.OK;
    }

    /** Reads the rows, warning about annotated documents the store does not hold (they can only be misses). */
    private static SystemRows read(StoreRows reader, Tdb2Store store, GoldSet gold, PrintWriter err) throws IOException {
        Set<String> stored = store.graphNames().stream().map(EvaluateCommand::lastSegment).collect(Collectors.toSet());
        List<String> absent = gold.documents().keySet().stream().filter(k -> !stored.contains(k)).toList();
        if (!absent.isEmpty()) {
            err.println("signet: " + absent.size() + " annotated document(s) not in the store, scored as missed: " + String.join(", ", absent));
            err.flush();
        }
        return reader.read(store.dataset());
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1).replaceFirst("\\.(?:txt|md|html?|json)$", "");
    }
}
