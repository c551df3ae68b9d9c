package signet.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Scores what the graph says ({@link SystemRows}) against an annotated sample ({@link GoldSet}).
 * A faithful port of the reference {@code score.py}, so that both give the same figures:
 * <ul>
 * <li>only documents of the gold set count; a document is keyed by its file name;</li>
 * <li>agreements are unordered pairs of canonical party names per document, counted with
 *     multiplicity (a pair may sign twice in one article); the dates and places of the pairs
 *     found are then checked, each gold agreement matched to a distinct system one, best first
 *     (same date, else same place, else the first left);</li>
 * <li>roles are (document, person, folded title, organization) sets, part-of (document, child,
 *     parent) sets, events (document, date) sets.</li>
 * </ul>
 * Immutable and stateless between calls.
 */
public final class Scorer {

    private final Names names;
    private final Titles titles;

    public Scorer(Names names, Titles titles) {
        this.names = Objects.requireNonNull(names, "names");
        this.titles = Objects.requireNonNull(titles, "titles");
    }

    /** A scorer with the shipped title groups. */
    public Scorer(Names names) {
        this(names, Titles.standard());
    }

    /** One system agreement: the canonical names, dates and places its rows give. */
    private record Signing(Set<String> parties, Set<String> dates, Set<String> places) {}

