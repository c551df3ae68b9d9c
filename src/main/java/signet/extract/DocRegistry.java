package signet.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import signet.fact.Entity;
import signet.fact.EntityKind;
import signet.graph.Iris;

/**
 * The entities one article names, and how its later, shorter mentions refer back to them: an
 * acronym defined in parentheses ("(CITVC)"), the initials of a name ("PSL"), a leading part of a
 * name ("Left Bank" for Left Bank Pictures), a person's family or given name alone ("Kamal",
 * "Seong"). Known organizations and places keep their reference key, so the same organization in
 * two articles gets one IRI. Built per article; not shared between threads.
 */
final class DocRegistry {

    /** An entity as the article knows it; becomes an immutable {@link Entity} at the end. */
    static final class DocEntity {
        final EntityKind kind;
        final String key;
        String name;
        final TreeSet<String> alt = new TreeSet<>();
        /** The reference data's names for a known entity that this article writes (its name, an alias, its acronym). */
        final TreeSet<String> written = new TreeSet<>();
        String acronym;
        final KnownEntity known;
        boolean promoted;

        /** Every name the article or the reference data gives it: its name, the other forms, the known aliases. */
        List<String> names() {
            List<String> out = new ArrayList<>();
            out.add(name);
            out.addAll(alt);
            if (known != null) out.addAll(known.aliases());
            return out;
        }

        DocEntity(EntityKind kind, String key, String name, KnownEntity known) {
            this.kind = kind;
            this.key = key;
            this.name = name;
            this.known = known;
            if (known != null) known.acronym().ifPresent(a -> acronym = a);
        }

        Entity toEntity() {
            TreeSet<String> names = new TreeSet<>(alt);
            if (known != null) names.addAll(known.aliases());
            if (acronym != null) names.add(acronym);
            String label = label();
            if (!label.equals(name)) names.add(name);
            names.remove(label);
            return new Entity(kind, key, label, names, Optional.ofNullable(acronym),
                    known == null ? Optional.empty() : known.wikidata(), known != null);
        }

        boolean isCity() { return known != null && known.isCity(); }

        private static String withoutBrackets(String w) {
            String out = BRACKETED.matcher(w).replaceAll("").strip();
            return out.isEmpty() ? w : out;
        }

