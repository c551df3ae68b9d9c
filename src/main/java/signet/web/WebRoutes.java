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
}
