package signet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import signet.fact.EntityKind;
import signet.fact.ExtractionResult;

/**
 * The named queries against a real TDB2 store: one named graph per document, queried through the
 * union default graph, parameters bound by substitution as the runner does.
 */
class NamedQueriesTest {
    static final Path QUERIES = Path.of(System.getProperty("signet.home", ".")).resolve("queries");
    static final Iris IRIS = Iris.defaults();
    static final String DOC1 = "2024-03-04-nfa-bbu", DOC2 = "2023-06-12 andes nfa";

    @TempDir
    static Path dir;
    static Dataset ds;

    @BeforeAll
    static void load() {
        ds = TDB2Factory.connectDataset(dir.resolve("db").toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        EmptyInputGuard.install(ds.getContext());
        FactGraphBuilder builder = new FactGraphBuilder(IRIS);
        Txn.executeWrite(ds, () -> {
            for (ExtractionResult r : List.of(Samples.result1(), Samples.result2()))
                ds.addNamedModel(IRIS.documentGraph(r.article().id()),
                        ModelFactory.createModelForGraph(builder.build(r, FactGraphBuilderTest.VERSION)));
        });
    }

    // ---- the runner's side: header, parameters, execution -----------------------------------

    private static final Pattern PARAM = Pattern.compile("^# param (\\w+): .+\\(default[^)]*\\)", Pattern.MULTILINE);

    static String text(String file) {
        try {
            return Files.readString(QUERIES.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a named query, each parameter substituted with the given RDF term. */
    static List<Map<String, String>> run(String file, Map<String, RDFNode> params) {
        Query q = QueryFactory.create(text(file));
        return signet.QueryRows.select(ds, q, params);
    }

    static List<Map<String, String>> run(String file) { return run(file, Map.of()); }

    static List<Map<String, String>> run(String file, String param, String value) {
        return run(file, Map.of(param, ResourceFactory.createPlainLiteral(value)));
    }

    static Stream<String> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void everyQueryHasAHeaderAndItsParametersAreVariables(String file) {
        String text = text(file);
        assertTrue(text.startsWith("# title: "), file);
        assertTrue(text.contains("\n# answers: "), file);
        Matcher m = PARAM.matcher(text);
        while (m.find()) assertTrue(text.contains("?" + m.group(1)), file + " uses ?" + m.group(1));
        // parses, and never walks graphs one by one: the union default graph is the contract. The
        // one GRAPH a query may hold names the graph of a fact it already found (GRAPH ?g { ?fact
        // ... }), one index probe, so names are read there and not over the union graph
        QueryFactory.create(text);
        Matcher graph = Pattern.compile("GRAPH\\s+(\\S+)\\s*\\{\\s*(\\S+)").matcher(text);
        Set<String> factGraphs = new java.util.HashSet<>();
        while (graph.find()) {
            if (factGraphs.isEmpty()) {
                assertTrue(Set.of("?report", "?fact", "?agreement", "?membership", "?statement", "?event").contains(graph.group(2)),
                        file + " must read the union default graph; a GRAPH must start from a fact already found: " + graph.group());
                factGraphs.add(graph.group(1));
            } else {
                assertTrue(factGraphs.contains(graph.group(1)), file + ": every GRAPH must be the graph of the fact found first: " + graph.group());
            }
        }
        // every query runs on the store with its parameters unbound
        run(file);
    }

    @Test
    void theStoreUnionConformsToTheShapes() {
        var report = Txn.calculateRead(ds, () -> ShaclValidator.get().validate(FactGraphBuilderTest.SHAPES, ds.asDatasetGraph().getUnionGraph()));
        assertTrue(report.conforms());
    }

    // ---- the queries ------------------------------------------------------------------------

    @Test
    void signedWithFindsPartnersDatesBasesAndSubsidiaries() {
        List<Map<String, String>> rows = run("signed-with.rq", "org", "nfa");
        assertEquals(3, rows.size(), rows::toString);
        assertEquals(List.of("agreement", "kind", "partner", "partnerName", "date", "datePrecision", "dateBasis", "place",
                "via", "viaName", "doc", "sentence"), List.copyOf(rows.get(0).keySet()).subList(0, 12));

        Map<String, String> mou = rows.get(0);
        assertEquals(Samples.iri(Samples.result1(), 0), mou.get("agreement"));
        assertEquals("memorandum of understanding", mou.get("kind"));
        assertEquals("Baltic Broadcasting Union", mou.get("partnerName"));
        assertEquals("2024-03-03", mou.get("date"));
        assertEquals("day", mou.get("datePrecision"));
        assertEquals("stated", mou.get("dateBasis"));
        assertEquals("Kaliningrad", mou.get("place"));
        assertEquals("", mou.get("via"));
        assertEquals(IRIS.document(DOC1), mou.get("doc"));
        assertTrue(mou.get("sentence").startsWith("The Northern Film Agency (NFA) and the Baltic Broadcasting Union signed"), mou.get("sentence"));

        Map<String, String> andes = rows.get(1);
        assertEquals("Andes Television Network", andes.get("partnerName"));
        assertEquals("2023-06-12", andes.get("date"));
        assertEquals("publication", andes.get("dateBasis"));
        assertEquals("Lima", andes.get("place"));
        assertEquals("strategic cooperation agreement", andes.get("kind"));

        Map<String, String> polar = rows.get(2);
        assertEquals("Lisbon Screen Institute", polar.get("partnerName"));
        assertEquals("2015-10", polar.get("date"));
        assertEquals("month", polar.get("datePrecision"));
        assertEquals(IRIS.entity(EntityKind.ORGANIZATION, "polar-pictures"), polar.get("via"));
        assertEquals("Polar Pictures", polar.get("viaName"));
        assertEquals("", polar.get("place"));

        // any name of the organization, any case, finds the same rows; the intended deal never shows
        assertEquals(rows, run("signed-with.rq", "org", "NORTHERN FILM AGENCY JSC"));
        assertTrue(rows.stream().noneMatch(r -> r.get("agreement").equals(Samples.iri(Samples.result1(), 4))));
        assertTrue(run("signed-with.rq", "org", "Nordic Film Agency").isEmpty());
    }

    @Test
    void signedWithFromTheOtherSideGivesOneNamePerPartner() {
        List<Map<String, String>> rows = run("signed-with.rq", "org", "ATN");
        assertEquals(1, rows.size(), rows::toString);
        // two articles name the agency differently; still one row, with one of its names (the
        // reporting article's: names are read in the report's own graph)
        assertTrue(Set.of("Northern Film Agency", "Northern Film Agency JSC").contains(rows.get(0).get("partnerName")), rows::toString);
        // the subsidiary's deal is found from the partner's side too, without a via
        List<Map<String, String>> lisbon = run("signed-with.rq", "org", "Lisbon Screen Institute");
        assertEquals(1, lisbon.size());
        assertEquals("Polar Pictures", lisbon.get(0).get("partnerName"));
        assertEquals("", lisbon.get(0).get("via"));
    }

    @Test
    void agreementsGivesOneRowPerPartyAndFiltersOnConfidence() {
        List<Map<String, String>> rows = run("agreements.rq");
        assertEquals(6, rows.size(), rows::toString);
        for (String col : List.of("agreement", "kind", "doc", "party", "partyName", "date", "place", "dateBasis", "status", "confidence"))
            assertTrue(rows.get(0).containsKey(col), col);
        Map<String, String> lisbon = rows.stream().filter(r -> r.get("partyName").equals("Lisbon Screen Institute")).findFirst().orElseThrow();
        assertEquals("2015-10", lisbon.get("date"));
        assertEquals("cooperation agreement", lisbon.get("kind"));
        assertEquals("signed", lisbon.get("status"));
        assertEquals(2, rows.stream().filter(r -> r.get("doc").equals(IRIS.document(DOC2))).count());
        assertTrue(rows.stream().filter(r -> r.get("doc").equals(IRIS.document(DOC2)))
                .allMatch(r -> r.get("dateBasis").equals("publication") && r.get("place").equals("Lima")));
        assertEquals(1, rows.stream().filter(r -> r.get("partyName").startsWith("Northern Film Agency")
                && r.get("doc").equals(IRIS.document(DOC2))).count(), "one row per party even with two names");

        // the runner may bind the threshold as a plain string
        List<Map<String, String>> sure = run("agreements.rq", "minConfidence", "0.8");
        assertEquals(4, sure.size(), sure::toString);
        assertTrue(sure.stream().noneMatch(r -> r.get("doc").equals(IRIS.document(DOC2))));
    }

    @Test
    void agreementsCsvKeepsTheTrueDatePrecision() {
        String csv = Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(text("agreements.rq")).build()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                return out.toString(StandardCharsets.UTF_8);
            }
        });
        assertTrue(csv.startsWith("agreement,kind,doc,party,partyName,date,place,"), csv);
        assertTrue(csv.contains(",2015-10,"), csv);
        assertFalse(csv.contains("2015-10-01"), csv);
    }

    @Test
    void rolesGivesThePostAsOfItsArticle() {
        List<Map<String, String>> rows = run("roles.rq");
        assertEquals(1, rows.size(), rows::toString);
        Map<String, String> r = rows.get(0);
        assertEquals("Irina Volkova", r.get("personName"));
        assertEquals("general director", r.get("title"));
        assertEquals("Northern Film Agency", r.get("orgName"));
        assertEquals(IRIS.document(DOC1), r.get("doc"));
        assertEquals("2024-03-04", r.get("asOf"));
        assertEquals(IRIS.role("general-director"), r.get("role"));
    }

    @Test
    void partOfGivesTheStatedRelation() {
        List<Map<String, String>> rows = run("part-of.rq");
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("Polar Pictures", rows.get(0).get("childName"));
        assertEquals("Northern Film Agency", rows.get(0).get("parentName"));
        assertEquals(IRIS.document(DOC1), rows.get(0).get("doc"));
    }

    @Test
    void eventsGiveOneRowPerParticipantAndOneForAnEventWithout() {
        List<Map<String, String>> rows = run("events.rq");
        assertEquals(3, rows.size(), rows::toString);
        List<Map<String, String>> premiere = rows.stream().filter(r -> r.get("event").equals(Samples.iri(Samples.result2(), 1))).toList();
        assertEquals(2, premiere.size());
        // participants are named as the event's own article names them ("the Northern Film Agency JSC")
        assertEquals(List.of("Andes Television Network", "Northern Film Agency JSC"), premiere.stream().map(r -> r.get("participantName")).sorted().toList());
        assertTrue(premiere.stream().allMatch(r -> r.get("date").equals("2023-06-10") && r.get("place").equals("Lima")
                && r.get("kind").equals("film premiere") && r.get("works").equals("Silver Tundra") && r.get("dateBasis").equals("resolved")));
        Map<String, String> festival = rows.stream().filter(r -> r.get("event").equals(Samples.iri(Samples.result2(), 2))).findFirst().orElseThrow();
        assertEquals("", festival.get("participantName"));
        assertEquals("2022", festival.get("date"));
        assertEquals("festival opening", festival.get("kind"));
        assertEquals("Arctic Screen Festival", festival.get("works"));
    }

    @Test
    void timelineIsInDateOrderAndFiltersByOrganization() {
        List<Map<String, String>> all = run("timeline.rq");
        assertEquals(List.of("2015-10", "2022", "2023-06-10", "2023-06-12", "2024-03-03", "2024-03-04"),
                all.stream().map(r -> r.get("date")).toList(), all::toString);
        assertEquals("post", all.get(5).get("type"));
        assertEquals("as of", all.get(5).get("dateBasis"));
        assertEquals("month", all.get(0).get("datePrecision"));

        // the agency's timeline includes its subsidiary's deal, not the festival nobody is named at
        List<Map<String, String>> nfa = run("timeline.rq", "org", "Northern Film Agency");
        assertEquals(List.of("2015-10", "2023-06-10", "2023-06-12", "2024-03-03", "2024-03-04"),
                nfa.stream().map(r -> r.get("date")).toList(), nfa::toString);
        List<Map<String, String>> lisbon = run("timeline.rq", "org", "lisbon screen institute");
        assertEquals(1, lisbon.size());
    }

    @Test
    void evidenceGivesTheSentencesOfAFact() {
        String fact = Samples.iri(Samples.result1(), 0);
        List<Map<String, String>> rows = run("evidence.rq", Map.of("fact", ResourceFactory.createResource(fact)));
        assertEquals(2, rows.size(), rows::toString);
        String text = Samples.TEXT_1;
        for (Map<String, String> r : rows) {
            assertEquals(fact, r.get("evidenceOf"));
            int start = Integer.parseInt(r.get("start")), end = Integer.parseInt(r.get("end"));
            assertEquals(text.substring(start, end), r.get("sentence"));
            assertEquals(DOC1 + ".txt", r.get("fileName"));
        }
        assertEquals(List.of("agreement.signed-with", "post.appositive"), rows.stream().map(r -> r.get("rule")).toList());
        // the runner may bind the fact as a string
        assertEquals(rows, run("evidence.rq", "fact", fact));
    }
}
