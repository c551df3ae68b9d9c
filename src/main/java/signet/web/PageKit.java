package signet.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SchemaDO;
import signet.graph.PROV;
import signet.graph.SIG;

/**
 * The pieces pages are made of, for one request: links named by their labels, values, dates at
 * their precision, evidence quotes linked to their highlight on the document page. Every string
 * from the graph passes through {@link Html#esc}.
 */
final class PageKit {
    private final SitePaths paths;
    private final Labels labels;

    PageKit(SitePaths paths, Labels labels) {
        this.paths = paths;
        this.labels = labels;
    }

    SitePaths paths() { return paths; }

    String label(String iri) { return labels.of(iri); }

    /** A link to a resource's page, named by its label. */
    String link(String iri) { return Html.link(paths.pageHref(iri), labels.of(iri)); }

    String links(Collection<String> iris) {
        return iris.isEmpty() ? "—" : iris.stream().map(this::link).collect(Collectors.joining(", "));
    }

    /** A value: our resources linked by name, other IRIs linked as they are, literals as text (dates at their precision). */
    String node(RDFNode n) {
        if (n == null) return "";
        if (n.isURIResource()) return link(n.asResource().getURI());
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            return Html.esc(DateText.isDate(l) ? DateText.of(l) : l.getLexicalForm());
        }
        return "<span class=\"muted\">(unnamed node)</span>";
    }

    String nodes(List<RDFNode> ns) {
        return ns.isEmpty() ? "—" : ns.stream().map(this::node).collect(Collectors.joining(", "));
    }

    /** The fact's date at its precision, with a note when the text did not state it. */
    String date(FactView f) {
        return f.literal(SIG.date).map(d -> {
            String basis = f.iris(SIG.dateBasis).stream().findFirst().orElse("");
            String note = basis.equals(SIG.PublicationDate.getURI()) ? " <span class=\"muted\">(article's date)</span>"
                    : basis.equals(SIG.ResolvedDate.getURI()) ? " <span class=\"muted\">(resolved)</span>" : "";
            return "<span class=\"date\">" + Html.esc(DateText.of(d)) + "</span>" + note;
        }).orElse("—");
    }

    /** "signed" / "intended" from the status individual. */
    static String status(FactView f) {
        List<String> s = f.iris(SIG.status);
        if (s.contains(SIG.Signed.getURI())) return "signed";
        if (s.contains(SIG.Intended.getURI())) return "intended";
        return s.isEmpty() ? "—" : Html.esc(s.get(0).substring(s.get(0).lastIndexOf('#') + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Where the evidence's highlight is: {@code /page/doc/ID#ev-HASH}, with {@code ?part=N} when
     * it is past the first part of a long text.
     */
    String evidenceHref(EvidenceView e) {
        int part = TextParts.partOf(e.start());
        return paths.pageHref(e.doc()) + (part > 1 ? "?part=" + part : "") + "#" + e.anchor();
    }

    /**
     * The sentences stating a fact, each quoted and linked to its place in the document; a fact
     * without evidence (added by a curator) says so and links its source.
     */
    String evidence(FactView f) {
        StringBuilder b = new StringBuilder();
        for (EvidenceView e : f.evidence()) {
            b.append("<blockquote class=\"evidence\">").append(Html.esc(e.exact())).append("</blockquote>")
             .append("<div class=\"muted\">").append(Html.link(evidenceHref(e), "in " + labels.of(e.doc())))
             .append("</div>");
        }
        f.literal(SIG.evidenceNotKept).ifPresent(n -> b.append("<div class=\"muted\">and ").append(Html.esc(n.getLexicalForm()))
                .append(" further sentences stating it, not kept as evidence</div>"));
        if (f.evidence().isEmpty()) {
            b.append("<div class=\"muted\">no evidence sentence");
            if (!f.iris(PROV.wasDerivedFrom).isEmpty()) b.append("; source: ").append(links(f.iris(PROV.wasDerivedFrom)));
            b.append("</div>");
        }
        return b.toString();
    }

    /** A link to the fact's own page. */
    String factLink(FactView f, String text) { return Html.link(paths.pageHref(f.iri()), text); }

    /** The IRIs a fact mentions, to label them in one query. */
    static List<String> mentioned(Collection<FactView> facts) {
        return facts.stream().flatMap(f -> Stream.concat(
                        f.properties().values().stream().flatMap(List::stream)
                                .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI()),
                        f.evidence().stream().map(EvidenceView::doc)))
                .distinct().toList();
    }

    /** A one-line summary of a fact with links: kind, parties, date; who holds what; what is part of what. */
    String summary(FactView f) {
        return switch (f.type()) {
            case AGREEMENT -> kind(f, SIG.agreementKind) + " (" + status(f) + "): " + links(f.iris(SIG.party)) + ", " + date(f);
            case POST -> links(f.iris(ORG.member)) + ", "
                    + f.literal(SIG.title).map(l -> Html.esc(l.getLexicalForm())).orElse(links(f.iris(ORG.role)))
                    + ", " + links(f.iris(ORG.organization));
            case PART_OF -> links(f.iris(SIG.child)) + " is part of " + links(f.iris(SIG.parent));
            case EVENT -> kind(f, SIG.eventKind) + ": " + links(concat(f.iris(SchemaDO.organizer),
                    f.iris(SchemaDO.attendee))) + ", " + date(f);
        };
    }

    /** The fact's kind, named by its concept, linked to the fact's own page. */
    String kind(FactView f, Property kindProperty) {
        String name = f.iris(kindProperty).stream().findFirst().map(labels::of)
                .or(() -> f.literal(SIG.statedKind).map(Literal::getLexicalForm)).orElse(f.type().title.toLowerCase(Locale.ROOT));
        return factLink(f, name);
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
