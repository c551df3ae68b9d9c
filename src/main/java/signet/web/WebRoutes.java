package signet.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import signet.server.Route;

/**
 * Every web route of {@code serve}, in one list, so the command and the tests serve the same site:
 * home, pages, linked data, query page, dumps, dataset description and health check.
 */
public final class WebRoutes {
    /** How long a remote graph's counts and lists are kept: the remote does not say when it changes. */
    public static final Duration REMOTE_RESCAN = Duration.ofMinutes(1);

    private WebRoutes() {}

    /** A version that changes every {@code period}: the start of the current period. */
    static Supplier<Optional<Instant>> every(Duration period) {
        long ms = period.toMillis();
        return () -> Optional.of(Instant.ofEpochMilli(System.currentTimeMillis() / ms * ms));
    }

    /**
     * @param site         the graph and our IRIs
     * @param queries      the folder of named queries offered on the query page
     * @param dataset      the local dataset the dumps stream from
     * @param lastModified the store's last write time, for the dataset description
     */
    public static List<Route> standard(Site site, Path queries, Dataset dataset, Supplier<Optional<Instant>> lastModified) {
        // whole-graph scans (counts, lists by count) are kept until the store's next write
        site = site.changedAt(lastModified);
        return List.of(
                new HomeRoute(site),
                new PageRoute(site),
                new LinkedDataRoute(site),
                QueryPageRoute.fromFolder(site, queries),
                new DumpRoute(site, dataset),
                new VoidRoute(site, lastModified),
                new HealthRoute(site));
    }

    /**
     * The routes of {@code serve --remote}: the same pages, linked data, query page and dataset
     * description, read from the remote endpoint through {@code site}'s source; no dumps (501:
     * a dump would have to pull the whole remote graph through this server) and no last-modified
     * time (the remote endpoint does not tell).
     *
     * @param endpoint the remote endpoint's URL, named in the dumps' 501 message
     */
    public static List<Route> remote(Site site, Path queries, String endpoint) {
        // the remote store does not say when it changed: whole-graph scans are kept a minute
        site = site.changedAt(every(REMOTE_RESCAN));
        return List.of(
                new HomeRoute(site),
                new PageRoute(site),
                new LinkedDataRoute(site),
                QueryPageRoute.fromFolder(site, queries),
                DumpRoute.withoutDumps(site, "Dumps are not available with --remote: this server reads the graph from "
                        + endpoint + "; download it from that store (Graph Store Protocol) instead."),
                new VoidRoute(site),
                new HealthRoute(site));
    }
}
