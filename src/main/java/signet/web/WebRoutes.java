package signet.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import signet.server.Route;

/**
 * Every web route of {@code serve}, in one list, so the command and the tests serve the same site:
 * home, pages, linked data, query page, dumps and dataset description.
 */
public final class WebRoutes {
    private WebRoutes() {}

    /**
     * @param site         the graph and our IRIs
     * @param queries      the folder of named queries offered on the query page
     * @param dataset      the local dataset the dumps stream from
     * @param lastModified the store's last write time, for the dataset description
     */
    public static List<Route> standard(Site site, Path queries, Dataset dataset, Supplier<Optional<Instant>> lastModified) {
        return List.of(
                new HomeRoute(site),
                new PageRoute(site),
                new LinkedDataRoute(site),
                QueryPageRoute.fromFolder(site, queries),
                new DumpRoute(site, dataset),
                new VoidRoute(site, lastModified));
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
        return List.of(
                new HomeRoute(site),
                new PageRoute(site),
                new LinkedDataRoute(site),
                QueryPageRoute.fromFolder(site, queries),
                DumpRoute.withoutDumps(site, "Dumps are not available with --remote: this server reads the graph from "
                        + endpoint + "; download it from that store (Graph Store Protocol) instead."),
                new VoidRoute(site));
    }
}
