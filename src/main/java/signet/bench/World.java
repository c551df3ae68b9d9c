package signet.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The fixed cast every article draws from: organizations in popularity order (rank 0 is the most
 * mentioned), each with one or two people holding posts in it, some organizations owned by a more
 * popular one. Built once from the seed, so every article of a corpus shares it; an article's
 * own draws do not depend on the corpus size, so a smaller corpus is a prefix of a larger one.
 * Immutable.
 */
final class World {

    /**
     * @param acronym   "" when the name takes none
     * @param shortForm "" when the name has none
     * @param parent    index of the owning organization, or -1
     * @param people    indexes into {@link #people}
     */
    record Org(String name, String acronym, String shortForm, int parent, List<Integer> people) {
        Org {
            people = List.copyOf(people);
        }

        /** Every way the corpus may write the name except the name itself. */
        List<String> aliases() {
            List<String> out = new ArrayList<>();
            if (!acronym.isEmpty()) out.add(acronym);
            if (!shortForm.isEmpty()) out.add(shortForm);
            return out;
        }
    }

    record Person(String name, BenchData.Title title, int org) {}

    /** How steep popularity falls: ~1.1 gives the top organization about 13% of 1500 draws. */
    static final double ZIPF_EXPONENT = 1.1;
    /** Share of organizations owned by a more popular one. */
    private static final double OWNED_SHARE = 0.15;
    /** Share of reference-data organizations in the pool (they are known to the extractor by name). */
    private static final double REFERENCE_SHARE = 0.03;

    final List<Org> orgs;
    final List<Person> people;
    /** Indexes of organizations with a parent. */
    final List<Integer> owned;
    private final Zipf popularity;

    private World(List<Org> orgs, List<Person> people) {
        this.orgs = List.copyOf(orgs);
        this.people = List.copyOf(people);
        List<Integer> o = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) if (orgs.get(i).parent() >= 0) o.add(i);
        this.owned = List.copyOf(o);
        this.popularity = Zipf.of(orgs.size(), ZIPF_EXPONENT);
    }

    /** An organization index drawn by popularity. */
    int drawOrg(RandomGenerator random) {
        return popularity.sample(random);
    }

    double popularity(int rank) {
        return popularity.probability(rank);
    }

    static World build(BenchData data, long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> taken = new HashSet<>(data.reservedNames);
        data.firstNames.forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));

        record Named(String name, String acronym, String shortForm) {}
        List<Named> named = new ArrayList<>();
        List<BenchData.ReferenceOrg> refs = new ArrayList<>(data.referenceOrgs);
        int referenceCount = Math.min(refs.size(), Math.max(1, (int) Math.round(size * REFERENCE_SHARE)));
        for (int i = 0; i < referenceCount; i++) {
            BenchData.ReferenceOrg r = refs.remove(random.nextInt(refs.size()));
            named.add(new Named(r.name(), r.acronym(), ""));
        }
        int totalWeight = data.orgPatterns.stream().mapToInt(BenchData.OrgPattern::weight).sum();
        int attempts = 0;
        while (named.size() < size) {
            if (++attempts > size * 200)
                throw new IllegalStateException("cannot invent " + size + " distinct organization names from bench/*.tsv; add words or lower the pool size");
            BenchData.OrgPattern p = weighted(data.orgPatterns, totalWeight, random);
            String adj = pick(data.adjectives, random), noun = pick(data.nouns, random), surname = pick(data.lastNames, random);
            String full = fill(p.full(), adj, noun, surname);
            if (!taken.add(full.toLowerCase(Locale.ROOT))) continue;
            String shortForm = p.shortForm().isEmpty() ? "" : fill(p.shortForm(), adj, noun, surname);
            if (!shortForm.isEmpty() && !taken.add(shortForm.toLowerCase(Locale.ROOT))) shortForm = "";
            String acronym = p.acronym() ? acronym(full) : "";
            if (!acronym.isEmpty() && !taken.add(acronym.toLowerCase(Locale.ROOT))) acronym = "";
            named.add(new Named(full, acronym, shortForm));
        }
        // popularity order is random: a reference organization may be among the most mentioned
        shuffle(named, random);

        List<Person> people = new ArrayList<>();
        List<BenchData.Title> heads = data.titles.stream().filter(BenchData.Title::head).toList();
        List<BenchData.Title> deputies = data.titles.stream().filter(t -> !t.head()).toList();
        Set<String> personNames = new HashSet<>();
        List<Org> orgs = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            List<Integer> staff = new ArrayList<>();
            staff.add(people.size());
            people.add(new Person(personName(data, random, personNames), pick(heads, random), i));
            if (random.nextDouble() < 0.5) {
                staff.add(people.size());
                people.add(new Person(personName(data, random, personNames), pick(deputies, random), i));
            }
            // an owner is always more popular (lower rank): no cycles, and big groups own small units
            int parent = i > 10 && random.nextDouble() < OWNED_SHARE ? random.nextInt(i) : -1;
            orgs.add(new Org(n.name(), n.acronym(), n.shortForm(), parent, staff));
        }
        return new World(orgs, people);
    }

    private static String personName(BenchData data, RandomGenerator random, Set<String> used) {
        int capacity = data.firstNames.size() * data.lastNames.size();
        for (int attempt = 0; attempt < capacity * 4; attempt++) {
            String name = pick(data.firstNames, random) + " " + pick(data.lastNames, random);
            if (used.add(name)) return name;
        }
        throw new IllegalStateException("bench/first-names.tsv and last-names.tsv give too few distinct names for this pool");
    }

    private static String fill(String pattern, String adj, String noun, String surname) {
        return pattern.replace("{ADJ}", adj).replace("{NOUN}", noun).replace("{SURNAME}", surname);
    }

    /** Initials of the capitalised words: "Aurora Media Group" → "AMG". */
    static String acronym(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split(" ")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
        return b.length() >= 2 ? b.toString() : "";
    }

    static <T> T pick(List<T> list, RandomGenerator random) {
        return list.get(random.nextInt(list.size()));
    }

    private static BenchData.OrgPattern weighted(List<BenchData.OrgPattern> patterns, int total, RandomGenerator random) {
        int r = random.nextInt(total);
        for (BenchData.OrgPattern p : patterns) {
            r -= p.weight();
            if (r < 0) return p;
        }
        throw new AssertionError("weights add up to " + total);
    }

    /** Fisher–Yates with the given generator ({@link Collections#shuffle} takes a java.util.Random). */
    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) Collections.swap(list, i, random.nextInt(i + 1));
    }
}
