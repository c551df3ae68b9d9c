package signet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import signet.server.Route;
import signet.server.SignetServer;

/**
 * {@code GET /.well-known/void}: the dataset described in VoID and DCAT (RFC 8615 well-known
 * address, VoID §7.2): size (triples, entities, entities per class, triples per property), the
 * vocabularies used (the namespaces of the properties and classes in the graph), the SPARQL
 * endpoint, the dumps, example resources, the URI space and the licence.
 *
 * <p>Counted by SPARQL over the union graph, once per change of the store ({@link ScanCache}). The last ingest time ({@code dcterms:modified})
 * comes from the store ({@link signet.store.SignetStore#lastModified}), not from the graph: a
 * timestamp in the graph would make two ingests of the same articles differ. Turtle by default; JSON-LD, N-Triples, RDF/XML, or an HTML
 * rendering for a browser.
 */
public final class VoidRoute implements Route {
    public static final String PATH = "/.well-known/void";
    /** The licence of the graph. The article texts quoted in it stay under their publishers' terms. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    static final String RIGHTS = "The graph (entities, extracted facts, their structure) is published under CC BY 4.0. "
            + "The article texts and quoted sentences it contains (schema:text, oa:exact) remain under their publishers' terms.";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private static final String PREFIXES = """
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX sig:  <https://w3id.org/signet/ontology#>
            """;
    private static final Query TRIPLES = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    private static final Query ENTITIES = QueryFactory.create(
            "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base)) }");
    private static final Query SUBJECTS = QueryFactory.create("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }");
    private static final Query OBJECTS = QueryFactory.create("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }");
    private static final Query CLASSES = QueryFactory.create(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c");
    private static final Query PROPERTIES = QueryFactory.create(
            "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p");
    private static final Query EXAMPLES = QueryFactory.create(PREFIXES + """
            SELECT ?s WHERE {
              { SELECT ?s WHERE { ?s a org:Organization } ORDER BY ?s LIMIT 2 }
              UNION
              { SELECT ?s WHERE { ?s a sig:Agreement } ORDER BY ?s LIMIT 1 }
            }""");

    private final Site site;
    private final Supplier<Optional<Instant>> lastModified;
    private final JsonLdStreamWriter jsonLd = new JsonLdStreamWriter(JsonLdContext.bundled());
    /** The description by server address: its counts read every triple. */
    private final ScanCache<String, Model> descriptions;

    /** A description with no last-modified time (a source that cannot tell). */
    public VoidRoute(Site site) {
        this(site, Optional::empty);
    }

    /** @param lastModified when the data last changed (asked on every request) */
    public VoidRoute(Site site, Supplier<Optional<Instant>> lastModified) {
        this.site = Objects.requireNonNull(site, "site");
        this.lastModified = Objects.requireNonNull(lastModified, "lastModified");
        this.descriptions = new ScanCache<>(site.version(), 16);
    }

