package signet.ingest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 *
 * <p>One instance serves one ingest run, called in input order by its single writer. The earlier
 * reports are those of the store (as it was before the run, for documents the run has not
 * rewritten) and those of the documents already linked in this run, kept in memory keyed by their
 * set of parties: a bulk load cannot read the store it is filling, and a batch not yet committed
 * is not in it. Both together are exactly what a run storing one document at a time would find,
 * so the links do not depend on how the run writes. Not thread-safe.
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

    /** A signed agreement as one graph states it. */
    private record Report(Node node, Set<Node> parties, Optional<Node> date, boolean publicationDate, Optional<Node> kind) {}

    /** A report of this run others may link to, with the graph stating it. */
    private record Root(Report report, Node graph) {}

    /** The store to look in, absent when it was empty at the start of the run (or is remote). */
    private final Optional<DatasetGraph> store;
    /** Reports of this run that link to nothing (the only ones others may link to), by their parties. */
    private final Map<Set<Node>, List<Root>> runRoots = new HashMap<>();
    /** Graphs this run has linked: their stored version is stale, {@link #runRoots} has the new one. */
    private final Set<Node> runGraphs = new HashSet<>();

    /**
     * @param store the store holding earlier documents, or empty when there are none to consult
     *              (an empty store, a bulk load, a remote endpoint)
     */
    SameSigning(Optional<DatasetGraph> store) {
        this.store = store;
    }

    /**
     * Adds {@code sig:sameSigningAs} links from the signed agreements of {@code graph} to the
     * earliest compatible report stored before or linked earlier in this run, and remembers the
     * graph's own reports for the documents after it.
     */
    void link(Graph graph, Node graphName) {
        List<Report> mine = reports(graph);
        runGraphs.add(graphName);
        if (mine.isEmpty()) return;
        List<Triple> links = new ArrayList<>();
        List<Report> roots = new ArrayList<>();
        for (Report r : mine) {
            Node best = null;
            for (Root o : runRoots.getOrDefault(r.parties(), List.of()))
                if (compatible(r, o.report())) best = earlier(best, o.report().node());
            if (store.isPresent()) best = earlier(best, storedRoot(store.get(), r, graphName));
            if (best != null) links.add(Triple.create(r.node(), SAME, best));
            else roots.add(r);
        }
        links.forEach(graph::add);
        for (Report r : roots) runRoots.computeIfAbsent(r.parties(), k -> new ArrayList<>()).add(new Root(r, graphName));
    }

    /** The graph was not stored after all: its reports are no earlier report for anyone. */
    void forget(Node graphName) {
        runRoots.values().forEach(list -> list.removeIf(r -> r.graph().equals(graphName)));
        runGraphs.remove(graphName);
    }

    private static Node earlier(Node best, Node candidate) {
        if (candidate == null) return best;
        return best == null || candidate.getURI().compareTo(best.getURI()) < 0 ? candidate : best;
    }

    /** The first (by IRI) compatible report of the store that links to nothing, outside the graphs of this run. */
    private Node storedRoot(DatasetGraph dsg, Report r, Node graphName) {
        return Txn.calculateRead(dsg, () -> {
            List<Node> parties = List.copyOf(r.parties());
            Node first = parties.get(0);
            Node best = null;
            var it = dsg.find(Node.ANY, Node.ANY, PARTY, first);
            while (it.hasNext()) {
                Quad q = it.next();
                Node g = q.getGraph();
                if (g.equals(graphName) || Quad.isDefaultGraph(g) || runGraphs.contains(g)) continue;
                // cheap rejection first: a popular party has many agreements, few with the same partners
                boolean sameParties = true;
                for (int i = 1; i < parties.size() && sameParties; i++) sameParties = dsg.contains(g, q.getSubject(), PARTY, parties.get(i));
                if (!sameParties) continue;
                Graph other = dsg.getGraph(g);
                Report o = report(other, q.getSubject());
                if (o == null || !o.parties().equals(r.parties()) || !compatible(r, o)) continue;
                // the earliest report is the one linked to: the one that has no link of its own
                if (other.find(o.node(), SAME, Node.ANY).hasNext()) continue;
                best = earlier(best, o.node());
            }
            return best;
        });
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
