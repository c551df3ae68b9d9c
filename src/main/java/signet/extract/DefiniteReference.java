package signet.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import signet.extract.DocRegistry.DocEntity;
import signet.fact.EntityKind;
import signet.lexicon.TsvResource;

/**
 * Document-level reference: a definite description that stands for an organization the article
 * named before it ("Norda Bank signed with Vale Films. The bank also ..."; "the Slovak institute",
 * "the Vienna museum").
 * <p>
 * Three steps, each with declared input and output:
 * <ol>
 *   <li>{@link #phraseEndingAt} (MentionFinder): in a sentence's tokens and the mentions found so far,
 *   "the [modifier] head" with a head noun of lexicons/reference-heads.tsv; the modifier is a
 *   nationality adjective (lexicons/demonyms.tsv) or a place mention (reference/places.tsv). Output:
 *   a reference mention (untyped, named "the:head"), or none.</li>
 *   <li>{@link #resolve} (DocRegistry): the article's sentences before the reference and its own, with
 *   their mentions. Output: the organization it stands for, or none. It resolves only when exactly
 *   one organization named before it (earlier in the article or in its sentence) has that head ("the
 *   bank": the one bank), or, of several, the only one named earlier in the same sentence ("Coral
 *   Bank is now poised ..., the bank said"); and agrees with the modifier: a place or nationality in
 *   its name, a place's possessive before it ("Vienna's X") or "in" a place after it. A nationality
 *   may be left out of a name ("the Hungarian centre" is the one centre named, when no place is in
 *   its name), a place may not. Two banks named, a "bank" only inside another name ("Bank Street
 *   Studios", "Board of the Bank"), or a reference before any name: none.</li>
 *   <li>{@link #settle} (RuleExtractor): a sentence after resolution. Output: the sentence as the
 *   readers see it, an unresolved reference plain words again, a resolved one with its place.</li>
 * </ol>
 * Immutable; share one instance between threads.
 */
final class DefiniteReference {

    /** Head noun → the words that head an organization's name of that kind. */
    private final Map<String, Set<String>> heads = new HashMap<>();
    /** Heads that stand for the business named last before them when no name has such a word. */
    private final Set<String> businessHeads = new LinkedHashSet<>();
    private final Lexicons lex;
    private final ReferenceData ref;
    private final Set<String> legalSuffixes;

    /** Words that open a name's complement, after its head: "Bank of", "Festival de", "Institute for". */
    private static final Set<String> COMPLEMENT = Set.of("of", "for", "on", "de", "del", "do", "da", "dos", "das", "des", "du", "di",
            "della", "delle", "degli", "dei", "für", "fur", "voor", "van");
    /** Words after a name's head that keep it the head: a complement's opening word, "and", a dash. */
    private static final Set<String> AFTER_HEAD = java.util.stream.Stream.concat(COMPLEMENT.stream(),
            java.util.stream.Stream.of("y", "and", "&", "-", "–", "(", ",")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern WORDS = Pattern.compile("[\\s/]+");
    /** Compounds: a name word ending in a head word of at least this many letters ("Eisenbahnmuseum"). */
    private static final int COMPOUND_HEAD = 6;

    DefiniteReference(Lexicons lex, ReferenceData ref) {
        this.lex = lex;
        this.ref = ref;
        Set<String> legal = new LinkedHashSet<>(lex.wordSet("legal-suffixes"));
        for (String[] c : TsvResource.table("lexicons/reference-heads.tsv", 1)) {
            Set<String> words = new LinkedHashSet<>();
            if (c.length > 1) for (String w : c[1].split("\\|")) if (!w.isBlank()) words.add(Token.fold(w.strip()));
            if (c[0].equals("(legal-forms)")) { legal.addAll(words); continue; }
            heads.put(Token.fold(c[0]), words);
            if (c.length > 2 && c[2].strip().equals("business")) businessHeads.add(Token.fold(c[0]));
        }
        this.legalSuffixes = Set.copyOf(legal);
    }

    /**
     * Whether a mention is a definite reference ("the bank", "the Slovak institute"), resolved to an
     * organization or not: it names no organization by its own words.
     */
    static boolean isReference(Mention m) {
        if (m.name().startsWith(MentionFinder.ANAPHOR)) return true;
        String t = m.text().strip();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(t.lastIndexOf(' ') + 1));
    }

