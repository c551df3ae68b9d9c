package signet.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static signet.extract.MentionFinder.HYPHEN_ADJECTIVE;
import static signet.extract.MentionFinder.mention;
import static signet.extract.MentionFinder.put;
import static signet.extract.MentionFinder.span;
import static signet.extract.MentionFinder.taken;
import static signet.extract.NameTyper.TYPED;
import static signet.extract.NameWords.COMPLEMENT_PREPOSITIONS;
import static signet.extract.NameWords.acronymLike;
import static signet.extract.NameWords.isPossessive;

/**
 * Name boundaries inside a capitalised run: where one name ends and the next begins.
 * {@link MentionFinder} finds the run (capitalised words and the small words a name may hold) after
 * the sentence's dates, known organizations, titles, agreement nouns and quoted works are taken, and
 * hands it over here; {@link NameTyper} says what each name found here is.
 *
 * <p>Entry point {@link #classifyRun}. In: the sentence's tokens, the table of what is taken so far
 * ({@code at[k]}, the mention holding token {@code k}, or null) and a run {@code [from, to)} of free
 * tokens. Out: the run's names, each put into the sentence's mentions and table ({@code out},
 * {@code at}) as an ORG, PERSON, PLACE or OTHER mention; what is no name (a sentence-opening common
 * word, connectors, numbers, a date the date finder left) is left out. The run is split at a
 * hyphenated or an owner's adjective before a name, an honorific inside it, an acronym that spells
 * the names before it, an "and" or "&amp;" between two names (not inside one: "Ministry of Posts and
 * Telecommunications"), a possessive, a person before "of" and an organization, a detached
 * descriptor ("News Agency ANSA"), a person glued after a title's organization, a place before a
 * name, and a name after an organization's head; each part is split again, then trimmed and typed.
 *
 * <p>The boundary tests that the run finder also consults (a known place's end, a head's
 * complement and its tail, a leading head) are package-private here. Data: the word sets below
 * (lexicons/word-sets.tsv), organization heads through {@link Lexicons},
 * known places and organizations through {@link ReferenceData}, word kinds through {@link NameWords}.
 */
final class RunSplitter {

    /** Heads whose "of <place>" complement may be followed by "on" and fields: "State Committee of Freedonia on Television". */
    private final Set<String> tailOnHeads;
    /** Heads of a generic part joined by "and" to the same name: "Chamber of Commerce and Sectoral Association". */
    private final Set<String> joinedHeads;
    /** Plural nouns naming a body's members, which share the head after them: "Publishers & Booksellers Guild". */
    private final Set<String> memberNouns;
    /** Words that open a name in the languages that put the head first: "Instituto Cervantes", "JSC Kestrel". */
    private final Set<String> leadingHeads;
    private final Set<String> legalSuffixes;
    /** Capitalised descriptors before a name that are not part of it: "News Agency ANSA". */
    private final Set<String> detachedDescriptors;
    /** Words of institution names that are not proper names ("Accounts Chamber", "State Control Committee"). */
    private final Set<String> genericNameWords;
    /** Heads of a country's public bodies, which a possessive place names: "Norway's Film Fund". */
    private final Set<String> publicBodyHeads;
    /** Lower-case area nouns that close a place inside an organization's name: "Department of the North Kestrel region". */
    private final Set<String> areaNouns;
    /** Countries that are also persons' names ("Jordan"): a name ending in one may still be a person. */
    private final Set<String> countryPersonNames;

    private final Lexicons lex;
    private final ReferenceData ref;
    private final NameWords kinds;
    /** Month names and their abbreviations, folded (the finder's set): a run made of a month and numbers is a date. */
    private final Set<String> months;
    /** What a name is, once its boundaries are settled. */
    private final NameTyper typer;

    RunSplitter(Lexicons lex, ReferenceData ref, NameWords kinds) {
        this.lex = lex;
        this.ref = ref;
        this.kinds = kinds;
        this.months = lex.monthNames;
        this.typer = new NameTyper(lex, ref, kinds);
        this.tailOnHeads = lex.wordSet("name-tail-on");
        this.joinedHeads = lex.wordSet("joined-heads");
        this.memberNouns = lex.wordSet("member-nouns");
        this.leadingHeads = lex.wordSet("leading-heads");
        this.legalSuffixes = lex.wordSet("legal-suffixes");
        this.detachedDescriptors = lex.wordSet("detached-descriptors");
        this.genericNameWords = lex.wordSet("generic-name-words");
        this.publicBodyHeads = lex.wordSet("public-body-heads");
        this.areaNouns = lex.wordSet("area-nouns");
        this.countryPersonNames = lex.wordSet("country-person-names");
        this.personOpeners = lex.wordSet("person-openers");
    }

    /** Abbreviated honorifics that open a person even inside a capitalised run: "Kestrel Telecom Dr Anna Berg". */
    private final Set<String> personOpeners;

    /**
     * The index of "of" when [from, to) is a person's two-word name, "of", and an organization's name ending with a
     * head word ("Anna Berg of Kesh Bank", "Piet Dorn of the Velsk Film Fund"); else {@code from}. Neither word before
     * "of" may be a head, a common word, a title word or a place ("Royal Bank of Scotland", "Saint Lucia of ...",
     * "Arab Republic of Egypt" stay one name), and the part after must end with a head ("Anna Berg of Norway" is not split here).
     */
    private int leadingPersonOf(List<Token> toks, int from, int to) {
        int of = from + 2;
        if (of + 2 > to || !toks.get(of).key().equals("of") || !lex.isOrgHead(toks.get(to - 1).key())) return from;
        for (int k = from; k < of; k++) {
            Token t = toks.get(k);
            String w = t.key();
            if (!t.isCapitalized() || t.isAllCaps() || lex.isAnyOrgHead(w) || lex.commonWords.contains(w) || lex.fieldNouns.contains(w)
                    || lex.demonyms.containsKey(w) || kinds.isTitleWord(t) || !w.chars().allMatch(Character::isLetter)) return from;
        }
        if (ref.places().longestAt(toks, from).isPresent() || ref.places().longestAt(toks, from + 1).isPresent()) return from;
        return of;
    }

    /**
     * "Chad Anthony Moreno, director of ...": a country that is also a given name ("country-person-names") opens
     * a person's name when only name words follow ("China National Oil" is no one), unless a preposition puts
     * it in a place phrase ("Ambassador to China Li Wei").
     */
    private boolean givenNameCountry(List<Token> toks, int from, int placeEnd, int to) {
        if (placeEnd != from + 1 || !countryPersonNames.contains(toks.get(from).key())) return false;
        for (int k = placeEnd; k < to; k++) {
            String key = toks.get(k).key();
            if (lex.commonWords.contains(key) || lex.fieldNouns.contains(key) || lex.notNamesAlone.contains(key) || genericNameWords.contains(key)
                    || lex.isAnyOrgHead(key) || lex.demonyms.containsKey(key)) return false;
        }
        return from == 0 || !PLACE_PREPOSITIONS.contains(toks.get(from - 1).key());
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "of", "from", "for", "at", "with", "across", "throughout", "inside", "outside");

