package signet.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every web route needs to know: where to read the graph, how our IRIs map to paths, how
 * long a query may run, and when the graph last changed. One per server; immutable.
 *
 * @param source  the graph, through SPARQL
 * @param paths   our IRIs ↔ server paths
 * @param timeout the longest a page's queries may run together
 * @param version when the graph last changed, asked on each request: results of whole-graph
 *                scans (counts, lists sorted by count) are kept while it stays the same
 *                ({@link ScanCache}); empty = unknown, and nothing is kept
 */
public record Site(SparqlSource source, SitePaths paths, Duration timeout, Supplier<Optional<Instant>> version) {
    public Site {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(version, "version");
    }

    /** A site whose changes are unknown: every page is computed afresh. */
    public Site(SparqlSource source, SitePaths paths, Duration timeout) {
        this(source, paths, timeout, Optional::empty);
    }

    /** This site, its changes told by {@code version} (a store's last write time). */
    public Site changedAt(Supplier<Optional<Instant>> version) {
        return new Site(source, paths, timeout, version);
    }
}
