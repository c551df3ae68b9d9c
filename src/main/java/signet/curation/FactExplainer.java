package signet.curation;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import signet.graph.PROV;
import signet.graph.SIG;

/**
 * Explains a fact from the store's union graph: what it is, where it comes from (the evidence
 * sentences with document, offsets, rule and confidence; or the curator, date and note), its
 * overall confidence, and whether a curator retracted it. Unlike the named query
 * {@code evidence.rq}, which leaves retracted facts out, it shows a retracted fact's evidence:
 * that is what one wants to see when asking why a fact was wrong.
 */
public final class FactExplainer {
    private static final List<Resource> FACT_CLASSES = List.of(SIG.Agreement, ORG.Membership, SIG.PartOfStatement, SchemaDO.Event);

    private final Dataset dataset;

    public FactExplainer(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** A sentence stating the fact. Offsets are 0-based, end-exclusive, into the document's cleaned text. */
    public record EvidenceLine(String document, String fileName, long start, long end, String text, String rule, String confidence) {}

    /** Who made a curation (the fact's own, or a retraction of it), when, and why. */
    public record CurationLine(String curator, String date, String note) {}

    /**
     * @param iri         the fact
     * @param kind        agreement, post, part-of or event
     * @param label       its rdfs:label, if any
     * @param confidence  its overall confidence (the best of its evidence), if any
     * @param source      the document (or curation file) it is derived from
     * @param curated     the curation that added it, when a curator did
     * @param evidence    the sentences stating it, in text order
     * @param retractions the curations that retract it (empty: not retracted)
     */
    public record Explanation(String iri, String kind, Optional<String> label, Optional<String> confidence, List<String> source,
                              Optional<CurationLine> curated, List<EvidenceLine> evidence, List<CurationLine> retractions) {
        public Explanation {
            source = List.copyOf(source);
            evidence = List.copyOf(evidence);
            retractions = List.copyOf(retractions);
        }

        public boolean retracted() { return !retractions.isEmpty(); }

        /** The human-readable explanation. */
        public void print(PrintWriter out) {
            out.println(iri);
            out.println("  " + kind + label.map(l -> ": " + l).orElse(""));
            out.println("  source: " + curated.map(c -> "curated by " + c.curator() + " on " + c.date()
                    + (c.note().isEmpty() ? "" : " (" + c.note() + ")")).orElse("extracted")
                    + (source.isEmpty() ? "" : ", from " + String.join(", ", source)));
            out.println("  confidence: " + confidence.orElse("-"));
            if (retractions.isEmpty()) out.println("  retracted: no");
            for (CurationLine r : retractions)
                out.println("  retracted: yes, by " + r.curator() + " on " + r.date() + (r.note().isEmpty() ? "" : ": " + r.note()));
            if (evidence.isEmpty()) out.println("  evidence: none" + (curated.isPresent() ? " (a curator's fact)" : ""));
            int n = 0;
            for (EvidenceLine e : evidence) {
                out.println("  evidence " + (++n) + ": " + e.fileName() + " [" + e.start() + ", " + e.end() + ")  rule " + e.rule()
                        + ", confidence " + e.confidence());
                out.println("    \"" + e.text() + "\"");
            }
            out.flush();
        }
    }

    /** The explanation of a fact, or empty when the store holds no fact with that IRI. */
    public Optional<Explanation> explain(String iri) {
        return Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph());
            Resource f = m.createResource(iri);
            Optional<Resource> type = FACT_CLASSES.stream().filter(t -> f.hasProperty(RDF.type, t)).findFirst();
            if (type.isEmpty()) return Optional.empty();
            String kind = type.get().equals(SIG.Agreement) ? "agreement" : type.get().equals(ORG.Membership) ? "post"
                    : type.get().equals(SIG.PartOfStatement) ? "part-of" : "event";
            List<String> source = f.listProperties(PROV.wasDerivedFrom).mapWith(s -> fileName(s.getObject())).toList();
            Optional<CurationLine> curated = f.hasProperty(RDF.type, SIG.CuratedFact) ? Optional.of(curation(f)) : Optional.empty();
            List<CurationLine> retractions = m.listSubjectsWithProperty(SIG.retracts, f).mapWith(FactExplainer::curation).toList();
            List<EvidenceLine> evidence = new ArrayList<>();
            for (RDFNode a : f.listProperties(SIG.evidence).mapWith(Statement::getObject).toList())
                evidenceLine(a.asResource()).ifPresent(evidence::add);
            evidence.sort(Comparator.comparing(EvidenceLine::document).thenComparingLong(EvidenceLine::start));
            return Optional.of(new Explanation(iri, kind, text(f, RDFS.label), text(f, SIG.confidence), source, curated, evidence, retractions));
        });
    }

    private static Optional<EvidenceLine> evidenceLine(Resource ann) {
        Resource target = ann.getPropertyResourceValue(OA.hasTarget);
        if (target == null) return Optional.empty();
        Resource doc = target.getPropertyResourceValue(OA.hasSource);
        String exact = null;
        long start = -1, end = -1;
        for (Statement s : target.listProperties(OA.hasSelector).toList()) {
            Resource sel = s.getResource();
            if (sel.hasProperty(OA.exact)) exact = sel.getProperty(OA.exact).getString();
            if (sel.hasProperty(OA.start)) start = sel.getProperty(OA.start).getLong();
            if (sel.hasProperty(OA.end)) end = sel.getProperty(OA.end).getLong();
        }
        if (exact == null) return Optional.empty();
        return Optional.of(new EvidenceLine(doc == null ? "" : doc.getURI(), fileName(doc), start, end, exact,
                text(ann, SIG.rule).orElse("-"), text(ann, SIG.confidence).orElse("-")));
    }

    private static CurationLine curation(Resource r) {
        String curator = r.listProperties(PROV.wasAttributedTo).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isResource)
                .map(a -> text(a.asResource(), FOAF.name).orElse(a.toString())).sorted().findFirst().orElse("(unknown curator)");
        String date = text(r, DCTerms.created).or(() -> text(r, PROV.generatedAtTime)).orElse("(undated)");
        return new CurationLine(curator, date, text(r, SIG.curationNote).orElse(""));
    }

    /** A document by its file name when it has one (articles and curation files do), else its IRI. */
    private static String fileName(RDFNode n) {
        if (n == null || !n.isResource()) return "";
        return text(n.asResource(), SIG.fileName).orElse(n.isURIResource() ? n.asResource().getURI() : n.toString());
    }

    private static Optional<String> text(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null) return Optional.empty();
        return Optional.of(s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : s.getObject().toString());
    }
}
