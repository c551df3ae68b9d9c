package signet.extract;

import static signet.extract.AgreementReader.NEGATION_WORDS;
import static signet.extract.AgreementReader.isType;
import static signet.extract.AgreementReader.possessive;
import static signet.extract.AgreementReader.relativeClauseEnd;
import static signet.extract.AgreementReader.RELATIVE_PREPOSITIONS;
import static signet.extract.AgreementReader.RELATIVE_PRONOUNS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import signet.extract.DocRegistry.DocEntity;
import signet.fact.EntityKind;

/**
 * The parties of one signing clause (stage 4, part of reading a signing): who stands in subject position
 * before the verb ({@link #collectSubjects}) and who is named in a list of sides after it ("with B and C",
 * "between A and B", "signed by X, director of A, and Y": {@link #walkList}). Names are typed on the way
 * (an untyped name after a title is a person, one joined to an organization another organization);
 * owners, descriptions, sites, datelines, report sources and states that only qualify a name are left out.
 *
 * <p>In: one sentence's view, a span of it, and the document's entities ({@link ArticleState}, whose
 * mentions it may promote). Out: the organizations (states where allowed) and the persons named there,
 * added to the caller's lists in text order; {@code walkList} also returns the part where the list ends.
 * {@link #sidesBetween} reads the sides a sentence names "AGREEMENT between A and B", for {@link SigningMerger}.
 * Word lists: {@code word-sets.tsv} (stop, excluding-prepositions, skip-before-verb, auxiliaries,
 * complementizers, determiners, sentence-openers, pair-nouns, area-nouns, delegation-nouns, report-verbs,
 * body-plurals, site-heads), {@code speech-verbs.tsv}, {@code signing-verbs.tsv}, {@code org-heads.tsv},
 * {@code demonyms.tsv}.
 */
final class PartyReader {
    // compiled once (String.split compiles on every call)
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** Words that end a list of parties. */
    private final Set<String> listStops;
    private final Set<String> excludingPrepositions;
    private final Set<String> skipBeforeVerb;
    private final Set<String> speechVerbs;
    private final Set<String> reportVerbs;
    private final Set<String> auxiliaries;
    private final Set<String> complementizers;
    private final Set<String> determiners;
    /** word-sets.tsv "sentence-openers": "Following the talks, ...", "Although ...": a capitalised opener, never a party. */
    private final Set<String> sentenceOpeners;
    private final Set<String> pairNouns;
    /** word-sets.tsv "delegation-nouns": "a delegation from B" in a list of sides stands for B. */
    private final Set<String> delegationNouns;
    /** word-sets.tsv "plural-titles": "Foreign ministers A and B signed": the names are persons who sign. */
    private final Set<String> pluralTitles;
    /** word-sets.tsv "area-nouns": "Province", "Region" alone name no party. */
    private final Set<String> areaNouns;
    /** word-sets.tsv "place-unit-nouns": "the Velsk branch of B": the place says where B's unit is; B is the party. */
    private final Set<String> placeUnitNouns;

    PartyReader(Lexicons lex) {
        this.listStops = lex.wordSet("stop");
        this.excludingPrepositions = lex.wordSet("excluding-prepositions");
        this.skipBeforeVerb = lex.wordSet("skip-before-verb");
        this.speechVerbs = lex.speechVerbs;
        this.reportVerbs = lex.wordSet("report-verbs");
        this.auxiliaries = lex.wordSet("auxiliaries");
        this.complementizers = lex.wordSet("complementizers");
        this.determiners = lex.wordSet("determiners");
        this.sentenceOpeners = lex.wordSet("sentence-openers");
        this.pairNouns = lex.wordSet("pair-nouns");
        this.delegationNouns = lex.wordSet("delegation-nouns");
        this.pluralTitles = lex.wordSet("plural-titles");
        this.areaNouns = lex.wordSet("area-nouns");
        this.placeUnitNouns = lex.wordSet("place-unit-nouns");
    }

    /** Place type (places.tsv) of a state that can be a party when it is the whole subject ("Belarus and Peru signed"). */
    static final String STATE_PLACE_TYPE = "country";

    /** A state named by a place mention at {@code k} (not "Spain's", not a city), or null. */
    static DocEntity state(ArticleState st, SentenceView v, int k) {
        Mention m = v.mentionAt(k);
        if (m == null || m.type() != MentionType.PLACE || possessive(v, k)) return null;
        if (m.known().map(kn -> STATE_PLACE_TYPE.equals(kn.placeType())).orElse(false)) return st.registry.place(m);
        return null;
    }

    /** Words after a definite appositive that show it describes the name before it ("the upper chamber of the parliament of Peru"). */
    private static final Set<String> DESCRIPTION_COMPLEMENTS = Set.of("of", "under", "in", "for", "at");

    /**
     * "A, a state-owned enterprise, signed", "with B, the unit under C": a name right after a comma and
     * "a"/"an" (or "the" with a complement after it) describes the name before the comma; it is no party.
     * A list of parties never puts "a" before a name ("A, B and C"), so lists are left alone.
     */
    private static boolean appositiveDescription(SentenceView v, int k) {
        if (k < 2 || !v.word(k - 2).equals(",")) return false;
        String det = v.word(k - 1);
        if (det.equals("a") || det.equals("an") || det.equals("another")) return true;
        return det.equals("the") && k + 1 < v.size() && DESCRIPTION_COMPLEMENTS.contains(v.word(k + 1));
    }

    /** Words that link an appositive description to the organization it names ("a subsidiary of", "owned by", "a unit under"). */
    private static final Set<String> DESCRIPTION_LINKS = Set.of("of", "by", "under");

    /** How many plain words an appositive description may hold before its link word ("the film distribution arm of"). */
    private static final int OWNER_DESCRIPTION_REACH = 5;

    /**
     * "B, a subsidiary of C", "B, the film arm of C", "B, wholly owned by C": the name at {@code k} follows an
     * appositive description of the name before the comma, so it describes that party and is none itself.
     * The description opens with a comma and "a"/"an"/"the" (or "wholly"/"majority" + "owned") and holds
     * plain words only ("with B, the Ministry of C" has a name right after "the", so it is left alone).
     */
    static boolean ownerInDescription(SentenceView v, int k) {
        int j = k - 1;
        // "the food subsidiary of investment firm C": a descriptor (common nouns or a title word) before the owner's name
        for (int d = 0; d < OWNER_DESCRIPTOR_WORDS && j >= 1 && descriptorWord(v, j); d++) j--;
        while (j >= 0 && v.word(j).equals("the")) j--;
        if (j < 1 || !DESCRIPTION_LINKS.contains(v.word(j))) return false;
        int plain = 0;
        for (int d = j - 1; d >= 1 && plain <= OWNER_DESCRIPTION_REACH; d--) {
            if (v.isMention(d) && !isType(v, d, MentionType.PLACE) && !isType(v, d, MentionType.TITLE)) return false;
            String w = v.word(d);
            if (w.equals(",") || w.equals("(")) return false;
            boolean opened = v.word(d - 1).equals(",") || v.word(d - 1).equals("(");
            // ("Su Li, a representative of B, and C signed": a person's description names the organization she signs for)
            // ("B, another subsidiary of C": "another" opens a description as "a" does)
            if ((w.equals("a") || w.equals("an") || w.equals("the") || w.equals("another")) && opened) return plain > 0 && d - 2 >= 0 && v.isMention(d - 2) && !isType(v, d - 2, MentionType.PERSON);
            // "B, part of C", "B (part of C)"
            if (w.equals("part") && plain == 0 && opened) return d - 2 >= 0 && v.isMention(d - 2);
            if (w.equals("owned") && (v.word(d - 1).equals(",") || d >= 2 && v.word(d - 2).equals(","))) return d - 2 >= 0;
            plain++;
        }
        return false;
    }

