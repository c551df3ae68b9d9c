package signet.web;

import java.time.Duration;
import java.util.Objects;

/**
 * What every web route needs to know: where to read the graph, how our IRIs map to paths, and
 * how long a query may run. One per server; immutable.
 *
 * @param source  the graph, through SPARQL
 * @param paths   our IRIs ↔ server paths
 * @param timeout the longest a page's queries may run together
 */
public record Site(SparqlSource source, SitePaths paths, Duration timeout) {
    public Site {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(timeout, "timeout");
    }
}
