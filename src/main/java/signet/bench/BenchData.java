package signet.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import signet.lexicon.TsvResource;

/**
 * The word lists and templates of the benchmark corpus ({@code bench/*.tsv}), plus the cities and
 * organizations Signet's reference data knows ({@code reference/places.tsv},
 * {@code reference/organizations.tsv}), so generated places are ones the extractor can resolve.
 * Loaded once; immutable.
 */
final class BenchData {

    record Title(String inline, String capitalised, boolean head) {}
    record AgreementKind(String phrase, String goldKind) {}
    record EventName(String name, String kind) {}
    /** A city; {@code known} when places.tsv lists it (then {@code aliases} are its other names there). */
    record City(String name, List<String> aliases, String country, boolean known) {}
    record OrgPattern(String full, String shortForm, boolean acronym, int weight) {}
    record ReferenceOrg(String name, String acronym) {}
    record Filler(String kind, String text) {}

    final List<String> adjectives, nouns, firstNames, lastNames, topics, wires, futures;
    final List<OrgPattern> orgPatterns;
    final List<Title> titles;
    final List<AgreementKind> agreementKinds;
    final List<EventName> events;
    final List<City> knownCities, unknownCities;
    final List<ReferenceOrg> referenceOrgs;
    final List<Filler> fillers;
    final Map<Template.Kind, List<Template>> templates;
    /** Every name and alias of the reference data, lower case: generated names must not collide with them. */
    final Set<String> reservedNames;

    private BenchData() {
        adjectives = TsvResource.firstColumn("bench/org-adjectives.tsv");
        nouns = TsvResource.firstColumn("bench/org-nouns.tsv");
        firstNames = TsvResource.firstColumn("bench/first-names.tsv");
        lastNames = TsvResource.firstColumn("bench/last-names.tsv");
        topics = TsvResource.firstColumn("bench/topics.tsv");
        wires = TsvResource.firstColumn("bench/wires.tsv");
        futures = TsvResource.firstColumn("bench/futures.tsv");
        List<OrgPattern> patterns = new ArrayList<>();
        for (TsvResource.Row r : TsvResource.rows("bench/org-patterns.tsv")) {
            if (!r.cell(2).equals("yes") && !r.cell(2).equals("no")) throw r.error("column 3 must be yes or no");
            patterns.add(new OrgPattern(r.cell(0), r.cell(1), r.cell(2).equals("yes"), positive(r, r.cell(3))));
        }
        orgPatterns = List.copyOf(patterns);
        titles = TsvResource.rows("bench/titles.tsv").stream()
                .map(r -> new Title(r.cell(0), r.cell(1), r.cell(2).equals("head"))).toList();
        agreementKinds = TsvResource.rows("bench/agreement-kinds.tsv").stream()
                .map(r -> new AgreementKind(r.cell(0), r.cell(1))).toList();
        events = TsvResource.rows("bench/events.tsv").stream().map(r -> new EventName(r.cell(0), r.cell(1))).toList();
        fillers = TsvResource.rows("bench/filler.tsv").stream().map(r -> new Filler(r.cell(0), r.cell(1))).toList();

        Set<String> reserved = new HashSet<>();
        List<City> known = new ArrayList<>();
        for (String[] c : TsvResource.table("reference/places.tsv", 5)) {
            List<String> aliases = c[1].isEmpty() ? List.of() : List.of(c[1].split("\\|"));
            reserved.add(c[0].toLowerCase());
            aliases.forEach(a -> reserved.add(a.toLowerCase()));
            if (c[2].equals("city") || c[2].equals("capital")) known.add(new City(c[0], aliases, c[3], true));
        }
        knownCities = List.copyOf(known);
        List<City> unknown = new ArrayList<>();
        for (String name : TsvResource.firstColumn("bench/unknown-cities.tsv")) {
            if (reserved.contains(name.toLowerCase()))
                throw new IllegalStateException("bench/unknown-cities.tsv: " + name + " is in reference/places.tsv");
            unknown.add(new City(name, List.of(), "", false));
        }
        unknownCities = List.copyOf(unknown);

        List<ReferenceOrg> refs = new ArrayList<>();
        for (String[] c : TsvResource.table("reference/organizations.tsv", 4)) {
            reserved.add(c[0].toLowerCase());
            for (String a : c[1].split("\\|")) if (!a.isBlank()) reserved.add(a.toLowerCase());
            if (!c[2].isEmpty()) reserved.add(c[2].toLowerCase());
            // a name with a comma would read as two names in a list of parties
            if (!c[0].contains(",")) refs.add(new ReferenceOrg(c[0], c[2]));
        }
        referenceOrgs = List.copyOf(refs);
        reservedNames = Set.copyOf(reserved);

        Map<Template.Kind, List<Template>> byKind = new EnumMap<>(Template.Kind.class);
        for (TsvResource.Row r : TsvResource.rows("bench/templates.tsv")) {
            Template t;
            try {
                t = new Template(Template.Kind.parse(r.cell(0)), r.cell(1), r.cell(2), r.cell(3));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown template kind " + r.cell(0));
            }
            if (t.kind() == Template.Kind.EVENT && !t.has("DATE")) throw r.error("an event template needs {DATE}");
            byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t);
        }
        for (Template.Kind k : Template.Kind.values())
            if (!byKind.containsKey(k)) throw new IllegalStateException("bench/templates.tsv has no " + k + " template");
        byKind.replaceAll((k, v) -> List.copyOf(v));
        templates = Collections.unmodifiableMap(byKind);
    }

    private static int positive(TsvResource.Row r, String s) {
        try {
            int v = Integer.parseInt(s);
            if (v > 0) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw r.error("weight must be a positive integer, not '" + s + "'");
    }

    /** Reads every data file; call once and share (immutable). */
    static BenchData load() {
        return new BenchData();
    }

    List<Template> templates(Template.Kind kind) {
        return templates.get(kind);
    }
}
