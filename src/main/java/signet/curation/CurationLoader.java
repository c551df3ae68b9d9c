package signet.curation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import signet.fact.EntityKind;
import signet.graph.Iris;
import signet.graph.NameKey;
import org.apache.jena.vocabulary.SKOS;
import signet.graph.PROV;
import signet.graph.SchemeLabels;
import signet.graph.SIG;
import signet.graph.TIME;
import signet.store.SignetStore;
import signet.time.PartialDate;

/**
 * Loads the curation files ({@code data/curation/*.ttl}) into the store's curation graph
 * ({@link Iris#curationGraph()}): facts a person adds, retractions of extracted facts, merges of
 * entities. The graph is separate from the document graphs, so re-ingesting articles never undoes
 * a curation; fact IRIs are content keys, so a retraction keeps naming the same fact.
 *
 * <p>{@link #sync} reads every file, checks it, and only then replaces the curation graph as a
 * whole in one write transaction, and only when the files' fingerprint changed. A file that does
 * not parse, or a curation missing its curator, date or target, throws a
 * {@link CurationException} naming the file (and line): nothing stored is touched.
 *
 * <p>What the loader derives, so curators write little and queries stay simple: every fact of a
 * file is typed {@code sig:CuratedFact}, gets {@code sig:confidence 1.0} unless stated and
 * {@code prov:wasDerivedFrom} its curation file unless the curator names a document; a dated
 * agreement or event gets its OWL-Time instant and {@code sig:StatedDate} basis; a part-of
 * statement asserts its {@code org:subOrganizationOf}; every merge duplicate gets
 * {@code sig:mergedInto} its final canonical IRI (chains resolved, cycles refused).
 * Immutable and thread-safe.
 */
public final class CurationLoader {
    /** Part of the fingerprint: bump when what the loader derives changes, so stored curation graphs are rebuilt. */
    static final String LOADER_VERSION = "curation-loader-1";

    private static final List<Resource> FACT_CLASSES = List.of(SIG.Agreement, ORG.Membership, SIG.PartOfStatement, SchemaDO.Event);

    /** Curation files may be strict: a warning (a malformed date, a bad IRI) is as fatal as an error. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override public void warning(String message, long line, long col) { throw new RiotParseException(message, line, col); }
        @Override public void error(String message, long line, long col) { throw new RiotParseException(message, line, col); }
        @Override public void fatal(String message, long line, long col) { throw new RiotParseException(message, line, col); }
    };

    private final Iris iris;
    private final SchemeLabels labels;

    public CurationLoader(Iris iris) {
        this(iris, SchemeLabels.fromClasspath());
    }

    /** @param labels the ontology's kind concepts, which curated facts may name ({@code <kind/memorandum-of-understanding>}) */
    public CurationLoader(Iris iris, SchemeLabels labels) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /** The curation files of a folder: its {@code .ttl} files (not hidden, not in sub-folders), by name. None when the folder is missing. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".ttl") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list curation folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks the curation files of a folder and builds the curation graph, without
     * touching any store.
     *
     * @throws CurationException naming the first file (and line) that cannot be used
     */
    public Curations read(Path dir) throws CurationException {
        List<Path> files = files(dir);
        MessageDigest digest = sha256();
        digest.update((LOADER_VERSION + "\n" + iris.base() + "\n").getBytes(StandardCharsets.UTF_8));
        Model out = ModelFactory.createDefaultModel();
        Resource set = out.createResource(iris.curationGraph()).addProperty(RDF.type, SIG.CurationSet).addProperty(RDF.type, PROV.Collection);
        Merges merges = new Merges();
        Set<String> retracted = new TreeSet<>();
        int facts = 0;
        for (Path file : files) {
            byte[] bytes = bytes(file);
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            digest.update((byte) 0);
            Model m = parse(file, bytes);
            Resource source = out.createResource(iris.curationFile(file.getFileName().toString()))
                    .addProperty(RDF.type, SIG.CurationFile).addProperty(RDF.type, PROV.Entity)
                    .addProperty(SIG.fileName, file.getFileName().toString())
                    .addProperty(SIG.contentHash, hex(sha256().digest(bytes)));
            set.addProperty(PROV.hadMember, source);
            out.add(m);
            facts += curatedFacts(file, m, out, source);
            retracted.addAll(retractions(file, m, out));
            merges.collect(file, m, out);
        }
        nameKeys(out);
        Map<String, String> mergedInto = merges.resolve();
        mergedInto.forEach((dup, canonical) -> out.add(out.createResource(dup), SIG.mergedInto, out.createResource(canonical)));
        String fingerprint = hex(digest.digest());
        set.addProperty(SIG.contentHash, fingerprint);
        return new Curations(fingerprint, files, out.getGraph(), facts, retracted, mergedInto);
    }

