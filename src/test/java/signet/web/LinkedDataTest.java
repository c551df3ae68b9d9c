package signet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.jsonld.TitaniumJsonLdOptions;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.graph.Iris;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.server.SignetServer;
import signet.store.Tdb2Store;

/**
 * Dereferenceable IRIs, dumps and the dataset description on a real server: the bundled articles
 * are ingested under a base that is not the default one (as a published copy would), into a TDB2
 * store in a temporary folder, served on a free port, and read over HTTP with redirects not
 * followed, so every 303 is seen as such.
 */
class LinkedDataTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final String BASE = "https://example.org/signet/id/";
    static final String GAZPROM = "org/gazprom-media-holding";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";

    @TempDir static Path tmp;
    static Tdb2Store store;
    static SignetServer server;
    static DatasetSource source;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void ingestAndServe() {
        store = Tdb2Store.open(tmp.resolve("db"));
        IngestReport r = new Ingester(store, Pipeline.standard(new Iris(BASE)), new PrintWriter(new StringWriter()))
                .ingest(List.of(HOME.resolve("data/articles")));
        assertEquals(3, r.added(), r.summary());
        source = new DatasetSource(store.dataset(), Duration.ofSeconds(30));
        Site site = new Site(source, new SitePaths(BASE), Duration.ofSeconds(30));
        server = SignetServer.builder().store(store).port(0)
                .route(new LinkedDataRoute(site)).route(new DumpRoute(site, store.dataset())).route(new VoidRoute(site)).route(new HealthRoute(site))
                .build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(""); }

    /** Parses a response; JSON-LD with our context answered locally, so the test needs no network. */
    static Model parse(byte[] body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).context(jsonLdContext()).parse(m);
        return m;
    }

    static Context jsonLdContext() {
        JsonLdOptions opts = new JsonLdOptions();
        opts.setDocumentLoader(JsonLdContext.bundled().loaderFor(server.baseUrl() + JsonLdContext.PATH));
        Context c = new Context();
        c.set(TitaniumJsonLdOptions.JSONLD_OPTIONS, opts);
        return c;
    }

    static long count(String sparql) {
        QuerySolution row = source.select(QueryFactory.create(sparql)).get(0);
        return row.getLiteral("n").getLong();
    }

    // ---- /id/ and /data/

    @Test
    void theHealthCheckAsksTheStore() throws Exception {
        HttpResponse<byte[]> r = get(HealthRoute.PATH, null);
        assertEquals(200, r.statusCode());
        String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.contains("\"status\": \"ok\""), body);
        assertEquals("no-store", header(r, "Cache-Control"));
        assertTrue(header(r, "Content-Type").startsWith("application/json"));
    }

    @Test
    void anIriRedirectsBrowsersToThePageAndProgramsToTheData() throws Exception {
        HttpResponse<byte[]> browser = get("/id/" + GAZPROM, BROWSER);
        assertEquals(303, browser.statusCode());
        assertTrue(header(browser, "Location").endsWith("/page/" + GAZPROM), header(browser, "Location"));
        assertEquals("Accept", header(browser, "Vary"));
        for (String accept : new String[] {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
                "*/*", null, "text/html;q=0.5, text/turtle"}) {
            HttpResponse<byte[]> r = get("/id/" + GAZPROM, accept);
            assertEquals(303, r.statusCode(), accept);
            assertTrue(header(r, "Location").endsWith("/data/" + GAZPROM), accept + " → " + header(r, "Location"));
            assertEquals("Accept", header(r, "Vary"));
        }
        assertTrue(header(get("/id/" + GAZPROM, "text/html, text/turtle;q=0.9"), "Location").endsWith("/page/" + GAZPROM));
    }

    @Test
    void theDescriptionIsNegotiatedInFourSyntaxes() throws Exception {
        Resource gazprom = ResourceFactoryHolder.r(BASE + GAZPROM);
        for (RdfMedia media : RdfMedia.values()) {
            HttpResponse<byte[]> r = get("/data/" + GAZPROM, media.mediaType());
            assertEquals(200, r.statusCode(), media.mediaType());
            assertEquals(media.contentType(), header(r, "Content-Type"));
            assertEquals("Accept", header(r, "Vary"));
            assertEquals("/data/" + GAZPROM + "." + media.extension(), header(r, "Content-Location"));
            Model m = parse(r.body(), RDFLanguages.contentTypeToLang(media.mediaType()));
            assertTrue(m.contains(gazprom, RDFS.label, "Gazprom-Media Holding"), media + ": " + m);
            // the agreements pointing at it come with their names
            Resource smg = m.listSubjectsWithProperty(m.createProperty("https://w3id.org/signet/ontology#party"), gazprom).toList().stream()
                    .filter(a -> a.hasProperty(RDFS.label) && a.getProperty(RDFS.label).getString().contains("Shanghai Media Group"))
                    .findFirst().orElse(null);
            assertNotNull(smg, media.mediaType() + ": the SMG memorandum with its label");
        }
        HttpResponse<byte[]> none = get("/data/" + GAZPROM, null);
        assertEquals(RdfMedia.TURTLE.contentType(), header(none, "Content-Type"), "no Accept: Turtle");
        assertTrue(new String(none.body()).contains("PREFIX sig:") || new String(none.body()).contains("@prefix sig:"), "prefixes are used");
        HttpResponse<byte[]> q = get("/data/" + GAZPROM, "application/ld+json;q=0.5, text/turtle;q=0.4, */*;q=0.1");
        assertEquals("application/ld+json", header(q, "Content-Type"));
        String json = new String(q.body());
        assertTrue(json.contains("\"label\"") && json.contains("/context.jsonld"), json);
    }

    @Test
    void unsupportedTypesAre406AndUnknownIrisAre404() throws Exception {
        HttpResponse<byte[]> na = get("/data/" + GAZPROM, "image/png");
        assertEquals(406, na.statusCode());
        assertTrue(new String(na.body()).contains("text/turtle"), "the 406 lists what is available");
        assertEquals(406, get("/data/" + GAZPROM, "text/html").statusCode(), "HTML is the page's job, not /data/");
        assertEquals(406, get("/id/" + GAZPROM, "image/png").statusCode());
        for (String path : new String[] {"/id/org/no-such-organization", "/data/org/no-such-organization",
                "/data/org/no-such-organization.ttl", "/id/", "/id/org/%3Cinjected%3E", "/data/org/gazprom-media-holding%20x"}) {
            HttpResponse<byte[]> r = get(path, "text/turtle");
            assertEquals(404, r.statusCode(), path);
        }
        // an IRI under the default base is not one of this store's
        assertFalse(source.ask(QueryFactory.create("ASK { <" + Iris.DEFAULT_BASE + GAZPROM + "> ?p ?o }")));
    }

    @Test
    void aFixedSyntaxUrlNeedsNoNegotiation() throws Exception {
        HttpResponse<byte[]> nt = get("/data/" + GAZPROM + ".nt", "text/html");
        assertEquals(200, nt.statusCode());
        assertEquals(RdfMedia.N_TRIPLES.contentType(), header(nt, "Content-Type"));
        assertEquals("", header(nt, "Vary"));
        assertFalse(parse(nt.body(), Lang.NTRIPLES).isEmpty());
        HttpResponse<Void> head = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/data/" + GAZPROM))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "application/rdf+xml").build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        assertEquals(RdfMedia.RDF_XML.contentType(), header(head, "Content-Type"));
        assertTrue(header(head, "Link").contains("rel=\"alternate\""));
    }

    @Test
    void aFactsDescriptionCarriesItsSentence() throws Exception {
        String agreement = source.select(QueryFactory.create("""
                PREFIX sig: <https://w3id.org/signet/ontology#>
                SELECT ?a WHERE { ?a a sig:Agreement ; sig:party <%s> ; sig:date "2026-01-20"^^<http://www.w3.org/2001/XMLSchema#date> }
                """.formatted(BASE + GAZPROM))).get(0).getResource("a").getURI();
        Model m = parse(get("/data/" + agreement.substring(BASE.length()), "text/turtle").body(), Lang.TURTLE);
        String sentence = m.listObjectsOfProperty(OA.exact).next().asLiteral().getString();
        assertTrue(sentence.contains("IPDA"), sentence);
        assertTrue(m.contains(null, OA.start), "the offsets too");
    }

    @Test
    void everyEntityFactAndDocumentIriResolves() throws Exception {
        List<QuerySolution> rows = source.select(QueryFactory.create("""
                PREFIX org: <http://www.w3.org/ns/org#>  PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX sig: <https://w3id.org/signet/ontology#>  PREFIX schema: <https://schema.org/>
                SELECT DISTINCT ?s WHERE {
                  VALUES ?c { org:Organization foaf:Person sig:Agreement schema:Event schema:Place schema:NewsArticle org:Membership sig:PartOfStatement }
                  ?s a ?c FILTER(STRSTARTS(STR(?s), "%s")) }""".formatted(BASE)));
        assertTrue(rows.size() > 30, "organizations, people, agreements, events, places, documents: " + rows.size());
        for (QuerySolution row : rows) {
            String iri = row.getResource("s").getURI();
            String local = iri.substring(BASE.length());
            HttpResponse<byte[]> id = get("/id/" + local, "application/n-triples");
            assertEquals(303, id.statusCode(), iri);
            HttpResponse<byte[]> data = get(header(id, "Location").replaceFirst("^https?://[^/]+", ""), "application/n-triples");
            assertEquals(200, data.statusCode(), iri);
            Model m = parse(data.body(), Lang.NTRIPLES);
            assertTrue(m.contains(m.createResource(iri), null, (org.apache.jena.rdf.model.RDFNode) null), iri);
        }
    }

    @Test
    void theOntologyIsServed() throws Exception {
        HttpResponse<byte[]> ttl = get("/ontology", null);
        assertEquals(RdfMedia.TURTLE.contentType(), header(ttl, "Content-Type"));
        Model m = parse(ttl.body(), Lang.TURTLE);
        assertTrue(m.contains(m.createResource("https://w3id.org/signet/ontology#Agreement"), RDFS.label));
        Model fromJson = parse(get("/ontology.jsonld", null).body(), Lang.JSONLD);
        assertTrue(fromJson.isIsomorphicWith(m), "the JSON-LD ontology has the same triples");
    }

    // ---- dumps

    @Test
    void theDumpsParseBackWithTheStoresCounts() throws Exception {
        long quads = store.size();
        long triples = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertTrue(triples < quads, "entities named in several documents are one node in the union graph");

        HttpResponse<byte[]> nq = get("/dumps/signet.nq.gz", null);
        assertEquals(200, nq.statusCode());
        assertEquals("application/gzip", header(nq, "Content-Type"));
        assertEquals("attachment; filename=\"signet.nq.gz\"", header(nq, "Content-Disposition"));
        Dataset fromNq = RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(nq.body()))).lang(Lang.NQUADS).toDataset();
        assertEquals(quads, fromNq.asDatasetGraph().stream().count());
        assertEquals(store.graphNames().size(), org.apache.jena.atlas.iterator.Iter.count(fromNq.asDatasetGraph().listGraphNodes()));

        HttpResponse<byte[]> trig = get("/dumps/signet.trig", null);
        assertTrue(header(trig, "Content-Type").startsWith("application/trig"));
        Dataset fromTrig = RDFParser.source(new ByteArrayInputStream(trig.body())).lang(Lang.TRIG).toDataset();
        assertEquals(quads, fromTrig.asDatasetGraph().stream().count());

        HttpResponse<byte[]> ttl = get("/dumps/signet.ttl", null);
        assertTrue(header(ttl, "Content-Type").startsWith("text/turtle"));
        assertTrue(new String(ttl.body()).contains("sig:party"), "written with prefixes");
        Model fromTtl = parse(ttl.body(), Lang.TURTLE);
        assertEquals(triples, fromTtl.size());

        HttpResponse<byte[]> jsonld = get("/dumps/signet.jsonld", null);
        assertEquals("application/ld+json", header(jsonld, "Content-Type"));
        String json = new String(jsonld.body());
        assertTrue(json.contains("\"@context\": \"" + server.baseUrl() + "/context.jsonld\""), json.substring(0, 200));
        for (String key : new String[] {"\"party\"", "\"date\"", "\"evidence\"", "\"name\"", "\"exact\"", "\"type\": \"Agreement\""})
            assertTrue(json.contains(key), key);
        Model fromJson = parse(jsonld.body(), Lang.JSONLD);
        assertTrue(fromJson.isIsomorphicWith(fromTtl), "the JSON-LD and Turtle dumps hold the same triples");
    }

    @Test
    void dumpsHaveAnEtagAndAListingAndTheContextIsPublished() throws Exception {
        HttpResponse<byte[]> first = get("/dumps/signet.ttl", null);
        String etag = header(first, "ETag");
        assertFalse(etag.isEmpty());
        HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dumps/signet.ttl"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        HttpResponse<byte[]> list = get("/dumps/", null);
        assertEquals(200, list.statusCode());
        for (Dumps.Format f : Dumps.Format.values()) assertTrue(new String(list.body()).contains("/dumps/" + f.fileName()));
        assertEquals(404, get("/dumps/signet.zip", null).statusCode());
        HttpResponse<byte[]> ctx = get("/context.jsonld", null);
        assertEquals("application/ld+json", header(ctx, "Content-Type"));
        assertTrue(jakarta.json.Json.createReader(new ByteArrayInputStream(ctx.body())).readObject().containsKey("@context"));
    }

    // ---- VoID

    @Test
    void theDatasetDescriptionCountsWhatIsThere() throws Exception {
        HttpResponse<byte[]> r = get("/.well-known/void", null);
        assertEquals(200, r.statusCode());
        assertEquals(RdfMedia.TURTLE.contentType(), header(r, "Content-Type"));
        Model m = parse(r.body(), Lang.TURTLE);
        Resource ds = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, VOID.Dataset).next();
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), ds.getProperty(VOID.triples).getLong());
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + BASE + "\")) }"),
                ds.getProperty(VOID.entities).getLong());
        for (String[] c : new String[][] {{"http://www.w3.org/ns/org#Organization"}, {"http://xmlns.com/foaf/0.1/Person"},
                {"https://w3id.org/signet/ontology#Agreement"}, {"https://schema.org/Event"}, {"https://schema.org/Place"}, {"https://schema.org/NewsArticle"}}) {
            long expected = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + c[0] + "> }");
            assertTrue(expected > 0, c[0]);
            long served = ds.listProperties(VOID.classPartition).toList().stream().map(s -> s.getResource())
                    .filter(p -> p.getPropertyResourceValue(VOID._class).getURI().equals(c[0]))
                    .mapToLong(p -> p.getProperty(VOID.entities).getLong()).findFirst().orElse(-1);
            assertEquals(expected, served, c[0]);
        }
        assertEquals(server.sparqlUrl(), ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertEquals(BASE, ds.getProperty(VOID.uriSpace).getString());
        assertEquals(VoidRoute.LICENSE, ds.getPropertyResourceValue(DCTerms.license).getURI());
        assertEquals(Dumps.Format.values().length, ds.listProperties(VOID.dataDump).toList().size());
        assertTrue(ds.listProperties(DCAT.distribution).toList().stream()
                .anyMatch(s -> s.getResource().hasProperty(DCAT.downloadURL, m.createResource(server.baseUrl() + "/dumps/signet.nq.gz"))));
        assertTrue(ds.hasProperty(VOID.vocabulary, m.createResource("http://www.w3.org/ns/org#")));
        assertTrue(ds.hasProperty(VOID.vocabulary, m.createResource("https://w3id.org/signet/ontology#")));
        assertFalse(ds.hasProperty(VOID.vocabulary, m.createResource(BASE + "org/")), "our own IRIs are not a vocabulary");
        assertEquals(3, ds.listProperties(VOID.exampleResource).toList().size());
        // every example resolves
        for (var ex : ds.listProperties(VOID.exampleResource).toList())
            assertEquals(303, get("/id/" + ex.getResource().getURI().substring(BASE.length()), null).statusCode());

        Model fromJson = parse(get("/.well-known/void", "application/ld+json").body(), Lang.JSONLD);
        assertTrue(fromJson.isIsomorphicWith(m), "JSON-LD says the same");
        HttpResponse<byte[]> html = get("/.well-known/void", BROWSER);
        assertTrue(header(html, "Content-Type").startsWith("text/html"));
        assertTrue(new String(html.body()).contains("About the data"));
        assertNotNull(parse(get("/.well-known/void", "application/rdf+xml").body(), Lang.RDFXML));
    }

    /** Resources without a model at hand. */
    private static final class ResourceFactoryHolder {
        static Resource r(String iri) { return org.apache.jena.rdf.model.ResourceFactory.createResource(iri); }
    }
}