    @Override
    public void install(FusekiServer.Builder b) {
        b.addServlet(PATH, Route.get(this::serve));
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Accept accept = Accept.parse(req.getHeader("Accept"));
        boolean wantsHtml = RdfMedia.prefersHtml(accept);
        Optional<RdfMedia> media = RdfMedia.choose(accept);
        if (!wantsHtml && media.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            resp.setHeader("Content-Type", "text/plain; charset=utf-8");
            resp.getOutputStream().write(("Available: text/html, " + String.join(", ", RdfMedia.mediaTypes()) + "\n").getBytes());
            return;
        }
        String server = LinkedDataRoute.absolute(req, "");
        // a copy per request: the kept model is shared between requests and must not be written
        Model kept = descriptions.get(server, () -> describe(server));
        Model m = ModelFactory.createDefaultModel().add(kept).setNsPrefixes(kept.getNsPrefixMap());
        if (wantsHtml) {
            Html.send(resp, 200, html(m.getResource(datasetIri(server))));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (media.get() == RdfMedia.JSON_LD) jsonLd.write(m.getGraph(), out, server + JsonLdContext.PATH);
        else RDFDataMgr.write(out, m, media.get().format());
        resp.setStatus(200);
        resp.setHeader("Content-Type", media.get().contentType());
        resp.setContentLength(out.size());
        out.writeTo(resp.getOutputStream());
    }

    /** The IRI of the dataset the description is about, for a server reached at {@code server}. */
    public static String datasetIri(String server) { return server + PATH + "#dataset"; }

    /** The description, for a server reached at {@code server} ({@code http://host:port}). */
    public Model describe(String server) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard(site.paths().base()));
        SparqlSource src = site.source();
        String base = site.paths().base();
        Resource ds = m.createResource(datasetIri(server))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "Signet")
                .addProperty(DCTerms.description, "Agreements, posts, part-of relations and events between organizations, "
                        + "extracted from news articles; every fact links to the sentence that states it.")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(DCTerms.rights, RIGHTS)
                .addProperty(VOID.uriSpace, base)
                .addProperty(VOID.sparqlEndpoint, m.createResource(server + SignetServer.DATASET + "/sparql"))
                .addProperty(DCAT.landingPage, m.createResource(server + "/"));
        lastModified.get().ifPresent(t -> ds.addLiteral(DCTerms.modified,
                m.createTypedLiteral(t.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime)));
        ds.addLiteral(VOID.triples, count(src.select(TRIPLES)));
        ds.addLiteral(VOID.entities, count(src.select(QueryTransformOps.replaceVars(ENTITIES,
                Map.of(Var.alloc("base"), NodeFactory.createLiteralString(base))))));
        ds.addLiteral(VOID.distinctSubjects, count(src.select(SUBJECTS)));
        ds.addLiteral(VOID.distinctObjects, count(src.select(OBJECTS)));

        TreeSet<String> vocabularies = new TreeSet<>();
        List<QuerySolution> classes = src.select(CLASSES);
        ds.addLiteral(VOID.classes, (long) classes.size());
        for (QuerySolution row : classes) {
            Resource c = row.getResource("c");
            ds.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, c)
                    .addLiteral(VOID.entities, row.getLiteral("n").getLong()));
            namespace(c.getURI(), base).ifPresent(vocabularies::add);
        }
        List<QuerySolution> properties = src.select(PROPERTIES);
        ds.addLiteral(VOID.properties, (long) properties.size());
        for (QuerySolution row : properties) {
            Resource p = row.getResource("p");
            ds.addProperty(VOID.propertyPartition, m.createResource()
                    .addProperty(VOID.property, p)
                    .addLiteral(VOID.triples, row.getLiteral("n").getLong()));
            namespace(p.getURI(), base).ifPresent(vocabularies::add);
        }
        vocabularies.forEach(v -> ds.addProperty(VOID.vocabulary, m.createResource(v)));
        src.select(EXAMPLES).forEach(row -> ds.addProperty(VOID.exampleResource, row.getResource("s")));

        for (Dumps.Format f : Dumps.Format.values()) {
            Resource url = m.createResource(server + DumpRoute.PATH + f.fileName());
            ds.addProperty(VOID.dataDump, url);
            Resource dist = m.createResource()
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, f.fileName())
                    .addProperty(DCTerms.description, f.description())
                    .addProperty(DCAT.downloadURL, url)
                    .addProperty(DCAT.mediaType, m.createResource(IANA + f.mediaType()));
            if (f.gzip()) dist.addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"));
            ds.addProperty(DCAT.distribution, dist);
        }
        Resource service = m.createResource(server + SignetServer.DATASET + "/sparql#service")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "Signet SPARQL endpoint (read-only)")
                .addProperty(DCAT.endpointURL, m.createResource(server + SignetServer.DATASET + "/sparql"))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCAT.servesDataset, ds);
        ds.addProperty(DCAT.distribution, m.createResource()
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "SPARQL endpoint")
                .addProperty(DCAT.accessURL, m.createResource(server + SignetServer.DATASET + "/sparql"))
                .addProperty(DCAT.accessService, service));
        return m;
    }

    /** The same description for a reader: the figures, what is in it, where to get it. */
    private String html(Resource ds) {
        SitePaths paths = site.paths();
        StringBuilder b = new StringBuilder("<h1>About the data</h1><p>")
                .append(Html.esc(ds.getProperty(DCTerms.description).getString())).append("</p>")
                .append("<p>Machine-readable: ").append(Html.link(PATH, "VoID/DCAT in Turtle")).append(" (also JSON-LD, N-Triples, RDF/XML by content negotiation).</p>")
                .append("<h2>Size</h2><div class=\"table-wrap\"><table><tbody>");
        for (var p : List.of(VOID.triples, VOID.entities, VOID.distinctSubjects, VOID.distinctObjects, VOID.classes, VOID.properties))
            b.append("<tr><th>").append(Html.esc(p.getLocalName())).append("</th><td>")
                    .append(ds.getProperty(p).getLong()).append("</td></tr>");
        b.append("</tbody></table></div><h2 id=\"classes\">Entities per class</h2><div class=\"table-wrap\"><table><thead><tr><th>Class</th><th>Entities</th></tr></thead><tbody>");
        ds.listProperties(VOID.classPartition).toList().stream()
                .map(st -> st.getResource())
                .sorted(java.util.Comparator.comparing(r -> r.getPropertyResourceValue(VOID._class).getURI()))
                .forEach(part -> b.append("<tr><td>").append(Html.link(part.getPropertyResourceValue(VOID._class).getURI(),
                                ds.getModel().shortForm(part.getPropertyResourceValue(VOID._class).getURI())))
                        .append("</td><td>").append(part.getProperty(VOID.entities).getLong()).append("</td></tr>"));
        b.append("</tbody></table></div><h2>Vocabularies</h2><ul>");
        ds.listProperties(VOID.vocabulary).forEach(st -> b.append("<li>").append(Html.link(st.getResource().getURI(), st.getResource().getURI())).append("</li>"));
        b.append("</ul><h2>Access</h2><ul><li>SPARQL endpoint: ")
                .append(Html.link(ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI(), ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI()))
                .append("</li>");
        ds.listProperties(VOID.dataDump).forEach(st -> b.append("<li>Dump: ").append(Html.link(st.getResource().getURI(), st.getResource().getURI())).append("</li>"));
        b.append("<li>IRIs under ").append(Html.esc(paths.base())).append(" resolve at ").append(Html.esc(SitePaths.ID)).append("…</li></ul><h2>Examples</h2><ul>");
        ds.listProperties(VOID.exampleResource).forEach(st -> b.append("<li>").append(Html.link(paths.pageHref(st.getResource().getURI()), st.getResource().getURI())).append("</li>"));
        b.append("</ul><h2>Licence</h2><p>").append(Html.link(LICENSE, "CC BY 4.0")).append(". ").append(Html.esc(RIGHTS)).append("</p>");
        return Html.page("About the data", "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + PATH + "\">", b.toString());
    }

    private static long count(List<QuerySolution> rows) {
        if (rows.isEmpty()) return 0;
        RDFNode n = rows.get(0).get("n");
        return n instanceof Literal l ? l.getLong() : 0;
    }

    /** The namespace of a term: up to its last '#' or '/'; our own minted IRIs are not a vocabulary. */
    static Optional<String> namespace(String iri, String base) {
        if (iri == null || iri.startsWith(base)) return Optional.empty();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut > 0 && cut < iri.length() - 1 ? Optional.of(iri.substring(0, cut + 1)) : Optional.empty();
    }
}
