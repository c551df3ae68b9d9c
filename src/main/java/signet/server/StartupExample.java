package signet.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import signet.web.SparqlSource;

/**
 * The example request {@code serve} prints when it starts: a complete curl line that answers
 * something on <em>this</em> store. It names the organization with the most signed agreements
 * (among a bounded sample, so a huge store does not delay the start), asked through the
 * {@code signed-with} named query; a store with no signed agreement gets the {@code agreements}
 * listing instead, and a server without those queries a plain SPARQL query.
 */
public final class StartupExample {
    private StartupExample() {}

    /** Signed agreements looked at to pick the organization: enough to find a well-connected one, quick on any store. */
    static final int SAMPLE = 10_000;

    /**
     * The organization party to the most signed, unretracted agreements that have another party
     * (so {@code signed-with} has a partner to list), by its preferred name. A merged-away
     * organization is skipped: its canonical one answers for it.
     */
    static final Query BUSIEST_ORGANIZATION = QueryFactory.create("""
            PREFIX sig:  <https://w3id.org/signet/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?org (MIN(?label) AS ?name) (COUNT(DISTINCT ?a) AS ?n) WHERE {
              { SELECT DISTINCT ?a WHERE { ?a sig:status sig:Signed } LIMIT %d }
              ?a sig:party ?org , ?other .
              FILTER(?other != ?org)
              FILTER NOT EXISTS { ?retraction sig:retracts ?a }
              FILTER NOT EXISTS { ?org sig:mergedInto ?canonical }
              ?org skos:prefLabel ?label .
            } GROUP BY ?org ORDER BY DESC(?n) ?name ?org LIMIT 1""".formatted(SAMPLE));

    /**
     * The curl line for a server whose named queries are {@code named}, reading the graph through
     * {@code source}. Never fails: when the graph cannot be asked, the example that needs no
     * name is given.
     */
    public static String curl(SignetServer server, NamedQueryRoute named, SparqlSource source) {
        String csv = " -H 'Accept: text/csv'";
        String queries = server.baseUrl() + NamedQueryRoute.PATH + "/";
        Optional<String> org = named.query("signed-with").isPresent() ? busiestOrganization(source) : Optional.empty();
        if (org.isPresent())
            return "curl -s '" + queries + "signed-with?org=" + URLEncoder.encode(org.get(), StandardCharsets.UTF_8) + "'" + csv;
        if (named.query("agreements").isPresent()) return "curl -s '" + queries + "agreements'" + csv;
        return "curl -s " + server.sparqlUrl() + " --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 10'" + csv;
    }

    /** The name of the organization with the most signed agreements, if the graph has one. */
    static Optional<String> busiestOrganization(SparqlSource source) {
        try {
            List<QuerySolution> rows = source.select(BUSIEST_ORGANIZATION);
            return rows.stream().filter(r -> r.contains("name")).map(r -> r.getLiteral("name").getLexicalForm()).findFirst();
        } catch (RuntimeException e) {
            // a remote endpoint that does not answer yet, a time-out: the example is only a hint
            return Optional.empty();
        }
    }
}
