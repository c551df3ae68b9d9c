package signet.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.graph.Iris;
import signet.graph.SIG;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;
import signet.store.Tdb2Store;

/**
 * Curation against a real TDB2 store holding the real seed articles, read by the standard pipeline:
 * stable fact IRIs, retractions that survive re-extraction, curated facts, merges, malformed files.
 */
class CurationTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final Path ARTICLES = HOME.resolve("data/articles");
    static final Path QUERIES = HOME.resolve("queries");
    static final Pipeline PIPELINE = Pipeline.standard();
    static final Iris IRIS = PIPELINE.iris();
    static final String ID = IRIS.base();
    static final String PROLOGUE = """
            @prefix sig:     <https://w3id.org/signet/ontology#> .
            @prefix prov:    <http://www.w3.org/ns/prov#> .
            @prefix foaf:    <http://xmlns.com/foaf/0.1/> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix org:     <http://www.w3.org/ns/org#> .
            @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            """;

    @TempDir Path tmp;
    Tdb2Store store;
    Path curation;
    final CurationLoader loader = new CurationLoader(IRIS);

    @BeforeEach
    void open() throws IOException {
        store = Tdb2Store.open(tmp.resolve("db"));
        curation = Files.createDirectories(tmp.resolve("curation"));
        IngestReport r = ingest();
        assertEquals(3, r.added(), r::summary);
    }

    @AfterEach
    void close() { store.close(); }

    IngestReport ingest() {
        return new Ingester(store, PIPELINE, new PrintWriter(new StringWriter())).ingest(List.of(ARTICLES));
    }

    /** Makes every stored document look extracted by another build, so the next ingest re-extracts them all. */
    void pretendTheBuildChanged() {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            List<Quad> versions = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, SIG.extractorVersion.asNode(), Node.ANY).forEachRemaining(versions::add);
            for (Quad q : versions) {
                dsg.delete(q);
                dsg.add(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralString("an older build"));
            }
        });
    }

    Set<Quad> quads() {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    Path write(String name, String turtle) {
        try {
            return Files.writeString(curation.resolve(name), PROLOGUE + turtle, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String provenance(String name) {
        return "prov:wasAttributedTo [ a prov:Agent ; foaf:name \"" + name + "\" ] ; dcterms:created \"2025-02-01\"^^xsd:date ";
    }

    List<Map<String, String>> run(String file, Map<String, RDFNode> params) {
        Query q;
        try {
            q = QueryFactory.create(Files.readString(QUERIES.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return signet.QueryRows.select(store.dataset(), q, params);
    }

    List<Map<String, String>> run(String file) { return run(file, Map.of()); }

    List<Map<String, String>> signedWith(String org) {
        return run("signed-with.rq", Map.of("org", ResourceFactory.createPlainLiteral(org)));
    }

    Set<String> column(List<Map<String, String>> rows, String column) {
        return new TreeSet<>(rows.stream().map(r -> r.get(column)).toList());
    }

    /** The seed agreement that has this party, by the party's IRI key. */
    String agreementWith(String partyKey) {
        return run("agreements.rq").stream().filter(r -> r.get("party").equals(ID + "org/" + partyKey))
                .map(r -> r.get("agreement")).findFirst().orElseThrow(() -> new AssertionError("no seed agreement with " + partyKey));
    }

    // ---- (A) stable IRIs ----------------------------------------------------------------------

    @Test
    void factIrisAreContentKeysThatSurviveReingestAndReextraction() {
        Set<Quad> first = quads();
        Set<String> facts = column(run("agreements.rq"), "agreement");
        facts.addAll(column(run("roles.rq"), "membership"));
        facts.addAll(column(run("part-of.rq"), "statement"));
        facts.addAll(column(run("events.rq"), "event"));
        assertTrue(facts.size() >= 8, facts::toString);
        for (String f : facts) assertTrue(f.matches(".*/doc/[^/]+/(agreement|post|partof|event)-[0-9a-f]{12}(-[0-9]+)?"), f);

        // unchanged files: nothing happens
        assertEquals(3, ingest().unchanged());
        assertEquals(first, quads());

        // another build re-extracts every document: the very same triples, so the same fact IRIs
        pretendTheBuildChanged();
        assertNotEquals(first, quads());
        IngestReport again = ingest();
        assertEquals(3, again.replaced(), again::summary);
        assertEquals(first, quads());
    }

    // ---- (B) curation ---------------------------------------------------------------------

    @Test
    void aRetractionHidesAnAgreementEverywhereAndSurvivesReextraction() throws Exception {
        String smg = agreementWith("shanghai-media-group");
        assertFalse(signedWith("Shanghai Media Group").isEmpty());
        assertTrue(column(signedWith("Gazprom media"), "agreement").contains(smg));

        write("retract.ttl", "[] a sig:Retraction ; sig:retracts <" + smg + "> ; " + provenance("Ann Curator")
                + "; sig:curationNote \"a test retraction\" .\n");
        CurationReport report = loader.sync(store, curation);
        assertEquals(CurationReport.Outcome.LOADED, report.outcome());
        assertEquals(1, report.retractions());
        assertEquals(List.of(), report.warnings());

        assertRetracted(smg);
        // the fact is still stored in its document's graph: a retraction withdraws, it does not delete
        assertTrue(new FactExplainer(store.dataset()).explain(smg).orElseThrow().retracted());

        // re-ingest with re-extraction: the articles' graphs are rebuilt, the curation graph is untouched
        pretendTheBuildChanged();
        assertEquals(3, ingest().replaced());
        assertRetracted(smg);
        assertEquals(CurationReport.Outcome.UNCHANGED, loader.sync(store, curation).outcome());
        assertRetracted(smg);

        // removing the file lifts the retraction
        Files.delete(curation.resolve("retract.ttl"));
        assertEquals(CurationReport.Outcome.REMOVED, loader.sync(store, curation).outcome());
        assertTrue(column(run("agreements.rq"), "agreement").contains(smg));
    }

    void assertRetracted(String fact) {
        assertFalse(column(run("agreements.rq"), "agreement").contains(fact));
        assertTrue(signedWith("Shanghai Media Group").isEmpty());
        assertFalse(column(signedWith("Gazprom media"), "agreement").contains(fact));
        assertFalse(column(run("timeline.rq"), "fact").contains(fact));
        assertTrue(run("evidence.rq", Map.of("fact", ResourceFactory.createResource(fact))).isEmpty());
        // the other agreements are still there
        assertTrue(column(run("agreements.rq"), "agreement").contains(agreementWith("peoples-daily-online")));
    }

    @Test
    void aCuratedAgreementIsListedAsCuratedWithItsCurator() throws Exception {
        write("added.ttl", """
                <curation/agreement/nordlicht-smg> a sig:Agreement ;
                    sig:status sig:Signed ;
                    sig:agreementKind <kind/co-production-agreement> ;
                    sig:party <org/nordlicht-studios> , <org/shanghai-media-group> ;
                    sig:date "2024-11"^^xsd:gYearMonth ;
                """ + provenance("Bea Editor") + """
                ; sig:curationNote "stated by both press offices" .
                <org/nordlicht-studios> a org:Organization ; skos:prefLabel "Nordlicht Studios" .
                <org/shanghai-media-group> skos:altLabel "Huangpu Broadcasting" .
                <curation/partof/nordlicht> a sig:PartOfStatement ; sig:child <org/nordlicht-studios> ;
                    sig:parent <org/gazprom-media-holding> ;
                """ + provenance("Bea Editor") + ".\n");
        CurationReport report = loader.sync(store, curation);
        assertEquals(2, report.facts());

        List<Map<String, String>> rows = run("agreements.rq").stream()
                .filter(r -> r.get("agreement").equals(ID + "curation/agreement/nordlicht-smg")).toList();
        assertEquals(Set.of("Nordlicht Studios", "Shanghai Media Group"), column(rows, "partyName"));
        for (Map<String, String> r : rows) {
            assertEquals("curated", r.get("source"));
            assertEquals("Bea Editor", r.get("curator"));
            assertEquals("2024-11", r.get("date"));
            assertEquals("co-production agreement", r.get("kind"));
            assertEquals(ID + "curation/added.ttl", r.get("doc"));
        }
        // extracted ones say so
        assertTrue(run("agreements.rq").stream().filter(r -> !r.get("agreement").contains("/curation/"))
                .allMatch(r -> r.get("source").equals("extracted") && r.get("curator").isEmpty()));
        // the curated part-of makes the curated deal one of Gazprom-Media's, through its new subsidiary
        Map<String, String> via = signedWith("Gazprom-Media").stream()
                .filter(r -> r.get("agreement").endsWith("nordlicht-smg")).findFirst().orElseThrow();
        assertEquals("Nordlicht Studios", via.get("viaName"));
        assertEquals("curated", via.get("source"));
        assertTrue(run("part-of.rq").stream().anyMatch(r -> r.get("childName").equals("Nordlicht Studios") && r.get("source").equals("curated")));
        // curated names find their organization like extracted ones, in any case: a curated
        // organization by its name, an extracted one by an alias a curator gave it
        assertTrue(signedWith("NORDLICHT studios").stream().anyMatch(r -> r.get("agreement").endsWith("nordlicht-smg")));
        assertTrue(signedWith("huangpu broadcasting").stream().anyMatch(r -> r.get("agreement").endsWith("nordlicht-smg")
                && r.get("partnerName").equals("Nordlicht Studios")));
        assertTrue(run("timeline.rq").stream().anyMatch(r -> r.get("fact").endsWith("nordlicht-smg") && r.get("source").equals("curated")));

        // the store with its curation graph still conforms to the shapes
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(HOME.resolve("ontology/shapes.ttl").toString()));
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        var validation = Txn.calculateRead(dsg, () -> ShaclValidator.get().validate(shapes, dsg.getUnionGraph()));
        assertTrue(validation.conforms(), () -> validation.getEntries().toString());
    }

    @Test
    void mergedOrganizationsAnswerAsOne() throws Exception {
        Set<String> cfgPartners = column(signedWith("China Film Group Corporation"), "partnerName");
        Set<String> pdoPartners = column(signedWith("People's Daily Online"), "partnerName");
        assertFalse(cfgPartners.isEmpty() || pdoPartners.isEmpty());
        assertTrue(cfgPartners.stream().noneMatch(pdoPartners::contains), "precondition: two different partner sets");

        write("merge.ttl", "[] a sig:Merge ; sig:canonical <org/peoples-daily-online> ; sig:duplicate <org/china-film-group-corporation> ; "
                + provenance("Cy Merger") + ".\n");
        CurationReport report = loader.sync(store, curation);
        assertEquals(1, report.merges());

        Set<String> both = new TreeSet<>(cfgPartners);
        both.addAll(pdoPartners);
        assertEquals(both, column(signedWith("China Film Group Corporation"), "partnerName"));
        assertEquals(both, column(signedWith("people's daily online"), "partnerName"));
        // seen from a partner, the merged organization answers with the canonical IRI and name
        List<Map<String, String>> fromGazprom = signedWith("Gazprom-Media");
        assertFalse(column(fromGazprom, "partner").contains(ID + "org/china-film-group-corporation"));
        assertTrue(column(run("agreements.rq"), "party").contains(ID + "org/peoples-daily-online"));
        assertFalse(column(run("agreements.rq"), "party").contains(ID + "org/china-film-group-corporation"));
        assertFalse(column(run("agreements.rq"), "partyName").contains("China Film Group Corporation"));
    }

    @Test
    void mergeChainsResolveAndCyclesAreRefused() throws Exception {
        write("chain.ttl", "[] a sig:Merge ; sig:canonical <org/b> ; sig:duplicate <org/a> ; " + provenance("Di") + ".\n"
                + "[] a sig:Merge ; sig:canonical <org/c> ; sig:duplicate <org/b> ; " + provenance("Di") + ".\n");
        assertEquals(Map.of(ID + "org/a", ID + "org/c", ID + "org/b", ID + "org/c"), loader.read(curation).mergedInto());
        write("cycle.ttl", "[] a sig:Merge ; sig:canonical <org/a> ; sig:duplicate <org/c> ; " + provenance("Di") + ".\n");
        CurationException e = assertThrows(CurationException.class, () -> loader.read(curation));
        assertTrue(e.getMessage().contains("circle"), e.getMessage());
    }

    // ---- malformed files ------------------------------------------------------------------

    @Test
    void aMalformedFileIsNamedWithItsLineAndNothingStoredIsLost() throws Exception {
        String smg = agreementWith("shanghai-media-group");
        write("a-good.ttl", "[] a sig:Retraction ; sig:retracts <" + smg + "> ; " + provenance("Ann") + "; sig:curationNote \"x\" .\n");
        loader.sync(store, curation);
        Set<Quad> before = quads();

        // line 10 of the file (after the 7 prologue lines): a missing '.' before the next subject
        Path bad = write("b-bad.ttl", "<curation/agreement/x> a sig:Agreement ;\n    sig:status sig:Signed\n<org/y> a org:Organization .\n");
        CurationException e = assertThrows(CurationException.class, () -> loader.sync(store, curation));
        assertEquals(bad, e.file());
        assertEquals(10, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(bad + ":10:"), e.getMessage());
        assertEquals(before, quads());
        assertRetracted(smg);

        // parses, but a curation without its curator is refused too, naming the file
        write("b-bad.ttl", "[] a sig:Retraction ; sig:retracts <" + smg + "> ; dcterms:created \"2025-01-01\"^^xsd:date ; sig:curationNote \"x\" .\n");
        CurationException noCurator = assertThrows(CurationException.class, () -> loader.sync(store, curation));
        assertTrue(noCurator.getMessage().startsWith(bad + ": ") && noCurator.getMessage().contains("curator"), noCurator.getMessage());
        // a curated fact without a date
        write("b-bad.ttl", "<curation/agreement/z> a sig:Agreement ; sig:status sig:Signed ; sig:party <org/a>, <org/b> ; "
                + "prov:wasAttributedTo [ a prov:Agent ; foaf:name \"Ann\" ] .\n");
        assertTrue(assertThrows(CurationException.class, () -> loader.sync(store, curation)).getMessage().contains("date"));
        // an invalid date literal is refused by the parser (a warning, which curation files treat as an error)
        write("b-bad.ttl", "[] a sig:Retraction ; sig:retracts <" + smg + "> ; prov:wasAttributedTo [ foaf:name \"Ann\" ] ; "
                + "dcterms:created \"2025-13-45\"^^xsd:date ; sig:curationNote \"x\" .\n");
        assertThrows(CurationException.class, () -> loader.sync(store, curation));
        // a misspelt kind names the known ones
        write("b-bad.ttl", "<curation/agreement/k> a sig:Agreement ; sig:status sig:Signed ; sig:party <org/a>, <org/b> ; "
                + "sig:agreementKind <kind/memorandum-of-understandin> ; " + provenance("Ann") + ".\n");
        CurationException kind = assertThrows(CurationException.class, () -> loader.sync(store, curation));
        assertTrue(kind.getMessage().contains("memorandum-of-understanding"), kind.getMessage());
        assertEquals(before, quads());
    }

    @Test
    void aTypoInARetractedIriIsReportedAsAWarning() throws Exception {
        write("typo.ttl", "[] a sig:Retraction ; sig:retracts <doc/000_891b23877e701f1c/agreement-000000000000> ; "
                + provenance("Ann") + "; sig:curationNote \"x\" .\n");
        CurationReport report = loader.sync(store, curation);
        assertEquals(1, report.warnings().size(), report.warnings()::toString);
        assertTrue(report.warnings().get(0).contains("agreement-000000000000"));
    }

    // ---- the bundled example ----------------------------------------------------------------

    @Test
    void theBundledExampleChangesNothingAndWorksWhenUncommented() throws Exception {
        Path example = HOME.resolve("data/curation/example.ttl");
        Map<String, List<Map<String, String>>> before = new LinkedHashMap<>();
        for (String q : List.of("agreements.rq", "roles.rq", "part-of.rq", "events.rq")) before.put(q, run(q));
        Files.copy(example, curation.resolve("example.ttl"));
        CurationReport asShipped = loader.sync(store, curation);
        assertEquals(0, asShipped.facts() + asShipped.retractions() + asShipped.merges());
        for (var e : before.entrySet()) assertEquals(e.getValue(), run(e.getKey()), e.getKey());

        // uncommented, every block applies to the seed articles without a warning: its IRIs are real
        List<String> live = Files.readAllLines(example).stream().filter(l -> !l.startsWith("##"))
                .map(l -> l.startsWith("# ") ? l.substring(2) : l).toList();
        Files.write(curation.resolve("example.ttl"), live);
        CurationReport uncommented = loader.sync(store, curation);
        assertEquals(List.of(), uncommented.warnings());
        assertEquals(1, uncommented.facts());
        assertEquals(1, uncommented.retractions());
        assertEquals(1, uncommented.merges());
        assertNotEquals(before.get("agreements.rq"), run("agreements.rq"));
    }
}