        private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]*\\)");

        /**
         * The name a fact gives: a known organization is named as the article names it (the
         * longest of the reference names it writes: "Xinhua", "CCTV"), not by a reference name it
         * never writes ("Xinhua News Agency"): a reader checks a fact against its sentence, and the
         * IRI still joins it to the same organization in every article. The reference name when
         * the article writes it, or writes none of them (a name with a description glued on).
         */
        String label() {
            if (known == null || written.isEmpty()) return name;
            // (an acronym in brackets inside a written name is no part of it: "the Communist Party of China (CPC) Central Committee")
            for (String w : written) if (norm(withoutBrackets(w)).equals(norm(name))) return name;
            return withoutBrackets(written.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).get());
        }
    }

    private final Map<String, DocEntity> byKey = new LinkedHashMap<>();
    private final Map<String, DocEntity> byAcronym = new LinkedHashMap<>();
    private final Map<String, DocEntity> byName = new LinkedHashMap<>();
    private final List<DocEntity> orgsInOrder = new ArrayList<>();
    private final List<DocEntity> personsInOrder = new ArrayList<>();
    private final Lexicons lex;

    /** With the stage that resolves definite references ("the bank", "the Slovak institute"). */
    DocRegistry(Lexicons lex, DefiniteReference definite, Optional<String> dateline) {
        this.lex = lex;
        this.definite = definite;
        this.datelinePlace = dateline.map(DocRegistry::norm).filter(d -> !d.isEmpty()).orElse(null);
        this.businessAnaphors = lex.wordSet("business-anaphors");
        this.legalSuffixes = lex.wordSet("legal-suffixes");
        this.leadingHeads = lex.wordSet("leading-heads");
    }

    private final DefiniteReference definite;
    /**
     * The dateline's place as written ("VELSK, March 3 -"), normalised, or null: the article itself says it is a
     * place, so a lone word that writes it is no short form of an organization whose name opens with it ("the
     * Velsk bureau of the Kesh News Agency" beside "the Velsk Herald"), even when the reference data does not
     * know the place.
     */
    private final String datelinePlace;
    /** What {@link DefiniteReference} has collected of the sentences before, per head, for this article. */
    final Map<String, DefiniteReference.Collected> referencesSeen = new HashMap<>();

    /** Registers the named entities of a sentence (first pass). */
    void learn(SentenceView v) {
        for (Mention m : v.mentions) {
            switch (m.type()) {
                case ORG -> org(m);
                case PERSON -> person(m);
                default -> { }
            }
        }
    }

    /**
     * After {@link #learnLongNames}: a single word the sentence alone typed as a person because a verb of saying
     * follows it ("Savanna said it agreed to negotiate") is the short form of an organization the article names
     * with more words ("Savanna Telekom PLC"), not a person, when no person's name in the article has that word
     * ("Kamau said" after "Wanjiru Kamau") and nothing marks it a person's (an honorific or a title before it:
     * "Mr Savanna said", "CEO Savanna said"). Typed as that organization's short form, it no longer keeps the
     * organization's later mentions ("Savanna's chief commercial officer, X") from resolving to it.
     */
    void orgsSpeaking(List<SentenceView> views) {
        java.util.Set<String> personWords = new java.util.HashSet<>();
        for (SentenceView v : views)
            for (Mention m : v.mentions)
                // a person's full name, or a name an honorific marks ("Mr Ahmed")
                if (m.type() == MentionType.PERSON && (m.to() - m.from() > 1 || !m.text().strip().equals(m.name().strip())))
                    for (String w : norm(m.name()).split(" ")) personWords.add(w);
        // organizations named with two words are not learnt yet (learnLongNames takes three or more, so a
        // headline's short name resolves to the body's long one): "Coral said" after "Coral Bank" needs them too
        java.util.Set<String> twoWordOrgs = new java.util.HashSet<>();
        for (SentenceView v : views)
            for (Mention m : v.mentions)
                if (m.type() == MentionType.ORG && m.known().isEmpty() && cleanOrgName(m.name()).split(" ").length == 2)
                    twoWordOrgs.add(norm(cleanOrgName(m.name())));
        for (SentenceView v : views) {
            for (int i = 0; i < v.mentions.size(); i++) {
                Mention m = v.mentions.get(i);
                if (m.type() != MentionType.PERSON || m.to() - m.from() != 1 || !m.text().strip().equals(m.name().strip())) continue;
                String n = norm(m.name());
                if (personWords.contains(n) || m.to() >= v.tokens.size() || !lex.speechVerbs.contains(v.tokens.get(m.to()).key())) continue;
                Token word = v.tokens.get(m.from());
                if (!word.isCapitalized() || word.isAllCaps()) continue;
                // "CEO Savanna said": a title before the name makes it a person's
                if (i > 0 && v.mentions.get(i - 1).to() == m.from() && v.mentions.get(i - 1).type() == MentionType.TITLE) continue;
                if (shortFormOf(m.name()).isPresent() || twoWordOrgs.stream().anyMatch(o -> o.startsWith(n + " ") && !lex.isAnyOrgHead(n)))
                    v.retype(i, m.withType(MentionType.ORG));
            }
        }
        saysItSigned(views);
    }

    /**
     * "Orion Digital announced that it signed a memorandum with Kesh Studios", "Coral Wire said it has signed ...":
     * a name the sentence typed a person only because a verb of saying follows it is the organization that signed
     * when "it" is the signer right after that verb (people sign as "he" or "she", or for "his company"). Not when a
     * title or an honorific marks the name as a person's anywhere in the article ("Mr Orion Digital", "CEO Anna
     * Berg"), nor when "it" only opens a statement ("Anna Berg said it was a good day": no signing verb follows).
     */
    private void saysItSigned(List<SentenceView> views) {
        java.util.Set<String> marked = new java.util.HashSet<>();
        for (SentenceView v : views)
            for (int i = 0; i < v.mentions.size(); i++) {
                Mention m = v.mentions.get(i);
                boolean titled = i > 0 && v.mentions.get(i - 1).to() == m.from() && v.mentions.get(i - 1).type() == MentionType.TITLE;
                if (m.type() == MentionType.PERSON && (titled || !m.text().strip().equals(m.name().strip()))) marked.add(norm(m.name()));
            }
        java.util.Set<String> skip = lex.wordSet("it-signed-skip");
        for (SentenceView v : views) {
            for (int i = 0; i < v.mentions.size(); i++) {
                Mention m = v.mentions.get(i);
                if (m.type() != MentionType.PERSON || marked.contains(norm(m.name())) || m.to() >= v.tokens.size()
                        || !lex.speechVerbs.contains(v.tokens.get(m.to()).key())) continue;
                int k = m.to() + 1;
                // "said on Tuesday it had inked", "said in a statement that it signed"
                if (k + 1 < v.tokens.size() && v.tokens.get(k).key().equals("on")) k += 2;
                if (k + 2 < v.tokens.size() && v.tokens.get(k).key().equals("in") && v.tokens.get(k + 2).key().equals("statement")) k += 3;
                if (k < v.tokens.size() && v.tokens.get(k).key().equals("that")) k++;
                if (k >= v.tokens.size() || !v.tokens.get(k).key().equals("it")) continue;
                k++;
                while (k < v.tokens.size() && skip.contains(v.tokens.get(k).key())) k++;
                if (k < v.tokens.size() && lex.signingVerbs.containsKey(v.tokens.get(k).key())) v.retype(i, m.withType(MentionType.ORG));
            }
        }
    }

    /** First pass: organizations named with three words or more, so shorter forms can resolve to them. */
    void learnLongNames(SentenceView v) {
        for (Mention m : v.mentions) {
            if (m.type() == MentionType.ORG && m.known().isEmpty() && cleanOrgName(m.name()).split(" ").length >= 3) org(m);
        }
    }

    /**
     * Second pass: a capitalised run the sentence alone could not type may be an acronym, an
     * initialism, a short form of a named organization, or a person's name alone.
     */
    void reclassify(SentenceView v) {
        for (int i = 0; i < v.mentions.size(); i++) {
            Mention m = v.mentions.get(i);
            // "Bo Lind, CTO, Orvanti Lasko said": a verb of saying after a name the article has already typed an organization's
            // makes no person of it
            if (m.type() == MentionType.PERSON && m.known().isEmpty() && byName.containsKey(norm(m.name()))
                    && byName.get(norm(m.name())).kind == EntityKind.ORGANIZATION && m.to() - m.from() == m.name().split(" ").length) {
                v.retype(i, m.withType(MentionType.ORG));
                continue;
            }
            // "said Ipak Yuli general director Farrukh Tursunov": a name typed a person's right before a title and the
            // title holder's name is the organization's, when it is the short form of one the article named
            if (m.type() == MentionType.PERSON && m.known().isEmpty() && i + 2 < v.mentions.size()
                    && v.mentions.get(i + 1).type() == MentionType.TITLE && v.mentions.get(i + 1).from() == m.to()
                    && (v.mentions.get(i + 2).type() == MentionType.PERSON || v.mentions.get(i + 2).type() == MentionType.OTHER)
                    && v.mentions.get(i + 2).from() == v.mentions.get(i + 1).to()) {
                Optional<DocEntity> org = shortFormOf(m.name());
                // (named by the organization's full name: the short one was registered as a person's)
                if (org.isPresent()) {
                    v.retype(i, new Mention(MentionType.ORG, m.from(), m.to(), m.start(), m.end(), m.text(), org.get().name, Optional.ofNullable(org.get().known), null, null));
                    continue;
                }
            }
            if (m.type() != MentionType.OTHER) continue;
            if (m.name().startsWith(MentionFinder.ANAPHOR)) {
                String head = m.name().substring(MentionFinder.ANAPHOR.length());
                Optional<DocEntity> e;
                int named = 0;
                if (definite.isHead(head)) {
                    DefiniteReference.Resolution r = definite.resolve(reclassified, v, i, this);
                    Optional<Mention> resolved = r.mention(v, m);
                    // "Brenn USA, LLC, a wholly owned subsidiary of the company": not the organization it describes
                        if (resolved.isPresent() && describedBy(v, i, r.org().get())) {
                        resolved = Optional.empty();
                        r = new DefiniteReference.Resolution(Optional.empty(), 0);
                    }
                    if (resolved.isPresent()) {
                        v.retype(i, resolved.get());
                        continue;
                    }
                    e = Optional.empty();
                    named = r.named();
                } else e = lastOrgWithHead(head);
                // "the company" when no name says company: the business named last (not when two companies are named)
                // ("the Chinese company" says more than "the company": not any business named last)
                if (e.isEmpty() && named == 0 && businessAnaphors.contains(head) && m.to() - m.from() == 1) e = nearestBusinessBefore(v, i);
                if (e.isPresent()) v.retype(i, new Mention(MentionType.ORG, m.from(), m.to(), m.start(), m.end(), m.text(),
                        e.get().name, Optional.ofNullable(e.get().known), null, null));
                continue;
            }
            String n = norm(m.name());
            if (byAcronym.containsKey(m.name()) || byName.containsKey(n) && byName.get(n).kind == EntityKind.ORGANIZATION
                    || !n.equals(datelinePlace) && shortFormOf(m.name()).isPresent() || initialsOf(m.name()).isPresent()) {
                v.retype(i, m.withType(MentionType.ORG));
            } else if (byName.containsKey(n) && byName.get(n).kind == EntityKind.PERSON || personByPart(m.name()).isPresent()) {
                v.retype(i, m.withType(MentionType.PERSON));
            }
        }
        reclassified.add(v);
    }

    /** "the company", "the firm": nouns that refer back to a business named before, whatever its name (word-sets business-anaphors). */
    private final Set<String> businessAnaphors;
    private final Set<String> legalSuffixes;
    private final Set<String> leadingHeads;
    /** The sentences reclassified so far, in article order. */
    private final List<SentenceView> reclassified = new ArrayList<>();
    /** Sentences back "the company" may reach for its organization. */
    private static final int BUSINESS_ANAPHOR_REACH = 6;

    /** A name with no government or unit head in it ("Ministry of Culture", "Press Office" name no business). */
    private boolean businessName(String name) {
        for (String w : SPACES_OR_HYPHENS.split(name.toLowerCase())) {
            String kind = lex.orgHeads.get(w);
            if ("gov".equals(kind) || "unit".equals(kind)) return false;
        }
        return true;
    }

    private boolean isPerson(Mention m) {
        DocEntity e = byName.get(norm(m.name()));
        return e != null && e.kind == EntityKind.PERSON;
    }

    /**
     * The organization "the company" (mention {@code i} of {@code v}) stands for when no named
     * organization has "company" in its name ("Disney ... the company's executive chairman"): the
     * nearest business before it in its sentence, else the first name other than a person's of the
     * nearest sentence before that has one, when that is a business ("Lumo Pay signed with Norvik
     * Bank. The company is ..." is Lumo Pay's, so nothing when Lumo Pay is no known organization).
     */
    private Optional<DocEntity> nearestBusinessBefore(SentenceView v, int i) {
        // in its own sentence: the nearest business before it, not the one whose apposition it is in ("Brenn Pharma said
        // that Brenn USA, a wholly owned subsidiary of the Company, has ...": nothing is a subsidiary of itself)
        for (int k = i - 1; k >= 0; k--) {
            Mention m = v.mentions.get(k);
            if (inAppositionOf(v, m, v.mentions.get(i))) continue;
            // (named exactly so: "Brenn Pharma" before "Brenn Pharma USA, LLC, a subsidiary of the company" is the parent, no short form)
            if (m.type() == MentionType.ORG && !m.name().startsWith(MentionFinder.ANAPHOR) && businessName(m.name())) return Optional.of(orgNamed(m));
        }
        // before it: the first name other than a person's in the nearest sentence that names one, when that is a business
        for (int back = 1; back <= BUSINESS_ANAPHOR_REACH && back <= reclassified.size(); back++) {
            SentenceView u = reclassified.get(reclassified.size() - back);
            for (Mention m : u.mentions) {
                // ("In other news, Nairobi-based Coral Media ...": a place before the first name says where it is)
                if (m.type() == MentionType.DATE || m.type() == MentionType.TITLE || m.type() == MentionType.AGREEMENT || m.type() == MentionType.PLACE
                        || m.type() == MentionType.PERSON || isPerson(m)) continue;
                if (m.type() == MentionType.ORG && !m.name().startsWith(MentionFinder.ANAPHOR) && businessName(m.name())) return Optional.of(org(m));
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether mention {@code i} of {@code v} stands in the apposition of a mention of {@code org} before it. */
    private boolean describedBy(SentenceView v, int i, DocEntity org) {
        for (int k = 0; k < i; k++) {
            Mention m = v.mentions.get(k);
            if (m.type() == MentionType.ORG && inAppositionOf(v, m, v.mentions.get(i)) && org(m) == org) return true;
        }
        return false;
    }

    /** Words an apposition may run before a reference in it ("A, a wholly owned subsidiary of the company"). */
    private static final int APPOSITION_REACH = 8;

    /** Whether {@code ref} stands in an apposition of {@code m}: a comma right after m, and no other before ref. */
    private static boolean inAppositionOf(SentenceView v, Mention m, Mention ref) {
        if (m.to() >= ref.from() || ref.from() - m.to() > APPOSITION_REACH || !v.tokens.get(m.to()).key().equals(",")) return false;
        for (int t = m.to() + 1; t < ref.from(); t++) if (v.tokens.get(t).key().equals(",")) return false;
        return true;
    }

    /** Resolves (and registers) an organization mention. */
    DocEntity org(Mention m) {
        // an acronym the article itself defined ("... of Uzbekistan (UzA)") means that organization,
        // even when the reference data knows the acronym under another name
        DocEntity defined = byAcronym.get(m.text().strip());
        if (defined != null && m.known().map(k -> defined.known != k).orElse(false)) return defined;
        if (m.known().isPresent()) {
            KnownEntity k = m.known().get();
            DocEntity e = byKey.computeIfAbsent(EntityKind.ORGANIZATION.segment() + ":" + Iris.slug(k.name()),
                    x -> add(new DocEntity(EntityKind.ORGANIZATION, Iris.slug(k.name()), k.name(), k)));
            note(e, m);
            return e;
        }
        String name = cleanOrgName(m.name());
        DocEntity e = byAcronym.get(name);
        if (e == null) e = byName.get(norm(name));
        if (e == null) e = shortFormOf(name).orElse(null);
        if (e == null) e = initialsOf(name).orElse(null);
        if (e == null) {
            DocEntity fresh = new DocEntity(EntityKind.ORGANIZATION, Iris.slug(name), name, null);
            e = byKey.computeIfAbsent(EntityKind.ORGANIZATION.segment() + ":" + fresh.key, x -> add(fresh));
        }
        note(e, m);
        return e;
    }

    /**
     * An organization named exactly so (or by a reference entry or acronym), never read as a short
     * form of a longer name: a parent made from part of its child's name ("Korvan Widgets" of
     * "Korvan Widgets Resources", "Government of X" of "Government of X Undertaking") is another
     * organization, which {@link #org} would fold into the longer one.
     */
    DocEntity orgNamed(Mention m) {
        if (m.known().isPresent() || byAcronym.containsKey(m.text().strip())) return org(m);
        String name = cleanOrgName(m.name());
        DocEntity e = byName.get(norm(name));
        // the name was read as a short form of a longer one: here it is that longer one's parent, not it
        if (e != null && e.known == null && normalised(e.name).startsWith(norm(name) + " ")) e = byKey.get(EntityKind.ORGANIZATION.segment() + ":" + Iris.slug(name));
        if (e == null) {
            DocEntity fresh = new DocEntity(EntityKind.ORGANIZATION, Iris.slug(name), name, null);
            e = byKey.computeIfAbsent(EntityKind.ORGANIZATION.segment() + ":" + fresh.key, x -> add(fresh));
        }
        note(e, m);
        return e;
    }

    DocEntity person(Mention m) {
        String name = m.name().strip();
        DocEntity e = byName.get(norm(name));
        if (e == null || e.kind != EntityKind.PERSON) e = personByPart(name).orElse(null);
        if (e == null) {
            DocEntity fresh = new DocEntity(EntityKind.PERSON, Iris.slug(name), name, null);
            e = byKey.computeIfAbsent(EntityKind.PERSON.segment() + ":" + fresh.key, x -> add(fresh));
            byName.putIfAbsent(norm(name), e);
        }
        if (!e.name.equals(name)) e.alt.add(name);
        return e;
    }

    DocEntity place(Mention m) {
        String name = m.known().map(KnownEntity::name).orElse(m.name());
        return place(name, m.known().orElse(null));
    }

    DocEntity place(String name, KnownEntity known) {
        String key = Iris.slug(name);
        DocEntity e = byKey.computeIfAbsent(EntityKind.PLACE.segment() + ":" + key, x -> add(new DocEntity(EntityKind.PLACE, key, name, known)));
        return e;
    }

    DocEntity work(Mention m) {
        String key = Iris.slug(m.name());
        return byKey.computeIfAbsent(EntityKind.WORK.segment() + ":" + key, x -> add(new DocEntity(EntityKind.WORK, key, m.name(), null)));
    }

    /** The most recent organization whose name contains this head word ("the agency"). */
    Optional<DocEntity> lastOrgWithHead(String head) {
        for (int i = orgsInOrder.size() - 1; i >= 0; i--) {
            DocEntity e = orgsInOrder.get(i);
            for (String w : SPACES_OR_HYPHENS.split(e.name.toLowerCase())) if (w.equals(head)) return Optional.of(e);
        }
        return Optional.empty();
    }

    List<DocEntity> all() { return List.copyOf(byKey.values()); }

    /**
     * The organization of a name no mention wrote ("Ministry of Agriculture of Belarus", made from
     * "Belarusian Minister of Agriculture"): the one the article names so, else a new one.
     */
    DocEntity orgCalled(String name) {
        DocEntity e = byName.get(norm(name));
        if (e != null && e.kind == EntityKind.ORGANIZATION) return e;
        DocEntity fresh = new DocEntity(EntityKind.ORGANIZATION, Iris.slug(name), name, null);
        return byKey.computeIfAbsent(EntityKind.ORGANIZATION.segment() + ":" + fresh.key, x -> add(fresh));
    }

    /** The entity the article names exactly so (any kind), if any. */
    Optional<DocEntity> named(String name) { return Optional.ofNullable(byName.get(norm(name))); }

    // ---- internals ----

    private DocEntity add(DocEntity e) {
        if (e.kind == EntityKind.ORGANIZATION) orgsInOrder.add(e);
        if (e.kind == EntityKind.PERSON) personsInOrder.add(e);
        byName.putIfAbsent(norm(e.name), e);
        if (e.acronym != null) byAcronym.putIfAbsent(e.acronym, e);
        if (e.known != null) for (String a : e.known.aliases()) byName.putIfAbsent(norm(a), e);
        return e;
    }

    private void note(DocEntity e, Mention m) {
        String surface = cleanOrgName(m.text());
        if (surface.isEmpty() || !Character.isUpperCase(surface.charAt(0)) && !Character.isDigit(surface.charAt(0))) return; // "the agency": a reference
        if (surface.split(" ").length == 1 && !surface.equals(surface.toUpperCase()) && !surface.equals(e.name) && norm(e.name).contains(" ")
                && Character.isUpperCase(surface.charAt(0)) && lex.isOrgHead(Token.fold(surface))) return; // "the Union": a reference, not a name
        // "KOREA CREATIVE CONTENT AGENCY" in a caption, then "Korea Creative Content Agency": keep the latter
        if (e.known == null && e.name.equals(e.name.toUpperCase()) && !surface.equals(surface.toUpperCase())
                && Token.fold(surface).equals(Token.fold(e.name))) {
            e.alt.add(e.name);
            e.name = surface;
        }
        if (!surface.equals(e.name)) e.alt.add(surface);
        if (e.known != null && e.kind == EntityKind.ORGANIZATION && namesKnown(e.known, surface)) e.written.add(surface);
        byName.putIfAbsent(norm(surface), e);
        if (m.acronym() != null) {
            String a = m.acronym();
            if (e.acronym == null) e.acronym = a;
            else if (!e.acronym.equals(a)) e.alt.add(a);
            byAcronym.putIfAbsent(a, e);
        }
    }

    /** "the Korea Chamber ..." → "Korea Chamber ...". */
    static String cleanOrgName(String s) {
        String n = SPACES.matcher(s.strip()).replaceAll(" ");
        n = LEADING_THE.matcher(n).replaceFirst("");
        return n;
    }

    // compiled once: names are cleaned and compared many times per article (String.replaceAll compiles per call)
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the ");
    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");
    private static final Pattern SPACES_OR_SLASHES = Pattern.compile("[\\s/]+");
    private static final Pattern INITIALS = Pattern.compile("[A-Z]{2,6}");
    private static final Set<String> NOT_INITIALLED = Set.of("of", "and", "the", "for", "&");

    /**
     * Whether a surface is one of the reference data's names of a known entity (its name, an
     * alias, its acronym), or one of them with only organization head words after it ("Sputnik
     * Agency" of "Sputnik"): the article's own fuller name. Not one with a description glued on
     * ("Xinhua Chinese State News Agency").
     */
    private boolean namesKnown(KnownEntity k, String surface) {
        if (k.acronym().map(a -> a.equals(surface)).orElse(false)) return true;
        String n = norm(surface);
        List<String> names = new ArrayList<>(k.aliases());
        names.add(k.name());
        for (String a : names) {
            String an = norm(a);
            if (n.equals(an)) return true;
            if (!n.startsWith(an + " ")) continue;
            boolean heads = true;
            for (String w : n.substring(an.length() + 1).split(" ")) heads &= lex.isOrgHead(w);
            if (heads) return true;
        }
        return false;
    }

    static String norm(String s) {
        return Token.fold(cleanOrgName(s)).replace('’', '\'');
    }

    /** "Left Bank" for "Left Bank Pictures": the leading words of exactly one earlier organization. */
    private Optional<DocEntity> shortFormOf(String name) {
        String n = expand(norm(name));
        if (n.length() < 3 || n.split(" ").length > 3 || lex.isAnyOrgHead(n)) return Optional.empty();
        String own = norm(name), prefix = n + " ";
        DocEntity found = null;
        // "Brenlow Pictures" of "Brenlow Pictures, Inc.": the name with only its legal form after it is the same
        // company, whatever longer names share its words ("Brenlow Pictures International")
        for (DocEntity e : orgsInOrder)
            for (String cand : e.names()) {
                String c = expandedNorm(cand);
                if (onlyLegalFormAfter(c, n) || coreAfterLeadingHead(c, n)) return Optional.of(e);
            }
        for (DocEntity e : orgsInOrder) {
            for (String cand : e.names()) {
                String c = expandedNorm(cand);
                // ("Kestrel Bank" is no short form of its branch "Kestrel Bank - Lima Branch")
                if (c.startsWith(prefix) && !branchAfterDash(c, prefix) && !anotherBodyAfter(n, c.substring(prefix.length()))
                        || c.equals(n) && !normalised(cand).equals(own)) {
                    if (found != null && found != e) return Optional.empty();
                    found = e;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether {@code name} is {@code shortName} and legal forms only (lexicons/word-sets.tsv legal-suffixes): "kesh media, inc.". */
    private boolean onlyLegalFormAfter(String name, String shortName) {
        if (!name.startsWith(shortName) || name.length() == shortName.length()) return false;
        String rest = name.substring(shortName.length()).replace(",", " ").strip();
        if (rest.isEmpty() || name.charAt(shortName.length()) != ',' && name.charAt(shortName.length()) != ' ') return false;
        for (String w : rest.split("\\s+")) if (!legalSuffixes.contains(w) && !legalSuffixes.contains(w.replaceAll("\\.$", ""))) return false;
        return true;
    }

    /**
     * Whether {@code name} is {@code shortName} after a head that opens names in its language and before legal forms only:
     * "Vía Andina" of "Aerolíneas Vía Andina S.A.", "Ilhéu" of "Grupo Ilhéu SGPS" (lexicons/word-sets.tsv leading-heads).
     */
    private boolean coreAfterLeadingHead(String name, String shortName) {
        int space = name.indexOf(' ');
        if (space < 0 || !leadingHeads.contains(name.substring(0, space))) return false;
        String rest = name.substring(space + 1);
        return rest.equals(shortName) || onlyLegalFormAfter(rest, shortName);
    }

    /** Trade words, which end a company's name as a head does ("Tarn Steel" is no short form of "Tarn Steel Academy"). */
    private static final Set<String> TRADES = PartOfReader.Words.shared().trades();

    /**
     * Heads of an institution or unit of its own, which after a name that has a head name another body ("Kesh Bank
     * Foundation", "Velsk University Press"): the sub-unit heads of lexicons/part-of-words.tsv (kind unit) and institutions'
     * heads; not a company's heads, which go on naming the same business ("Sony Pictures Entertainment", "Kesh Bank Group").
     */
    private static final Set<String> OTHER_BODY_HEADS;
    static {
        Set<String> heads = new java.util.HashSet<>(PartOfReader.Words.shared().units());
        heads.removeAll(Set.of("studio", "studios", "service", "chamber", "press"));
        heads.addAll(Set.of("foundation", "academy", "university", "college", "museum", "association", "society", "club", "press"));
        OTHER_BODY_HEADS = Set.copyOf(heads);
    }

    /**
     * Whether {@code rest}, the words of a longer name after {@code shortName}, names another body: the short name ends in a
     * head of its own ("Kesh Bank") or a trade word ("Tarn Steel") and the rest holds another one ("Foundation", "Academy", "Press"): "Kesh Bank" is no
     * short form of "Kesh Bank Foundation", nor "Velsk University" of "Velsk University Press".
     */
    private boolean anotherBodyAfter(String shortName, String rest) {
        String[] shortWords = shortName.split(" ");
        String last = shortWords[shortWords.length - 1];
        boolean headed = lex.orgHeads.get(last) != null && !"weak".equals(lex.orgHeads.get(last)) || TRADES.contains(last);
        if (shortWords.length < 2 || !headed) return false;
        for (String w : rest.split(" ")) if (OTHER_BODY_HEADS.contains(w)) return true;
        return false;
    }

    /** "kestrel bank - lima branch" after "kestrel bank ": a branch named after a dash, not a longer name. */
    private static boolean branchAfterDash(String name, String prefix) {
        return name.length() > prefix.length() + 1 && "-–—".indexOf(name.charAt(prefix.length())) >= 0 && name.charAt(prefix.length() + 1) == ' ';
    }

    /**
     * {@link #norm} and {@link #expand} of a name, remembered for this article: the short-form and
     * person look-ups compare each new name with every earlier one, and normalising them afresh
     * each time made a document listing 10,000 organizations take minutes.
     */
    private final Map<String, String> normalisedNames = new HashMap<>(), expandedNames = new HashMap<>();

    private String normalised(String name) { return normalisedNames.computeIfAbsent(name, DocRegistry::norm); }

    private String expandedNorm(String name) { return expandedNames.computeIfAbsent(name, x -> expand(normalised(x))); }

    /** Common abbreviations spelled out, so "Coral TV" is a short form of "Coral Television Network". */
    private static String expand(String normalised) {
        StringBuilder b = new StringBuilder();
        for (String w : normalised.split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(switch (w) {
                case "tv" -> "television";
                case "intl", "int'l" -> "international";
                case "corp", "corp." -> "corporation";
                case "co", "co." -> "company";
                case "assn", "assoc" -> "association";
                case "natl", "nat'l" -> "national";
                case "univ", "univ." -> "university";
                default -> w;
            });
        }
        return b.toString();
    }

    /** "PSL" for "Premier Soccer League", "MCG" for "MultiChoice Group". */
    private Optional<DocEntity> initialsOf(String name) {
        if (!INITIALS.matcher(name).matches()) return Optional.empty();
        for (DocEntity e : orgsInOrder) {
            StringBuilder ini = new StringBuilder();
            for (String w : SPACES_OR_SLASHES.split(e.name)) {
                if (w.isEmpty() || NOT_INITIALLED.contains(w.toLowerCase())) continue;
                for (int i = 0; i < w.length(); i++) {
                    char c = w.charAt(i);
                    if (i == 0 || Character.isUpperCase(c) && !Character.isUpperCase(w.charAt(i - 1))) ini.append(Character.toUpperCase(c));
                }
            }
            if (ini.toString().equals(name)) return Optional.of(e);
            // "PGES" for "Pacific Green Energy Storage (UK) Limited": a bracketed qualifier and a legal form after
            // it carry no initial
            int bracket = e.name.indexOf(" (");
            if (bracket > 0 && initialsOfWords(e.name.substring(0, bracket)).equals(name)) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static String initialsOfWords(String name) {
        StringBuilder ini = new StringBuilder();
        for (String w : SPACES_OR_SLASHES.split(name)) {
            if (w.isEmpty() || NOT_INITIALLED.contains(w.toLowerCase())) continue;
            ini.append(Character.toUpperCase(w.charAt(0)));
        }
        return ini.toString();
    }

    /** "Kamal", "Seong": one word of exactly one earlier person's name. */
    private Optional<DocEntity> personByPart(String name) {
        String n = norm(name);
        if (n.contains(" ")) return Optional.empty();
        DocEntity found = null;
        for (DocEntity e : personsInOrder) {
            for (String w : normalised(e.name).split(" ")) {
                if (w.equals(n)) {
                    if (found != null && found != e) return Optional.empty();
                    found = e;
                }
            }
        }
        return Optional.ofNullable(found);
    }

}