    /**
     * Brings the store's curation graph up to date with a folder: replaced as a whole when any
     * file changed, left alone when none did, removed (or never made) when the folder's files hold
     * no curation.
     *
     * @throws CurationException when a file cannot be used; the store is then unchanged
     */
    public CurationReport sync(SignetStore store, Path dir) throws CurationException {
        String graphIri = iris.curationGraph();
        Optional<String> stored = storedFingerprint(store);
        if (files(dir).isEmpty()) {
            if (!store.graphNames().contains(graphIri)) return new CurationReport(CurationReport.Outcome.NONE, 0, 0, 0, 0, List.of());
            store.removeGraph(graphIri);
            return new CurationReport(CurationReport.Outcome.REMOVED, 0, 0, 0, 0, List.of());
        }
        Curations c = read(dir);
        if (c.facts() + c.retracted().size() + c.mergedInto().size() == 0) {
            // files holding only comments (like the bundled example) or descriptions: no curation graph at all
            boolean had = store.graphNames().contains(graphIri);
            if (had) store.removeGraph(graphIri);
            return new CurationReport(had ? CurationReport.Outcome.REMOVED : CurationReport.Outcome.NONE, c.files().size(), 0, 0, 0, List.of());
        }
        List<String> warnings = unknownTargets(store, c);
        boolean unchanged = stored.equals(Optional.of(c.fingerprint()));
        if (!unchanged) store.replaceGraph(graphIri, c.graph());
        return new CurationReport(unchanged ? CurationReport.Outcome.UNCHANGED : CurationReport.Outcome.LOADED,
                c.files().size(), c.facts(), c.retracted().size(), c.mergedInto().size(), warnings);
    }

