package signet.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import signet.web.Accept;
import signet.web.LinkedDataRoute;
import signet.web.RdfMedia;
import signet.web.VoidRoute;

/**
 * A SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/) at the
 * query endpoints: "a service description document at the service endpoint when dereferenced
 * using the HTTP GET operation without any query parameter". So {@code GET /signet/sparql} with
 * no query, which the home page links to, says what the endpoint is (Turtle by default; JSON-LD,
 * RDF/XML or N-Triples by {@code Accept}) instead of Fuseki's 404, and a browser asking for HTML
 * is sent (303) to the query page, where a person can write one.
 *
 * <p>A filter in front of the endpoints, because Fuseki answers a query-less GET inside its own
 * servlet. It decides on the decoded path the server routes ({@code getServletPath() +
 * getPathInfo()}), not the raw URI, so {@code /signet/spar%71l} is the endpoint too. On the
 * dataset URL (which also serves the Graph Store Protocol) a {@code graph} or {@code default}
 * parameter is a graph read and passes on. Every other request (a query, a POST) passes on
 * unchanged.
 *
 * @param endpoints the decoded paths that are query endpoints ({@code /signet/sparql}, ...)
 * @param gspPaths  those of them that also read graphs with {@code ?graph=} / {@code ?default}
 * @param comment   what a reader should know about the service (read-only, limits), as plain text
 */
record ServiceDescription(Set<String> endpoints, Set<String> gspPaths, String comment) implements Filter {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** Where a browser is sent: the query page. */
    static final String QUERY_PAGE = "/query";

    /**
     * The result formats the endpoint serves (W3C format IRIs): the four SPARQL result formats
     * for SELECT and ASK, the RDF syntaxes for CONSTRUCT and DESCRIBE.
     */
    static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD");

    ServiceDescription {
        endpoints = Set.copyOf(endpoints);
        gspPaths = Set.copyOf(gspPaths);
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp && describes(req)) {
            answer(req, resp);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A GET or HEAD of an endpoint with no query (and, where graphs are read too, no graph asked for). */
    boolean describes(HttpServletRequest req) {
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) return false;
        String path = req.getServletPath() + Objects.toString(req.getPathInfo(), "");
        if (!endpoints.contains(path)) return false;
        if (req.getParameter("query") != null) return false;
        return !gspPaths.contains(path) || (req.getParameter("graph") == null && req.getParameter("default") == null);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Accept accept = Accept.parse(req.getHeader("Accept"));
        if (RdfMedia.prefersHtml(accept)) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", QUERY_PAGE);
            text(resp, req, "This is a SPARQL endpoint: send ?query=SPARQL, or write one at " + QUERY_PAGE + "\n");
            return;
        }
        Optional<RdfMedia> media = RdfMedia.choose(accept);
        if (media.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            text(resp, req, "The service description is available as text/html (the query page), "
                    + String.join(", ", RdfMedia.mediaTypes()) + "\n");
            return;
        }
        String server = LinkedDataRoute.absolute(req, "");
        String path = req.getServletPath() + Objects.toString(req.getPathInfo(), "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, describe(server, path), media.get().format());
        resp.setStatus(200);
        // setHeader, not setContentType: the container would add a charset to JSON-LD
        resp.setHeader("Content-Type", media.get().contentType());
        resp.setContentLength(out.size());
        if (!req.getMethod().equals("HEAD")) out.writeTo(resp.getOutputStream());
    }

    /** The description of the endpoint at {@code server + path}. */
    Model describe(String server, String path) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("void", VOID.NS)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("rdfs", RDFS.uri);
        String endpoint = server + path;
        String voidDoc = server + VoidRoute.PATH;
        Resource dataset = m.createResource(VoidRoute.datasetIri(server))
                .addProperty(RDF.type, sd("Dataset"))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(sdp("defaultGraph"), m.createResource()
                        .addProperty(RDF.type, sd("Graph"))
                        .addProperty(RDFS.comment, "The union of the named graphs: one graph per document, holding what was read from it."))
                .addProperty(RDFS.seeAlso, m.createResource(voidDoc));
        Resource service = m.createResource(endpoint + "#service")
                .addProperty(RDF.type, sd("Service"))
                .addProperty(sdp("endpoint"), m.createResource(endpoint))
                .addProperty(sdp("supportedLanguage"), sd("SPARQL11Query"))
                .addProperty(sdp("feature"), sd("UnionDefaultGraph"))
                .addProperty(sdp("defaultEntailmentRegime"), m.createResource("http://www.w3.org/ns/entailment/Simple"))
                .addProperty(sdp("defaultDataset"), dataset)
                .addProperty(DCTerms.title, "Signet SPARQL endpoint")
                .addProperty(RDFS.comment, comment)
                .addProperty(RDFS.seeAlso, m.createResource(voidDoc));
        // no sd:extensionFunction, sd:languageExtension or sd:BasicFederatedQuery: none is offered (SERVICE is refused)
        for (String f : RESULT_FORMATS) service.addProperty(sdp("resultFormat"), m.createResource(FORMATS + f));
        return m;
    }

    private static Resource sd(String local) { return ResourceFactory.createResource(SD + local); }

    private static Property sdp(String local) { return ResourceFactory.createProperty(SD, local); }

    private static void text(HttpServletResponse resp, HttpServletRequest req, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setHeader("Content-Type", "text/plain; charset=utf-8");
        resp.setContentLength(bytes.length);
        if (!req.getMethod().equals("HEAD")) resp.getOutputStream().write(bytes);
    }
}
