package signet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import signet.curation.CurationException;
import signet.curation.CurationLoader;
import signet.curation.CurationReport;
import signet.graph.Iris;
import signet.store.SignetStore;

/** The {@code --curation DIR} option of the commands that load curations (ingest, serve), and the loading itself. */
final class CurationOption {

    @Option(names = "--curation", paramLabel = "DIR",
            description = "Folder of curation files (*.ttl: added facts, retractions, merges) loaded into the store's "
                    + "curation graph (default: the project's data/curation/).")
    Path curation;

    Path dir() {
        return curation != null ? curation : SignetHome.current().dir().resolve("data").resolve("curation");
    }

    /**
     * Brings the store's curation graph up to date; prints a summary and any warning.
     *
     * @return false when a curation file could not be used (reported as {@code signet: FILE:LINE:COL: reason};
     *         the stored curation graph is then left as it was)
     */
    boolean load(SignetStore store, Iris iris, PrintWriter out, PrintWriter err) {
        try {
            CurationReport report = new CurationLoader(iris).sync(store, dir());
            if (report.outcome() != CurationReport.Outcome.NONE || report.files() > 0) out.println(report.summary());
            for (String w : report.warnings()) err.println("signet: curation warning: " + w);
            return true;
        } catch (CurationException e) {
            err.println("signet: " + e.getMessage());
            err.println("signet: the curations stored before are kept; fix the file and run again");
            return false;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
