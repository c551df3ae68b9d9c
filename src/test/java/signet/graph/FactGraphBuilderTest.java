package signet.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import signet.fact.EntityKind;
import signet.fact.ExtractionResult;
import signet.fact.Fact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FactGraphBuilderTest {
    static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph(HOME.resolve("ontology/shapes.ttl").toString()));
    static final String VERSION = "rules-2024.1";

    private final Iris iris = Iris.defaults();
    private final FactGraphBuilder builder = new FactGraphBuilder(iris);

    /** Both sample documents merged, as the store's union default graph would show them. */
    private Model union() {
        Graph g = GraphFactory.createDefaultGraph();
        builder.build(Samples.result1(), VERSION).find().forEachRemaining(g::add);
        builder.build(Samples.result2(), VERSION).find().forEachRemaining(g::add);
        return ModelFactory.createModelForGraph(g);
    }

    private static ValidationReport validate(Model m) {
        return ShaclValidator.get().validate(SHAPES, m.getGraph());
    }

    private static String describe(ValidationReport r) {
        return r.getEntries().stream().map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theUnionOfTheSampleGraphsConformsToTheShapes() {
        ValidationReport report = validate(union());
        if (!report.conforms()) ShLib.printReport(report);
        assertTrue(report.conforms(), () -> describe(report));
    }

    /** Each breakage, applied to an otherwise valid union, must be caught by the shapes. */
    static Stream<Arguments> breakages() {
        Iris iris = Iris.defaults();
        Resource agreement1 = res(Samples.iri(Samples.result1(), 0));
        Resource agreement3 = res(Samples.iri(Samples.result1(), 4));
        Resource post1 = res(Samples.iri(Samples.result1(), 1));
        Resource volkova = res(iris.entity(EntityKind.PERSON, "irina-volkova"));
        return Stream.of(
                Arguments.of("a signed agreement with a single party",
                        (Consumer<Model>) m -> m.removeAll(agreement1, SIG.party, res(iris.entity(EntityKind.ORGANIZATION, "baltic-broadcasting-union")))),
                Arguments.of("no status",
                        (Consumer<Model>) m -> m.removeAll(agreement1, SIG.status, null)),
                Arguments.of("two statuses",
                        (Consumer<Model>) m -> m.add(agreement1, SIG.status, SIG.Intended)),
                Arguments.of("a date without its basis",
                        (Consumer<Model>) m -> m.removeAll(agreement1, SIG.dateBasis, null)),
                Arguments.of("a basis without a date (the intended agreement has neither)",
                        (Consumer<Model>) m -> m.add(agreement3, SIG.dateBasis, SIG.StatedDate)),
                Arguments.of("a date as a plain string, not typed by its precision",
                        (Consumer<Model>) m -> { m.removeAll(agreement1, SIG.date, null); m.add(agreement1, SIG.date, "2024-03-03"); }),
                Arguments.of("a month typed as a day",
                        (Consumer<Model>) m -> { m.removeAll(agreement1, SIG.date, null);
                       m.add(agreement1, SIG.date, m.createTypedLiteral("2024-03", XSDDatatype.XSDdate)); }),
                Arguments.of("a part-of statement whose org:subOrganizationOf triple is missing",
                        (Consumer<Model>) m -> m.removeAll(res(iris.entity(EntityKind.ORGANIZATION, "polar-pictures")), ORG.subOrganizationOf, null)),
                Arguments.of("a fact without evidence",
                        (Consumer<Model>) m -> m.removeAll(agreement1, SIG.evidence, null)),
                Arguments.of("a person who is also an organization",
                        (Consumer<Model>) m -> m.add(volkova, RDF.type, ORG.Organization)),
                Arguments.of("a membership without a title",
                        (Consumer<Model>) m -> m.removeAll(post1, SIG.title, null)),
                Arguments.of("offsets the wrong way round",
                        (Consumer<Model>) m -> { Resource position1 = firstPosition(m, agreement1);
                       m.removeAll(position1, OA.start, null);
                       m.add(position1, OA.start, m.createTypedLiteral("100000", XSDDatatype.XSDnonNegativeInteger)); }),
                Arguments.of("a confidence above 1",
                        (Consumer<Model>) m -> { m.removeAll(agreement1, SIG.confidence, null);
                       m.add(agreement1, SIG.confidence, m.createTypedLiteral("1.5", XSDDatatype.XSDdecimal)); }),
                Arguments.of("a Wikidata link that is not an item",
                        (Consumer<Model>) m -> m.add(res(iris.entity(EntityKind.ORGANIZATION, "polar-pictures")), OWL.sameAs,
                        res("https://example.org/polar"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void aBrokenGraphDoesNotConform(String what, Consumer<Model> breakage) {
        Model m = union();
        assertTrue(validate(m).conforms(), "precondition: the unbroken union conforms");
        breakage.accept(m);
        ValidationReport report = validate(m);
        assertFalse(report.conforms());
        if (System.getProperty("signet.debug") != null) System.err.println(what + " →\n" + describe(report));
    }

    @Test
    void buildingTheSameExtractionTwiceGivesTheSameTriples() {
        Graph a = builder.build(Samples.result1(), VERSION);
        Graph b = new FactGraphBuilder(iris).build(Samples.result1(), VERSION);
        assertTrue(a.isIsomorphicWith(b));
        assertEquals(a.size(), b.size());
        // no blank nodes either, so the graphs are equal triple for triple
        assertTrue(a.find().filterKeep(t -> !b.contains(t)).toList().isEmpty());
    }

    /** A re-extraction that finds the same facts in another order (say after a rule change) names them as before. */
    @Test
    void factIrisAreKeyedByContentNotByPosition() {
        ExtractionResult r = Samples.result1();
        List<Fact> reversed = new ArrayList<>(r.facts());
        Collections.reverse(reversed);
        ExtractionResult shuffled = new ExtractionResult(r.article(), r.entities(), reversed, r.warnings());
        List<String> before = builder.factIris(r), after = builder.factIris(shuffled);
        assertEquals(Set.copyOf(before), Set.copyOf(after));
        assertEquals(before.get(0), after.get(after.size() - 1));
        assertTrue(builder.build(r, VERSION).isIsomorphicWith(builder.build(shuffled, VERSION)));
        // names carry the kind and a 12-hex content key; the two NFA–BBU agreements (signed, intended) differ
        for (String iri : before) assertTrue(iri.matches(".*/(agreement|post|partof|event)-[0-9a-f]{12}"), iri);
        assertFalse(before.get(0).equals(before.get(4)));
    }

    @Test
    void twoFactsWithOneIdentityGetDeterministicSuffixes() {
        ExtractionResult r = Samples.result1();
        List<Fact> twice = new ArrayList<>(r.facts());
        twice.add(r.facts().get(1)); // the same post stated again
        ExtractionResult doubled = new ExtractionResult(r.article(), r.entities(), twice, r.warnings());
        List<String> iris1 = builder.factIris(doubled);
        assertEquals(iris1.get(1) + "-2", iris1.get(iris1.size() - 1));
        assertEquals(iris1, builder.factIris(doubled));
    }

    @Test
    void anotherExtractorVersionChangesTheGraph() {
        assertFalse(builder.build(Samples.result1(), VERSION).isIsomorphicWith(builder.build(Samples.result1(), "rules-2024.2")));
    }

    @Test
    void monthPrecisionIsNeverPaddedToADay() {
        Model m = ModelFactory.createModelForGraph(builder.build(Samples.result1(), VERSION));
        Resource polarDeal = m.createResource(Samples.iri(Samples.result1(), 2));
        Literal date = polarDeal.getProperty(SIG.date).getLiteral();
        assertEquals("2015-10", date.getLexicalForm());
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), date.getDatatypeURI());
        Resource instant = polarDeal.getPropertyResourceValue(TIME.hasTime);
        assertEquals(iris.base() + "time/2015-10", instant.getURI());
        assertEquals(date, instant.getProperty(TIME.inXSDgYearMonth).getLiteral());
        assertFalse(instant.hasProperty(TIME.inXSDDate));
        assertEquals(SIG.StatedDate, polarDeal.getPropertyResourceValue(SIG.dateBasis));
    }

    @Test
    void publicationDateFallbackIsMarkedAsSuch() {
        Model m = ModelFactory.createModelForGraph(builder.build(Samples.result2(), VERSION));
        Resource deal = m.createResource(Samples.iri(Samples.result2(), 0));
        assertEquals(SIG.PublicationDate, deal.getPropertyResourceValue(SIG.dateBasis));
        assertEquals("2023-06-12", deal.getProperty(SIG.date).getString());
        assertTrue(deal.getURI().contains("/doc/2023-06-12%20andes%20nfa/"), deal.getURI());
    }

    @Test
    void evidenceCarriesBothSelectorsAndShortContext() {
        var r = Samples.result1();
        Model m = ModelFactory.createModelForGraph(builder.build(r, VERSION));
        Resource fact = m.createResource(Samples.iri(r, 0));
        List<Resource> annotations = m.listObjectsOfProperty(fact, SIG.evidence).mapWith(n -> n.asResource()).toList();
        assertEquals(2, annotations.size());
        // the fact's confidence is the best of its evidence
        assertEquals("0.9", fact.getProperty(SIG.confidence).getLiteral().getLexicalForm());
        for (Resource ann : annotations) {
            assertTrue(ann.hasProperty(RDF.type, OA.Annotation));
            assertTrue(ann.hasProperty(OA.hasBody, fact));
            Resource target = ann.getPropertyResourceValue(OA.hasTarget);
            assertEquals(m.createResource(iris.document(r.article().id())), target.getPropertyResourceValue(OA.hasSource));
            Resource quote = null, position = null;
            for (var s : target.listProperties(OA.hasSelector).toList()) {
                Resource sel = s.getResource();
                if (sel.hasProperty(RDF.type, OA.TextQuoteSelector)) quote = sel;
                if (sel.hasProperty(RDF.type, OA.TextPositionSelector)) position = sel;
            }
            int start = position.getProperty(OA.start).getInt(), end = position.getProperty(OA.end).getInt();
            String text = r.article().text();
            assertEquals(text.substring(start, end), quote.getProperty(OA.exact).getString());
            String prefix = quote.getProperty(OA.prefix).getString(), suffix = quote.getProperty(OA.suffix).getString();
            assertEquals(FactGraphBuilder.CONTEXT, prefix.length());
            assertTrue(text.substring(0, start).endsWith(prefix));
            assertTrue(suffix.length() <= FactGraphBuilder.CONTEXT && text.substring(end).startsWith(suffix));
        }
    }

    @Test
    void entitiesAreTypedNamedAndLinked() {
        Model m = union();
        Resource nfa = m.createResource(iris.entity(EntityKind.ORGANIZATION, "northern-film-agency"));
        assertTrue(nfa.hasProperty(RDF.type, ORG.Organization));
        assertTrue(nfa.hasProperty(RDF.type, FOAF.Organization));
        assertTrue(nfa.hasProperty(SIG.acronym, "NFA"));
        assertTrue(nfa.hasProperty(SKOS.altLabel, "NFA"), "acronyms are aliases too");
        assertTrue(nfa.hasProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q98765432")));
        // two articles, two preferred names: the union keeps both
        assertEquals(Set.of("Northern Film Agency", "Northern Film Agency JSC"),
                Set.copyOf(m.listObjectsOfProperty(nfa, SKOS.prefLabel).mapWith(n -> n.asLiteral().getString()).toList()));
        // every name, alias and acronym once more in lower case: the index of look-ups by name
        assertEquals(Set.of("northern film agency", "northern film agency jsc", "the northern film agency", "nfa"),
                Set.copyOf(m.listObjectsOfProperty(nfa, SIG.nameKey).mapWith(n -> n.asLiteral().getString()).toList()));
        assertTrue(m.listSubjectsWithProperty(SIG.nameKey).toList().stream().allMatch(r -> r.hasProperty(RDF.type, ORG.Organization)),
                "only organizations are looked up by name");
        Resource atn = m.createResource(iris.entity(EntityKind.ORGANIZATION, "andes-television-network"));
        assertTrue(atn.hasProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q11223344")));
        assertTrue(m.createResource(iris.entity(EntityKind.PERSON, "irina-volkova")).hasProperty(RDF.type, FOAF.Person));
        assertTrue(m.createResource(iris.entity(EntityKind.WORK, "silver-tundra")).hasProperty(RDF.type, SchemaDO.CreativeWork));
        // referenced only from a fact, not listed among the entities: still described
        assertTrue(m.createResource(iris.entity(EntityKind.WORK, "arctic-screen-festival")).hasProperty(SKOS.prefLabel));
        // the dateline resolves to the extracted place; the publisher becomes an organization
        Resource doc1 = m.createResource(iris.document("2024-03-04-nfa-bbu"));
        assertEquals(m.createResource(iris.entity(EntityKind.PLACE, "kaliningrad")), doc1.getPropertyResourceValue(SIG.dateline));
        assertTrue(doc1.getPropertyResourceValue(SchemaDO.publisher).hasProperty(SKOS.prefLabel, "Nordwire"));
        assertEquals(Samples.TEXT_1, doc1.getProperty(SchemaDO.text).getString());
    }

    @Test
    void kindsUseTheOntologyLabelsAndFallBackToTheKey() {
        Model m = union();
        Resource mou = m.createResource(iris.kind("memorandum-of-understanding"));
        assertEquals(m.createLiteral("memorandum of understanding", "en"), mou.getProperty(SKOS.prefLabel).getLiteral());
        assertTrue(mou.hasProperty(SKOS.inScheme, SIG.AgreementKinds));
        Resource unknown = m.createResource(iris.eventKind("festival-opening"));
        assertEquals("festival opening", unknown.getProperty(SKOS.prefLabel).getString());
        assertTrue(unknown.hasProperty(SKOS.inScheme, SIG.EventKinds));
        Resource role = m.createResource(iris.role("general-director"));
        assertTrue(role.hasProperty(RDF.type, ORG.Role));
    }

    @Test
    void partOfIsAssertedAndQualified() {
        Model m = union();
        Resource polar = m.createResource(iris.entity(EntityKind.ORGANIZATION, "polar-pictures"));
        Resource nfa = m.createResource(iris.entity(EntityKind.ORGANIZATION, "northern-film-agency"));
        assertTrue(polar.hasProperty(ORG.subOrganizationOf, nfa));
        Resource statement = m.createResource(Samples.iri(Samples.result1(), 3));
        assertTrue(statement.hasProperty(SIG.child, polar) && statement.hasProperty(SIG.parent, nfa));
        assertTrue(statement.hasProperty(SIG.evidence));
    }

    @Test
    void aMalformedWikidataIdIsRejected() {
        assertEquals("Q42", FactGraphBuilder.wikidataId("https://www.wikidata.org/wiki/Q42"));
        assertEquals("Q42", FactGraphBuilder.wikidataId("Q42"));
        assertThrows(IllegalArgumentException.class, () -> FactGraphBuilder.wikidataId("wd:42"));
    }

    @Test
    void contextNeverSplitsASurrogatePair() {
        String text = "x".repeat(10) + "\uD83C\uDFAC" + "y".repeat(31) + "SPAN" + "z".repeat(31) + "\uD83C\uDFAC" + "w";
        int start = text.indexOf("SPAN"), end = start + 4;
        String prefix = text.substring(FactGraphBuilder.cutBefore(text, start), start);
        String suffix = text.substring(end, FactGraphBuilder.cutAfter(text, end));
        assertFalse(Character.isLowSurrogate(prefix.charAt(0)));
        assertFalse(Character.isHighSurrogate(suffix.charAt(suffix.length() - 1)));
    }

    /** The position selector of a fact's evidence annotation with the smallest IRI. */
    private static Resource firstPosition(Model m, Resource fact) {
        String ann = m.listObjectsOfProperty(fact, SIG.evidence).mapWith(n -> n.asResource().getURI()).toList()
                .stream().sorted().findFirst().orElseThrow();
        return res(ann + "/position");
    }

    private static Resource res(String iri) { return org.apache.jena.rdf.model.ResourceFactory.createResource(iri); }
}
