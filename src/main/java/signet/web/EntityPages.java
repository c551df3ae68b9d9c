package signet.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SchemaDO;
import signet.graph.SIG;

/**
 * Pages of organizations, people and places: their names, and the facts they take part in, each
 * with its evidence sentence linked to the document. An entity that curation merged into another
 * says so and links it; the canonical entity's page also shows the facts stated of its duplicates.
 */
final class EntityPages {
    /**
     * Facts shown per page ({@code ?page=N}): more than almost any real entity has, few enough that
     * an organization party to thousands of agreements gets pages of a few hundred KB.
     */
    static final int FACTS_PER_PAGE = 100;

    private final Sparql sparql;
    private final FactReader reader;
    private final SitePaths paths;

    EntityPages(Sparql sparql, FactReader reader, SitePaths paths) {
        this.sparql = sparql;
        this.reader = reader;
        this.paths = paths;
    }

    /** The entity and every IRI curation merged into it. */
    private List<String> identities(String iri) {
        List<String> ids = new ArrayList<>(List.of(iri));
        sparql.select("SELECT DISTINCT ?d WHERE { ?d sig:mergedInto ?this }", Sparql.iri("this", iri))
              .forEach(r -> ids.add(Sparql.str(r, "d")));
        return List.copyOf(ids);
    }

    /** One page of an entity's facts: their IRIs, the page shown and how many pages there are. */
    private record Slice(List<String> facts, int page, int pages) {
        /** "← previous · Page of facts 2 of 7 · next →" above and below the facts, nothing when there is one page. */
        String pager(String self) {
            return pages == 1 ? "" : Paging.links(self, "", "page", page, page < pages, pages, "", "Page of facts");
        }
    }

    /**
     * Page {@code askedPage} of the (not retracted) facts matching {@code patterns}, in the order
     * pages show facts ({@link FactReader#read}): latest date first, then by IRI.
     */
    private Slice factsAbout(List<String> ids, String patterns, int askedPage) {
        record Dated(String iri, String date) {}
        List<Dated> all = new ArrayList<>(sparql.select("""
                SELECT ?fact (MAX(STR(?d)) AS ?date) WHERE {
                  { SELECT DISTINCT ?fact WHERE { %s %s %s } }
                  OPTIONAL { ?fact sig:date ?d }
                } GROUP BY ?fact""".formatted(Sparql.values("e", ids), patterns, Sparql.NOT_RETRACTED))
                .stream().map(r -> new Dated(Sparql.str(r, "fact"), Sparql.str(r, "date"))).toList());
        all.sort(Comparator.comparing(Dated::date).reversed().thenComparing(Dated::iri));
        int pages = Paging.pages(all.size(), FACTS_PER_PAGE);
        int page = Paging.clamp(askedPage, pages);
        List<String> slice = all.subList((page - 1) * FACTS_PER_PAGE, Math.min(all.size(), page * FACTS_PER_PAGE))
                .stream().map(Dated::iri).toList();
        return new Slice(slice, page, pages);
    }

    private record Names(Map<String, Set<String>> byProperty, Set<String> sameAs, Set<String> mergedInto, Set<String> types) {}

    private Names names(List<String> ids) {
        Map<String, Set<String>> by = new LinkedHashMap<>();
        Set<String> sameAs = new TreeSet<>();
        Set<String> merged = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        for (QuerySolution r : sparql.select("""
                SELECT ?p ?o WHERE {
                  %s
                  ?e ?p ?o .
                  VALUES ?p { skos:prefLabel skos:altLabel sig:acronym rdfs:label foaf:name owl:sameAs schema:sameAs sig:mergedInto rdf:type }
                }""".formatted(Sparql.values("e", ids)))) {
            String p = Sparql.str(r, "p");
            String o = Sparql.str(r, "o");
            if (p.endsWith("#sameAs") || p.endsWith("/sameAs")) sameAs.add(o);
            else if (p.equals(SIG.mergedInto.getURI())) merged.add(o);
            else if (p.endsWith("#type")) types.add(o);
            else by.computeIfAbsent(p, k -> new TreeSet<>()).add(o);
        }
        return new Names(by, sameAs, merged, types);
    }

