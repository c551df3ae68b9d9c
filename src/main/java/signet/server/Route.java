package signet.server;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Something the server serves besides the SPARQL dataset: a page, a dump, a description.
 * Each is its own class installed on the Fuseki builder, so adding one never means editing
 * {@link SignetServer}.
 */
@FunctionalInterface
public interface Route {
    /** Adds servlets, filters or endpoints to the server being built. */
    void install(FusekiServer.Builder builder);
}
