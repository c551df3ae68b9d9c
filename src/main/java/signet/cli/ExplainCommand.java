package signet.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import signet.curation.FactExplainer;
import signet.store.Tdb2Store;

@Command(name = "explain", mixinStandardHelpOptions = true,
        header = "Show why the graph holds a fact: its evidence sentences, rules, confidence, curation and retraction.",
        description = {"IRI is a fact's IRI, as the named queries return it (agreement, post, part-of statement or event), "
                + "with or without <angle brackets>.",
                "Exit code 1 when the store holds no such fact."})
final class ExplainCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Parameters(paramLabel = "IRI", description = "The fact's IRI.")
    String iri;

    @Override
    public Integer call() {
        String fact = iri.strip();
        if (fact.startsWith("<") && fact.endsWith(">")) fact = fact.substring(1, fact.length() - 1);
        try (Tdb2Store store = db.openExisting()) {
            Optional<FactExplainer.Explanation> e = new FactExplainer(store.dataset()).explain(fact);
            if (e.isEmpty()) {
                spec.commandLine().getErr().println("signet: no fact <" + fact + "> in the store " + db.dir()
                        + " (fact IRIs are listed by the named queries, e.g. signet query agreements)");
                spec.commandLine().getErr().flush();
                return SignetCli.FAILED;
            }
            e.get().print(spec.commandLine().getOut());
            return SignetCli.OK;
        }
    }
}