    /** How many descriptor words may stand between an owner's name and the link before it ("of investment firm C"). */
    private static final int OWNER_DESCRIPTOR_WORDS = 2;

    /** A plain lower-case word ("investment", "firm") or a title mention ("producer") that may describe the name after it. */
    static boolean descriptorWord(SentenceView v, int j) {
        if (isType(v, j, MentionType.TITLE)) return true;
        if (v.isMention(j)) return false;
        String w = v.word(j);
        return w.length() > 2 && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                && !DESCRIPTION_LINKS.contains(w) && !List.of("and", "the", "its", "their", "with", "between", "among").contains(w);
    }

    /**
     * "with independent producer B", "with broadcaster B", "grid operator B": a title word right before an
     * organization's name describes that organization; it ends no list of parties.
     */
    private static boolean descriptorTitle(SentenceView v, int k, int right) {
        return k + 1 < right && isType(v, k, MentionType.TITLE) && isType(v, k + 1, MentionType.ORG);
    }

    /** A name that is a state's government ("Government of Peru", "Govt. of Chile"). */
    private static final java.util.regex.Pattern GOVERNMENT_NAME = java.util.regex.Pattern.compile("(?i)^(?:the\\s+)?(?:government|govt\\.?)\\s+of\\b");

    /**
     * "the Coral Space Centre, Government of Peru and ...": a government set off by a comma right after a
     * name that is not itself a government says whose body the name before it is; it is no party of its own.
     * A list of governments ("the Government of Peru, the Government of Chile") is left alone.
     */
    private static boolean governmentQualifier(SentenceView v, int k) {
        Mention m = v.mentionAt(k);
        if (k < 2 || !GOVERNMENT_NAME.matcher(m.text().strip()).lookingAt()) return false;
        int j = k - 1;
        while (j >= 0 && v.word(j).equals("the")) j--;
        if (j < 1 || !v.word(j).equals(",")) return false;
        Mention before = v.mentionAt(j - 1);
        return before != null && (before.type() == MentionType.ORG || before.type() == MentionType.OTHER)
                && !GOVERNMENT_NAME.matcher(before.text().strip()).lookingAt();
    }

    /** "Following the talks", "Although ...": a one-word capitalised opener the mention finder took for a name. */
    private boolean sentenceOpener(SentenceView v, int k) {
        Mention m = v.mentionAt(k);
        return k == 0 && m != null && m.type() == MentionType.OTHER && !m.text().strip().contains(" ")
                && sentenceOpeners.contains(m.text().strip().toLowerCase());
    }

    /** How far into a sentence a dateline's dash may stand ("BEIJING/SINGAPORE (Reuters) –"). */
    private static final int DATELINE_REACH = 12;

    private static final Set<String> DATELINE_DASHES = Set.of("–", "—", "--");

    /** "OCBC", "KCCI": an all-capitals word is an organization's acronym, not a surname. */
    private static boolean isAcronymShaped(String w) {
        return w.length() >= 2 && w.equals(w.toUpperCase());
    }