    public Score score(GoldSet gold, SystemRows rows) {
        List<String> misses = new ArrayList<>();

        // Agreements: one Signing per (document, agreement node), in row order (it decides ties below).
        Map<List<String>, Signing> signings = new LinkedHashMap<>();
        for (SystemRows.AgreementRow r : rows.agreements()) {
            String d = FactKeys.docKey(r.doc());
            if (!gold.contains(d)) continue;
            Signing s = signings.computeIfAbsent(List.of(d, r.agreement()),
                    k -> new Signing(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
            s.parties().add(names.canon(r.partyName()));
            String date = FactKeys.dateStr(r.date());
            if (!date.isEmpty()) s.dates().add(date);
            if (!PythonText.strip(r.place()).isEmpty()) s.places().add(names.canon(r.place()));
        }
        Map<List<String>, List<Signing>> systemPairs = new LinkedHashMap<>();
        signings.forEach((key, s) -> forEachPair(sorted(s.parties()),
                (a, b) -> systemPairs.computeIfAbsent(List.of(key.get(0), a, b), k -> new ArrayList<>()).add(s)));
        Map<List<String>, List<GoldAgreement>> goldPairs = new LinkedHashMap<>();
        for (GoldDocument g : gold.all())
            for (GoldAgreement ag : g.agreements())
                forEachPair(sorted(ag.parties().stream().map(names::canon).toList()),
                        (a, b) -> goldPairs.computeIfAbsent(List.of(g.key(), a, b), k -> new ArrayList<>()).add(ag));

        int tp = 0, fp = 0, fn = 0, dateOk = 0, dateN = 0, placeOk = 0, placeN = 0;
        Set<List<String>> keys = new TreeSet<>(PythonText.TUPLE_ORDER);
        keys.addAll(systemPairs.keySet());
        keys.addAll(goldPairs.keySet());
        for (List<String> k : keys) {
            List<Signing> found = systemPairs.getOrDefault(k, List.of());
            List<GoldAgreement> stated = goldPairs.getOrDefault(k, List.of());
            int hit = Math.min(found.size(), stated.size());
            tp += hit;
            fp += found.size() - hit;
            fn += stated.size() - hit;
            String pair = k.get(0) + " " + k.get(1) + " + " + k.get(2);
            if (found.size() > hit) misses.add("agreement false: " + pair);
            if (stated.size() > hit) misses.add("agreement missed: " + pair);
            if (hit == 0) continue;
            // Match each gold agreement to a distinct system one, dated gold agreements first.
            List<Signing> free = new ArrayList<>(found);
            List<GoldAgreement> byDate = new ArrayList<>(stated);
            byDate.sort(Comparator.comparing(g -> g.date().isEmpty())); // stable, like Python's sorted
            for (GoldAgreement g : byDate) {
                String goldPlace = names.canon(g.place());
                int i = firstIndex(free, s -> s.dates().equals(Set.of(g.date())));
                if (i < 0) i = firstIndex(free, s -> s.places().contains(goldPlace));
                if (i < 0) i = 0;
                Signing s = free.remove(i);
                if (!g.date().isEmpty()) {
                    dateN++;
                    if (s.dates().equals(Set.of(g.date()))) dateOk++;
                    else misses.add("agreement date: " + pair + ": gold " + g.date() + ", got " + PythonText.repr(sorted(s.dates())));
                }
                if (!g.place().isEmpty()) {
                    placeN++;
                    if (s.places().contains(goldPlace)) placeOk++;
                    else misses.add("agreement place: " + pair + ": gold " + g.place() + ", got " + PythonText.repr(sorted(s.places())));
                }
                if (free.isEmpty()) break;
            }
        }
        Prf agreements = Prf.of(tp, fp, fn);

        Set<List<String>> systemRoles = new HashSet<>(), goldRoles = new HashSet<>();
        for (SystemRows.RoleRow r : rows.roles()) {
            String d = FactKeys.docKey(r.doc());
            if (gold.contains(d)) systemRoles.add(List.of(d, names.canon(r.personName()), titles.fold(r.title()), names.canon(r.orgName())));
        }
        for (GoldDocument g : gold.all())
            for (GoldRole x : g.roles())
                goldRoles.add(List.of(g.key(), names.canon(x.person()), titles.fold(x.title()), names.canon(x.org())));
        Prf roles = scoreSet(systemRoles, goldRoles, "role", misses);

        Set<List<String>> systemPart = new HashSet<>(), goldPart = new HashSet<>();
        for (SystemRows.PartOfRow r : rows.partOf()) {
            String d = FactKeys.docKey(r.doc());
            if (gold.contains(d)) systemPart.add(List.of(d, names.canon(r.childName()), names.canon(r.parentName())));
        }
        for (GoldDocument g : gold.all())
            for (GoldPartOf x : g.partOf()) goldPart.add(List.of(g.key(), names.canon(x.child()), names.canon(x.parent())));
        Prf partOf = scoreSet(systemPart, goldPart, "part-of", misses);

        Set<List<String>> systemEvents = new HashSet<>(), goldEvents = new HashSet<>();
        for (SystemRows.EventRow r : rows.events()) {
            String d = FactKeys.docKey(r.doc());
            if (gold.contains(d)) systemEvents.add(List.of(d, FactKeys.dateStr(r.date())));
        }
        for (GoldDocument g : gold.all())
            for (GoldEvent x : g.events()) goldEvents.add(List.of(g.key(), x.date()));
        Prf events = scoreSet(systemEvents, goldEvents, "event(doc,date)", misses);

        // Not part of score.py: pairs annotated as NOT having signed that the graph says signed.
        int notPairs = 0;
        List<NotAgreementHit> hits = new ArrayList<>();
        for (GoldDocument g : gold.all())
            for (GoldPair p : g.notAgreements()) {
                notPairs++;
                List<String> ab = sorted(List.of(names.canon(p.first()), names.canon(p.second())));
                List<Signing> signed = systemPairs.getOrDefault(List.of(g.key(), ab.get(0), ab.get(1)), List.of());
                if (!signed.isEmpty()) hits.add(new NotAgreementHit(g.key(), ab.get(0), ab.get(1), signed.size()));
            }

        return new Score(agreements, new Ratio(dateOk, dateN), new Ratio(placeOk, placeN), roles, partOf, events, notPairs, hits, misses);
    }

    private static Prf scoreSet(Set<List<String>> system, Set<List<String>> gold, String label, List<String> misses) {
        Set<List<String>> missed = new TreeSet<>(PythonText.TUPLE_ORDER), wrong = new TreeSet<>(PythonText.TUPLE_ORDER);
        missed.addAll(gold);
        missed.removeAll(system);
        wrong.addAll(system);
        wrong.removeAll(gold);
        missed.forEach(x -> misses.add(label + " missed: " + String.join(" | ", x)));
        wrong.forEach(x -> misses.add(label + " false: " + String.join(" | ", x)));
        return Prf.of(system.size() - wrong.size(), wrong.size(), missed.size());
    }

    private static List<String> sorted(java.util.Collection<String> names) {
        return names.stream().sorted(PythonText.CODE_POINT_ORDER).toList();
    }

    /** Every pair i < j of a sorted list (duplicates in it make pairs too, as in score.py). */
    private static void forEachPair(List<String> sortedNames, java.util.function.BiConsumer<String, String> pair) {
        for (int i = 0; i < sortedNames.size(); i++)
            for (int j = i + 1; j < sortedNames.size(); j++) pair.accept(sortedNames.get(i), sortedNames.get(j));
    }

    private static <T> int firstIndex(List<T> list, Predicate<T> test) {
        for (int i = 0; i < list.size(); i++) if (test.test(list.get(i))) return i;
        return -1;
    }
}