    /** A reference mention that resolved to no organization: still untyped, still named "the:head". */
    static boolean unresolved(Mention m) {
        return m.type() == MentionType.OTHER && m.name().startsWith(MentionFinder.ANAPHOR);
    }

    /**
     * The mention between "the" and a reference's head that says which one it is, or null: a place
     * ("the Vienna museum") or a short capitalised name ("the Kestrel festival", "the Velsk museum").
     */
    private static Mention placeBefore(SentenceView v, Mention m) {
        int k = v.mentions.indexOf(m);
        if (k < 1) return null;
        Mention p = v.mention(k - 1);
        return p.to() == m.from() && p.from() >= 1 && v.tokens.get(p.from() - 1).key().equals("the") && describes(v.tokens, p) ? p : null;
    }

    /** A place, or a capitalised name of one or two words (not a reference itself), may say which organization a head is. */
    private static boolean describes(List<Token> toks, Mention p) {
        if (p.type() == MentionType.PLACE) return true;
        return (p.type() == MentionType.OTHER || p.type() == MentionType.ORG) && !isReference(p) && p.to() - p.from() <= 2
                && toks.get(p.from()).isCapitalized();
    }

    /**
     * Step 3, after resolution: a sentence as the readers see it. A reference that resolved to no
     * organization is plain words again ("the bank" after two banks); one that resolved takes in the
     * place that describes it ("the Vienna museum" is one organization mention, not a place and a
     * museum).
     */
    static SentenceView settle(SentenceView v) {
        boolean change = false;
        for (int k = 0; k < v.mentions.size(); k++) {
            Mention m = v.mention(k);
            change |= unresolved(m) || isReference(m) && m.type() == MentionType.ORG && placeBefore(v, m) != null
                    || k + 1 < v.mentions.size() && v.mention(k + 1).from() < m.to();
        }
        if (!change) return v;
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < v.mentions.size(); k++) {
            Mention m = v.mention(k);
            if (unresolved(m)) continue;
            if (!out.isEmpty() && m.from() < out.get(out.size() - 1).to()) continue; // "in Dakar" of "the museum in Dakar"
            if (k + 1 < v.mentions.size() && v.mention(k + 1).type() == MentionType.ORG && isReference(v.mention(k + 1)) && placeBefore(v, v.mention(k + 1)) == m) continue;
            Mention place = m.type() == MentionType.ORG && isReference(m) ? placeBefore(v, m) : null;
            if (place != null) m = new Mention(m.type(), place.from(), m.to(), place.start(), m.end(), MentionFinder.span(v.tokens, place.from(), m.to()),
                    m.name(), m.known(), m.date(), m.acronym());
            out.add(m);
        }
        return v.with(out);
    }

    /** Whether a lower-case noun may head a definite reference ("bank", "festival"). */
    boolean isHead(String key) { return heads.containsKey(key); }

    /** Whether the head stands for the last business named when no name has such a word ("the company"). */
    boolean isBusinessHead(String key) { return businessHeads.contains(key); }

    /**
     * Step 1. The first token after "the" of "the [modifier] head" whose head is token {@code i}, or
     * -1: "bank" of "the bank", "Slovak institute"; "museum" of "the Vienna museum", whose place
     * stays a place mention until the reference resolves ({@link #settle}). The mention leaves
     * "the" out, as every name's mention does ("of the ORG_1"). Not a
     * head followed by a capitalised word or "of" ("the bank Norda", "the bank of the river"): a
     * description or a name, not a reference. {@code at} holds the mentions found so far.
     */
    int phraseEndingAt(List<Token> toks, Mention[] at, int i) {
        Token t = toks.get(i);
        if (at[i] != null || t.isCapitalized() || !isHead(t.key()) || i < 1) return -1;
        // ("Director of the Velsk museum Anna Berg said": a person after it is its officer, no name of it)
        if (i + 1 < toks.size() && (toks.get(i + 1).isCapitalized() && !(at[i + 1] != null && at[i + 1].type() == MentionType.PERSON)
                || toks.get(i + 1).key().equals("of"))) return -1;
        int from = i;
        Token before = toks.get(i - 1);
        if (at[i - 1] == null && before.isCapitalized() && lex.demonyms.containsKey(before.key())) from = i - 1;
        int the = at[i - 1] != null && at[i - 1].to() == i && describes(toks, at[i - 1]) ? at[i - 1].from() - 1 : from - 1;
        // "part of the same university": "same" says the one named before, as "the" alone does (not "the same company",
        // which would stand for any business named last)
        if (from == i && the >= 1 && at[the] == null && toks.get(the).key().equals("same") && !isBusinessHead(t.key())) the--;
        if (the < 0 || at[the] != null || !toks.get(the).key().equals("the")) return -1;
        return from;
    }

    /**
     * Step 2. The organization the reference mention {@code index} of {@code here} stands for, or
     * none. {@code before}: the article's sentences before {@code here}, in order, with their
     * mentions; {@code registry}: the article's organizations, which the mentions resolve to.
     */
    Resolution resolve(List<SentenceView> before, SentenceView here, int index, DocRegistry registry) {
        Mention ref = here.mention(index);
        String head = ref.name().startsWith(MentionFinder.ANAPHOR) ? ref.name().substring(MentionFinder.ANAPHOR.length()) : "";
        Set<String> forms = heads.get(head);
        if (forms == null || forms.isEmpty()) return Resolution.NONE;
        Modifier mod = modifier(here, ref);
        // every organization named before the reference, with the places written around its mentions (the
        // sentences before are collected once per head and article: "the company" may come back many times)
        Collected done = registry.referencesSeen.computeIfAbsent(head, x -> new Collected());
        for (; done.views < before.size(); done.views++) collect(before.get(done.views), Integer.MAX_VALUE, forms, done.candidates, registry, false);
        Map<String, Candidate> candidates = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Candidate> e : done.candidates.entrySet()) candidates.put(e.getKey(), e.getValue().copy());
        collect(here, index, forms, candidates, registry, true);
        List<Candidate> kind = new ArrayList<>();
        for (Candidate c : candidates.values()) if (c.hasHead(this, forms)) kind.add(c);
        // a headline's "Coral Film Festival" and the body's "Coral Film Festival of Velsk": one festival, the longer name
        kind.removeIf(c -> kind.stream().anyMatch(f -> f != c && DocRegistry.norm(f.names.get(0)).startsWith(DocRegistry.norm(c.names.get(0)) + " ")));
        // "the museum in Dakar": a place after the head says which one, and is then part of the reference
        Mention after = mod == null ? placeAfter(here, ref) : null;
        if (after != null) {
            List<Candidate> agreeing = agreeing(kind, placeModifier(after.name()), new ArrayList<>());
            if (agreeing.size() == 1) return new Resolution(Optional.of(agreeing.get(0).entity(registry)), kind.size(), after.to());
        }
        if (mod == null) return kind.size() == 1 ? new Resolution(Optional.of(kind.get(0).entity(registry)), 1) : inSentence(kind, registry);
        List<Candidate> silent = new ArrayList<>();
        List<Candidate> agreeing = agreeing(kind, mod, silent);
        if (agreeing.size() == 1) return new Resolution(Optional.of(agreeing.get(0).entity(registry)), kind.size());
        // a nationality a name leaves out ("the Hungarian centre" for the Miskolc Heritage Centre)
        if (agreeing.isEmpty() && silent.size() == 1) return new Resolution(Optional.of(silent.get(0).entity(registry)), kind.size());
        return agreeing.size() > 1 ? inSentence(agreeing, registry) : new Resolution(Optional.empty(), kind.size());
    }

    /**
     * The candidates the modifier agrees with: its place (or words) in their names or around them;
     * else, for a city, its country ("the museum in Dakar" for Senegal's museum). {@code silent}
     * gets those with no place at all, for a nationality a name may leave out.
     */
    private List<Candidate> agreeing(List<Candidate> kind, Modifier mod, List<Candidate> silent) {
        List<Candidate> exact = new ArrayList<>(), country = new ArrayList<>();
        for (Candidate c : kind) {
            Set<String> places = new LinkedHashSet<>(c.places);
            for (String n : c.names) placesInName(n, places);
            if (mod.agrees(places) || c.names.stream().anyMatch(n -> hasWords(n, mod.place))) exact.add(c);
            else if (mod.country != null && places.contains(mod.country)) country.add(c);
            else if (mod.unwritten && places.isEmpty()) silent.add(c);
        }
        return exact.isEmpty() ? country : exact;
    }

    /** The candidates of the sentences before a reference, collected once per article and head (DocRegistry keeps them). */
    static final class Collected {
        int views;
        final Map<String, Candidate> candidates = new java.util.LinkedHashMap<>();
    }

    /** A place mention right after a reference's head, after "in" ("the museum in Dakar"), or null. */
    private static Mention placeAfter(SentenceView v, Mention m) {
        int k = v.mentions.indexOf(m);
        if (k < 0 || k + 1 >= v.mentions.size() || m.to() >= v.tokens.size() || !v.tokens.get(m.to()).key().equals("in")) return null;
        Mention p = v.mention(k + 1);
        return p.type() == MentionType.PLACE && p.from() == m.to() + 1 ? p : null;
    }

    /**
     * Several organizations of the kind named: the one named earlier in the reference's own
     * sentence, when it is the only one there ("OCBC Bank is now poised ..., the bank said"); else none.
     */
    private static Resolution inSentence(List<Candidate> kind, DocRegistry registry) {
        List<Candidate> here = kind.stream().filter(c -> c.inSentence).toList();
        return new Resolution(here.size() == 1 ? Optional.of(here.get(0).entity(registry)) : Optional.empty(), kind.size());
    }

    /**
     * The output of step 2: the organization a reference stands for (none when no organization or
     * more than one fits), and how many organizations of its kind the article named before it.
     */
    record Resolution(Optional<DocEntity> org, int named, int extendTo) {
        static final Resolution NONE = new Resolution(Optional.empty(), 0);

        Resolution(Optional<DocEntity> org, int named) { this(org, named, -1); }

        /**
         * The reference as an organization mention (the same span, or up to {@code extendTo} when a
         * place after it said which one: "the museum in Dakar"), or none.
         */
        Optional<Mention> mention(SentenceView v, Mention ref) {
            if (org.isEmpty()) return Optional.empty();
            int to = extendTo > ref.to() ? extendTo : ref.to();
            return Optional.of(new Mention(MentionType.ORG, ref.from(), to, ref.start(), v.tokens.get(to - 1).end(),
                    MentionFinder.span(v.tokens, ref.from(), to), org.get().name, Optional.ofNullable(org.get().known), null, null));
        }
    }

    /**
     * An organization named before a reference: a typed one (its entity) or an untyped name with
     * a head of the reference's kind, registered as an organization only when the reference
     * resolves to it. Its names (the first the main one) and the places written around its mentions.
     */
    private static final class Candidate {
        final DocEntity known;
        final Mention untyped;
        final List<String> names;
        final Set<String> places;
        /** Named in the reference's own sentence, before it. */
        boolean inSentence;
        /** Whether a name has the head of the reference (known once computed: the same for every reference of one head). */
        Boolean headed;

        Candidate(DocEntity known, Mention untyped) {
            this.known = known;
            this.untyped = untyped;
            this.names = known != null ? known.names() : List.of(DocRegistry.cleanOrgName(untyped.name()));
            this.places = new LinkedHashSet<>();
        }

        private Candidate(Candidate c) {
            this.known = c.known;
            this.untyped = c.untyped;
            this.names = c.names;
            this.places = new LinkedHashSet<>(c.places);
            this.headed = c.headed;
        }

        /** A copy a reference's own sentence may add to (places, inSentence) without changing the sentences before. */
        Candidate copy() { return new Candidate(this); }

        boolean hasHead(DefiniteReference d, Set<String> forms) {
            if (headed == null) headed = names.stream().anyMatch(n -> d.headIn(n, forms));
            return headed;
        }

        DocEntity entity(DocRegistry registry) { return known != null ? known : registry.org(untyped.withType(MentionType.ORG)); }
    }

    /** The organizations of a sentence's first {@code limit} mentions, each with the places written around it. */
    private void collect(SentenceView u, int limit, Set<String> forms, Map<String, Candidate> out, DocRegistry registry, boolean current) {
        for (int k = 0; k < limit && k < u.mentions.size(); k++) {
            Mention m = u.mention(k);
            if (m.name().startsWith(MentionFinder.ANAPHOR)) continue;
            Candidate c;
            if (m.type() == MentionType.ORG) {
                DocEntity e = registry.org(m);
                c = out.computeIfAbsent(e.key, x -> new Candidate(e, null));
            } else if (m.type() == MentionType.OTHER && headIn(m.name(), forms)) {
                // an untyped name with a head of the reference's kind ("Vienna's Kettenmuseum Ost") is one too
                Optional<DocEntity> named = registry.named(m.name()).filter(e -> e.kind == EntityKind.ORGANIZATION);
                c = named.isPresent() ? out.computeIfAbsent(named.get().key, x -> new Candidate(named.get(), null))
                        : out.computeIfAbsent("?" + DocRegistry.norm(m.name()), x -> new Candidate(null, m));
            } else continue;
            c.inSentence |= current;
            // "Vienna's Eisenbahnmuseum Donau": a place's possessive before the name
            if (k >= 1 && u.mention(k - 1).type() == MentionType.PLACE && m.from() >= 1
                    && POSSESSIVE.matcher(u.tokens.get(m.from() - 1).key()).matches() && u.mention(k - 1).to() == m.from() - 1)
                placeOf(u.mention(k - 1).name(), c.places);
            // "the Silesian Museum in Zabrze": a place right after "in"
            if (k + 1 < u.mentions.size() && u.mention(k + 1).type() == MentionType.PLACE && m.to() < u.tokens.size()
                    && u.tokens.get(m.to()).key().equals("in") && u.mention(k + 1).from() == m.to() + 1)
                placeOf(u.mention(k + 1).name(), c.places);
        }
    }

    /** Whether a name holds these words, whole ("Velsk" in "Velsk Museum of Crafts", not in "Velskov Museum"). */
    private static boolean hasWords(String name, String words) {
        return (" " + TRAILING_PUNCT.matcher(Token.fold(name)).replaceAll(" ") + " ").contains(" " + words + " ");
    }

    private static final Pattern TRAILING_PUNCT = Pattern.compile("['’]s\\b|[,.()'’]");

    private static final Pattern POSSESSIVE = Pattern.compile("'s?");

    /** A place's name and its country, folded, into {@code out}. */
    private void placeOf(String name, Set<String> out) {
        Optional<KnownEntity> p = ref.place(name);
        out.add(Token.fold(p.map(KnownEntity::name).orElse(name.strip())));
        p.ifPresent(k -> { if (k.country() != null && !k.country().isEmpty()) out.add(Token.fold(k.country())); });
    }

    /** The known places and nationalities an organization's name holds, with their countries. */
    private void placesInName(String n, Set<String> out) {
        String[] ws = WORDS.split(n.strip());
        for (int i = 0; i < ws.length; i++) {
            String w = TRAILING.matcher(ws[i]).replaceAll("");
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            String country = lex.demonyms.get(Token.fold(w));
            if (country != null && !country.isEmpty()) { out.add(Token.fold(country)); continue; }
            if (i + 1 < ws.length && ref.place(w + " " + ws[i + 1]).isPresent()) { placeOf(w + " " + ws[i + 1], out); i++; continue; }
            if (ref.place(w).isPresent()) placeOf(w, out);
        }
    }

    /** A name word's closing punctuation or possessive ("Ruritania's", "Lima,"). */
    private static final Pattern TRAILING = Pattern.compile("(?:['’]s)?[,.()'’]*$");

    /**
     * "Norda Bank", "Bank of Ruritania", "Norda Bank Ltd", "Banco Meridional", "Eisenbahnmuseum
     * Donau": the head word ends the name (before a legal form), comes before "of"/"de"/..., opens a
     * name in a language that puts its head first, or ends a compound. "Bank Street Studios": no.
     */
    boolean headIn(String name, Set<String> forms) {
        String[] ws = WORDS.split(Token.fold(name.strip()));
        int last = ws.length - 1;
        while (last > 0 && (legalSuffixes.contains(ws[last]) || legalSuffixes.contains(DOTS.matcher(ws[last]).replaceAll("")))) last--;
        for (int i = 0; i <= last; i++) {
            // "Board of Directors of the Agency": a head in the complement names another organization than this one
            if (i > 0 && COMPLEMENT.contains(ws[i - 1])) break;
            String w = CLOSING.matcher(ws[i]).replaceAll("");
            boolean exact = forms.contains(w);
            boolean compound = !exact && compoundOf(w, forms);
            if (!exact && !compound) continue;
            if (i == last) return true;
            String next = ws[i + 1];
            if (AFTER_HEAD.contains(next) || next.startsWith("d'") || next.startsWith("d’") || ws[i].endsWith(",")) return true;
            // a head written first: a language that puts it there (not the English word: "Bank Street Studios")
            if (i == 0 && (compound || !isEnglish(w))) return true;
        }
        return false;
    }

    private static final Pattern CLOSING = Pattern.compile("[,.()]+$"), DOTS = Pattern.compile("[.,]");

    private static boolean compoundOf(String w, Set<String> forms) {
        for (String f : forms) if (f.length() >= COMPOUND_HEAD && w.length() > f.length() + 2 && w.endsWith(f)) return true;
        return false;
    }

    /** The English heads: the first column's words ("bank", "festival"), which head a name last. */
    private boolean isEnglish(String w) { return heads.containsKey(w); }


    /**
     * What the words before the head say of the organization: its place or its nationality's
     * country (folded), and whether its name may leave it out (a nationality may: "the Hungarian
     * centre" for the Miskolc Heritage Centre; a place may not: "the Vienna museum").
     */
    private record Modifier(String place, boolean unwritten, String country) {
        boolean agrees(Set<String> places) { return places.contains(place); }
    }

    /** A place (or a name's words) as a modifier: its country too, for a known city. */
    private Modifier placeModifier(String words) {
        Optional<KnownEntity> p = ref.place(words);
        String country = p.map(KnownEntity::country).filter(c -> !c.isEmpty()).map(Token::fold).orElse(null);
        return new Modifier(p.map(x -> Token.fold(x.name())).orElse(Token.fold(words)), false, country);
    }

    /** The modifier of a reference mention ("Slovak", "Vienna"), or null for a bare "the bank". */
    private Modifier modifier(SentenceView v, Mention m) {
        Mention place = placeBefore(v, m);
        if (place == null && (m.to() - m.from() < 2 || !v.tokens.get(m.from()).isCapitalized())) return null; // "the news agency"
        String words = place != null ? Token.fold(place.type() == MentionType.PLACE ? place.name() : place.text().strip())
                : Token.fold(MentionFinder.span(v.tokens, m.from(), m.to() - 1));
        String demonym = lex.demonyms.get(words);
        if (demonym != null) return demonym.isEmpty() ? null : new Modifier(Token.fold(demonym), true, null);
        // a place must be written with the organization (in its name, "Vienna's X", "X in Vienna"), or its country
        return placeModifier(words);
    }
}