    /** Organizations (and signing persons) in subject position before the verb. */
    /** @param onBehalf the clause says for whom the signatories signed, so a title's organization is no party */
    void collectSubjects(ArticleState st, SentenceView v, int left, int verb, List<DocEntity> orgs, List<DocEntity> persons, boolean onBehalf) {
        boolean agentOnBehalf = behalfAfterVerb(v, verb);
        // "lawmakers debated whether A should sign": the subject is in the clause the complementizer opens,
        // when that clause names one ("A said that it signed": then A)
        for (int k = verb - 1; k > left; k--) {
            if (!complementizers.contains(v.word(k))) continue;
            // "that" opens a clause after a speech verb ("said that"), not after a noun ("a company that owns B")
            if (v.word(k).equals("that") && !speechVerbs.contains(v.word(k - 1))) continue;
            boolean named = false;
            for (int j = k + 1; j < verb && !named; j++) named = v.isMention(j) && List.of(MentionType.ORG, MentionType.PERSON, MentionType.OTHER).contains(v.mentionAt(j).type());
            if (named) left = k + 1;
            break;
        }
        // "the ministry said A had signed", "Coral Wire reports A has signed": the one who tells is no subject
        // of the reported signing when the reported clause names its own ("A said it had signed": then A)
        for (int k = verb - 1; k > left; k--) {
            String w = v.word(k);
            if (v.isMention(k) || !speechVerbs.contains(w) && !reportVerbs.contains(w)) continue;
            boolean named = false;
            for (int j = k + 1; j < verb && !named; j++) named = v.isMention(j) && List.of(MentionType.ORG, MentionType.PERSON, MentionType.OTHER).contains(v.mentionAt(j).type());
            if (named) left = k + 1;
            break;
        }
        // "CITY (Agency) – A and B signed", "CITY/CITY (Agency) – A signed": a dateline before the dash is no subject
        if (left == 0) {
            for (int k = Math.min(verb, DATELINE_REACH) - 1; k > 0; k--) {
                if (!DATELINE_DASHES.contains(v.word(k))) continue;
                boolean named = false;
                for (int j = k + 1; j < verb && !named; j++) named = v.isMention(j) && v.mentionAt(j).type() != MentionType.DATE;
                if (named) left = k + 1;
                break;
            }
        }
        // "PORT CORALIA: A signed ...", "PORT CORALIA, March 3 (Coral Wire): A signed ...": names, dates and
        // punctuation before a colon that opens the sentence are a dateline
        if (left == 0) {
            for (int k = 1; k < Math.min(verb - 1, DATELINE_REACH); k++) {
                String w = v.word(k);
                if (w.equals(":")) { if (v.isMention(0)) left = k + 1; break; }
                if (!(v.isMention(k) || w.equals(",") || w.equals("(") || w.equals(")") || w.equals("/"))) break;
            }
        }
        // "Following talks between A and B, C and D signed", "At a forum hosted by A, C signed": an opening adverbial
        // phrase (a preposition or an opener first) ends at the comma after which the subject stands
        left = afterOpeningPhrase(v, left, verb);
        // "A congratulated B and C, which signed a memorandum": the relative pronoun's antecedent is the subject
        int rel = verb - 1;
        while (rel > left && skipBeforeVerb.contains(v.word(rel))) rel--;
        if (rel - 1 > left && List.of("which", "who").contains(v.word(rel)) && v.word(rel - 1).equals(",")) {
            int start = rel - 1;
            while (start - 1 >= left && (v.isMention(start - 1) && v.mentionAt(start - 1).type() != MentionType.AGREEMENT
                    || List.of("and", "the", ",").contains(v.word(start - 1)))) start--;
            if (start < rel - 1) { left = start; verb = rel - 1; }
        }
        // "The delegation toured A in Lisbon and B in Porto, held talks, and signed contracts": in a coordinated predicate
        // whose subject names no one, the names after its first verb are that verb's objects, not who signed
        int lead = verb - 1;
        while (lead > left && skipBeforeVerb.contains(v.word(lead))) lead--;
        if (lead > left && v.word(lead).equals("and")) {
            for (int k = left; k < lead; k++) {
                if (v.isMention(k)) { if (isType(v, k, MentionType.DATE)) continue; break; }
                if (pastVerbShaped(v.word(k))) { verb = k; break; }
            }
        }
        boolean personInSubject = false;
        for (int k = left; k < verb && !personInSubject; k++) personInSubject = isType(v, k, MentionType.PERSON);
        boolean inRelative = false, inParen = false, inAppositive = false;
        for (int k = left; k < verb; k++) {
            String w = v.word(k);
            if (w.equals("(")) inParen = true;
            if (w.equals(")")) inParen = false;
            // "A, a joint venture between B and C, signed", "A, an affiliate of B, signed": an indefinite description
            // after an organization's name says what it is; no name inside it signs (after an untyped name it may
            // describe a person: "Su Li, a representative of B, and C signed"). It ends at its closing comma
            // ("A, a unit of B, and C signed": C signs). A list never puts "a" after its comma ("A, B and C").
            if (w.equals(",") && inAppositive) { inAppositive = false; continue; }
            if (w.equals(",") && k >= 1 && k + 2 < verb && (v.word(k + 1).equals("a") || v.word(k + 1).equals("an")) && !v.isMention(k + 2)
                    && (v.word(k - 1).equals(")") || isType(v, k - 1, MentionType.ORG))) {
                inAppositive = true;
                continue;
            }
            if (inAppositive) continue;
            // "The Moscow bureau of B signed", "the Velsk branch of B signed": the place (or an untyped name) says where
            // B's unit is; B signs, as after the verb (walkList)
            if (placeUnitOf(v, k, verb)) { k += 2; continue; }
            if (w.equals(",") && k + 1 < verb && List.of("which", "that", "who", "whose", "where").contains(v.word(k + 1))) { inRelative = true; continue; }
            // "A, in which C holds a stake, signed"
            if (w.equals(",") && k + 2 < verb && RELATIVE_PREPOSITIONS.contains(v.word(k + 1)) && RELATIVE_PRONOUNS.contains(v.word(k + 2))) { inRelative = true; continue; }
            // "A, which runs the portal of the daily, B, signed": a name between commas right after the relative clause is in it
            if (w.equals(",") && inRelative && k + 2 < verb && v.isMention(k + 1) && v.word(k + 2).equals(",")) { k += 2; continue; }
            if (w.equals(",") && inRelative) { inRelative = false; continue; }
            Mention m = v.mentionAt(k);
            if (m == null || inRelative || inParen) continue;
            // "Uruguay and Kestrel Bank signed": a state joined to a named party is a party too
            boolean joinedState = m.type() == MentionType.PLACE && joinedToName(v, k, left, verb) && state(st, v, k) != null;
            if (m.type() != MentionType.ORG && m.type() != MentionType.PERSON && m.type() != MentionType.OTHER && !joinedState) continue;
            // "MultiChoice Group's SuperSport": the owner; but "Coral Bank's chief executive signed", "Coral Bank's Lima
            // branch signed": no name of its own follows, so the owner's title holder or unit signed for it
            if (possessive(v, k) && !unnamedOwnedSubject(v, k, verb)) continue;
            // "Freedonian Minister of Information X": a nationality before a title describes its holder, no party or signer
            // (read as a short form of an organization named so: "Ruritanian" of "Ruritanian News Agency")
            if ((m.type() == MentionType.OTHER || m.type() == MentionType.ORG && m.known().isEmpty()) && k + 1 < verb
                    && isType(v, k + 1, MentionType.TITLE) && nationalityWord(st.lex, m)) continue;
            if (excludedByPreposition(v, k, left, onBehalf)) continue;
            int idx = v.parts.get(k);
            if (sentenceOpener(v, k) || appositiveDescription(v, k) || ownerInDescription(v, k) || governmentQualifier(v, k)) continue;
            // "The Kestrel and Lakeport city councils signed": bodies the names describe, not named themselves
            if ((m.type() == MentionType.ORG || m.type() == MentionType.OTHER) && pluralBodiesAfter(st, v, k, verb)) break;
            if (siteOfInstitution(st, v, k, verb) || joinedState && k >= 2 && v.word(k - 1).equals(",") && placeClosed(v, k, verb)
                    && (isType(v, k - 2, MentionType.ORG) || isType(v, k - 2, MentionType.OTHER))) continue;
            // "Fu Lan, president of Coral News, and Okafor signed": a lone one-word name joined to a person who
            // signs is another signing person (a surname), not an organization
            // "Coral University Vice President Okafor Ade signed": a name right after a title is the person holding it
            // (the name is no party even when its shape keeps it from being promoted: "President ZHAO Wei")
            boolean afterTitle = m.type() == MentionType.OTHER && (k > 0 && isType(v, k - 1, MentionType.TITLE) || titleAppositive(v, k)
                    || namesAfterPluralTitle(v, k, left));
            if (afterTitle && !st.promote(v, idx, MentionType.PERSON)) continue;
            if (m.type() == MentionType.OTHER && (afterTitle || personInSubject && !m.text().strip().contains(" ") && k > 0 && v.word(k - 1).equals("and")
                    && !isAcronymShaped(m.text().strip())) && st.promote(v, idx, MentionType.PERSON)) {
                DocEntity p = st.entity(v, idx);
                if (p != null && !persons.contains(p)) persons.add(p);
                continue;
            }
            // "Kim Soto signed the memorandum on behalf of Coral Bank": an untyped name that signs for an organization named
            // right after the verb or its object is a person, the organization the party
            if (m.type() == MentionType.OTHER && agentOnBehalf && st.promote(v, idx, MentionType.PERSON)) {
                DocEntity p = st.entity(v, idx);
                if (p != null && !persons.contains(p)) persons.add(p);
                continue;
            }
            if (m.type() == MentionType.OTHER) {
                if (!st.promote(v, idx, MentionType.ORG)) continue;
            }
            DocEntity e = joinedState ? state(st, v, k) : st.entity(v, idx);
            if (e == null || kindNounOnly(st, e)) continue;
            if (e.kind == EntityKind.PERSON) persons.add(e);
            else if (!orgs.contains(e)) orgs.add(e);
        }
    }

