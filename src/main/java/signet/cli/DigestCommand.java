package signet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import signet.store.StoreDigest;
import signet.store.Tdb2Store;

@Command(name = "digest", mixinStandardHelpOptions = true,
        header = "Print a digest of the store's content: graphs, quads and a SHA-256 independent of write order.",
        description = {"Two stores print the same line exactly when they hold the same quads in the same named graphs. "
                + "With --graphs FILE, one line per graph (IRI, triples, SHA-256) is written too, to compare stores graph by graph."})
final class DigestCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--graphs", paramLabel = "FILE", description = "Also write one tab-separated line per graph: IRI, triples, SHA-256.")
    Path graphsFile;

    @Override
    public Integer call() {
        StoreDigest d;
        try (Tdb2Store store = db.openExisting()) {
            d = StoreDigest.of(store.dataset().asDatasetGraph());
        }
        if (graphsFile != null) {
            StringBuilder b = new StringBuilder();
            d.graphs().forEach((iri, g) -> b.append(iri).append('\t').append(g.triples()).append('\t').append(g.sha256()).append('\n'));
            try {
                Files.writeString(graphsFile, b, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + graphsFile + ": " + e.getMessage(), e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "graphs %d quads %d sha256 %s%n", d.graphs().size(), d.quads(), d.sha256());
        out.flush();
        return SignetCli.OK;
    }
}