    /** End of a known place of two or more words starting at {@code k} ("Bosnia and Herzegovina"), or -1. */
    int knownPlaceEnd(List<Token> toks, Mention[] at, int k) {
        Optional<Gazetteer.Match> p = ref.places().longestAt(toks, k);
        if (p.isEmpty() || p.get().to() - k < 2) return -1;
        return taken(at, k, p.get().to()) ? -1 : p.get().to();
    }

    /** The most tokens between a head and the "in"/"on" of its tail ("Chamber of Commerce and Industry"). */
    private static final int MAX_TAIL_LOOKBACK = 6;

    /**
     * The last strong organization head of the run [from, to) that only its complement follows ("Chamber"
     * in "American Chamber of Commerce", "Embassy" in "Embassy of Ruritania"); -1 if none within
     * {@link #MAX_TAIL_LOOKBACK} tokens.
     */
    int headBeforeTail(List<Token> toks, int from, int to) {
        for (int k = to - 1; k >= from && k >= to - MAX_TAIL_LOOKBACK; k--) {
            Token t = toks.get(k);
            if (t.isCapitalized() && lex.isOrgHead(t.key())) return k;
            if (!t.isCapitalized() && !t.key().equals("of") && !t.key().equals("and") && !t.key().equals("the")) return -1;
        }
        return -1;
    }

    /** Whether the "on" at {@code on} follows the "of" complement of a head that takes an "on" tail (name-tail-on). */
    boolean tailOnHeadBefore(List<Token> toks, int from, int on) {
        int head = headBeforeTail(toks, from, on);
        return head >= 0 && head + 1 < on && tailOnHeads.contains(toks.get(head).key()) && toks.get(head + 1).key().equals("of");
    }

    /** How far back a head's complement is looked for: keeps a run with many commas or area nouns linear. */
    private static final int COMPLEMENT_LOOKBACK = 16;

    /** Whether the run [from, to) holds an organization head followed by an "of/for/on" complement (within the last words). */
    boolean complementOfHead(List<Token> toks, int from, int to) {
        for (int k = Math.max(from + 1, to - COMPLEMENT_LOOKBACK); k < to; k++)
            if (COMPLEMENT_PREPOSITIONS.contains(toks.get(k).key()) && lex.isOrgHead(toks.get(k - 1).key())) return true;
        return false;
    }

