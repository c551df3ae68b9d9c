package signet.curation;

import java.util.List;
import java.util.Locale;

/**
 * What a {@link CurationLoader#sync} did to the store's curation graph.
 *
 * @param outcome     loaded, unchanged, removed (no curations any more), or none (no curations, no curation graph)
 * @param files       curation files read
 * @param facts       curated facts
 * @param retractions retracted fact IRIs
 * @param merges      entity IRIs merged into another
 * @param warnings    curations that point at IRIs the store does not hold (a typo, or a fact not yet ingested)
 */
public record CurationReport(Outcome outcome, int files, int facts, int retractions, int merges, List<String> warnings) {

    public enum Outcome { LOADED, UNCHANGED, REMOVED, NONE }

    public CurationReport {
        warnings = List.copyOf(warnings);
    }

    /** One line for humans, e.g. {@code signet: curation: 2 files loaded (1 fact, 1 retraction, 0 merges)}. */
    public String summary() {
        return switch (outcome) {
            case NONE -> files == 0 ? "signet: curation: no curation files"
                    : "signet: curation: " + files + " file" + (files == 1 ? "" : "s") + ", no curation in " + (files == 1 ? "it" : "them");
            case REMOVED -> "signet: curation: no curations any more; the curation graph was removed";
            case LOADED, UNCHANGED -> String.format(Locale.ROOT, "signet: curation: %d file%s %s (%d fact%s, %d retraction%s, %d merge%s)",
                    files, files == 1 ? "" : "s", outcome == Outcome.LOADED ? "loaded" : "unchanged",
                    facts, facts == 1 ? "" : "s", retractions, retractions == 1 ? "" : "s", merges, merges == 1 ? "" : "s");
        };
    }
}