    /** Words that open a sentence with an adverbial phrase before its subject ("Following talks ...,", "At the forum ...,"). */
    private static final Set<String> OPENING_WORDS = Set.of("following", "after", "during", "at", "on", "in", "under", "amid", "ahead",
            "before", "besides", "within", "upon", "despite", "since", "as", "earlier", "later", "later,", "meanwhile", "according");

    /**
     * The part after the comma that closes an opening adverbial phrase ("Following talks between A and B, C signed"),
     * when the sentence (from {@code left}) opens with a preposition or an opener and a name follows that comma
     * before the verb; else {@code left}.
     */
    private int afterOpeningPhrase(SentenceView v, int left, int verb) {
        if (left >= verb) return left;
        Mention first = v.mentionAt(left);
        String w = first != null && first.type() == MentionType.OTHER && !first.text().strip().contains(" ") ? first.text().strip().toLowerCase() : v.word(left);
        if (v.isMention(left) && first.type() != MentionType.OTHER || !OPENING_WORDS.contains(w) && !sentenceOpeners.contains(w)) return left;
        for (int k = left + 1; k < verb; k++) {
            if (!v.word(k).equals(",")) continue;
            boolean named = false;
            for (int j = k + 1; j < verb && !named; j++) named = v.isMention(j) && List.of(MentionType.ORG, MentionType.OTHER, MentionType.PERSON, MentionType.PLACE).contains(v.mentionAt(j).type());
            return named ? k + 1 : left;
        }
        return left;
    }

    /**
     * "Universities ink MoU", "Banks sign deal", "between the Province and B", "the Ministry signed": a capitalised
     * kind of organization or area alone (pair-nouns, area-nouns, org-heads) that no definite reference resolved to
     * a name names no party.
     */
    private boolean kindNounOnly(ArticleState st, DocEntity e) {
        String t = e.name.strip().toLowerCase(java.util.Locale.ROOT);
        return !t.contains(" ") && (pairNouns.contains(t) || areaNouns.contains(t) || st.lex.orgHeads.containsKey(t));
    }

    /** "Coral Bank's chief executive signed": after the possessive only plain words or a title, then the verb. */
    private boolean unnamedOwnedSubject(SentenceView v, int k, int verb) {
        int j = k + (v.word(k + 1).equals("'s") || v.word(k + 1).equals("’s") ? 2 : 3);
        if (j >= verb || verb - j > 3) return false;
        for (int d = j; d < verb; d++) {
            if (skipBeforeVerb.contains(v.word(d))) continue;
            if (v.isMention(d)) {
                if (!isType(v, d, MentionType.TITLE) && !isType(v, d, MentionType.PLACE)) return false;
                continue;
            }
            if (!v.word(d).chars().allMatch(c -> Character.isLowerCase(c) || c == '-')) return false;
        }
        return true;
    }

    /** A nationality adjective, known or only shaped like one ("Ruritanian", "Freedonese"). */
    private static boolean nationalityWord(Lexicons lex, Mention m) {
        String name = Token.fold(m.name().strip());
        return !name.contains(" ") && (lex.demonyms.containsKey(name) || RelationReader.looksNationality(name));
    }

    /** Words that may follow a state named as a party: it ends there ("with Peru on Monday", "with Peru and Chile"). */
    private static final Set<String> AFTER_PARTY = Set.of("and", "or", "on", "in", "at", "for", "to", "from", "during", "after",
            "before", "by", "as", "with", "this", "last", "next", "which", "that", "who", "recently", "earlier", "today",
            "yesterday", "until", "since", "while", "amid", "following", "regarding", "about", "under", "over", "through",
            "was", "were", "is", "are", "has", "had", "have", "will", "would", "also", "aimed", "worth", "covering", "including",
            // verbs of the clause after a list of sides ("between Spain and Peru took place"): no noun the states describe
            "took", "takes", "came", "comes", "began", "begins", "became", "becomes", "provides", "provided", "covers", "envisages",
            "envisaged", "aims", "seeks", "sought", "sets", "set", "includes", "calls", "called", "allows", "allowed", "marks", "marked");

    /** "with the US airline", "with China, Mongolia museums", "the Bangladesh Supreme Court": a state before a plain word or a name describes it. */
    private static boolean modifiesNoun(SentenceView v, int k) {
        if (k + 1 >= v.size()) return false;
        if (v.isMention(k + 1)) return isType(v, k + 1, MentionType.ORG) || isType(v, k + 1, MentionType.OTHER);
        String w = v.word(k + 1);
        return Character.isLetter(w.charAt(0)) && !AFTER_PARTY.contains(w);
    }

    /**
     * Whether the place at {@code k} opens a description of the organization named right after it: one to three
     * describing words (lower case, no preposition or conjunction) between the place and the name ("Cape Town animation
     * house B", "the Kenya studio B").
     */
    private static boolean describesNameAfter(SentenceView v, int k, int right) {
        int j = k + 1;
        while (j < right && j <= k + 3 && !v.isMention(j) && descriptorWord(v, j)) j++;
        return j > k + 1 && j < right && (isType(v, j, MentionType.ORG) || isType(v, j, MentionType.OTHER));
    }

    /** "with B under C", "B, under the C,": the name at {@code k} supervises the one before it; it signs nothing of its own. */
    static boolean supervisorAt(SentenceView v, int k) {
        int j = k - 1;
        while (j >= 0 && v.word(j).equals("the")) j--;
        return j >= 0 && v.word(j).equals("under");
    }

    /** "Belarus’ State Control Committee": an apostrophe after a name ending in s makes it an owner. */
    private static boolean apostropheAfter(SentenceView v, int k) {
        return k + 1 < v.size() && (v.word(k + 1).equals("'") || v.word(k + 1).equals("’"));
    }

    /** A name of an organization (or an untyped one) right before or after {@code k}, joined to it by "and" or a comma. */
    private static boolean joinedToName(SentenceView v, int k, int left, int verb) {
        if (apostropheAfter(v, k)) return false;
        int j = k - 1;
        if (j > left && (v.word(j).equals("and") || v.word(j).equals(","))) {
            j--;
            if (isType(v, j, MentionType.ORG) || isType(v, j, MentionType.OTHER)) return true;
        }
        j = k + 1;
        if (j + 1 < verb && (v.word(j).equals("and") || v.word(j).equals(","))) {
            j++;
            while (j < verb && v.word(j).equals("the")) j++;
            return j < verb && (isType(v, j, MentionType.ORG) || isType(v, j, MentionType.OTHER));
        }
        return false;
    }

