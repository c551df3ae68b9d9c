package signet.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one ingest run.
 *
 * @param added     documents whose graph did not exist before
 * @param replaced  documents whose graph was rebuilt because the file or the extractor changed
 * @param unchanged documents skipped because their fingerprint was unchanged
 * @param failed    files that could not be ingested, with the reason; the others went on
 * @param skipped   files passed over (hidden, or not .txt/.md/.html)
 * @param facts     facts extracted from the added and replaced documents, by kind
 * @param triples   quads written for the added and replaced documents
 * @param elapsed   wall-clock time of the run
 */
public record IngestReport(int added, int replaced, int unchanged, List<Failure> failed, int skipped,
                           FactCounts facts, long triples, Duration elapsed) {

    /**
     * A file that could not be ingested.
     *
     * @param conflict true when the file was refused because the store holds a document of its id
     *                 read from another source (see {@link signet.doc.DocumentIds}), not because it is unreadable
     */
    public record Failure(Path file, String reason, boolean conflict) {
        public Failure(Path file, String reason) { this(file, reason, false); }

        /** The stderr line: {@code signet: FILE: reason}. */
        public String message() { return "signet: " + file + ": " + reason; }
    }

    public IngestReport {
        failed = List.copyOf(failed);
        java.util.Objects.requireNonNull(facts, "facts");
    }

    public boolean hasFailures() { return !failed.isEmpty(); }

    /** Documents read successfully (added + replaced + unchanged). */
    public int documents() { return added + replaced + unchanged; }

    /** Documents per second over the whole run (read, extracted and stored or found unchanged). */
    public double articlesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : (documents() + failed.size()) / s;
    }

    /**
     * For humans, two lines, e.g.
     * <pre>
     * signet: 3 documents (2 added, 1 replaced, 0 unchanged), 0 failed; 25 facts, 380 triples in 1.2 s (2.5 articles/s)
     * signet: facts: 10 agreements, 5 posts, 3 part-of, 7 events; 380 quads written (316 quads/s)
     * </pre>
     */
    public String summary() {
        double s = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return String.format(Locale.ROOT, "signet: %,d document%s (%,d added, %,d replaced, %,d unchanged), %,d failed%s; %,d facts, %,d triples in %.1f s (%,.1f articles/s)%n"
                        + "signet: facts: %s; %,d quads written (%,.0f quads/s)",
                documents(), documents() == 1 ? "" : "s", added, replaced, unchanged, failed.size(),
                skipped == 0 ? "" : ", " + skipped + " skipped", facts.total(), triples, elapsed.toMillis() / 1000.0,
                articlesPerSecond(), facts, triples, triples / s);
    }
}
