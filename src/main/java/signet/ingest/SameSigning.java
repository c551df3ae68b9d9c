package signet.ingest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import signet.graph.SIG;
import signet.time.PartialDate;

/**
 * One signing reported by several articles is one agreement: before a document's graph is stored,
 * each signed agreement in it is compared with the signed agreements other documents already put
 * in the store, and where the parties are the same, the kinds agree and the dates are compatible,
 * the new graph says {@code <new> sig:sameSigningAs <earlier>}. The link lives in the new
 * document's graph (a document never writes into another's), points at the earliest report, and
 * the named queries answer the reports of one signing as one agreement with several evidence
 * links. Compatible dates: one is a coarsening of the other (2026-01 and 2026-01-20), or either is
 * the article's date standing in for a missing one and they are at most a week apart.
 */
final class SameSigning {
    private static final Node SIGNED = SIG.Nodes.Signed;
    private static final Node STATUS = SIG.Nodes.status;
    private static final Node PARTY = SIG.Nodes.party;
    private static final Node DATE = SIG.Nodes.date;
    private static final Node BASIS = SIG.dateBasis.asNode();
    private static final Node KIND = SIG.agreementKind.asNode();
    private static final Node SAME = SIG.sameSigningAs.asNode();
    private static final Node PUBLICATION = SIG.PublicationDate.asNode();
    /** Kinds too generic to tell two signings apart. */
    private static final Set<String> GENERIC_KINDS = Set.of("agreement", "memorandum", "deal");

    private SameSigning() {}

    /** A signed agreement as one graph states it. */
    private record Report(Node node, Set<Node> parties, Optional<Node> date, boolean publicationDate, Optional<Node> kind) {}

    /** Adds {@code sig:sameSigningAs} links from the agreements of {@code graph} to earlier reports in {@code store}. */
    static void link(Graph graph, Node graphName, Dataset store) {
        List<Report> mine = reports(graph);
        if (mine.isEmpty()) return;
        DatasetGraph dsg = store.asDatasetGraph();
        List<Triple> links = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            for (Report r : mine) {
                Node first = r.parties().iterator().next();
                Node best = null;
                var it = dsg.find(Node.ANY, Node.ANY, PARTY, first);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (q.getGraph().equals(graphName) || Quad.isDefaultGraph(q.getGraph())) continue;
                    Graph other = dsg.getGraph(q.getGraph());
                    Report o = report(other, q.getSubject());
                    if (o == null || !o.parties().equals(r.parties()) || !compatible(r, o)) continue;
                    // the earliest report is the one linked to: the one that has no link of its own
                    if (other.find(o.node(), SAME, Node.ANY).hasNext()) continue;
                    if (best == null || o.node().getURI().compareTo(best.getURI()) < 0) best = o.node();
                }
                if (best != null) links.add(Triple.create(r.node(), SAME, best));
            }
        });
        links.forEach(graph::add);
    }

    private static List<Report> reports(Graph g) {
        List<Report> out = new ArrayList<>();
        g.find(Node.ANY, STATUS, SIGNED).forEach(t -> {
            Report r = report(g, t.getSubject());
            if (r != null) out.add(r);
        });
        return out;
    }

    private static Report report(Graph g, Node agreement) {
        if (!g.contains(agreement, STATUS, SIGNED) || !g.contains(agreement, RDF.type.asNode(), SIG.Agreement.asNode())) return null;
        Set<Node> parties = new HashSet<>();
        g.find(agreement, PARTY, Node.ANY).forEach(t -> parties.add(t.getObject()));
        if (parties.size() < 2) return null;
        Optional<Node> date = g.find(agreement, DATE, Node.ANY).nextOptional().map(Triple::getObject);
        boolean publication = g.contains(agreement, BASIS, PUBLICATION);
        Optional<Node> kind = g.find(agreement, KIND, Node.ANY).nextOptional().map(Triple::getObject);
        return new Report(agreement, parties, date, publication, kind);
    }

    private static boolean compatible(Report a, Report b) {
        if (a.kind().isPresent() && b.kind().isPresent() && !a.kind().equals(b.kind())
                && !generic(a.kind().get()) && !generic(b.kind().get())) return false;
        if (a.date().isEmpty() || b.date().isEmpty()) return true;
        Optional<PartialDate> x = PartialDate.parse(a.date().get().getLiteralLexicalForm());
        Optional<PartialDate> y = PartialDate.parse(b.date().get().getLiteralLexicalForm());
        if (x.isEmpty() || y.isEmpty()) return false;
        if (x.get().compatibleWith(y.get())) return true;
        if (!(a.publicationDate() || b.publicationDate())) return false;
        Optional<LocalDate> dx = x.get().toLocalDate(), dy = y.get().toLocalDate();
        return dx.isPresent() && dy.isPresent() && Math.abs(ChronoUnit.DAYS.between(dx.get(), dy.get())) <= 7;
    }

    private static boolean generic(Node kind) {
        String iri = kind.isURI() ? kind.getURI() : "";
        return GENERIC_KINDS.contains(iri.substring(iri.lastIndexOf('/') + 1));
    }
}