    private static String namesSection(Names n, String typeName) {
        StringBuilder b = new StringBuilder("<dl>");
        row(b, "Preferred name", n.byProperty().get("http://www.w3.org/2004/02/skos/core#prefLabel"));
        row(b, "Also called", n.byProperty().get("http://www.w3.org/2004/02/skos/core#altLabel"));
        row(b, "Acronym", n.byProperty().get(SIG.acronym.getURI()));
        b.append("<dt>Type</dt><dd>").append(Html.esc(typeName)).append("</dd>");
        if (!n.sameAs().isEmpty()) {
            b.append("<dt>Same as</dt><dd>");
            n.sameAs().forEach(s -> b.append(Html.link(s, s.contains("wikidata.org/entity/") ? "Wikidata " + s.substring(s.lastIndexOf('/') + 1) : s)).append(' '));
            b.append("</dd>");
        }
        return b.append("</dl>").toString();
    }

    private static void row(StringBuilder b, String title, Set<String> values) {
        if (values == null || values.isEmpty()) return;
        b.append("<dt>").append(Html.esc(title)).append("</dt><dd>").append(Html.esc(String.join(" · ", values))).append("</dd>");
    }

    private String head(String iri, String title, Names n, PageKit kit) {
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(title)).append("</h1>");
        for (String c : n.mergedInto()) {
            b.append("<p class=\"notice\">Curation merged this entry into ").append(kit.link(c)).append(".</p>");
        }
        b.append("<p class=\"muted\">IRI <code>").append(Html.esc(iri)).append("</code> · ")
         .append(Html.link(paths.dataHref(iri), "RDF description")).append("</p>");
        return b.toString();
    }

    private PageKit kit(String iri, List<FactView> facts, Names n) {
        List<String> mention = new ArrayList<>(PageKit.mentioned(facts));
        mention.add(iri);
        mention.addAll(n.mergedInto());
        return new PageKit(paths, Labels.load(sparql, mention));
    }

    private static List<String> others(List<String> all, List<String> ids) {
        return all.stream().filter(x -> !ids.contains(x)).toList();
    }

    private static Predicate<FactView> involves(Property p, List<String> ids) {
        return f -> f.iris(p).stream().anyMatch(ids::contains);
    }

    String organization(String iri, int askedPage) {
        List<String> ids = identities(iri);
        Slice slice = factsAbout(ids, """
                { ?fact sig:party ?e } UNION { ?fact org:organization ?e } UNION { ?fact sig:child ?e }
                UNION { ?fact sig:parent ?e } UNION { ?fact schema:organizer ?e } UNION { ?fact schema:attendee ?e }""", askedPage);
        List<FactView> facts = reader.read(slice.facts());
        Names n = names(ids);
        PageKit kit = kit(iri, facts, n);
        String title = kit.label(iri);
        StringBuilder b = new StringBuilder(head(iri, title, n, kit));
        b.append(Html.section("names", "Names", namesSection(n, "Organization")));
        String pager = slice.pager(paths.pageHref(iri));
        b.append(pager);

        List<List<String>> agreements = facts.stream().filter(f -> f.type() == FactType.AGREEMENT && involves(SIG.party, ids).test(f))
                .map(f -> List.of(kit.links(others(f.iris(SIG.party), ids)), kit.kind(f, SIG.agreementKind), PageKit.status(f),
                        kit.date(f), kit.links(f.iris(SchemaDO.location)), kit.evidence(f))).toList();
        b.append(Html.section("agreements", "Agreements", Html.table(
                List.of("With", "Kind", "Status", "Date", "Place", "Evidence"), agreements, "No agreements found.")));

        List<List<String>> posts = facts.stream().filter(f -> f.type() == FactType.POST && involves(ORG.organization, ids).test(f))
                .map(f -> List.of(kit.links(f.iris(ORG.member)), role(f, kit), asOf(f), kit.evidence(f))).toList();
        b.append(Html.section("posts", "People and posts", Html.table(List.of("Person", "Post", "As of", "Evidence"), posts, "No posts found.")));

        List<List<String>> parents = facts.stream().filter(f -> f.type() == FactType.PART_OF && involves(SIG.child, ids).test(f))
                .map(f -> List.of(kit.links(f.iris(SIG.parent)), kit.factLink(f, "part of"), kit.evidence(f))).toList();
        b.append(Html.section("parents", "Part of", Html.table(List.of("Parent", "Statement", "Evidence"), parents, "No parent organization found.")));

        List<List<String>> subs = facts.stream().filter(f -> f.type() == FactType.PART_OF && involves(SIG.parent, ids).test(f))
                .map(f -> List.of(kit.links(f.iris(SIG.child)), kit.factLink(f, "has part"), kit.evidence(f))).toList();
        b.append(Html.section("subsidiaries", "Subsidiaries and units", Html.table(List.of("Part", "Statement", "Evidence"), subs, "No subsidiaries found.")));

        b.append(Html.section("events", "Events", eventsTable(facts.stream().filter(f -> f.type() == FactType.EVENT).toList(), ids, kit)));
        b.append(pager);
        return Html.page(title, Html.rdfAlternate(paths.dataHref(iri)), b.toString());
    }

    private String eventsTable(List<FactView> events, List<String> ids, PageKit kit) {
        List<List<String>> rows = events.stream().map(f -> List.of(kit.kind(f, SIG.eventKind),
                involves(SchemaDO.organizer, ids).test(f) ? "organizer" : "participant",
                kit.links(others(PageKit.concat(f.iris(SchemaDO.organizer), f.iris(SchemaDO.attendee)), ids)),
                kit.date(f), kit.links(f.iris(SchemaDO.location)), kit.evidence(f))).toList();
        return Html.table(List.of("Event", "Role", "With", "Date", "Place", "Evidence"), rows, "No events found.");
    }

    private static String role(FactView f, PageKit kit) {
        return f.literal(SIG.title).map(l -> kit.factLink(f, l.getLexicalForm())).orElse(kit.links(f.iris(ORG.role)));
    }

    private static String asOf(FactView f) {
        return f.literal(SIG.statedAsOf).map(l -> "<span class=\"date\">" + Html.esc(DateText.of(l)) + "</span>").orElse("—");
    }

    String person(String iri, int askedPage) {
        List<String> ids = identities(iri);
        Slice slice = factsAbout(ids, """
                { ?fact org:member ?e } UNION { ?fact sig:signatory ?e } UNION { ?fact sig:signature ?s . ?s sig:signer ?e }
                UNION { ?fact sig:witness ?e } UNION { ?fact schema:attendee ?e } UNION { ?fact schema:organizer ?e }""", askedPage);
        List<FactView> facts = reader.read(slice.facts());
        Names n = names(ids);
        PageKit kit = kit(iri, facts, n);
        String title = kit.label(iri);
        StringBuilder b = new StringBuilder(head(iri, title, n, kit));
        b.append(Html.section("names", "Names", namesSection(n, "Person")));
        String pager = slice.pager(paths.pageHref(iri));
        b.append(pager);
        List<List<String>> posts = facts.stream().filter(f -> f.type() == FactType.POST)
                .map(f -> List.of(kit.links(f.iris(ORG.organization)), role(f, kit), asOf(f), kit.evidence(f))).toList();
        b.append(Html.section("posts", "Posts", Html.table(List.of("Organization", "Post", "As of", "Evidence"), posts, "No posts found.")));
        List<List<String>> signed = facts.stream().filter(f -> f.type() == FactType.AGREEMENT)
                .map(f -> List.of(kit.kind(f, SIG.agreementKind), kit.links(f.iris(SIG.party)), PageKit.status(f), kit.date(f),
                        kit.links(f.iris(SchemaDO.location)), kit.evidence(f))).toList();
        b.append(Html.section("agreements", "Agreements signed or witnessed", Html.table(
                List.of("Agreement", "Parties", "Status", "Date", "Place", "Evidence"), signed, "No agreements found.")));
        b.append(Html.section("events", "Events", eventsTable(facts.stream().filter(f -> f.type() == FactType.EVENT).toList(), ids, kit)));
        b.append(pager);
        return Html.page(title, Html.rdfAlternate(paths.dataHref(iri)), b.toString());
    }

    String place(String iri, int askedPage) {
        List<String> ids = identities(iri);
        Slice slice = factsAbout(ids, "?fact schema:location ?e .", askedPage);
        List<FactView> facts = reader.read(slice.facts());
        Names n = names(ids);
        PageKit kit = kit(iri, facts, n);
        String title = kit.label(iri);
        StringBuilder b = new StringBuilder(head(iri, title, n, kit));
        b.append(Html.section("names", "Names", namesSection(n, "Place")));
        String pager = slice.pager(paths.pageHref(iri));
        List<List<String>> rows = facts.stream().map(f -> List.of(Html.esc(f.type().title), kit.summary(f), kit.evidence(f))).toList();
        b.append(Html.section("facts", "Agreements and events here",
                pager + Html.table(List.of("Fact", "What", "Evidence"), rows, "Nothing located here.") + pager));
        return Html.page(title, Html.rdfAlternate(paths.dataHref(iri)), b.toString());
    }
}