    /** The fingerprint of the curation set the store holds, if any. */
    public Optional<String> storedFingerprint(SignetStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node g = NodeFactory.createURI(iris.curationGraph());
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(g, g, SIG.contentHash.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    // ---- parsing ------------------------------------------------------------------------------

    private Model parse(Path file, byte[] bytes) throws CurationException {
        Model m = ModelFactory.createDefaultModel();
        try {
            // relative IRIs (<org/acme>, <doc/ID/agreement-...>) resolve against the data namespace
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).base(iris.base())
                    .errorHandler(STRICT).parse(m.getGraph());
        } catch (RiotParseException e) {
            throw new CurationException(file, e.getLine(), e.getCol(), "not valid Turtle: " + e.getOriginalMessage());
        } catch (RiotException e) {
            throw new CurationException(file, "not valid Turtle: " + e.getMessage());
        }
        return m;
    }

    private static byte[] bytes(Path file) throws CurationException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CurationException(file, "cannot read: " + e.getMessage());
        }
    }

    // ---- curated facts ------------------------------------------------------------------------

    /** Checks and completes the facts a file asserts; returns how many. */
    private int curatedFacts(Path file, Model m, Model out, Resource source) throws CurationException {
        Set<Resource> facts = new LinkedHashSet<>();
        for (Resource type : FACT_CLASSES) facts.addAll(m.listSubjectsWithProperty(RDF.type, type).toList());
        for (Resource f : facts) {
            String what = describe(f);
            if (!f.isURIResource())
                throw new CurationException(file, "a curated fact needs an IRI (so it can be retracted or explained), e.g. <curation/agreement/acme-globex-2024>; found " + what);
            requireProvenance(file, f, what);
            Resource g = out.createResource(f.getURI()).addProperty(RDF.type, SIG.CuratedFact);
            if (!f.hasProperty(SIG.confidence)) g.addLiteral(SIG.confidence, out.createTypedLiteral("1.0", XSDDatatype.XSDdecimal));
            if (!f.hasProperty(PROV.wasDerivedFrom)) g.addProperty(PROV.wasDerivedFrom, source);
            if (f.hasProperty(RDF.type, SIG.Agreement)) {
                Resource status = requireOne(file, f, SIG.status, what + " needs sig:status sig:Signed or sig:Intended").asResource();
                if (!status.equals(SIG.Signed) && !status.equals(SIG.Intended))
                    throw new CurationException(file, what + ": sig:status must be sig:Signed or sig:Intended");
                int parties = f.listProperties(SIG.party).toList().size();
                if (status.equals(SIG.Signed) && parties < 2) throw new CurationException(file, what + ": a signed agreement needs at least two sig:party");
                kind(file, f, out, SIG.agreementKind, SIG.AgreementKinds, iris.kind(""), what);
                dated(file, f, g, what);
            }
            if (f.hasProperty(RDF.type, SchemaDO.Event)) {
                requireOne(file, f, SIG.eventKind, what + " needs a sig:eventKind");
                kind(file, f, out, SIG.eventKind, SIG.EventKinds, iris.eventKind(""), what);
                dated(file, f, g, what);
            }
            if (f.hasProperty(RDF.type, ORG.Membership)) {
                requireOne(file, f, ORG.member, what + " needs org:member (the person)");
                requireOne(file, f, ORG.organization, what + " needs org:organization");
                requireOne(file, f, SIG.title, what + " needs sig:title (\"general director\")");
            }
            if (f.hasProperty(RDF.type, SIG.PartOfStatement)) {
                Resource child = requireOne(file, f, SIG.child, what + " needs sig:child").asResource();
                Resource parent = requireOne(file, f, SIG.parent, what + " needs sig:parent").asResource();
                out.add(child, ORG.subOrganizationOf, parent);
            }
        }
        return facts.size();
    }

    /**
     * A kind concept of the ontology's scheme, described in the curation graph as the graph builder
     * describes it (a document graph names only the kinds its article uses). An unknown key under
     * the scheme's namespace is a typo, refused with the known keys.
     */
    private void kind(Path file, Resource f, Model out, Property p, Resource scheme, String namespace, String what) throws CurationException {
        for (RDFNode k : f.listProperties(p).mapWith(Statement::getObject).toList()) {
            if (!k.isURIResource() || !k.asResource().getURI().startsWith(namespace)) continue;
            String key = k.asResource().getURI().substring(namespace.length());
            Optional<Literal> label = labels.prefLabel(scheme, key);
            if (label.isEmpty())
                throw new CurationException(file, what + ": no kind '" + key + "' in " + scheme.getLocalName() + "; known: "
                        + String.join(", ", new TreeSet<>(labels.notations(scheme))));
            k.asResource().inModel(out).addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.notation, key).addProperty(SKOS.prefLabel, label.get());
        }
    }

    /** A curated date: typed by its precision, with the instant and basis an extracted date has. */
    private void dated(Path file, Resource f, Resource g, String what) throws CurationException {
        Statement s = f.getProperty(SIG.date);
        if (s == null) return;
        RDFNode o = s.getObject();
        Property position = !o.isLiteral() ? null : switch (o.asLiteral().getDatatypeURI()) {
            case "http://www.w3.org/2001/XMLSchema#date" -> TIME.inXSDDate;
            case "http://www.w3.org/2001/XMLSchema#gYearMonth" -> TIME.inXSDgYearMonth;
            case "http://www.w3.org/2001/XMLSchema#gYear" -> TIME.inXSDgYear;
            default -> null;
        };
        Optional<PartialDate> date = o.isLiteral() ? PartialDate.parse(o.asLiteral().getLexicalForm()) : Optional.empty();
        if (position == null || date.isEmpty())
            throw new CurationException(file, what + ": sig:date must be an xsd:date, xsd:gYearMonth or xsd:gYear (\"2024-03-03\"^^xsd:date)");
        if (!f.hasProperty(SIG.dateBasis)) g.addProperty(SIG.dateBasis, SIG.StatedDate);
        if (!f.hasProperty(TIME.hasTime)) {
            Resource instant = g.getModel().createResource(iris.instant(date.get()))
                    .addProperty(RDF.type, TIME.Instant).addLiteral(position, o.asLiteral());
            g.addProperty(TIME.hasTime, instant);
        }
    }

    // ---- retractions --------------------------------------------------------------------------

    /** Checks a file's retractions; returns the IRIs they retract. */
    private static Set<String> retractions(Path file, Model m, Model out) throws CurationException {
        Set<Resource> nodes = new LinkedHashSet<>(m.listSubjectsWithProperty(RDF.type, SIG.Retraction).toList());
        nodes.addAll(m.listSubjectsWithProperty(SIG.retracts).toList());
        Set<String> retracted = new TreeSet<>();
        for (Resource r : nodes) {
            String what = describe(r);
            out.add(r, RDF.type, SIG.Retraction);
            List<RDFNode> targets = m.listObjectsOfProperty(r, SIG.retracts).toList();
            if (targets.isEmpty()) throw new CurationException(file, what + " needs sig:retracts <the fact's IRI>");
            for (RDFNode t : targets) {
                if (!t.isURIResource()) throw new CurationException(file, what + ": sig:retracts must name a fact by its IRI");
                retracted.add(t.asResource().getURI());
            }
            requireProvenance(file, r, what);
            if (!hasText(r, SIG.curationNote)) throw new CurationException(file, what + " needs a sig:curationNote saying why");
        }
        return retracted;
    }

    // ---- merges -------------------------------------------------------------------------------

    /** The duplicate → canonical pairs of all files, and the file that stated each, for messages. */
    private static final class Merges {
        private final Map<String, String> canonicalOf = new LinkedHashMap<>();
        private final Map<String, Path> statedIn = new LinkedHashMap<>();

        void collect(Path file, Model m, Model out) throws CurationException {
            Set<Resource> nodes = new LinkedHashSet<>(m.listSubjectsWithProperty(RDF.type, SIG.Merge).toList());
            nodes.addAll(m.listSubjectsWithProperty(SIG.canonical).toList());
            nodes.addAll(m.listSubjectsWithProperty(SIG.duplicate).toList());
            for (Resource r : nodes) {
                String what = describe(r);
                out.add(r, RDF.type, SIG.Merge);
                List<RDFNode> canonical = m.listObjectsOfProperty(r, SIG.canonical).toList();
                if (canonical.size() != 1 || !canonical.get(0).isURIResource())
                    throw new CurationException(file, what + " needs exactly one sig:canonical <IRI kept>");
                List<RDFNode> duplicates = m.listObjectsOfProperty(r, SIG.duplicate).toList();
                if (duplicates.isEmpty()) throw new CurationException(file, what + " needs sig:duplicate <IRI merged away>");
                requireProvenance(file, r, what);
                String keep = canonical.get(0).asResource().getURI();
                for (RDFNode d : duplicates) {
                    if (!d.isURIResource()) throw new CurationException(file, what + ": sig:duplicate must be an IRI");
                    String dup = d.asResource().getURI();
                    if (dup.equals(keep)) throw new CurationException(file, what + " merges <" + dup + "> into itself");
                    String earlier = canonicalOf.putIfAbsent(dup, keep);
                    if (earlier != null && !earlier.equals(keep))
                        throw new CurationException(file, what + " merges <" + dup + "> into <" + keep + ">, but "
                                + statedIn.get(dup).getFileName() + " merges it into <" + earlier + ">");
                    statedIn.putIfAbsent(dup, file);
                }
            }
        }

        /** Each duplicate's final canonical IRI: a → b, b → c gives a → c and b → c. */
        Map<String, String> resolve() throws CurationException {
            Map<String, String> out = new LinkedHashMap<>();
            for (String dup : canonicalOf.keySet()) {
                Set<String> seen = new HashSet<>();
                String c = dup;
                while (canonicalOf.containsKey(c)) {
                    if (!seen.add(c)) throw new CurationException(statedIn.get(dup), "merges go round in a circle through <" + c + ">");
                    c = canonicalOf.get(c);
                }
                out.put(dup, c);
            }
            return out;
        }
    }

    // ---- checks -------------------------------------------------------------------------------

    /** Who (an agent with a name) and when (an xsd:date): what makes a curation accountable. */
    private static void requireProvenance(Path file, Resource r, String what) throws CurationException {
        boolean named = r.listProperties(PROV.wasAttributedTo).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isResource)
                .anyMatch(a -> hasText(a.asResource(), FOAF.name));
        if (!named)
            throw new CurationException(file, what + " needs its curator: prov:wasAttributedTo [ a prov:Agent ; foaf:name \"Your Name\" ]");
        boolean dated = Stream.of(DCTerms.created, PROV.generatedAtTime)
                .flatMap(p -> r.listProperties(p).toList().stream())
                .map(Statement::getObject)
                .anyMatch(o -> o.isLiteral() && XSDDatatype.XSDdate.getURI().equals(o.asLiteral().getDatatypeURI()));
        if (!dated) throw new CurationException(file, what + " needs its date: dcterms:created \"2025-01-31\"^^xsd:date");
    }

    private static RDFNode requireOne(Path file, Resource r, Property p, String message) throws CurationException {
        Statement s = r.getProperty(p);
        if (s == null) throw new CurationException(file, message);
        return s.getObject();
    }

    private static boolean hasText(Resource r, Property p) {
        return r.listProperties(p).toList().stream().anyMatch(s -> s.getObject().isLiteral() && !s.getString().isBlank());
    }

    /** How a message names a node: its IRI, or for a blank node what it points at. */
    private static String describe(Resource r) {
        if (r.isURIResource()) return "<" + r.getURI() + ">";
        for (Property p : List.of(SIG.retracts, SIG.canonical, SIG.duplicate, SIG.party, RDF.type)) {
            Statement s = r.getProperty(p);
            if (s != null && s.getObject().isURIResource())
                return "the blank node with " + p.getLocalName() + " <" + s.getObject().asResource().getURI() + ">";
        }
        return "a blank node";
    }

    /** Retracted and merged IRIs the store does not hold: likely typos, reported but not refused (the article may come later). */
    private List<String> unknownTargets(SignetStore store, Curations c) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Graph mine = c.graph();
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            List<String> out = new ArrayList<>();
            for (String iri : c.retracted())
                if (!known(union, mine, iri)) out.add("retracts <" + iri + ">, which no stored document states (a typo, or its article is not ingested yet)");
            for (var e : c.mergedInto().entrySet()) {
                if (!known(union, mine, e.getKey())) out.add("merges <" + e.getKey() + ">, which the store does not hold");
            }
            return out;
        });
    }

    private static boolean known(Graph union, Graph curation, String iri) {
        Node n = NodeFactory.createURI(iri);
        // a fact or entity described somewhere (its own triples), not merely named by a curation
        return union.find(n, Node.ANY, Node.ANY).filterDrop(t -> t.getPredicate().equals(SIG.mergedInto.asNode())).hasNext()
                || curation.find(n, Node.ANY, Node.ANY).filterDrop(t -> t.getPredicate().equals(SIG.mergedInto.asNode())).hasNext();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String hex(byte[] b) { return HexFormat.of().formatHex(b); }

    /**
     * The curated names of organizations as {@code sig:nameKey}s, as the graph builder writes them
     * for extracted ones, so a curated organization or a curated alias of an extracted one is found by
     * name like any other. An organization is a node typed org:Organization here or minted as one.
     */
    private void nameKeys(Model out) {
        String orgs = iris.entity(EntityKind.ORGANIZATION, "");
        Map<Resource, List<String>> names = new HashMap<>();
        for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SIG.acronym))
            out.listStatements(null, p, (RDFNode) null).forEachRemaining(st -> {
                Resource s = st.getSubject();
                boolean org = out.contains(s, RDF.type, ORG.Organization) || s.isURIResource() && s.getURI().startsWith(orgs);
                if (st.getObject().isLiteral() && org)
                    names.computeIfAbsent(st.getSubject(), k -> new ArrayList<>()).add(st.getLiteral().getLexicalForm());
            });
        names.forEach(NameKey::addAll);
    }
}
