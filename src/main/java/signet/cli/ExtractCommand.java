package signet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import signet.doc.Article;
import signet.doc.DocumentException;
import signet.fact.AgreementFact;
import signet.fact.DateValue;
import signet.fact.Entity;
import signet.fact.EventFact;
import signet.fact.ExtractionResult;
import signet.fact.Fact;
import signet.fact.PartOfFact;
import signet.fact.PostFact;
import signet.ingest.Pipeline;

/**
 * Shows what Signet reads from articles without storing anything: one line per fact with its rule
 * and confidence, so a researcher (or a rule writer) can check an article before ingesting it.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Print the facts read from articles, without storing them.",
        description = {"One line per fact: agreements (status, kind, parties, date with its basis, place), posts, "
                + "part-of and events, each with the rule that read it and its confidence."})
final class ExtractCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand SignetCli cli;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.txt, .md, .html).")
    List<Path> files;

    @picocli.CommandLine.Option(names = "--time", paramLabel = "N",
            description = "After printing, extract every file N more times and report the median time per article (reading excluded).")
    int timeRounds;

    @picocli.CommandLine.Option(names = "--forms", description = "Also print each sentence as the rules see it (mentions as ORG_n, PER_n, TTL_n ...).")
    boolean forms;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline p = cli.pipeline();
        int code = SignetCli.OK;
        for (Path f : files) {
            try {
                Article a = p.reader().read(f);
                ExtractionResult r = p.extractor().extract(a);
                out.println("== " + a.fileName() + "  published " + a.published().map(Object::toString).orElse("?")
                        + "  dateline " + a.dateline().orElse("-"));
                if (forms && p.extractor() instanceof signet.extract.RuleExtractor rx)
                    rx.abstractForms(a).forEach(form -> out.println("  | " + form));
                for (Fact fact : r.facts()) out.println(line(fact));
                for (String w : r.warnings()) out.println("  warning: " + w);
                r.evidenceNote().ifPresent(n -> out.println("  note: " + n));
            } catch (DocumentException e) {
                err.println("signet: " + e.getMessage());
                code = SignetCli.FAILED;
            }
        }
        if (timeRounds > 0) out.println(timing(p, timeRounds));
        out.flush();
        return code;
    }

    /** Median wall time of extraction per article over {@code rounds} rounds, after one warm-up round. */
    private String timing(Pipeline p, int rounds) {
        List<Article> articles = new java.util.ArrayList<>();
        for (Path f : files) {
            try {
                articles.add(p.reader().read(f));
            } catch (DocumentException e) {
                // reported above
            }
        }
        if (articles.isEmpty()) return "timing: no readable article";
        articles.forEach(a -> p.extractor().extract(a));
        long[] perRound = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (Article a : articles) p.extractor().extract(a);
            perRound[r] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(perRound);
        double median = perRound[rounds / 2] / 1e6 / articles.size();
        double min = perRound[0] / 1e6 / articles.size(), max = perRound[rounds - 1] / 1e6 / articles.size();
        return String.format(java.util.Locale.ROOT, "timing: %d articles x %d rounds, extraction per article: median %.2f ms, min %.2f ms, max %.2f ms (one thread)",
                articles.size(), rounds, median, min, max);
    }

    static String line(Fact f) {
        String how = f.evidence().stream().map(e -> e.rule() + " " + e.confidence()).distinct().collect(Collectors.joining(", "));
        String what = switch (f) {
            case AgreementFact a -> "agreement " + a.status().name().toLowerCase() + " " + a.kindLabel() + " " + names(a.parties())
                    + " date " + date(a.date().orElse(null)) + " place " + a.place().map(Entity::name).orElse("-")
                    + (a.signatories().isEmpty() ? "" : " signed by " + a.signatories().stream().map(s -> s.person().name()).toList())
                    + (a.witnesses().isEmpty() ? "" : " witnesses " + names(a.witnesses()));
            case PostFact p -> "post " + p.person().name() + " | " + p.title() + " | " + p.organization().name();
            case PartOfFact p -> "part-of " + p.child().name() + " < " + p.parent().name();
            case EventFact e -> "event " + e.kindLabel() + " " + names(e.organizers()) + names(e.participants())
                    + " date " + date(e.date().orElse(null)) + " place " + e.place().map(Entity::name).orElse("-")
                    + (e.works().isEmpty() ? "" : " works " + names(e.works()));
        };
        return "  " + what + "   [" + how + "]";
    }

    private static String names(List<Entity> es) { return es.stream().map(Entity::name).toList().toString(); }

    private static String date(DateValue d) {
        return d == null ? "-" : d.date().lexical() + " (" + d.basis().name().toLowerCase() + ")";
    }
}