    /** "the President of Peru, NAME,", "the director of the Coral Museum, NAME,": a name set off after a title's complement is its holder. */
    private static boolean titleAppositive(SentenceView v, int k) {
        if (k < 4 || !v.word(k - 1).equals(",") || !(isType(v, k - 2, MentionType.PLACE) || isType(v, k - 2, MentionType.ORG))) return false;
        int j = k - 3;
        while (j > 0 && v.word(j).equals("the")) j--;
        return j > 0 && v.word(j).equals("of") && isType(v, j - 1, MentionType.TITLE)
                && (k + 1 >= v.size() || List.of(",", "and").contains(v.word(k + 1)) || !v.isMention(k + 1));
    }

    private boolean excludedByPreposition(SentenceView v, int k, int left, boolean onBehalf) {
        int j = k - 1;
        while (j >= left && (v.word(j).equals("the") || v.word(j).equals("'s") || v.word(j).equals("PLC"))) j--;
        // "the general manager of B signed": whoever holds the title signs for B, so B is a party
        // (unless the clause says on whose behalf he signed)
        if (j > left && v.word(j).equals("of") && isType(v, j - 1, MentionType.TITLE)) return onBehalf;
        // "the presidents of A and B signed", "the chief executives of A and B signed": so do the holders of a plural post
        if (j > left && v.word(j).equals("of") && !v.isMention(j - 1) && pluralTitles.contains(v.word(j - 1))) return onBehalf;
        // "A, along with B, signed", "A together with B signed": B is a co-signer in the subject
        if (j > left && v.word(j).equals("with") && List.of("along", "together").contains(v.word(j - 1))) return false;
        // "representatives of A and B signed", "a delegation from A signed": the group signs for its organization
        // (not for a state: "officials from Peru and B signed")
        if (j > left && (v.word(j).equals("of") || v.word(j).equals("from")) && delegationNouns.contains(v.word(j - 1))
                && !isType(v, k, MentionType.PLACE)) return onBehalf;
        // "the Moscow bureau of B signed": B signs for its unit
        if (j >= left + 2 && v.word(j).equals("of") && placeUnitOf(v, j - 2, j + 1)) return false;
        return j >= left && excludingPrepositions.contains(v.word(j));
    }

    /**
     * "Foreign ministers A and B signed", "The chief executives, A and B, met to sign": the untyped name at {@code k} is
     * in a list of names (joined by commas and "and") right after a plural noun of a post, so it names a person.
     */
    private boolean namesAfterPluralTitle(SentenceView v, int k, int left) {
        int j = k - 1;
        while (j >= left && (v.word(j).equals(",") || v.word(j).equals("and")
                || isType(v, j, MentionType.OTHER) || isType(v, j, MentionType.PERSON))) j--;
        return j >= left && !v.isMention(j) && pluralTitles.contains(v.word(j));
    }

    /** Irregular past forms (word set other-participles) and other lower-case words in "-ed" ("visited", "toured"). */
    private static final Set<String> PAST_FORMS = Lexicons.sharedWordSet("other-participles");

    /**
     * A word shaped as a past verb or participle: "toured", "visited", "met", "held", "run" (a signing verb such as "signed"
     * has this shape too: callers read signing verbs before they ask).
     */
    static boolean pastVerbShaped(String w) {
        return PAST_FORMS.contains(w) || w.length() > 4 && w.endsWith("ed") && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
    }

    /** "the Velsk branch of B", "the Moscow office of B": a place or untyped name at {@code k}, a place-unit noun, "of", a name. */
    private boolean placeUnitOf(SentenceView v, int k, int right) {
        return (isType(v, k, MentionType.PLACE) || isType(v, k, MentionType.OTHER)) && k + 2 < right
                && placeUnitNouns.contains(v.word(k + 1)) && v.word(k + 2).equals("of");
    }

    /** How many plain words a description ("its associate company") may hold before the comma and the name. */
    private static final int DESCRIPTION_REACH = 4;

    /**
     * "its associate company, Peru's Coral Bank": plain words (or a title word) from {@code from} up to a comma that a
     * name follows; returns the comma's part, or -1 when the words do not lead to a name that way.
     */
    private static int descriptionEnd(SentenceView v, int from, int right) {
        for (int k = from; k < Math.min(right, from + DESCRIPTION_REACH + 1); k++) {
            // "its long-time partner,": a title word may describe an organization too
            if (v.isMention(k) && !isType(v, k, MentionType.TITLE)) return -1;
            if (!v.word(k).equals(",")) continue;
            int n = k + 1;
            while (n < right && v.word(n).equals("the")) n++;
            return k > from && n < right && v.isMention(n) ? k : -1;
        }
        return -1;
    }

    /**
     * "..., Daily Wire reported", "..., the Coral News Agency, Coralpress, reported": the name at
     * {@code k} is the source of the report when a report verb follows it, directly or after its own
     * appositive (names, "the" and commas only, at most {@link #SOURCE_APPOSITIVE_REACH} parts).
     */
    boolean reportSourceAt(SentenceView v, int k) {
        // "..., Harbor Group chief Tom Berg said", "..., Harbor Group analysts said": a clause of its own opens at the comma
        if (k > 0 && v.word(k - 1).equals(",")) {
            int j = k + 1, plain = 0;
            while (j < v.size() && plain <= SOURCE_APPOSITIVE_REACH && (isType(v, j, MentionType.TITLE) || isType(v, j, MentionType.PERSON)
                    || !v.isMention(j) && v.word(j).chars().allMatch(Character::isLowerCase) && !reportVerbs.contains(v.word(j)) && !listStops.contains(v.word(j)) && !v.word(j).equals("and"))) { j++; plain++; }
            if (j > k + 1 && j < v.size() && reportVerbs.contains(v.word(j)) && (j + 1 >= v.size() || List.of(".", ",", "on", "in", "that", "\"", "”").contains(v.word(j + 1)))) return true;
        }
        boolean appositive = false;
        for (int j = k + 1; j < Math.min(v.size(), k + 2 + SOURCE_APPOSITIVE_REACH); j++) {
            String w = v.word(j);
            // "B, said the bank": the verb before its own subject says nothing about B
            if (reportVerbs.contains(w)) return j == k + 1 || appositive && v.word(j - 1).equals(",") && v.word(k + 1).equals(",");
            if (v.isMention(j)) appositive = true;
            else if (!(w.equals(",") || w.equals("the"))) return false;
        }
        return false;
    }

