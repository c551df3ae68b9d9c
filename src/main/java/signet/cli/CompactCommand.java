package signet.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import signet.store.Tdb2Store;

@Command(name = "compact", mixinStandardHelpOptions = true,
        header = "Compact the store, reclaiming the space of replaced graphs.",
        description = {"TDB2 only appends: every re-ingested document leaves its old graph's space behind. Compaction "
                + "writes a new generation with the live data and deletes the old one. Run it when no server holds the store."})
final class CompactCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Override
    public Integer call() {
        try (Tdb2Store store = db.openExisting()) {
            long quads = store.size();
            long[] sizes = store.compact();
            if (store.size() != quads) throw new IllegalStateException("compaction changed the store: " + quads + " quads before, " + store.size() + " after");
            spec.commandLine().getOut().printf(Locale.ROOT, "signet: compacted %s: %.1f MB -> %.1f MB (%,d quads)%n",
                    db.dir(), sizes[0] / 1e6, sizes[1] / 1e6, quads);
        }
        return SignetCli.OK;
    }
}