    /**
     * Whether a leading head ("Banco", "Musée", "Universidad") stands in [from, to), or the name opens
     * with an organization head ("Festival des Films du Lac", "Stiftung für Kunst"): a name whose head
     * comes first, which the connectors of name-connectors.tsv continue.
     */
    boolean leadingHeadIn(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (leadingHeads.contains(toks.get(k).key())) return true;
            // ("Radio y Televisión del Kestrel": a weak head too; "Ruritania's Festival des Films", "Le Festival des Films":
            // after a possessive or an article)
            if (lex.isAnyOrgHead(toks.get(k).key()) && (k == from || nameOpener(toks, k - 1))) return true;
        }
        return false;
    }

    /** "the", an article of another language ("Le", "La") or a possessive: what may stand before a name's head. */
    private boolean nameOpener(List<Token> toks, int k) {
        String key = toks.get(k).key();
        return key.equals("the") || lex.nameArticles.contains(key) || isPossessive(toks, k);
    }
    /** "Coral Group-owned", "Tarn Industries-run": the end of an owner's name made an adjective. */
    private static final Pattern OWNER_ADJECTIVE = Pattern.compile(".+-(?:owned|run|controlled|operated|affiliated)");

    /**
     * An adjective made of a name that says who owns, backs or hosts the name after it ("Tarn Media-backed", "Velsk-based"), never
     * one a name may hold ("Council of Turkic-speaking States").
     */
    private static final Pattern DESCRIBER_ADJECTIVE = Pattern.compile(".+-(?:owned|run|controlled|operated|affiliated|funded|backed|led|based|headquartered|listed)");

    /** Splits a capitalised run [from, to) into names and classifies each. */
    void classifyRun(List<Token> toks, Mention[] at, List<Mention> out, int from, int to) {
        // "Coral Media's English-language newspaper": an adjective split off after a possessive is no name
        if (to - from == 1 && HYPHEN_ADJECTIVE.matcher(toks.get(from).key()).matches()) return;
        // "The Zenda-based Kestrel Media is owned by ...", "... and Paris-headquartered Coral Holdings": the adjective (after a
        // sentence-opening "The") describes the name after it
        int adjective = to - from >= 3 && toks.get(from).key().equals("the") ? from + 1 : from;
        if (to - adjective >= 2 && HYPHEN_ADJECTIVE.matcher(toks.get(adjective).key()).matches()
                && !OWNER_ADJECTIVE.matcher(toks.get(adjective).key()).matches() && toks.get(adjective + 1).isCapitalized()) {
            classifyRun(toks, at, out, adjective + 1, to);
            return;
        }
        // "Coral Group-owned Lumo Bank", "Tarn Media-backed Lumo": the owner's (or backer's) words and "-owned" describe the
        // name after them (PartOfReader reads an owner); "a Coral Group-owned broadcaster", "The Kremlin-funded channel": a
        // run that ends in such an adjective names nothing itself
        for (int k = from + 1; k < to; k++)
            if (DESCRIBER_ADJECTIVE.matcher(toks.get(k).key()).matches() && toks.get(k).isCapitalized()
                    && (k + 1 == to || toks.get(k + 1).isCapitalized())) {
                // the owner's name starts after the last "and" or comma before it ("Orsa Bank and Tarn Industries-run Lumo Air")
                int a = k - 1;
                while (a >= from && !List.of("and", "&", ",").contains(toks.get(a).key())) a--;
                if (a > from) classifyRun(toks, at, out, from, a);
                if (k + 1 < to) classifyRun(toks, at, out, k + 1, to);
                return;
            }
        // "Shipping companies Kestrel Lines and Nordmar": a field word opening the sentence before a descriptor and
        // a name is the descriptor's modifier, no name of its own
        if (to - from == 1 && from == 0 && to + 1 < toks.size() && at[to] == null && !toks.get(to).isCapitalized()
                && (kinds.genericWord(toks.get(from).key()) || toks.get(from).key().endsWith("ing")) && !toks.get(from).isAllCaps()
                && toks.get(to + 1).isCapitalized() && (typer.pluralDescriptorBefore(toks, at, to + 1) || typer.descriptorBefore(toks, at, to + 1))) return;
        // "Broadcasters Zentra TV and Corvo will share content": a plural descriptor opening the sentence is no part of the name
        if (from == 0 && to - from >= 2 && toks.get(from + 1).isCapitalized() && typer.pluralDescriptorWord(toks.get(from).key())) from++;
        // honorifics in front make a person and are not part of the name
        int h = kinds.honorificAt(toks, from);
        boolean honorific = false;
        int spanFrom = from; // a person's mention keeps "Dr." in its span, not in its name
        // ("Prince Kestrel University", "Sheikh Kestrel Foundation": a name that ends in a head is an institution's)
        if (h > 0 && from + h < to && !lex.isOrgHead(toks.get(to - 1).key())) { from += h; honorific = true; }
        // "Kestrel Telecom Dr Anna Berg", "DG KSIR Dr Anna Berg": an abbreviated honorific inside a run opens a person
        int opener = personOpenerIn(toks, from, to);
        if (opener > from) {
            classifyRun(toks, at, out, from, opener);
            classifyRun(toks, at, out, opener, to);
            return;
        }
        // "Oil and Natural Gas Corporation (ONGC)": a run (or its last names) that the acronym after it
        // spells out is one organization, whatever "and" or "of" it holds
        int spelled = acronymSpelledFrom(toks, from, to);
        if (spelled >= 0) {
            int left = spelled;
            while (left > from && (kinds.isConnector(toks.get(left - 1)) || toks.get(left - 1).text().equals(","))) left--;
            if (left > from) classifyRun(toks, at, out, from, left);
            put(at, out, mention(MentionType.ORG, toks, spelled, to, span(toks, spelled, to), Optional.empty()));
            return;
        }
        // "Department of Telecom DoT", "Kestrel Media Group KMG": an acronym right after the words it
        // spells (the parentheses lost) closes that organization's name
        int bare = from < to && toks.get(from).key().equals("the") ? from + 1 : from; // "The Kestrel News Agency KNA"
        if (spelledBefore(toks, bare, to)) {
            String name = span(toks, bare, to - 1);
            put(at, out, new Mention(MentionType.ORG, bare, to, toks.get(bare).start(), toks.get(to - 1).end(), name, name,
                    Optional.empty(), null, toks.get(to - 1).text()));
            return;
        }
        // coordination splits unless it joins two field nouns ("Television and Radio") or continues the
        // complement of a head word ("Ministry of Posts and Telecommunications")
        // ("Trinidad and Tobago and Guyana", "Central Bank of Bosnia and Herzegovina": the "and" of a known place joins nothing)
        int placeEnd = -1;
        for (int k = from + 1; k < to - 1; k++) {
            placeEnd = Math.max(placeEnd, knownPlaceEnd(toks, at, k - 1));
            if (k < placeEnd) continue;
            String key = toks.get(k).key();
            if ((key.equals("and") || key.equals("&")) && !fieldCoordination(toks, k) && !complementContinues(toks, at, from, k, to)
                    && !sharedHead(toks, from, k, to) && !genericConjunct(toks, from, k, to) && !innerAnd(toks, from, k, to)
                    && !ampersandName(toks, from, k, to)) {
                classifyRun(toks, at, out, spanFrom, k); // ("Dr. Anna Berg and Kestrel": the honorific stays with its person)
                classifyRun(toks, at, out, k + 1, to);
                return;
            }
        }
        // possessives split: "MultiChoice Group's SuperSport", "China's Xinhua News Agency"; a place's
        // generic body keeps its place in its name: "Norway's Film Fund" is not any "Film Fund"
        for (int k = from; k < to; k++) {
            if (isPossessive(toks, k) && !kinds.namePossessive(toks, k)) {
                if (placeOwnedBody(toks, at, out, from, k, to)) return;
                classifyRun(toks, at, out, spanFrom, k);
                classifyRun(toks, at, out, k + 1, to);
                return;
            }
        }
        // "Anna Berg of Kesh Bank said": a person's two-word name before "of" and an organization's name is two names
        int personOf = leadingPersonOf(toks, from, to);
        if (personOf > from) {
            put(at, out, mention(MentionType.PERSON, toks, from, personOf, span(toks, from, personOf), Optional.empty()));
            int org = personOf + 1;
            if (org < to && toks.get(org).key().equals("the")) org++;
            classifyRun(toks, at, out, org, to);
            return;
        }
        // "the Italian News Agency ANSA": a capitalised descriptor before a name is not part of it
        int described = detachedDescriptorEnd(toks, from, to);
        if (described > from) {
            put(at, out, mention(MentionType.ORG, toks, described, to, span(toks, described, to), Optional.empty()));
            return;
        }
        // "Chairman of the Kestrel Board Anna Berg", "Minister of Agriculture Piet Dorn": after a title's
        // "of", a person's name glued to the end of the organization is split off
        int person = trailingPersonAfterTitle(toks, at, from, to);
        // "State Minister ... of the Government of Bangladesh Karl Olsen MP": a member of parliament's letters close the person
        if (person == from && to - from >= 4 && toks.get(to - 1).text().equals("MP")) {
            int mp = trailingPersonAfterTitle(toks, at, from, to - 1);
            if (mp > from) {
                classifyRun(toks, at, out, from, mp);
                put(at, out, mention(MentionType.PERSON, toks, mp, to - 1, span(toks, mp, to - 1), Optional.empty()));
                return;
            }
        }
        if (person > from) {
            classifyRun(toks, at, out, from, person);
            put(at, out, mention(MentionType.PERSON, toks, person, to, span(toks, person, to), Optional.empty()));
            return;
        }
        // "Minister in Malaysia Zheng Xuefang": a place run into a following name (no head word) is two names
        Optional<Gazetteer.Match> lead = ref.places().longestAt(toks, from);
        if (lead.isPresent() && to - lead.get().to() >= 2 && toks.get(lead.get().to()).isCapitalized() && !givenNameCountry(toks, from, lead.get().to(), to)
                && !(to < toks.size() && lex.isAnyOrgHead(toks.get(to).key()))) { // "Seoul Guro festival" is one name
            boolean head = false;
            for (int k = lead.get().to(); k < to; k++) head |= lex.isAnyOrgHead(toks.get(k).key()) || kinds.isConnector(toks.get(k));
            if (!head) {
                classifyRun(toks, at, out, from, lead.get().to());
                classifyRun(toks, at, out, lead.get().to(), to);
                return;
            }
        }
        // "Baltic News Agency Dr. Jonas Petraitis", "Cedar News Agency Rami Khoury": a name after an
        // organization's head word is another name (a title between them was already taken out); not in a name that
        // closes with a legal form, which no person's name does ("PT Bank Kesh Raya Tbk")
        boolean legalEnd = to - from >= 3 && legalSuffixes.contains(toks.get(to - 1).key().replaceAll("\\.$", ""));
        for (int k = from; k < to - 1 && !legalEnd; k++) {
            Token next = toks.get(k + 1);
            if (k == from && leadingHeads.contains(toks.get(k).key())) continue; // "Instituto Cervantes", "JSC Kestrel Mineral Water"
            // "PT Bank Tarn Daya", "JSC Bank Kestrel": a head right after a leading legal form opens the name, not closes it
            if (k == from + 1 && leadingHeads.contains(toks.get(from).key()) && toks.get(from).isAllCaps()) continue;
            // "Chairman of Norland Railway Board Muhammad Imran": after a title, a weak head ("Board", "Media") ends
            // the organization before a person's name too
            // ("Governor of the Primorsky Territory Oleg Kozhemyako": an area noun ends a title's region the same way)
            boolean head = lex.isOrgHead(toks.get(k).key()) || k > from && (lex.isAnyOrgHead(toks.get(k).key()) || areaNouns.contains(toks.get(k).key()))
                    && titleBeforeRun(toks, at, from) && properNameWords(toks, k + 1, to);
            if (head && next.isCapitalized() && !lex.isAnyOrgHead(next.key())
                    && !kinds.isConnector(next) && !next.isAllCaps()) {
                boolean headLater = false, titled = titleBeforeRun(toks, at, from);
                for (int j = k + 1; j < to; j++) if (lex.isAnyOrgHead(toks.get(j).key()) || kinds.isConnector(toks.get(j))
                        && !(titled && lex.personParticles.contains(toks.get(j).key()))) headLater = true; // ("... Board Piet van Dorn")
                // "Grupo Sol", "Radio y Television Argentina": one word or a place after the head belongs to the name;
                // a person's name has two words at least, or an honorific
                int runEnd = to;
                boolean personAfter = kinds.honorificAt(toks, k + 1) > 0 || to - (k + 1) >= 2 && ref.places().longestAt(toks, k + 1)
                        .map(g -> g.to() != runEnd).orElse(true);
                // ("Kestrel Publishing United Group": a field word is no head that closes a name)
                if (!headLater && personAfter || k > from && !lex.fieldNouns.contains(toks.get(k).key()) && secondNameAfter(toks, k + 1, to)) {
                    classifyRun(toks, at, out, from, k + 1);
                    // the name after a title's organization is who holds the title ("Chairman of Norland Railway Board Anna Berg signed")
                    if (!headLater && kinds.honorificAt(toks, k + 1) == 0 && titled && properNameWords(toks, k + 1, to))
                        put(at, out, mention(MentionType.PERSON, toks, k + 1, to, span(toks, k + 1, to), Optional.empty()));
                    else classifyRun(toks, at, out, k + 1, to);
                    return;
                }
            }
        }
        // trim connectors and sentence-opening common words, but keep a field before a bare head:
        // "Communications Ministry", "Culture Ministry" name a ministry, "The Ministry" does not
        int untrimmed = from;
        while (from < to && (kinds.isConnector(toks.get(from)) || lex.commonWords.contains(toks.get(from).key()) && !lex.isOrgHead(toks.get(from).key())
                && !initialsAt(toks, from, to) && !(from + 1 < to && kinds.namePossessive(toks, from + 1)) && !titleWordOpensName(toks, from, to)
                || toks.get(from).key().equals("."))) from++;
        if (from > untrimmed && from < to && lex.isOrgHead(toks.get(from).key()) && lex.fieldNouns.contains(toks.get(from - 1).key())) {
            int f = from - 1;
            while (f > untrimmed && lex.fieldNouns.contains(toks.get(f - 1).key())) f--;
            from = f;
        }
        while (to > from && (kinds.isConnector(toks.get(to - 1)) || toks.get(to - 1).key().equals("-"))) to--;
        // "Le Festival des Films du Lac": an article of another language before the head is not part of the name
        if (from + 1 < to && lex.nameArticles.contains(toks.get(from).key()) && leadingHeadIn(toks, from + 1, from + 2)) from++;
        if (from >= to) return;
        if (taken(at, from, to)) return;
        boolean onlyNumbers = true;
        for (int k = from; k < to; k++) onlyNumbers &= !toks.get(k).isWord() || toks.get(k).isDigit();
        if (onlyNumbers) return; // "A 2019 agreement": a number is no name
        if (dateShaped(toks, from, to)) return; // "Nov 28", "May 11/2021", "since November last": a date the date finder left

        // the name is typed; a nationality before a name of its own only describes it, and the rest is split again
        int again = typer.typeName(toks, at, out, from, to, honorific, spanFrom);
        if (again != TYPED) classifyRun(toks, at, out, again, to);
    }

    /** Shortest acronym that may close the name it spells without parentheses ("DoT", "KMG"). */
    static final int MIN_BARE_ACRONYM = 3;

    /**
     * The run [from, to) ends in an acronym of three letters or more (all capitals, or capitals with
     * the small letter of a connector: "DoT") that spells, case aside, the initials of all the words
     * before it, connectors included or not: "Department of Telecom DoT", "Kestrel Media Group KMG".
     */
    private boolean spelledBefore(List<Token> toks, int from, int to) {
        if (to - from < 3) return false;
        Token acr = toks.get(to - 1);
        String a = acr.text();
        if (a.length() < MIN_BARE_ACRONYM || !acr.isWord() || !Character.isUpperCase(a.charAt(0))) return false;
        int upper = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (!Character.isLetter(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        if (upper < a.length() - 1) return false; // "DoT" at most one small letter, "Kestrel" none of this shape
        StringBuilder all = new StringBuilder(), caps = new StringBuilder();
        for (int k = from; k < to - 1; k++) {
            Token t = toks.get(k);
            if (!t.isWord()) return false;
            all.append(t.text().charAt(0));
            if (t.isCapitalized()) caps.append(t.text().charAt(0));
        }
        return a.equalsIgnoreCase(all.toString()) || a.equals(caps.toString());
    }

    /**
     * Where an abbreviated honorific ("Dr", "Mr.", "Prof") inside the run [from, to) opens a person's
     * name glued after an organization: "Kestrel Telecom Dr Anna Berg". The words after it must be
     * name-shaped (no organization head: "Kestrel Dr. Berg Institute" is one name); -1 when none.
     */
    private int personOpenerIn(List<Token> toks, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (!personOpeners.contains(toks.get(k).key())) continue;
            int h = kinds.honorificAt(toks, k);
            if (h == 0 || k + h >= to || !toks.get(k + h).isCapitalized()) continue;
            return kinds.nameShaped(toks, k + h, to) ? k : -1;
        }
        return -1;
    }

    /**
     * Where the names that the parenthesised acronym after [from, to) spells out begin: "Oil and
     * Natural Gas Corporation (ONGC)" from its first word, "NTPC and Oil and Natural Gas Corporation
     * (ONGC)" from "Oil" (a start after "and" or a comma); -1 when no acronym follows or none fits.
     */
    private int acronymSpelledFrom(List<Token> toks, int from, int to) {
        if (to + 2 >= toks.size() || !toks.get(to).text().equals("(") || !toks.get(to + 2).text().equals(")")) return -1;
        String acr = toks.get(to + 1).text();
        if (acr.length() < 2 || !toks.get(to + 1).isAllCaps()) return -1;
        for (int s = from; s <= to - 2; s++) {
            if (s > from && !(kinds.isConnector(toks.get(s - 1)) || toks.get(s - 1).text().equals(","))) continue;
            if (!toks.get(s).isCapitalized()) continue;
            if (initials(toks, s, to).equals(acr)) return s;
        }
        return -1;
    }

    /**
     * "Norway's Film Fund", "Tajikistan's Ministry of Health": a known place's body whose own words
     * are all generic is that place's body, named with the place after it, "Film Fund of Norway" (a bare "Film
     * Fund" would merge the funds of every country; the place is also kept as a place mention, and
     * the bare body is the mention's text, so a later "the Film Fund" resolves to it). "China's
     * Kestrel Pictures" has a name of its own and is left to the usual split.
     */
    private boolean placeOwnedBody(List<Token> toks, Mention[] at, List<Mention> out, int from, int poss, int to) {
        if (poss + 1 >= to) return false;
        Optional<Gazetteer.Match> place = ref.places().longestAt(toks, from);
        // "Ruritania's Film Fund": a place the reference data does not know, one proper word
        boolean unknownOwner = place.isEmpty() && poss == from + 1 && toks.get(from).isCapitalized() && toks.get(from).isWord()
                && !kinds.genericWord(toks.get(from).key()) && kinds.honorificAt(toks, from) == 0
                && !acronymLike(toks.get(from)) && ref.organizations().longestAt(toks, from).isEmpty(); // "KPC's Finance Department" is a company's
        if (!unknownOwner && (place.isEmpty() || place.get().to() != poss)) return false;
        boolean publicBody = false;
        for (int k = poss + 1; k < to; k++) {
            Token t = toks.get(k);
            if (!t.isWord() || kinds.isConnector(t)) continue;
            if (lex.isOrgHead(t.key())) { publicBody |= publicBodyHeads.contains(t.key()); continue; }
            // "San Francisco's Asian Art Museum": a nationality or region adjective makes the name a proper one of its own
            if (t.isAllCaps() || !kinds.genericWord(t.key()) || lex.demonyms.containsKey(t.key())) return false;
        }
        // "Iran's International Film Festival for Children": a festival or a company is not the country's body
        if (!publicBody) return false;
        if (unknownOwner) put(at, out, mention(MentionType.OTHER, toks, from, poss, span(toks, from, poss), Optional.empty()));
        else put(at, out, mention(MentionType.PLACE, toks, from, poss, place.get().entity().name(), Optional.of(place.get().entity())));
        // named "BODY of PLACE", the form the body's full name takes ("Ministry of Health of Tajikistan"), so the two
        // writings of one body in an article are one organization
        // (the place as the article writes it: "Türkiye's Ministry of ..." is the "Ministry of ... of Türkiye")
        String owner = span(toks, from, poss);
        put(at, out, mention(MentionType.ORG, toks, poss + 1, to,
                span(toks, poss + 1, to) + " of " + (lex.takesThe(owner) ? "the " : "") + owner, Optional.empty()));
        return true;
    }

    /**
     * A month name alone, or a month followed only by numbers and their separators ("Nov 28",
     * "May 11/2021", "Sept. 3, 2024"): a date, never a name. "May Berg" has a name word after it.
     */
    private boolean dateShaped(List<Token> toks, int from, int to) {
        if (!months.contains(toks.get(from).key())) return false;
        if (to - from == 1) return !toks.get(from).key().equals("may"); // "May" alone may be a name or a modal: left to the other checks
        for (int k = from + 1; k < to; k++) {
            Token t = toks.get(k);
            if (t.isWord() && !t.isDigit()) return false;
        }
        return true;
    }

    /**
     * "Ministry of Posts and Telecommunications", "Council for Scientific and Industrial Research",
     * "Committee on Land Management and Geodesy": the "and" at {@code and} continues the complement
     * of a head word when a head stands before the complement's "of/for/on", the complement so far is
     * not a complete place or known name ("Bank of China and ..."), and what follows the "and" has no
     * head word of its own and is no known place or name ("... and Kestrel Pictures" is a second party).
     */
    private boolean complementContinues(List<Token> toks, Mention[] at, int from, int and, int to) {
        int prep = -1;
        for (int k = and - 1; k > from; k--) {
            String key = toks.get(k).key();
            if (key.equals("and") || key.equals("&")) return false; // only the first "and" of a complement is judged here
            if (COMPLEMENT_PREPOSITIONS.contains(key)) { prep = k; break; }
        }
        // "Minister of Agriculture and Food": after a title's "of" the run is the complement; what
        // follows the "and" must then be fields only ("... and Kestrel Films" is a second party,
        // "... and Public Relations Anna Berg" goes on with a person)
        boolean afterTitle = prep < 0 && afterTitleOf(toks, at, from);
        if (afterTitle) {
            for (int k = and + 1; k < to; k++) if (toks.get(k).isWord() && !kinds.isConnector(toks.get(k)) && !kinds.genericWord(toks.get(k).key())) return false;
        }
        // "State Committee of Freedonia on Television and Radio": the "on" of a head that takes it after its "of" complement
        boolean tailOn = prep > 0 && toks.get(prep).key().equals("on") && tailOnHeadBefore(toks, from, prep);
        if (!afterTitle && !tailOn && (prep < 0 || !lex.isOrgHead(toks.get(prep - 1).key()))) return false;
        int compFrom = afterTitle ? from : prep + 1;
        if (compFrom < and && toks.get(compFrom).key().equals("the")) compFrom++;
        if (compFrom >= and || completeName(toks, compFrom, and)) return false;
        int rightEnd = and + 1;
        while (rightEnd < to && !COMPLEMENT_PREPOSITIONS.contains(toks.get(rightEnd).key())
                && !toks.get(rightEnd).key().equals("and") && !toks.get(rightEnd).key().equals("&")) rightEnd++;
        // a nationality after "and" starts another body ("... of Culture and Chinese Embassy"), unless
        // two nationalities share the field: "Department of Asian and African Affairs"
        boolean sharedRegion = lex.demonyms.containsKey(toks.get(and - 1).key()) && and + 2 <= rightEnd;
        for (int k = and + 2; k < rightEnd && sharedRegion; k++) sharedRegion = kinds.fieldNameWord(toks.get(k)) && !lex.isAnyOrgHead(toks.get(k).key());
        if (rightEnd == and + 1 || completeName(toks, and + 1, rightEnd)
                || lex.demonyms.containsKey(toks.get(and + 1).key()) && !(sharedRegion && rightEnd > and + 2)) return false;
        // "Secretary, Ministry of Power and Kestrel's President": a possessive after "and" owns what follows, another name
        for (int k = and + 1; k <= rightEnd && k < toks.size(); k++) if (isPossessive(toks, k) && !kinds.namePossessive(toks, k)) return false;
        boolean field = false; // "... of the Republic Anna Berg and Piet Dorn": two proper names after "and" are another name
        for (int k = and + 1; k < rightEnd; k++) {
            // ("Ministry of IT and Telecom": one field word closing the run is the complement's, though it also heads
            // companies' names)
            boolean lastField = k == and + 1 && rightEnd == and + 2 && rightEnd == to && lex.fieldNouns.contains(toks.get(k).key());
            if (lex.isAnyOrgHead(toks.get(k).key()) && !lastField || toks.get(k).isAllCaps()) return false;
            field |= kinds.genericWord(toks.get(k).key()) || kinds.fieldNameWord(toks.get(k)) || lastField;
        }
        return field || rightEnd == and + 2;
    }

    /** Tokens [from, to) are exactly one known place or organization. */
    private boolean completeName(List<Token> toks, int from, int to) {
        return ref.places().longestAt(toks, from).map(g -> g.to() == to).orElse(false)
                || ref.organizations().longestAt(toks, from).map(g -> g.to() == to).orElse(false)
                || to - from == 1 && ref.place(toks.get(from).text()).isPresent();
    }

    /**
     * "News Agency ANSA", "Public Broadcaster Kestrel Vision": where the name begins after a
     * capitalised descriptor (lexicons/word-sets.tsv, detached-descriptors) that opens the run and
     * is followed by one to three name words without a head of their own; {@code from} if none.
     */
    private int detachedDescriptorEnd(List<Token> toks, int from, int to) {
        int start = from < to && lex.demonyms.containsKey(toks.get(from).key()) ? from + 1 : from; // "Italian News Agency ..."
        int best = start;
        StringBuilder p = new StringBuilder();
        for (int k = start; k < Math.min(to - 1, start + 3); k++) {
            if (p.length() > 0) p.append(' ');
            p.append(toks.get(k).key());
            if (detachedDescriptors.contains(p.toString())) best = k + 1;
        }
        if (best == start || to - best > 3) return from;
        for (int k = best; k < to; k++) {
            Token t = toks.get(k);
            if (!t.isWord() || lex.isAnyOrgHead(t.key()) || kinds.isConnector(t) || lex.commonWords.contains(t.key())) return from;
        }
        return best;
    }

    /**
     * "Deputy Director of the Kestrel Development Agency Anna Berg", "Minister of Agriculture and
     * Food Piet Dorn": a run after a title and "of" (a possessive place between them allowed) whose
     * last two or three words are name-shaped and follow a head, field or generic word or an
     * acronym; returns where the person begins, or {@code from}.
     */
    private int trailingPersonAfterTitle(List<Token> toks, Mention[] at, int from, int to) {
        // "Secretary Department of Space S Dorn": right after a title, too
        boolean afterTitle = from > 0 && at[from - 1] != null && at[from - 1].type() == MentionType.TITLE;
        // "... and Ministry of Education Anna Berg": with no title before, only after an "of" complement
        // of field words ("of Education", "of the Republic"), which no person's name continues
        boolean strict = !afterTitle && !afterTitleOf(toks, at, from);
        int speaker = afterTitle || strict ? from : speakerAfterOfName(toks, from, to);
        if (speaker > from) return speaker;
        for (int n = 2; n <= 3; n++) {
            int p = to - n;
            if (p - 1 < from) break;
            Token before = toks.get(p - 1);
            boolean orgEnd = strict ? (lex.fieldNouns.contains(before.key()) || genericNameWords.contains(before.key()))
                    && !lex.isAnyOrgHead(before.key()) && complementOfHead(toks, from, p)
                    : lex.isAnyOrgHead(before.key()) || lex.fieldNouns.contains(before.key())
                    || genericNameWords.contains(before.key()) || acronymLike(before)
                    || ref.place(before.text()).isPresent() // "Chairman of the State Committee ... of Freedonia Anna Berg"
                    || areaNouns.contains(before.key()) && before.isCapitalized(); // "Governor of Tver Region Igor Rudenya"
            // ("Director of the Instituto Nacional de Cine": the words after a leading head are its name)
            if (!orgEnd || leadingHeads.contains(before.key())) continue;
            boolean nameWords = true;
            for (int k = p; k < to && nameWords; k++) {
                Token t = toks.get(k);
                nameWords = k > p && k < to - 1 && lex.personParticles.contains(t.key()) && !t.isCapitalized() // "Piet van Dorn"
                        || t.isCapitalized() && t.isWord() && !t.isAllCaps() && !kinds.genericWord(t.key()) && ref.place(t.text()).isEmpty();
            }
            // the rest must still name an organization: generic words with a head or an acronym
            // ("Minister of Agriculture Piet Dorn" names no organization and is left as it is)
            boolean generic = true, named = false;
            for (int k = from; k < p; k++) {
                Token t = toks.get(k);
                generic &= !t.isWord() || kinds.isConnector(t) || kinds.genericWord(t.key()) || acronymLike(t) || t.isDigit() // "32nd"
                        || !strict && (kinds.fieldNameWord(t) || ref.place(t.text()).isPresent()
                        || !named && t.isCapitalized()); // "Secretary of the Norland Ministry of Railways X": a proper word may open the name before its head
                named |= lex.isOrgHead(t.key()) || acronymLike(t) || !strict && k == p - 1 && areaNouns.contains(t.key()) && t.isCapitalized();
            }
            if (nameWords && generic && named) return p;
        }
        return from;
    }

    /**
     * Whether a title stands before the run starting at {@code from}: right before it ("Chairman Kestrel
     * Board"), before a comma ("Chairman, Kestrel Board") or before "of" ["the"] ("Chairman of the Kestrel Board").
     */
    private boolean titleBeforeRun(List<Token> toks, Mention[] at, int from) {
        int k = from - 1;
        if (k >= 0 && toks.get(k).key().equals("the")) k--;
        if (k >= 0 && (toks.get(k).key().equals("of") || toks.get(k).text().equals(","))) k--;
        return k >= 0 && at[k] != null && at[k].type() == MentionType.TITLE;
    }

    /** Two to four capitalised words that may be a person's name: no head, generic word, place, nationality or acronym. */
    private boolean properNameWords(List<Token> toks, int from, int to) {
        if (to - from < 2 || to - from > 4) return false;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (k > from && k < to - 1 && lex.personParticles.contains(t.key()) && !t.isCapitalized()) continue; // "Piet van Dorn"
            if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || kinds.genericWord(t.key()) || ref.place(t.text()).isPresent()) return false;
        }
        return true;
    }

    /**
     * "General Motors", "Senior Group of Companies": a title modifier ("General", "Senior", "Chief") is the
     * only proper word of a name whose other words are all organization heads (weak ones too), so it opens
     * that name; after "the" it is a description ("the General Secretariat", "the Executive Committee").
     */
    private boolean titleWordOpensName(List<Token> toks, int k, int to) {
        if (!kinds.isTitleMod(toks.get(k)) || k + 1 >= to) return false;
        // "the General Administration of Press", "the Executive Committee of Coral Bank": a head with its complement
        // after the modifier names one body, "the" or not
        if (k + 3 < to && toks.get(k + 1).isCapitalized() && lex.isOrgHead(toks.get(k + 1).key())
                && COMPLEMENT_PREPOSITIONS.contains(toks.get(k + 2).key()) && toks.get(k + 3).isCapitalized()) return true;
        if (k > 0 && toks.get(k - 1).key().equals("the")) return false;
        boolean head = false;
        for (int j = k + 1; j < to; j++) {
            Token t = toks.get(j);
            if (kinds.isConnector(t)) continue;
            if (!t.isCapitalized() || !lex.isAnyOrgHead(t.key())) return false;
            head = true;
        }
        return head;
    }

    /** Most proper words of a second name glued after a first one ("Aurora" in "... Festival Aurora Pictures"). */
    private static final int MAX_SECOND_NAME_WORDS = 2;

    /**
     * [from, to) is a second organization glued after a first one's head: one or two proper words
     * (no place, no generic word) and a head of its own, "Aurora Pictures" after "Kestrel Film
     * Festival". A place before the head names a unit of the first ("News Agency Moscow Bureau").
     */
    private boolean secondNameAfter(List<Token> toks, int from, int to) {
        int words = to - 1 - from;
        if (words < 1 || words > MAX_SECOND_NAME_WORDS || !lex.isOrgHead(toks.get(to - 1).key())) return false;
        for (int k = from; k < to - 1; k++) {
            Token t = toks.get(k);
            if (!t.isWord() || !t.isCapitalized() || kinds.isConnector(t) || kinds.genericWord(t.key()) || ref.place(t.text()).isPresent()) return false;
        }
        return ref.places().longestAt(toks, from).isEmpty();
    }

    /**
     * "head of the international office of the University of Kestrel Piet Dorn said": after a
     * title's "of", a "Head of Name" organization followed by two name words and a verb of saying
     * ends before them; returns where the person begins, or {@code from}.
     */
    private int speakerAfterOfName(List<Token> toks, int from, int to) {
        int p = to - 2;
        if (to >= toks.size() || p - from < 3 || !lex.speechVerbs.contains(toks.get(to).key()) || toks.get(to).isCapitalized()) return from;
        for (int k = p; k < to; k++) {
            Token t = toks.get(k);
            if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || kinds.genericWord(t.key()) || ref.place(t.text()).isPresent()) return from;
        }
        Token last = toks.get(p - 1);
        if (!last.isCapitalized() || kinds.isConnector(last)) return from;
        return complementOfHead(toks, from, p) ? p : from;
    }

    /** Tokens before {@code from} read TITLE "of" ["the"] [Place "'s"]. */
    private boolean afterTitleOf(List<Token> toks, Mention[] at, int from) {
        int k = from - 1;
        if (k >= 1 && toks.get(k).key().equals("'s")) {
            k--;
            while (k >= 0 && toks.get(k).isCapitalized() && (at[k] == null || at[k].type() != MentionType.TITLE)) k--;
        }
        if (k >= 0 && toks.get(k).key().equals("the")) k--;
        return k >= 1 && toks.get(k).key().equals("of") && at[k - 1] != null && at[k - 1].type() == MentionType.TITLE;
    }

    /** "A K Gupta", "A. K. Gupta": a capital letter followed by another initial is an initial, not the article "A". */
    private static boolean initialsAt(List<Token> toks, int k, int to) {
        if (!toks.get(k).text().equals("A")) return false;
        int n = k + 1;
        if (n < to && toks.get(n).text().equals(".")) n++;
        return n + 1 < to && toks.get(n).text().length() == 1 && Character.isUpperCase(toks.get(n).text().charAt(0));
    }

    /** Capital initials of the name words of tokens [from, to): "Bangladesh Sangbad Sangstha" → BSS. */
    private static String initials(List<Token> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) if (toks.get(k).isCapitalized()) b.append(toks.get(k).text().charAt(0));
        return b.toString();
    }

    /**
     * "National Space Promotion and Authorisation Centre", "Research and Innovation Council": two
     * fields before one head share it when the words before the "and" are field words (no head, no
     * proper name) and the words after it are field words ending in a head.
     */
    private boolean sharedHead(List<Token> toks, int from, int and, int to) {
        if (and == from) return false;
        // the head after the fields, which may take its own complement: "... and Extension Organization of Kestrel"
        int head = and + 1;
        while (head < to && (kinds.fieldNameWord(toks.get(head)) || memberNouns.contains(toks.get(head).key())) && !lex.isOrgHead(toks.get(head).key())) head++;
        if (head == and + 1 || head >= to || !lex.isOrgHead(toks.get(head).key())
                || head + 1 < to && !COMPLEMENT_PREPOSITIONS.contains(toks.get(head + 1).key())) return false;
        // the fields may follow a proper name that the shared head also names: "Kestrel Trade Promotion and Investment Agency"
        int k = from;
        while (k < and - 1 && k < from + MAX_SHARED_HEAD_OWNER_WORDS && toks.get(k).isCapitalized() && !kinds.fieldNameWord(toks.get(k))
                && !lex.isAnyOrgHead(toks.get(k).key())) k++;
        for (; k < and; k++) {
            Token t = toks.get(k);
            if (t.text().equals(",")) continue; // "Research, Education, and Extension Organization"
            // ("Publishers & Booksellers Guild": a member noun shares the head even when it is a head alone)
            if (memberNouns.contains(t.key())) continue;
            if (lex.isAnyOrgHead(t.key()) || !(kinds.fieldNameWord(t) || lex.demonyms.containsKey(t.key()))) return false;
        }
        return true;
    }

    /**
     * "Chamber of Commerce and Sectorial Association": the part after the "and" at {@code and} ends the
     * run with a head naming members of the same body (word-sets joined-heads) after one or two generic
     * words, no proper word, place, nationality or word that opens a name of its own ("National"), and
     * the part before it is a name with a head that is no government body's ("Ministry of Trade and
     * Farmers Association" are two).
     */
    private boolean genericConjunct(List<Token> toks, int from, int and, int to) {
        int words = to - and - 1;
        if (words < 2 || words > 3 || !joinedHeads.contains(toks.get(to - 1).key())) return false;
        for (int k = and + 1; k < to - 1; k++) {
            Token t = toks.get(k);
            String key = t.key();
            if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || lex.isAnyOrgHead(key) || lex.notNamesAlone.contains(key)
                    || lex.demonyms.containsKey(key) || ref.place(t.text()).isPresent()) return false;
            if (!(kinds.genericWord(key) || kinds.fieldNameWord(t) || kinds.nameAdjective(key))) return false;
        }
        int head = -1;
        for (int k = from; k < and; k++) if (lex.isOrgHead(toks.get(k).key())) head = k;
        return head >= 0 && !"gov".equals(lex.orgHeads.get(toks.get(head).key()));
    }

    /** The most proper words that may open a name before its fields ("Norland" in "Norland Monuments and Heritage Board"). */
    private static final int MAX_INNER_AND_OWNER_WORDS = 2;
    /** The most descriptive words on one side of an "and" inside one name. */
    private static final int MAX_INNER_AND_FIELD_WORDS = 3;

    /**
     * "the Norland Monuments and Heritage Board", "the Tarn Historical and Local Lore Museum", "the
     * Energy and Petrochemicals Department of ...": the "and" at {@code and} is inside one name when the
     * words before it end in descriptive words (fields, generic words, adjectives of institutions, or
     * their plurals) with no head of their own, after at most two proper words that open the name,
     * and the words after it are only descriptive words (joined by "and" again, "Oil and Gas Exploration and
     * Development Company") closed by a head (which may take a complement, or end before the next name).
     * "Sony and Warner Bros Pictures" (a proper word before "and"), "Coral Bank and Kestrel Insurance"
     * (a head before it) and "Coral Holdings and Heron Energy Company" (a proper word after it) are two.
     */
    private boolean innerAnd(List<Token> toks, int from, int and, int to) {
        // ("Officials of the Tarn Historical and ...": the conjunct starts after the last connector, unless a head
        // before it makes it a complement, "Ministry of Culture and Heritage Board")
        // ("International Children's and Youth Film Festival": the possessive of a word that opens names is part of it)
        int last = and - 1 > from && isPossessive(toks, and - 1) && kinds.namePossessive(toks, and - 1) ? and - 2 : and - 1;
        int l = from;
        for (int k = from; k <= last; k++) {
            if (lex.isAnyOrgHead(toks.get(k).key())) return false;
            if (kinds.isConnector(toks.get(k))) l = k + 1;
        }
        if (l > last || completeName(toks, l, last + 1)) return false;
        int fields = 0;
        for (int k = last; k >= l; k--) {
            Token t = toks.get(k);
            if (!t.isWord() || !t.isCapitalized() || lex.isAnyOrgHead(t.key())) return false;
            if (fields == last - k && descriptiveWord(t)) fields++;
            else if (last + 1 - k - fields > MAX_INNER_AND_OWNER_WORDS) return false;
        }
        if (fields == 0 || fields > MAX_INNER_AND_FIELD_WORDS) return false;
        int k = and + 1;
        // ("... Oil and Gas Exploration and Development Company": the fields after it may be joined again)
        while (k < to && k - and <= 2 * MAX_INNER_AND_FIELD_WORDS && !lex.isAnyOrgHead(toks.get(k).key())
                && (descriptiveWord(toks.get(k)) || k > and + 1 && isPossessive(toks, k) && kinds.namePossessive(toks, k) // "Children's Hospital"
                        || k > and + 1 && k + 1 < to && List.of("and", "&").contains(toks.get(k).key())
                        && descriptiveWord(toks.get(k - 1)) && descriptiveWord(toks.get(k + 1)))) k++;
        // ("Heritage Board": a weak head closes such a name too, after the descriptive words)
        if (k == and + 1 || k >= to || !lex.isAnyOrgHead(toks.get(k).key()) || !toks.get(k).isCapitalized()) return false;
        // heads in a row close it together ("Youth Film Festival": a weak head before a head)
        while (k + 1 < to && toks.get(k + 1).isCapitalized() && lex.isAnyOrgHead(toks.get(k + 1).key())) k++;
        // the head closes the run or takes a complement ("... Department of the Government of Norland")
        // (or the next name begins: "... Gas Exploration Company and Coral Bank")
        // (or a person's name glued after it, which the split after a head takes off: "... Film Festival Anna Berg")
        return k + 1 == to || COMPLEMENT_PREPOSITIONS.contains(toks.get(k + 1).key()) || List.of("and", "&", ",").contains(toks.get(k + 1).key())
                || properNameWords(toks, k + 1, to);
    }

    /**
     * "Procter & Gamble", "Marks & Spencer Group", "Johnson & Johnson": a spaced "&" between a proper word and
     * another capitalised word joins one name; news prose joins two organizations with "and". Two names each
     * with a head ("Coral Bank & Heron Insurance"), a known place or organization before it, or the two after
     * "between", stay two.
     */
    private boolean ampersandName(List<Token> toks, int from, int amp, int to) {
        if (!toks.get(amp).key().equals("&") || amp + 1 >= to || !toks.get(amp + 1).isCapitalized()) return false;
        int l = amp - 1;
        Token left = toks.get(l);
        if (!left.isWord() || !left.isCapitalized() || lex.isAnyOrgHead(left.key()) || lex.commonWords.contains(left.key())) return false;
        for (int k = from; k < amp; k++) if (lex.isAnyOrgHead(toks.get(k).key())) return false;
        int l0 = toks.get(from).key().equals("the") ? from + 1 : from;
        // ("an agreement between Norland & Tarn": "between" announces two)
        boolean between = l0 > 0 && toks.get(l0 - 1).key().equals("between") || l0 > 1 && toks.get(l0 - 2).key().equals("between");
        return !between && !completeName(toks, l0, amp) && ref.place(left.text()).isEmpty();
    }

    /**
     * A capitalised word that describes what a body does and is no proper name: a field ("Heritage",
     * "Energy"), a generic word of institution names ("Forestry"), an adjective of institution names
     * ("Historical"), a word never a name alone ("Local"), or the plural of one ("Monuments", "Crafts").
     */
    private boolean descriptiveWord(Token t) {
        if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || lex.isAnyOrgHead(t.key()) || ref.place(t.text()).isPresent()) return false;
        String k = t.key();
        if (kinds.fieldNameWord(t) || kinds.nameAdjective(k) || lex.demonyms.containsKey(k)) return true;
        if (k.length() > 4 && k.endsWith("s") && !k.endsWith("ss")) {
            String one = k.endsWith("ies") ? k.substring(0, k.length() - 3) + "y" : k.substring(0, k.length() - 1);
            return lex.fieldNouns.contains(one) || genericNameWords.contains(one) || kinds.nameAdjective(one);
        }
        return false;
    }

    /** The most proper-name words before fields that share a head ("Kestrel" in "Kestrel Trade Promotion and ..."). */
    private static final int MAX_SHARED_HEAD_OWNER_WORDS = 2;

    private boolean fieldCoordination(List<Token> toks, int andIdx) {
        String left = toks.get(andIdx - 1).key(), right = toks.get(andIdx + 1).key();
        return lex.fieldNouns.contains(left) && lex.fieldNouns.contains(right)
                || lex.fieldNouns.contains(left) && andIdx + 2 < toks.size() && lex.fieldNouns.contains(right + " " + toks.get(andIdx + 2).key());
    }
}