    private static final int SOURCE_APPOSITIVE_REACH = 4;

    private static boolean counterpartSoon(SentenceView v, int k, int right) {
        for (int j = k; j < Math.min(right, k + 3); j++)
            if (List.of("counterpart", "counterparts", "partner", "partners", "peer", "peers").contains(v.word(j))) return true;
        return false;
    }

    /**
     * Walks a list of names ("the OANA and seven Asian wire services including the Press Trust of
     * India, Turkey's Anadolu News Agency ...") and returns the part where it stopped.
     */
    int walkList(ArticleState st, SentenceView v, int k, int right, List<DocEntity> orgs, List<DocEntity> persons, boolean titlesAllowed) {
        return walkList(st, v, k, right, orgs, persons, titlesAllowed, false);
    }

    /**
     * @param statesAllowed a state named as a member of the list is a party ("signed ... with Uruguay", "with
     *     Kestrel Bank and Peru", "signed between India and Peru")
     */
    int walkList(ArticleState st, SentenceView v, int k, int right, List<DocEntity> orgs, List<DocEntity> persons, boolean titlesAllowed,
                 boolean statesAllowed) {
        int listStart = k;
        int gap = 0;
        int skippedOwner = -1;
        boolean bodiesOfNames = false;
        List<DocEntity> statesRead = new ArrayList<>();
        for (; k < right; k++) {
            Mention m = v.mentionAt(k);
            String w = v.word(k);
            // "between the akimats of A and B", "between the A and B city councils": bodies of the places or names,
            // which the text does not name; the names themselves are no parties
            if (m != null && (m.type() == MentionType.ORG || m.type() == MentionType.OTHER)
                    && (bodiesOfNames || (bodiesOfNames = pluralBodiesOf(st, v, k) || pluralBodiesAfter(st, v, k, right)))) continue;
            // "with the Velsk branch of Tarn Steel", "with the Moscow office of B": the place (or an untyped name before the
            // unit noun) says where the unit is; the organization after "of" signs
            if (m != null && (m.type() == MentionType.PLACE || m.type() == MentionType.OTHER) && k + 3 < right
                    && placeUnitNouns.contains(v.word(k + 1)) && v.word(k + 2).equals("of")
                    && (v.isMention(k + 3) || v.word(k + 3).equals("the") && k + 4 < right && v.isMention(k + 4))) {
                k += 2;
                continue;
            }
            if (m != null) {
                int gapBefore = gap;
                gap = 0;
                int idx = v.parts.get(k);
                switch (m.type()) {
                    case ORG, OTHER -> {
                        if (k + 1 < right && possessive(v, k)) { k += v.word(k + 1).length() == 2 ? 1 : 2; continue; }
                        // "..., China Film Group, Daily Wire reported": the source of the report ends the list
                        if (reportSourceAt(v, k)) return k;
                        if (sentenceOpener(v, k) || appositiveDescription(v, k) || ownerInDescription(v, k) || governmentQualifier(v, k)) { skippedOwner = k; continue; }
                        if (siteOfInstitution(st, v, k, right)) continue;
                        // "B, a joint venture of C and D": a name joined to a skipped owner is an owner too
                        if (skippedOwner >= 0 && k >= 2 && v.word(k - 1).equals("and") && k - 2 == skippedOwner) { skippedOwner = k; continue; }
                        if (m.type() == MentionType.OTHER) {
                            // "signed by Kim Soto on behalf of Coral Bank and Ana Ruiz on behalf of Delta Trust": a name
                            // that acts on behalf of another is a person who signs
                            if (behalfAt(v, k + 1) && st.promote(v, idx, MentionType.PERSON)) {
                                DocEntity p = st.entity(v, idx);
                                if (!persons.contains(p)) persons.add(p);
                                continue;
                            }
                            // "Minister of Information Abdurrahman Al-Mutairi": a name after a title is a person
                            // and in a list of who signed ("signed by ..., Seyed Zia Hachemi"), a name is a person
                            // ("signed by Coral Bank, Beta Insurance and Gamma Logistics": a name joined to an organization's
                            // is another organization)
                            boolean afterTitle = titlesAllowed && !joinedToOrganization(v, k) && !joinedToOrganizationAfter(v, k);
                            // (a title of this list only: "signed in the presence of the mayor by A and B" has none)
                            for (int j = k - 1; j >= Math.max(listStart, k - 5) && !afterTitle; j--) afterTitle = v.word(j).equals("TTL");
                            if (afterTitle && st.promote(v, idx, MentionType.PERSON)) {
                                DocEntity p = st.entity(v, idx);
                                if (!persons.contains(p)) persons.add(p);
                                continue;
                            }
                            if (!st.promote(v, idx, MentionType.ORG)) continue;
                        }
                        DocEntity e = st.entity(v, idx);
                        if (e != null && !orgs.contains(e) && !kindNounOnly(st, e)) orgs.add(e);
                    }
                    case PERSON -> {
                        DocEntity e = st.entity(v, idx);
                        if (!persons.contains(e)) persons.add(e);
                    }
                    case PLACE -> {
                        if (k + 1 < right && possessive(v, k)) { k += v.word(k + 1).length() == 2 ? 1 : 2; continue; }
                        // "the Business Agency of Peru and the Trade Agency": the place belongs to the name before it
                        if (k > 0 && v.word(k - 1).equals("of") && k >= 2 && isType(v, k - 2, MentionType.ORG)) continue;
                        // "with Uruguay", "with Kestrel Bank and Peru": a state named as a member of the list is a party
                        DocEntity state = !statesAllowed || gapBefore > 0 || apostropheAfter(v, k) ? null : state(st, v, k);
                        // "between the Council of Research, India and ...", "with Delta University, Quito, and ...": a place set
                        // off after a name says where that one is
                        if (k >= 2 && v.word(k - 1).equals(",") && (isType(v, k - 2, MentionType.ORG) || isType(v, k - 2, MentionType.OTHER))
                                && (state != null || placeClosed(v, k, right))) continue;
                        // "with Cape Town animation house B", "and with the Kenya studio B": the place describes the noun
                        // of what the name after it is; the name is the party
                        if (describesNameAfter(v, k, right)) continue;
                        if (state == null) return k;
                        // "with Radio Television of Albania and Kosovo": the name before says whose, the state is short for its like
                        if (k >= 2 && v.word(k - 1).equals("and") && isType(v, k - 2, MentionType.ORG) && endsWithState(st, v.mentionAt(k - 2).name())) return k;
                        // "with China, Mongolia museums": the states before a plain word describe it, all of them
                        if (modifiesNoun(v, k)) { orgs.removeAll(statesRead); return k; }
                        if (!orgs.contains(state)) { orgs.add(state); statesRead.add(state); }
                    }
                    case TITLE -> { if (!titlesAllowed && !descriptorTitle(v, k, right)) return k; }
                    default -> { return k; }
                }
                continue;
            }
            // "by Andrey Slepnev (General Director for the REC), ...": the parenthesis is about the signer
            if (titlesAllowed && w.equals("(")) {
                while (k < right && !v.word(k).equals(")")) k++;
                continue;
            }
            // "with B, joining C and D as partners", "with B, replacing C": a participle after the comma opens a clause
            if (k > 0 && v.word(k - 1).equals(",") && w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed")) && w.chars().allMatch(Character::isLowerCase)
                    && !st.lex.signingVerbs.containsKey(w) && !w.equals("including")) return k;
            // "with B, which is owned by C, and D": the relative clause describes B; the list goes on after it
            // only when another name is joined to it ("with B, which works with C." ends there)
            int relEnd = w.equals(",") ? relativeClauseEnd(v, k, right) : -1;
            if (relEnd >= 0) {
                int n = relEnd + 1;
                if (n < right && v.word(n).equals("and")) n++;
                while (n < right && v.word(n).equals("the")) n++;
                if (relEnd < right && v.word(relEnd).equals(",") && n < right && v.isMention(n) && !isType(v, n, MentionType.DATE)) { k = relEnd; continue; }
                return k;
            }
            // "with B, and C welcomed the move", "with B, but C has criticised it": a name after the comma that a verb of
            // its own follows opens another clause; it ends the list
            if (w.equals(",") && !orgs.isEmpty() && clauseSubjectAfter(st, v, k + 1, right)) return k;
            if (w.equals(",") || w.equals("and") || w.equals("&") || w.equals("the") || w.equals("both") || w.equals("as") && k + 1 < right && v.word(k + 1).equals("well")
                    || w.equals("well") || w.equals("including") || w.equals("(") || w.equals(")")) continue;
            if (titlesAllowed && (w.equals("of") || w.equals("its") || w.equals("their"))) continue; // "by its director ..."
            // "with its Jordanian counterpart, the Jordan News Agency"
            if ((w.equals("its") || w.equals("their")) && counterpartSoon(v, k + 1, right)) continue;
            // "with its associate company, Peru's Coral Bank": a description of the name that follows the comma
            if ((w.equals("its") || w.equals("their")) && orgs.isEmpty()) {
                int c = descriptionEnd(v, k + 1, right);
                if (c > 0) { k = c; continue; }
            }
            // "Saudi Ambassador to Kuwait Prince Sultan ...": a title's place is part of the title
            if (titlesAllowed && (w.equals("to") || w.equals("in")) && k + 1 < right && v.word(k + 1).equals("PLC")) { k++; continue; }
            // "between the governments of Bangladesh and India", "between the Government of Peru and the Government
            // of Chile": the states sign through their governments
            if (statesAllowed && (w.equals("government") || w.equals("governments")) && k + 2 < right && v.word(k + 1).equals("of")) {
                int j = k + 2;
                while (j < right && v.word(j).equals("the")) j++;
                if (j < right && state(st, v, j) != null) { k = j - 1; continue; }
            }
            // "between A and a delegation from B": the delegation stands for B
            if (w.equals("from") && k > 0 && delegationNouns.contains(v.word(k - 1)) && k + 1 < right && !v.isMention(k - 1)) continue;
            // "between Kesh Heritage Council in Norway and the Tarn Institute in Chile": "in" a place right after a name says
            // where that one is; the list goes on
            if (w.equals("in") && listStart >= 1 && v.word(listStart - 1).equals("between") && k >= 1 && k + 1 < right && (isType(v, k - 1, MentionType.ORG) || isType(v, k - 1, MentionType.OTHER))
                    && isType(v, k + 1, MentionType.PLACE) && !(k + 2 < right && possessive(v, k + 1))) { k++; continue; }
            if (listStops.contains(w)) return k;
            if (++gap > 8) return k;
        }
        return k;
    }

    /**
     * "the akimats of A", "the universities of A": the name at {@code k} follows "of" after a plural of an
     * organization's head (org-heads.tsv, word-sets.tsv body-plurals); not "the governments of A" (the states),
     * nor "representatives of A", "the heads of A" (people who act for A).
     */
    private static boolean pluralBodiesOf(ArticleState st, SentenceView v, int k) {
        return k >= 2 && v.word(k - 1).equals("of") && !v.isMention(k - 2) && pluralBody(st, v.word(k - 2));
    }

    /**
     * "the A and B socio-entrepreneurial corporations", "the A and B city councils": names joined by "and" or commas
     * from {@code k}, then at most one plain word and a plural of an organization's head.
     */
    private static boolean pluralBodiesAfter(ArticleState st, SentenceView v, int k, int right) {
        int j = k, names = 0;
        while (j < right && (v.isMention(j) && (isType(v, j, MentionType.ORG) || isType(v, j, MentionType.OTHER)) || List.of("and", ",", "the").contains(v.word(j)))) {
            if (v.isMention(j)) names++;
            j++;
        }
        if (names < 2 || j >= right || v.isMention(j)) return false;
        if (pluralBody(st, v.word(j))) return true;
        return j + 1 < right && !v.isMention(j + 1) && v.word(j).chars().allMatch(c -> Character.isLowerCase(c) || c == '-') && pluralBody(st, v.word(j + 1));
    }

    /** A lower-case plural of an organization's head ("ministries", "corporations", "akimats"), not of a government. */
    private static boolean pluralBody(ArticleState st, String w) {
        if (w.length() < 4 || !w.endsWith("s") || !w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')) return false;
        String one = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        if (st.lex.wordSet("body-plurals").contains(one)) return true;
        String kind = st.lex.orgHeads.get(one);
        return kind != null && !kind.equals("weak") && !List.of("government", "partner", "force", "post").contains(one);
    }

    /** The name at {@code k} is set off by a comma on its right too, or ends the clause ("Delta University, Quito, and", "..., Quito."). */
    private static boolean placeClosed(SentenceView v, int k, int right) {
        return k + 1 >= right || List.of(",", ")", ".", ";").contains(v.word(k + 1));
    }

    /**
     * "the National Academy of Judges, Bhopal, and the Supreme Court", "Coral Institute of Technology, Lima,": a single
     * untyped word set off by commas right after the name of an institution (word-sets.tsv site-heads) is where that
     * institution is, no party of its own. A list of companies ("Coral Bank, Telenor, and ...") is left alone.
     */
    private static boolean siteOfInstitution(ArticleState st, SentenceView v, int k, int right) {
        Mention m = v.mentionAt(k);
        if (m == null || m.type() != MentionType.OTHER || m.to() - m.from() != 1 || k < 2 || !v.word(k - 1).equals(",") || !placeClosed(v, k, right)) return false;
        if (isAcronymShaped(m.text().strip())) return false;
        Mention before = v.mentionAt(k - 2);
        if (before == null || before.type() != MentionType.ORG && before.type() != MentionType.OTHER) return false;
        Set<String> heads = st.lex.wordSet("site-heads");
        for (String w : SPACES.split(before.text().strip().toLowerCase(java.util.Locale.ROOT))) if (heads.contains(w)) return true;
        return false;
    }

    /** "A, B", "A and B", "A, and the B": the mention at {@code k} follows an organization's name in a list. */
    static boolean joinedToOrganization(SentenceView v, int k) {
        int j = k - 1;
        while (j >= 0 && v.word(j).equals("the")) j--;
        if (j < 1 || !(v.word(j).equals(",") || v.word(j).equals("and"))) return false;
        j--;
        if (j >= 1 && v.word(j).equals(",") && v.word(j + 1).equals("and")) j--;
        if (!isType(v, j, MentionType.ORG)) return false;
        // "by the director of Coral Bank, Ana Ruiz,": the organization is a title's complement, the name its holder
        int before = j - 1;
        while (before >= 0 && v.word(before).equals("the")) before--;
        return !(before >= 0 && v.word(before).equals("of"));
    }

    /**
     * "signed by Orion Digital and Kesh Studios": an untyped name joined by "and" to an organization's name after it
     * is another organization, as one joined to an organization before it is ({@link #joinedToOrganization}); not when
     * that organization only qualifies a title or a person ("by Anna Berg and Coral Bank's Piet Dorn", "and Coral Bank
     * chairman Piet Dorn").
     */
    private static boolean joinedToOrganizationAfter(SentenceView v, int k) {
        int j = k + 1;
        if (j >= v.size() || !v.word(j).equals("and")) return false;
        j++;
        while (j < v.size() && v.word(j).equals("the")) j++;
        if (j >= v.size() || !isType(v, j, MentionType.ORG) || possessive(v, j)) return false;
        return !(j + 1 < v.size() && (isType(v, j + 1, MentionType.TITLE) || isType(v, j + 1, MentionType.PERSON)));
    }

    /** Words that join a clause after a comma ("with B, and C welcomed it"). */
    private static final Set<String> CLAUSE_LINKS = Set.of("and", "but", "so", "while", "whereas", "yet");

    /** Modals and auxiliaries that open a predicate besides word-sets.tsv auxiliaries. */
    private static final Set<String> MODALS = Set.of("can", "could", "may", "might", "should", "must", "did", "does", "do");

    /** Words after an "-ed" word that make it a participle describing the name before it ("C based in Lima", "C owned by D"). */
    private static final Set<String> PARTICIPLE_NEXT = Set.of("by", "in", "at", "to", "for", "from", "with", "under", "as", "on");

    /**
     * "and C welcomed the move", "but C has criticised it", "and officials from C attended": from {@code from}, a clause
     * joiner, a name (or people from it) and a finite verb of another than a signing: an auxiliary or modal not before
     * a signing verb, a speech or report verb, or a past-tense word no preposition follows.
     */
    private boolean clauseSubjectAfter(ArticleState st, SentenceView v, int from, int right) {
        int j = from;
        if (j >= right || !CLAUSE_LINKS.contains(v.word(j))) return false;
        j++;
        if (j + 2 < right && delegationNouns.contains(v.word(j)) && (v.word(j + 1).equals("from") || v.word(j + 1).equals("of"))) j += 2;
        while (j < right && v.word(j).equals("the")) j++;
        if (j >= right || !(isType(v, j, MentionType.ORG) || isType(v, j, MentionType.OTHER)) || possessive(v, j)) return false;
        j++;
        while (j < right && skipBeforeVerb.contains(v.word(j)) && !auxiliaries.contains(v.word(j))) j++;
        if (j >= right || v.isMention(j)) return false;
        String w = v.word(j), next = j + 1 < v.size() ? v.word(j + 1) : ".";
        if (auxiliaries.contains(w) || MODALS.contains(w)) {
            int n = j + 1;
            while (n < v.size() && (skipBeforeVerb.contains(v.word(n)) || auxiliaries.contains(v.word(n)) || NEGATION_WORDS.contains(v.word(n)))) n++;
            return n < v.size() && !st.lex.signingVerbs.containsKey(v.word(n));
        }
        if (speechVerbs.contains(w) || reportVerbs.contains(w)) return true;
        return w.length() > 4 && w.endsWith("ed") && w.chars().allMatch(Character::isLowerCase) && !st.lex.signingVerbs.containsKey(w)
                && !PARTICIPLE_NEXT.contains(next);
    }

    /** "on behalf of" at {@code k} (followed by a name or "the" and a name). */
    static boolean behalfAt(SentenceView v, int k) {
        if (k + 3 >= v.size() || !v.word(k).equals("on") || !v.word(k + 1).equals("behalf") || !v.word(k + 2).equals("of")) return false;
        int j = k + 3;
        while (j < v.size() && v.word(j).equals("the")) j++;
        return j < v.size() && (isType(v, j, MentionType.ORG) || isType(v, j, MentionType.OTHER));
    }

    /** How many parts of an object ("the cooperation memorandum") may stand between a verb and its "on behalf of". */
    private static final int BEHALF_REACH = 4;

    /** "signed on behalf of B", "signed the memorandum on behalf of B": "on behalf of" right after the verb or its object. */
    private boolean behalfAfterVerb(SentenceView v, int verb) {
        int k = verb + 1;
        for (int d = 0; k < v.size() && d < BEHALF_REACH && !behalfAt(v, k); d++, k++) {
            if (!(determiners.contains(v.word(k)) || isType(v, k, MentionType.AGREEMENT))) return false;
        }
        return behalfAt(v, k);
    }

    /** "Radio Television of Albania": an organization's name that ends with "of" and a state. */
    private static boolean endsWithState(ArticleState st, String org) {
        int of = org.lastIndexOf(" of ");
        if (of < 0) return false;
        String tail = org.substring(of + 4);
        if (tail.startsWith("the ")) tail = tail.substring(4);
        return st.ref.place(tail).map(p -> STATE_PLACE_TYPE.equals(p.placeType())).orElse(false);
    }

    /** The sides of the one "AGREEMENT between A and B" of a sentence (none when it names two such lists). */
    List<DocEntity> sidesBetween(ArticleState st, SentenceView v) {
        List<DocEntity> sides = List.of();
        for (int k = 0; k + 1 < v.size(); k++) {
            if (!isType(v, k, MentionType.AGREEMENT) || !List.of("between", "among").contains(v.word(k + 1))) continue;
            if (!sides.isEmpty()) return List.of();
            List<DocEntity> orgs = new ArrayList<>();
            walkList(st, v, k + 2, v.size(), orgs, new ArrayList<>(), false, true);
            sides = orgs;
        }
        return sides;
    }
}
