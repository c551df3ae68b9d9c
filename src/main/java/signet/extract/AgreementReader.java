package signet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import signet.extract.DocRegistry.DocEntity;
import signet.fact.EntityKind;

/**
 * Reads signings. A signing needs a signing verb ("signed", "inked", "entered into", "the signing
 * of", "a signing ceremony") that is not an intention ("plan to sign", "was to sign", "will sign")
 * or a negation; its parties are the organizations in subject position and those after "with",
 * "between", "among" or "together with"; people who signed ("signed by X", "X, director of Y,
 * inked") bring their organization as a party; "in the presence of" and "with the participation
 * of" name witnesses. Reports of the same signing across sentences ("The MoU was signed by ...",
 * "The document was signed ...") are merged into one agreement by {@link SigningMerger}, so its date
 * and place may come from a neighbouring sentence. An intention is kept, marked intended, so "who signed" never
 * returns it.
 */
final class AgreementReader {
    // compiled once (String.replaceAll / matches compile on every call)
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** How many words before "and sign" a modal may stand and still govern it ("will relaunch the programme ... and sign"). */
    private static final int COORDINATION_REACH = 15;
    /** How far after an ambiguous verb ("concluded", "sealed", "entered into") its agreement object may end ("entered into a fiber back-haul and infrastructure sharing agreement"). */
    private static final int OBJECT_REACH = 9;
    /** "four memoranda", "two separate agreements": the count of a plural agreement, dropped from each one's label. */
    private static final java.util.regex.Pattern COUNT_WORDS = java.util.regex.Pattern.compile(
            "^(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|both)\\s+(?:separate\\s+)?");
    /** Words that make a signing another one than those told before ("another memorandum", "a separate deal"). */
    private static final Set<String> ANOTHER = Set.of("another", "separate", "second", "third", "additional");
    /** "Both MoUs", "the memoranda": a plural agreement mention that refers back. */
    private static final java.util.regex.Pattern DEFINITE_START = java.util.regex.Pattern.compile("(?:both|the|these|those|all)\\s");
    /** Words that end a list of parties. */
    private final Set<String> listStops;
    private final Set<String> excludingPrepositions;
    private final Set<String> skipBeforeVerb;
    private final Set<String> noFallback;
    private final Set<String> witnessAfterWith;

    private final Set<String> speechVerbs;
    /** modality.tsv: "awaiting the signing of" (pending), "the signing ... is scheduled" (deferred). */
    private final Set<String> pendingBeforeNoun;
    private final Set<String> deferredPredicates;
    /** modality.tsv: "the draft memorandum", "an agreement in principle": not a signed text. */
    private final Set<String> unsignedModifiers;
    /** modality.tsv: "the cabinet approved the memorandum between A and B": no signing. */
    private final Set<String> notSigningCues;
    private final Set<String> auxiliaries;
    private final Set<String> complementizers;
    private final Set<String> reportVerbs;
    private final Set<String> coordination;
    private final Set<String> negativeDeterminers;
    private final Set<String> notPolarityExceptions;
    /** word-sets.tsv "sentence-openers": "Following the talks, ...", "Although ...": a capitalised opener, never a party. */
    private final Set<String> sentenceOpeners;
    private final Set<String> determiners;
    /** word-sets.tsv "delegation-nouns": "a delegation from B" in a list of sides stands for B. */
    private final Set<String> delegationNouns;
    /** word-sets.tsv "area-nouns": "Province", "Region" alone name no party. */
    private final Set<String> areaNouns;
    /** The date and place of a signing, read from its clause. */
    private final SigningCircumstances circumstances;
    /** Stage 5: reports of the same signing merged into one agreement. */
    private final SigningMerger merger;
    /** Place type (places.tsv) of a state that can be a party when it is the whole subject ("Belarus and Peru signed"). */
    private static final String STATE_PLACE_TYPE = "country";
    /** Marks that may stand right before a subject that starts its clause ("On Monday, Peru and Chile signed", "– Peru and Chile signed"). */
    private static final Set<String> CLAUSE_STARTS = Set.of(",", "(", ")", "–", "—", "-", "--", ":");

    AgreementReader(Lexicons lex) {
        this.merger = new SigningMerger(this::sidesBetween);
        this.speechVerbs = lex.speechVerbs;
        this.listStops = lex.wordSet("stop");
        this.excludingPrepositions = lex.wordSet("excluding-prepositions");
        this.skipBeforeVerb = lex.wordSet("skip-before-verb");
        this.noFallback = lex.wordSet("no-fallback");
        this.witnessAfterWith = lex.wordSet("witness-after-with");
        this.circumstances = new SigningCircumstances(lex);
        this.pairNouns = lex.wordSet("pair-nouns");
        this.pendingBeforeNoun = lex.modalitySet("pending");
        this.deferredPredicates = lex.modalitySet("deferred");
        this.unsignedModifiers = lex.modalitySet("unsigned");
        this.notSigningCues = lex.modalitySet("not-signing");
        this.auxiliaries = lex.wordSet("auxiliaries");
        this.complementizers = lex.wordSet("complementizers");
        this.reportVerbs = lex.wordSet("report-verbs");
        this.coordination = lex.wordSet("coordination");
        this.negativeDeterminers = lex.wordSet("negative-determiners");
        this.notPolarityExceptions = lex.wordSet("not-polarity-exceptions");
        this.sentenceOpeners = lex.wordSet("sentence-openers");
        this.determiners = lex.wordSet("determiners");
        this.delegationNouns = lex.wordSet("delegation-nouns");
        this.areaNouns = lex.wordSet("area-nouns");
    }

    /** Whether one of the phrases (1..4 words) ends at {@code end} (inclusive), starting no earlier than {@code left}. */
    private static boolean phraseEndingAt(SentenceView v, int end, int left, Set<String> phrases) {
        StringBuilder p = new StringBuilder();
        for (int j = end; j >= Math.max(left, end - 3); j--) {
            p.insert(0, p.length() == 0 ? v.word(j) : v.word(j) + " ");
            if (phrases.contains(p.toString())) return true;
        }
        return false;
    }

    /** Whether one of the phrases (1..4 words) starts at {@code start}. */
    private static boolean phraseStartingAt(SentenceView v, int start, int right, Set<String> phrases) {
        StringBuilder p = new StringBuilder();
        for (int j = start; j < Math.min(right, start + 4); j++) {
            p.append(p.length() == 0 ? v.word(j) : " " + v.word(j));
            if (phrases.contains(p.toString())) return true;
        }
        return false;
    }

    List<Drafts.Agreement> read(ArticleState st, List<Drafts.Post> posts) {
        List<Drafts.Agreement> found = new ArrayList<>();
        for (int s = 0; s < st.views.size(); s++) {
            SentenceView v = st.views.get(s);
            List<int[]> triggers = triggers(st, v);
            List<DocEntity> lastSubjects = new ArrayList<>();
            for (int t = 0; t < triggers.size(); t++) {
                int i = triggers.get(t)[0], len = triggers.get(t)[1];
                int left = t == 0 ? 0 : triggers.get(t - 1)[0] + triggers.get(t - 1)[1];
                int right = t + 1 < triggers.size() ? triggers.get(t + 1)[0] : v.size();
                for (int k = i - 1; k >= left; k--) {
                    if (v.word(k).equals(";") || k > 0 && v.word(k - 1).equals(",") && List.of("while", "whereas").contains(v.word(k))) { left = k + 1; break; }
                    // "<h6>Diplomat</h6><h4>A and B have signed": a heading or paragraph closed before the verb is another block
                    if (closesBlock(v, k)) { left = k + 1; break; }
                }
                // a clause ends at ";" or at ", while" / ", whereas" (a second signing follows)
                for (int k = i + len; k < right; k++) {
                    if (v.word(k).equals(";") || k > 0 && v.word(k - 1).equals(",") && List.of("while", "whereas").contains(v.word(k))) { right = k; break; }
                }
                // "A signed a memorandum with B, and C signed one with D": the next signing's subject opens its own clause
                if (t + 1 < triggers.size()) {
                    int comma = coordinatedSubjectStart(v, i + len, right);
                    if (comma >= 0) right = comma;
                }
                if (t > 0) {
                    int comma = coordinatedSubjectStart(v, left, i);
                    if (comma >= 0) left = comma + 1;
                }
                found.addAll(readSigning(st, v, s, i, len, left, right, posts, lastSubjects));
            }
            if (triggers.isEmpty()) found.addAll(readBetween(st, v, s));
            found.addAll(readSignatoryList(st, v, s));
            found.addAll(readAgreedJoint(st, v, s));
        }
        return merger.merge(st, found);
    }

    /** Block elements of markup left in a text: what one closes does not run on into the next. */
    private static final Set<String> BLOCK_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "li", "title", "header");

    /** Whether the part at {@code k} is the "&gt;" of a closing block tag ("&lt;/h6&gt;", "&lt;/p&gt;"). */
    private static boolean closesBlock(SentenceView v, int k) {
        return k >= 3 && v.word(k).equals(">") && BLOCK_TAGS.contains(v.word(k - 1)) && v.word(k - 2).equals("/") && v.word(k - 3).equals("<");
    }

    /** Words that join a second clause after a comma (", and C signed", ", but C signed"). */
    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas");
    /** Words that open the first signing's list of partners ("signed with B and C signed ..."). */
    private static final Set<String> LIST_PREPOSITIONS = Set.of("with", "by", "from");
    /** Words before "and" that leave a name list open ("B, and C", "the B and C", "both B and C", "between B and C"). */
    private static final Set<String> NOT_CLAUSE_END = Set.of(",", "the", "both", "between", "with", "of", "its", "their", "(", "&");

    /**
     * ", and C and D signed": the comma before the subject of the verb at {@code verb}, when only names ("and",
     * "the", commas between them, an adverb or auxiliary before the verb) stand between ", and" and the verb;
     * -1 when none ("with B, C and D signed" has no joiner after its comma).
     */
    private int coordinatedSubjectStart(SentenceView v, int from, int verb) {
        int k = verb - 1;
        // (", but C has not signed", ", and C never signed": a denied second signing has its own subject too)
        while (k > from && (skipBeforeVerb.contains(v.word(k)) || NEGATION_WORDS.contains(v.word(k)))) k--;
        boolean named = false;
        int andAfterName = -1;
        for (; k > from; k--) {
            String w = v.word(k);
            if (v.isMention(k)) {
                MentionType t = v.mentionAt(k).type();
                if (t == MentionType.AGREEMENT || t == MentionType.DATE || t == MentionType.TITLE) return -1;
                named = true;
                continue;
            }
            if (CLAUSE_JOINERS.contains(w) && v.word(k - 1).equals(",")) return named ? k - 1 : -1;
            // "... with B to promote capacity building and the Ministry of Rails signed ...": an "and" after a
            // plain word (not a name, comma or article) opens the next signing's subject even with no comma
            // ("with B and C signed" stays one list: the word before "and" is a name)
            if (w.equals("and") && named && k - 1 > from && !v.isMention(k - 1) && !NOT_CLAUSE_END.contains(v.word(k - 1))) return k;
            // "with B and C signed one with D": the names after the first such "and" are the next verb's subject
            // (a list before a second signing verb has a subject of its own); ", and" further left still wins
            if (w.equals("and") && named && v.isMention(k - 1)) andAfterName = k;
            // "... between A and B to promote capacity building the Ministry of Rails signed ...", "... with B, and the two
            // central banks, C and D, concluded ...": a plain word (no preposition, article or clause word) right before
            // the names that stand before the next signing verb ends the first signing's clause; the names are that verb's
            // subject ("with B and C signed", "between B and C signed", "of B signed" keep their lists)
            // ("with the state-owned B and C signed": the words modify a name of the first signing's list; "A's drama
            // channel B and C's production arm D inked": an owner's description of a name in the subject, walked over)
            if (named && plainClauseWord(w)) {
                int j = k;
                while (j > from && !v.isMention(j) && plainClauseWord(v.word(j))) j--;
                int owner = POSSESSIVE_MARKS.contains(v.word(j)) ? j - 1 : v.word(j).equals("s") && POSSESSIVE_MARKS.contains(v.word(j - 1)) ? j - 2 : j;
                if (owner > from && v.isMention(owner)) { k = owner + 1; continue; }
                return modifierInList(v, from, k) ? andAfterName : k;
            }
            // (only after the first signing's "with B": "the central banks, A and B, concluded" is one subject)
            if (!(w.equals("and") || w.equals("the") || w.equals(","))) return LIST_PREPOSITIONS.contains(w) ? andAfterName : -1;
        }
        return -1;
    }

    private static final Set<String> NEGATION_WORDS = Set.of("not", "never", "n't", "did", "does", "do");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");

    /** Words before a name that keep it in the phrase they open ("of B", "including B", "such as B", "than B"). */
    private static final Set<String> NAME_OPENERS = Set.of("of", "including", "like", "such", "than", "both", "either", "neither", "and", "or", "nor", "the", "a", "an");

    /**
     * A plain lower-case word (letters and hyphens) that is no preposition, article, clause word or list word
     * (word-sets.tsv "stop", {@link #NOT_CLAUSE_END}, {@link #NAME_OPENERS}): "building", "banks", "partner".
     */
    private boolean plainClauseWord(String w) {
        return w.length() > 1 && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                && !listStops.contains(w) && !NOT_CLAUSE_END.contains(w) && !NAME_OPENERS.contains(w) && !LIST_PREPOSITIONS.contains(w)
                && !excludingPrepositions.contains(w) && !skipBeforeVerb.contains(w) && !auxiliaries.contains(w) && !complementizers.contains(w);
    }

    /** "with the state-owned B", "between the local B": plain words at and before {@code k} (up to an article) right after a list preposition. */
    private boolean modifierInList(SentenceView v, int from, int k) {
        int j = k;
        while (j > from && !v.isMention(j) && (plainClauseWord(v.word(j)) || v.word(j).equals("the") || v.word(j).equals("a") || v.word(j).equals("an"))) j--;
        return j >= from && !v.isMention(j) && (LIST_PREPOSITIONS.contains(v.word(j)) || v.word(j).equals("between") || v.word(j).equals("among"));
    }

    /** Signing verbs of a sentence as [part, length]; a verb phrase like "entered into" is two parts. */
    static List<int[]> triggers(ArticleState st, SentenceView v) {
        List<int[]> out = new ArrayList<>();
        Set<String> adjectiveMarkers = st.lex.wordSet("adjective-markers");
        for (int i = 0; i < v.size(); i++) {
            if (v.isMention(i)) continue;
            String w = v.word(i);
            int len = i + 1 < v.size() && st.lex.signingVerbs.containsKey(w + " " + v.word(i + 1)) ? 2 : 1;
            String flag = st.lex.signingVerbs.get(len == 2 ? w + " " + v.word(i + 1) : w);
            if (flag == null) continue;
            // "signed off on the plan": an approval, not a signing
            if (hasFlag(flag, "not")) { i += len - 1; continue; }
            int next = i + len;
            // "the signing of", "a signing ceremony", "the ceremony of signing the agreement"
            if (hasFlag(flag, "noun") && !(next < v.size() && List.of("of", "ceremony").contains(v.word(next)))
                    && !(i >= 2 && v.word(i - 1).equals("of") && st.lex.wordSet("signing-events").contains(v.word(i - 2)) && agreementSoonAfter(v, next, 3))
                    && !(i > 0 && v.word(i - 1).equals("the") && phraseStartingAt(v, next, v.size(), st.lex.wordSet("signing-happened")))) continue;
            // "announced a commercial agreement", "an agreement was reached": a weak verb needs the agreement next to it
            if (hasFlag(flag, "weak") && !agreementSoonAfter(v, next, 4) && !passiveAgreementBefore(v, i)) continue;
            // "concluded its visit", "sealed the border", "entered into force": an ambiguous verb needs an agreement
            // as its object or its subject ("concluded a protocol", "the accord was sealed", "the agreement concluded in May")
            if (hasFlag(flag, "object") && !agreementSoonAfter(v, next, OBJECT_REACH) && !wordSoonAfter(v, next, OBJECT_REACH, st.lex.wordSet("object-nouns"))
                    && !passiveAgreementBefore(v, i, OBJECT_REACH)
                    && !(i > 0 && isType(v, i - 1, MentionType.AGREEMENT))
                    && relativeClauseAgreement(v, 0, i, st.lex.wordSet("skip-before-verb")) < 0) continue;
            // "made a cooperation agreement with B" reports one, "made the deal public" or "made progress on the agreement" none:
            // an indefinite agreement must be the verb's direct object
            if (hasFlag(flag, "indefinite") && !(next < v.size() && List.of("a", "an").contains(v.word(next)) && directObjectAgreement(v, next, 4, st.lex.wordSet("stop")))) continue;
            // "exchanged the memorandums" reports the signing ceremony, "exchanged views on the memorandum" none:
            // the agreement must be the verb's object, with no preposition before it
            if (v.word(i).startsWith("exchang") && !directObjectAgreement(v, next, 4, st.lex.wordSet("stop"))) continue;
            // "a renewed commitment", "the concluded talks": an adjective; "the signed agreement" still reports a signing
            if (!hasFlag(flag, "noun") && i > 0 && adjectiveMarkers.contains(v.word(i - 1)) && !(next < v.size() && isType(v, next, MentionType.AGREEMENT))) continue;
            out.add(new int[]{i, len});
            i += len - 1;
        }
        return out;
    }

    /**
     * "the agreement that A entered into with B", "the memorandum which A and B signed", "the deal A has signed with B":
     * the agreement noun whose relative clause has names (and only names, "and", commas, adverbs or auxiliaries) as the
     * subject of the verb at {@code verb}; -1 when there is none.
     */
    static int relativeClauseAgreement(SentenceView v, int left, int verb, Set<String> skipBeforeVerb) {
        int k = verb - 1;
        while (k > left && skipBeforeVerb.contains(v.word(k))) k--;
        boolean named = false;
        for (; k >= left; k--) {
            Mention m = v.mentionAt(k);
            if (m != null && (m.type() == MentionType.ORG || m.type() == MentionType.OTHER || m.type() == MentionType.PLACE)) { named = true; continue; }
            if (v.word(k).equals("and") || v.word(k).equals(",") || v.word(k).equals("the")) continue;
            break;
        }
        if (!named || k < left) return -1;
        if (v.word(k).equals("that") || v.word(k).equals("which")) k--;
        // ("Under the agreement, A and B signed": a comma after the noun closes a phrase, no relative clause follows)
        return k >= left && isType(v, k, MentionType.AGREEMENT) && !v.word(k + 1).equals(",") ? k : -1;
    }

    /** Whether a signing-verbs.tsv flag column ("base object") holds this flag. */
    static boolean hasFlag(String flags, String flag) {
        for (String f : SPACES.split(flags)) if (f.equals(flag)) return true;
        return false;
    }

    private static boolean passiveAgreementBefore(SentenceView v, int verb) { return passiveAgreementBefore(v, verb, 4); }

    /** "an agreement was reached", "the accord between A and B was sealed": an agreement noun within {@code reach} parts before the auxiliary. */
    private static boolean passiveAgreementBefore(SentenceView v, int verb, int reach) {
        if (verb < 2 || !List.of("was", "were", "been", "is", "are").contains(v.word(verb - 1))) return false;
        for (int k = verb - 2; k >= Math.max(0, verb - 1 - reach); k--) if (isType(v, k, MentionType.AGREEMENT)) return true;
        return false;
    }

    /** One of the words within {@code within} parts from {@code from}, before the clause's next comma or semicolon. */
    private static boolean wordSoonAfter(SentenceView v, int from, int within, Set<String> words) {
        for (int k = from; k < Math.min(v.size(), from + within); k++) {
            String w = v.word(k);
            if (words.contains(w)) return true;
            if (w.equals(",") || w.equals(";")) return false;
        }
        return false;
    }

    /** An agreement noun within {@code within} parts from {@code from}, before the clause's next comma or semicolon. */
    /** An agreement within {@code within} words of {@code from}, with no preposition or comma before it ("exchanged the two MoUs"). */
    private static boolean directObjectAgreement(SentenceView v, int from, int within, Set<String> listStops) {
        for (int k = from; k < Math.min(v.size(), from + within); k++) {
            Mention m = v.mentionAt(k);
            if (m != null) return m.type() == MentionType.AGREEMENT;
            String w = v.word(k);
            if (w.equals(",") || w.equals(";") || w.equals("of") || w.equals("about") || w.equals("over") || listStops.contains(w)) return false;
        }
        return false;
    }

    private static boolean agreementSoonAfter(SentenceView v, int from, int within) {
        for (int k = from; k < Math.min(v.size(), from + within); k++) {
            Mention m = v.mentionAt(k);
            if (m != null && m.type() == MentionType.AGREEMENT) return true;
            if (m == null && (v.word(k).equals(",") || v.word(k).equals(";"))) return false;
        }
        return false;
    }

    private List<Drafts.Agreement> readSigning(ArticleState st, SentenceView v, int s, int i, int len, int left, int right,
                                               List<Drafts.Post> posts, List<DocEntity> lastSubjects) {
        String verb = len == 2 ? v.word(i) + " " + v.word(i + 1) : v.word(i);
        String flag = st.lex.signingVerbs.get(verb);
        String modality = modalityBefore(st, v, i, left);
        // "will review the plan and sign a memorandum": a base verb after "and" shares the modal before it
        if (modality == null && hasFlag(flag, "base")) modality = coordinatedModality(st, v, i, left);
        if ("negation".equals(modality)) return List.of();
        // "Neither A nor B has signed", "A denied that it had signed": the clause denies the signing
        if (!hasFlag(flag, "noun") && deniedClause(v, left, i)) return List.of();
        // "has been signed yet" (but "signed yet another agreement")
        if (i + len + 1 < right && v.word(i + len).equals("yet") && !notPolarityExceptions.contains(v.word(i + len + 1))
                || i + len + 1 == right && v.word(i + len).equals("yet")) return List.of();
        boolean noun = hasFlag(flag, "noun");
        // a bare "sign" with no modal is a caption or headline present ("X and Y sign an MOU")
        // "reached an agreement": arrived at in words; no signed text is reported
        boolean intended = "intent".equals(modality) || hasFlag(flag, "unsigned");
        // "If A signs a memorandum with B, ...", "unless A signs": a condition, not a report
        if (conditionalClause(v, left, i)) intended = true;
        // "ahead of the signing of", "awaiting the signing ceremony"; "the signing of the MoU is scheduled for May"
        if (noun && (pendingBefore(v, i, left) || deferredPredicateAfter(v, i + len, right))) intended = true;

        // the agreement noun: after the verb, or before it ("The MoU was signed", "the memorandum signed between")
        int agr = -1;
        for (int k = i + len; k < Math.min(right, i + len + 9); k++) if (isType(v, k, MentionType.AGREEMENT)) { agr = k; break; }
        boolean passive = false;
        if (agr < 0) {
            for (int k = i - 1; k >= Math.max(left, i - 6); k--) {
                if (isType(v, k, MentionType.AGREEMENT)) { agr = k; passive = true; break; }
            }
        }
        // "the supply agreement that A entered into with B", "the memorandum A signed with B in 2019": the agreement
        // the relative clause is about, its subject the name before the verb (active, not passive)
        int relAgr = passive ? relativeClauseAgreement(v, left, i, skipBeforeVerb) : -1;
        if (relAgr >= 0) { passive = false; agr = relAgr; left = relAgr + 1; }
        // "a memorandum between the Business Agency of Peru and the Trade Agency under the Ministry was signed":
        // the agreement noun opens a long "between" list before the passive verb
        // ("... was also signed": an adverb may stand between the auxiliary and the verb)
        int aux = i - 1;
        while (aux > left && skipBeforeVerb.contains(v.word(aux))) aux--;
        if (agr < 0 && !noun && aux >= left && List.of("was", "were", "been").contains(v.word(aux))) {
            for (int k = aux - 1; k >= left; k--) {
                if (isType(v, k, MentionType.AGREEMENT) && k + 1 < i && List.of("between", "among").contains(v.word(k + 1))) { agr = k; passive = true; break; }
            }
        }
        // "... while the one with Radio Tanzania was inked in Dodoma": passive without the noun
        if (agr < 0 && !noun && aux >= left && List.of("was", "were", "is", "are", "been", "be").contains(v.word(aux))) passive = true;
        boolean weak = hasFlag(flag, "weak");
        if (weak && agr < 0) return List.of();
        // "the deal was announced (by B)": it became known, no one is said to have signed
        if (passive && hasFlag(flag, "active")) return List.of();
        // "signed a joint article with B", "signed the guest book": an object that names no agreement
        if (agr < 0 && !passive && !noun && otherObject(st, v, i + len, right)) return List.of();
        // "no agreement has been signed", "signed no deal"
        if (agr > 0 && negativeDeterminers.contains(v.word(agr - 1))) return List.of();
        // "the draft memorandum", "an agreement in principle": not a signed text
        if (agr >= 0 && unsignedAgreement(v, agr, right)) intended = true;
        boolean ceremony = noun && i + 1 < v.size() && v.word(i + 1).equals("ceremony");

        Drafts.Agreement a = new Drafts.Agreement(s);
        a.verified = true;
        // "also signed a plan of action", "signed another memorandum": a further signing, not the one told before
        int objectEnd = agr >= 0 ? Math.max(agr, i + len) : i + len;
        // (the word may open the agreement noun itself: "a separate cooperation agreement")
        if (agr >= 0 && (containsAny(v, Math.max(left, agr - 3), agr, ANOTHER) || ANOTHER.contains(Lexicons.firstWord(Token.fold(v.mentionAt(agr).text().strip())))))
            a.further = Drafts.Further.ANOTHER;
        else if (containsAny(v, left, objectEnd, Set.of("also"))) a.further = Drafts.Further.ALSO;
        a.intended = intended;
        String agrText = agr >= 0 ? v.mentionAt(agr).text() : "agreement";
        String agrFlag = agr >= 0 ? v.mentionAt(agr).name() : "";
        a.kindLabel = SPACES.matcher(agrText.toLowerCase()).replaceAll(" ");
        // "a separate cooperation agreement": the word marks a further signing, it is not the kind's
        String firstWord = Lexicons.firstWord(a.kindLabel.strip());
        if (ANOTHER.contains(firstWord) && a.kindLabel.strip().length() > firstWord.length()) a.kindLabel = a.kindLabel.strip().substring(firstWord.length() + 1);
        Lexicons.Kind kind = st.lex.agreementKind(a.kindLabel);
        a.kindKey = kind.key();
        if (agrFlag.equals("anaphor") || a.kindKey.equals("agreement") && agr < 0) a.kindLabel = kind.label();
        a.plural = agrFlag.equals("plural");
        a.definite = ceremony || agr >= 0 && agr > 0 && List.of("the", "this", "that", "these", "those", "both").contains(v.word(agr - 1)) || agrFlag.equals("anaphor")
                || a.plural && (DEFINITE_START.matcher(a.kindLabel).lookingAt() || containsAny(v, left, right, Set.of("respectively")));

        String rule;
        double conf;
        List<DocEntity> subjects = new ArrayList<>();
        List<DocEntity> subjectPersons = new ArrayList<>();
        List<DocEntity> borrowedPair = new ArrayList<>();
        boolean statesSubject = false;
        if (!passive && !noun) {
            collectSubjects(st, v, left, i, subjects, subjectPersons, behalfOf(v, left, right));
            // "Belarus and the United Arab Emirates signed", "Sri Lanka has signed ... with Spain": states as the whole subject
            if (subjects.isEmpty() && subjectPersons.isEmpty()) statesSubject = stateSubjects(st, v, left, i, subjects, !TOWN_TWINNING.matcher(a.kindLabel).find() && !containsAny(v, left, right, Set.of("sister", "twin", "twinned", "twinning", "sister-city")));
            // "officials from both sides exchanged the agreements": the documents of a signing told before change
            // hands; only named sides make an exchange a report of a signing
            if (v.word(i).startsWith("exchang") && subjects.isEmpty() && subjectPersons.isEmpty()) return List.of();
            // "Yonhap signed an MOU with IRNA and was to sign an agreement with Kyodo": the subject is shared
            if (subjects.isEmpty() && subjectPersons.isEmpty() && left > 0) subjects.addAll(lastSubjects);
            // "the two agencies signed", "both sides inked": the two organizations last named
            if (subjects.isEmpty() && subjectPersons.isEmpty() && pairReference(v, left, i)) {
                borrowedPair.addAll(lastTwoOrganizations(st, s, i, pairNounBefore(v, left, i)));
                subjects.addAll(borrowedPair);
            }
            // "the two countries signed", "both countries signed" (or "the two sides" where no two organizations
            // were named): the two states the article has named so far, when it named only two
            if (subjects.isEmpty() && subjectPersons.isEmpty() && (statesReference(v, left, i) || pairReference(v, left, i))) {
                List<DocEntity> two = statesNamedSoFar(st, v);
                if (two.size() == 2) { subjects.addAll(two); statesSubject = true; }
            }
            // "education and health ministries of the two countries signed": a subject, but no name in it
            a.sidesStatedUnnamed = subjects.isEmpty() && subjectPersons.isEmpty() && unnamedSubject(v, left, i);
            lastSubjects.clear();
            lastSubjects.addAll(subjects);
            rule = weak ? "agreement.announced" : "agreement.active";
            conf = weak ? 0.6 : 0.9;
        } else if (passive) {
            rule = "agreement.passive";
            conf = 0.85;
        } else {
            rule = ceremony ? "agreement.ceremony" : "agreement.signing-of";
            conf = ceremony ? 0.6 : 0.8;
        }

        List<DocEntity> objects = new ArrayList<>();
        List<DocEntity> byPersons = new ArrayList<>();
        int from = Math.max(i + len, agr >= 0 && agr > i ? agr + 1 : i + len);
        List<int[]> lists = new ArrayList<>();
        // "A, B and C signed a memorandum to develop a corridor between Port X and northern Europe": when the
        // subject names the sides, a "between"/"with" in the purpose clause after the agreement says what it is about
        // ("A and B signed the memorandum in cooperation with C": C helped, the subject names the sides)
        int listLimit = subjects.size() >= 2 ? Math.min(purposeClause(v, from, right), jointWorkPhrase(v, from, right)) : right;
        List<int[]> withLists = new ArrayList<>();
        readComplements(st, v, from, right, listLimit, a, objects, byPersons, lists, withLists);
        // "an MoU with Spain for collaboration between ... and the Ministry of Foreign Affairs of Spain": the state's own body signs for it
        List<DocEntity> sides = new ArrayList<>(subjects);
        sides.addAll(objects);
        java.util.function.Predicate<DocEntity> ownBodySigns = o -> isState(o) && sides.stream().anyMatch(p -> !isState(p) && namesState(p.name, o.name));
        subjects.removeIf(ownBodySigns);
        objects.removeIf(ownBodySigns);
        // "X signed on behalf of B a memorandum with C": the principal named between the verb and the agreement noun
        if (agr > i + len) for (int k = i + len; k < agr; k++) if (behalfAt(v, k)) { walkList(st, v, k + 3, agr, objects, byPersons, false); break; }
        // "signed an agreement to acquire B from C": the seller is the other party, B the object
        if (agr > i) saleCounterpart(st, v, agr, right, objects);
        // "Sri Lanka signed an MOU with Spain": a state subject signs with a state
        if (statesSubject && objects.isEmpty()) stateAfterWith(st, v, from, right).ifPresent(objects::add);
        // "The agreement with GBC was signed ...": in the passive the parties may stand before the verb
        // ("An agreement between A and B and a protocol between C and D were signed": from the first of them)
        if (passive) readComplements(st, v, agr >= 0 ? Math.min(agr, firstAgreementBetween(v, left, agr)) + 1 : left, i, a, objects, byPersons, lists);
        // "A's agreement with B was signed", "A's new deal with B, signed on Monday,": the owner is the other side
        if (passive && agr > 0 && agr < i && !objects.isEmpty()) {
            DocEntity owner = agreementOwner(st, v, left, agr);
            if (owner != null && !objects.contains(owner)) subjects.add(owner);
        }
        // "the signing of the MoA between A and B": the list follows the agreement noun
        if (noun && agr < 0) readComplements(st, v, i + len, right, a, objects, byPersons, lists);

        // "a memorandum between Peru and Chile was signed by the Ministry of Trade of Peru and the Chilean Ministry of
        // Economy": when the clause names two bodies or more and one of them is a named state's, the bodies signed, not the states
        List<DocEntity> named = new ArrayList<>(subjects);
        named.addAll(objects);
        if (named.stream().filter(p -> !isState(p)).count() >= 2
                && named.stream().anyMatch(p -> !isState(p) && named.stream().anyMatch(o -> isState(o) && bodyOfState(st.lex, p.name, o.name)))) {
            subjects.removeIf(AgreementReader::isState);
            objects.removeIf(AgreementReader::isState);
        }
        // "Under an agreement signed on Monday, A will supply B with gas": the main clause names the two sides
        if (passive && subjects.isEmpty() && objects.isEmpty() && byPersons.isEmpty() && agr >= 1 && !a.plural) objects.addAll(sidesAfterUnder(st, v, agr, i));
        // "both sides inked an agreement between A and B": the pair the clause names is the one the subject stands for
        if (!borrowedPair.isEmpty() && objects.size() >= 2 && !lists.isEmpty()) subjects.removeAll(borrowedPair);
        // "a memorandum was signed by both sides", "... between the two companies": the two organizations last named
        if ((passive || noun) && subjects.isEmpty() && objects.isEmpty() && byPersons.isEmpty() && pairAfter(v, i + len, right))
            objects.addAll(lastTwoOrganizations(st, s, left));
        a.sidesNamed = !subjects.isEmpty() || !lists.isEmpty() || counterpartStated(v, left, right);
        for (DocEntity e : subjects) a.addParty(e);
        // "signed by X, director of the National Museum, on behalf of the Museums Authority": the organization
        // the signatory acts for is the party, not the one his title names
        boolean onBehalf = behalfOf(v, left, right);
        for (DocEntity p : subjectPersons) addSignatory(a, p, posts, s, !onBehalf);
        for (DocEntity p : byPersons) addSignatory(a, p, posts, s, !onBehalf);
        List<DocEntity> beforeObjects = new ArrayList<>(a.parties);

        // date: the nearest to the verb within the clause; place: after "in"/"at", a city first
        a.date = circumstances.nearestDate(v, left, right, i);
        if (a.date == null && agr >= 0) a.date = SigningCircumstances.yearBefore(v, agr);
        circumstances.placeOf(st, v, left, right, i, agr, a);
        a.noFallbackDate = containsAny(v, left, right, noFallback);
        a.evidence.add(ArticleState.evidence(v.sentence, rule, intended ? Math.min(conf, 0.7) : conf));

        // "signed memorandums of understanding with A, B and C": one agreement with each
        if (a.plural && beforeObjects.size() == 1 && objects.size() >= 2) {
            List<Drafts.Agreement> out = new ArrayList<>();
            for (DocEntity o : objects) {
                Drafts.Agreement b = copy(a);
                b.addParty(beforeObjects.get(0));
                b.addParty(o);
                out.add(b);
            }
            return out;
        }
        // "the signing of an agreement between A and B, as well as a protocol between C and D": each agreement
        // noun with its own "between" list is its own signing
        if (beforeObjects.isEmpty() && lists.size() >= 2) {
            List<Drafts.Agreement> out = new ArrayList<>();
            for (int l = 0; l < lists.size(); l++) {
                int[] list = lists.get(l);
                if (l > 0 && !agreementBetween(v, lists.get(l - 1)[1], list[0]) && !listsJoined(v, lists.get(l - 1)[1], list[0] - 1)) { out.clear(); break; }
                List<DocEntity> names = new ArrayList<>();
                walkList(st, v, list[0], list[1], names, new ArrayList<>(), false);
                if (names.size() < 2) { out.clear(); break; }
                Drafts.Agreement b = copy(a);
                names.forEach(b::addParty);
                out.add(b);
            }
            if (out.size() >= 2) return out;
        }
        // "A signed a memorandum with B and, in a separate ceremony, an agreement with C": each agreement noun with
        // its own "with" list is its own signing of the subject's
        if (beforeObjects.size() == 1 && withLists.size() >= 2) {
            List<Drafts.Agreement> out = new ArrayList<>();
            for (int l = 0; l < withLists.size(); l++) {
                int[] list = withLists.get(l);
                if (l > 0 && !agreementBetween(v, withLists.get(l - 1)[1], list[0])) { out.clear(); break; }
                List<DocEntity> names = new ArrayList<>();
                walkList(st, v, list[0], list[1], names, new ArrayList<>(), false, true);
                if (names.isEmpty()) { out.clear(); break; }
                Drafts.Agreement b = copy(a);
                b.addParty(beforeObjects.get(0));
                names.forEach(b::addParty);
                out.add(b);
            }
            if (out.size() >= 2) return out;
        }
        // "memoranda were signed between A and B, C and D, and E and F": one agreement per pair
        if (beforeObjects.isEmpty()) {
            for (int[] list : lists) {
                List<List<DocEntity>> pairs = pairGroups(st, v, list[0], list[1]);
                if (pairs.size() < 2) continue;
                List<Drafts.Agreement> out = new ArrayList<>();
                for (List<DocEntity> pair : pairs) {
                    Drafts.Agreement b = copy(a);
                    pair.forEach(b::addParty);
                    out.add(b);
                }
                return out;
            }
        }
        for (DocEntity e : objects) a.addParty(e);
        return List.of(a);
    }

    /**
     * "Under an agreement signed on Monday, A will supply B with gas", "Under the deal, inked in May, A buys a stake
     * in B": a sentence that opens with "under" and a signed agreement, its main clause (after the comma that closes
     * the opening phrase) naming exactly two organizations (no person); else none.
     */
    private static List<DocEntity> sidesAfterUnder(ArticleState st, SentenceView v, int agr, int verb) {
        int u = agr - 1;
        if (List.of("a", "an", "the", "this", "its", "their").contains(v.word(u))) u--;
        if (u < 0 || !v.word(u).equals("under") || u > 0 && !CLAUSE_STARTS.contains(v.word(u - 1))) return List.of();
        int comma = -1;
        for (int k = verb + 1; k < v.size() && comma < 0; k++) {
            if (v.word(k).equals(",") && !(k + 1 < v.size() && isType(v, k + 1, MentionType.DATE))) comma = k;
            if (v.word(k).equals(";")) return List.of();
        }
        if (comma < 0) return List.of();
        List<Integer> names = new ArrayList<>();
        for (int k = comma + 1; k < v.size() && !v.word(k).equals(";"); k++) {
            Mention m = v.mentionAt(k);
            if (m == null || possessive(v, k)) continue;
            if (m.type() == MentionType.PERSON) return List.of();
            // (a place is where, not a side: "will open branches in Peru")
            if (m.type() == MentionType.ORG || m.type() == MentionType.OTHER) names.add(k);
        }
        if (names.size() != 2) return List.of();
        List<DocEntity> sides = new ArrayList<>();
        for (int k : names) {
            if (isType(v, k, MentionType.OTHER) && !st.promote(v, v.parts.get(k), MentionType.ORG)) return List.of();
            DocEntity e = st.entity(v, v.parts.get(k));
            if (e == null || sides.contains(e)) return List.of();
            sides.add(e);
        }
        return sides;
    }

    /** How many plain words may stand between an owner's "'s" and its agreement noun ("A's new three-year deal"). */
    private static final int OWNER_ADJECTIVES = 3;

    /** "Coral Bank's (new) agreement": the organization whose possessive stands before the agreement noun, else null. */
    private static DocEntity agreementOwner(ArticleState st, SentenceView v, int left, int agr) {
        int j = agr - 1;
        for (int d = 0; d < OWNER_ADJECTIVES && j > left && !v.isMention(j) && Character.isLowerCase(v.word(j).charAt(0))
                && !v.word(j).equals("s") && !v.word(j).equals("'s") && !v.word(j).equals("’s"); d++) j--;
        int owner = j > left && (v.word(j).equals("'s") || v.word(j).equals("’s")) ? j - 1
                : j - 1 > left && v.word(j).equals("s") && (v.word(j - 1).equals("'") || v.word(j - 1).equals("’")) ? j - 2 : -1;
        if (owner >= left && isType(v, owner, MentionType.PLACE)) {
            Mention m = v.mentionAt(owner);
            return m.known().map(kn -> STATE_PLACE_TYPE.equals(kn.placeType())).orElse(false) ? st.registry.place(m) : null;
        }
        if (owner < left || !(isType(v, owner, MentionType.ORG) || isType(v, owner, MentionType.OTHER))) return null;
        if (isType(v, owner, MentionType.OTHER) && !st.promote(v, v.parts.get(owner), MentionType.ORG)) return null;
        DocEntity e = st.entity(v, v.parts.get(owner));
        return e != null && e.kind != EntityKind.PERSON && e.kind != EntityKind.PLACE ? e : null;
    }

    /** How far after the sale verb its "from"/"to" may stand ("to acquire the dairy unit of B from C"). */
    private static final int SALE_REACH = 8;

    /**
     * "an agreement to acquire B from C", "a deal to sell B to C": when the agreement noun is followed by a
     * buying (selling) infinitive, the names after the "from" ("to") that follows within the clause are the
     * other side of the sale; the thing sold between the verb and the preposition is no party.
     */
    private void saleCounterpart(ArticleState st, SentenceView v, int agr, int right, List<DocEntity> objects) {
        if (agr + 2 >= right || !v.word(agr + 1).equals("to")) return;
        String verb = v.word(agr + 2);
        boolean buying = st.lex.wordSet("buying-verbs").contains(verb), selling = st.lex.wordSet("selling-verbs").contains(verb);
        if (!buying && !selling) return;
        String prep = buying ? "from" : "to";
        for (int k = agr + 3; k < Math.min(right, agr + 3 + SALE_REACH); k++) {
            String w = v.word(k);
            if (w.equals(",") || w.equals(";")) return;
            if (!w.equals(prep)) continue;
            int j = k + 1;
            while (j < right && v.word(j).equals("the")) j++;
            if (j < right && (isType(v, j, MentionType.ORG) || isType(v, j, MentionType.OTHER))) walkList(st, v, k + 1, right, objects, new ArrayList<>(), false);
            return;
        }
    }

    /**
     * "between A and B, C and D, and E and F": the names of a list of parties grouped in pairs, when
     * "and" joins the two of each pair and a comma (", and", ";") separates the pairs; otherwise empty.
     */
    private static List<List<DocEntity>> pairGroups(ArticleState st, SentenceView v, int from, int to) {
        List<DocEntity> names = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        StringBuilder sep = new StringBuilder();
        for (int k = from; k < to; k++) {
            Mention m = v.mentionAt(k);
            if (m == null) {
                String w = v.word(k);
                if (!w.equals("the")) sep.append(sep.length() == 0 ? w : " " + w);
                continue;
            }
            if (m.type() != MentionType.ORG) return List.of();
            DocEntity e = st.entity(v, v.parts.get(k));
            if (e == null) return List.of();
            names.add(e);
            separators.add(sep.toString());
            sep.setLength(0);
        }
        if (names.size() < 4 || names.size() % 2 != 0) return List.of();
        List<List<DocEntity>> pairs = new ArrayList<>();
        for (int j = 0; j < names.size(); j += 2) {
            boolean joined = separators.get(j + 1).equals("and");
            boolean separated = j == 0 || List.of(",", ", and", ";", "; and").contains(separators.get(j));
            if (!joined || !separated || names.get(j) == names.get(j + 1)) return List.of();
            pairs.add(List.of(names.get(j), names.get(j + 1)));
        }
        return pairs;
    }

    /** The first agreement noun followed by "between"/"among" in [{@code from}, {@code to}), or {@code to}. */
    private static int firstAgreementBetween(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++)
            if (isType(v, k, MentionType.AGREEMENT) && k + 1 < v.size() && List.of("between", "among").contains(v.word(k + 1))) return k;
        return to;
    }

    /** "with ...", "between ...", "among ..." in the clause, but not "with the participation of" (witnesses). */
    private boolean counterpartStated(SentenceView v, int left, int right) {
        for (int k = left; k < right; k++) {
            String w = v.word(k);
            if (w.equals("between") || w.equals("among")) return true;
            if (!w.equals("with")) continue;
            int j = k + 1;
            while (j < right && v.word(j).equals("the")) j++;
            if (j < right && !witnessAfterWith.contains(v.word(j))) return true;
        }
        return false;
    }

    /** Words that may join two "between" lists of two signings ("between A and B and between C and D", ", and another between"). */
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "as", "well", "another", "one", "also", "while", "a", "an", "signed", "together", "along");

    /**
     * Only joining words in the parts [{@code from}, {@code to}) (the second "between" or "with" at {@code to}), an
     * agreement noun among them ("a memorandum with B and a contract with C").
     */
    private static boolean listsJoined(SentenceView v, int from, int to) {
        int k = from;
        // "one with A on programme exchange, and a second with B": the first one's topic may stand before the joiners
        if (k < to && TOPIC_PREPOSITIONS.contains(v.word(k))) {
            k++;
            for (int n = 0; k < to && n < TOPIC_REACH && !v.isMention(k) && !v.word(k).equals(",") && !v.word(k).equals("and"); n++) k++;
            // ("with B for cooperation between C and D": a topic and no joining word, the second list is the topic's)
            if (k == to) return false;
        }
        // (the first list's walk may have passed over the joining words up to the second "between")
        for (; k < to; k++) if (v.isMention(k) ? !isType(v, k, MentionType.AGREEMENT) : !LIST_JOINERS.contains(v.word(k)) && !ANOTHER.contains(v.word(k))) return false;
        return true;
    }

    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "in", "for");
    /** How many plain words a topic ("on programme exchange") may hold. */
    private static final int TOPIC_REACH = 4;
    /** "for cooperation between A and B": nouns after which a "between" list names who cooperates, the signers' bodies often. */
    private static final Set<String> COOPERATION_NOUNS = Set.of("cooperation", "co-operation", "collaboration", "partnership");

    /** An agreement noun in the parts [{@code from}, {@code to}). */
    private static boolean agreementBetween(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) if (isType(v, k, MentionType.AGREEMENT)) return true;
        return false;
    }

    /** "the News Exchange and Cooperation Agreement between A and B" with no verb: kept only to be merged. */
    private List<Drafts.Agreement> readBetween(ArticleState st, SentenceView v, int s) {
        List<Drafts.Agreement> out = new ArrayList<>();
        for (int k = 0; k + 1 < v.size(); k++) {
            if (!isType(v, k, MentionType.AGREEMENT) || !List.of("between", "among").contains(v.word(k + 1))) continue;
            // "the cabinet approved the memorandum between A and B", "talks on a draft agreement between":
            // not a signing, so no signing told elsewhere may be merged into it
            if (containsAny(v, 0, k, notSigningCues) || unsignedAgreement(v, k, v.size())) continue;
            Drafts.Agreement a = new Drafts.Agreement(s);
            a.kindLabel = v.mentionAt(k).text().toLowerCase();
            a.kindKey = st.lex.agreementKind(a.kindLabel).key();
            List<DocEntity> parties = new ArrayList<>();
            walkList(st, v, k + 2, v.size(), parties, new ArrayList<>(), false);
            if (parties.size() < 2) continue;
            parties.forEach(a::addParty);
            a.date = circumstances.nearestDate(v, 0, v.size(), k);
            // "the 2019 agreement between A and B": the year it was made
            if (a.date == null) a.date = SigningCircumstances.yearBefore(v, k);
            circumstances.placeOf(st, v, 0, v.size(), k, k, a);
            a.evidence.add(ArticleState.evidence(v.sentence, "agreement.between", 0.6));
            out.add(a);
        }
        return out;
    }

    /** How far after "agreed to VERB" the word "joint" may stand ("agreed to set up a new joint ..."). */
    private static final int JOINT_REACH = 4;

    /**
     * "A and B agreed to create a joint studio", "A and B have agreed to set up a joint venture": two named
     * organizations agreeing to found something together have reached an agreement with each other. Only
     * with "joint" and a founding verb (joint-founding-verbs); "agreed to explore a partnership", "agreed to
     * draw up a plan" and a modal or negation before "agreed" ("could not agree", "may agree") are no agreement.
     */
    private List<Drafts.Agreement> readAgreedJoint(ArticleState st, SentenceView v, int s) {
        if (!v.sentence.text().contains("agreed to")) return List.of();
        Set<String> founding = st.lex.wordSet("joint-founding-verbs");
        for (int q = 1; q + 2 < v.size(); q++) {
            if (v.isMention(q) || !v.word(q).equals("agreed") || !v.word(q + 1).equals("to")) continue;
            int verbEnd = q + 2;
            if (!founding.contains(v.word(verbEnd))) continue;
            if (verbEnd + 1 < v.size() && v.word(verbEnd).equals("set") && v.word(verbEnd + 1).equals("up")) verbEnd++;
            if (!wordSoonAfter(v, verbEnd + 1, JOINT_REACH, Set.of("joint"))) continue;
            int left = 0;
            for (int k = q - 1; k >= 0; k--) if (v.word(k).equals(";")) { left = k + 1; break; }
            if (modalityBefore(st, v, q, left) != null) continue;
            List<DocEntity> orgs = new ArrayList<>(), persons = new ArrayList<>();
            collectSubjects(st, v, left, q, orgs, persons, false);
            if (orgs.size() < 2 || !persons.isEmpty()) continue;
            Drafts.Agreement a = new Drafts.Agreement(s);
            a.verified = true;
            a.sidesNamed = true;
            a.kindLabel = "agreement";
            a.kindKey = st.lex.agreementKind(a.kindLabel).key();
            orgs.forEach(a::addParty);
            a.date = circumstances.nearestDate(v, left, v.size(), q);
            circumstances.placeOf(st, v, left, v.size(), q, q, a);
            a.evidence.add(ArticleState.evidence(v.sentence, "agreement.agreed-joint", 0.6));
            return List.of(a);
        }
        return List.of();
    }

    /** Words after which a list of signatories follows ("the signatories are", "signing the accord were", "among the signatories:"). */
    private static final Set<String> SIGNATORY_COPULAS = Set.of("are", "were", "include", "included", "includes", ":");
    /** How many parts may stand between "signatories"/"signing" and the copula ("the signatories to the new accord were"). */
    private static final int SIGNATORY_REACH = 6;

    /**
     * "The signatories are A, B, C and D", "Signing the accord were A and B", "Among the signatories: A, B and C":
     * a copular sentence that lists who signed; every organization in the list is a party of one agreement.
     * A modal or a negation before the copula ("the signatories will be", "were not named") leaves no list.
     */
    private List<Drafts.Agreement> readSignatoryList(ArticleState st, SentenceView v, int s) {
        String text = v.sentence.text();
        if (!text.contains("ignator") && !text.contains("igners") && !text.contains("igning")) return List.of();
        for (int q = 0; q < v.size(); q++) {
            // a capitalised "Signing" opening the sentence may have been read as a name
            boolean openingGerund = q == 0 && isType(v, q, MentionType.OTHER) && v.mentionAt(q).text().strip().equals("Signing");
            if (v.isMention(q) && !openingGerund) continue;
            String w = openingGerund ? "signing" : v.word(q);
            boolean signatories = w.equals("signatories") || w.equals("signers");
            // "Signing the accord were ...": the gerund opens its clause
            boolean gerund = w.equals("signing") && (q == 0 || CLAUSE_STARTS.contains(v.word(q - 1)));
            if (!signatories && !gerund) continue;
            boolean among = q >= 2 && v.word(q - 1).equals("the") && v.word(q - 2).equals("among");
            int agr = -1;
            for (int k = q + 1; k < Math.min(v.size(), q + 1 + SIGNATORY_REACH); k++) {
                String c = v.word(k);
                if (isType(v, k, MentionType.AGREEMENT)) { agr = k; continue; }
                boolean copula = SIGNATORY_COPULAS.contains(c) || among && c.equals(",");
                if (!copula) {
                    if (v.isMention(k) || c.equals(",") || c.equals(";")) break;
                    continue;
                }
                if (gerund && agr < 0 && k > q + 1) break;
                int start = k + 1;
                // "the signatories are grid operator A, ...": a descriptor may stand before the first name
                for (int d = 0; start < v.size() && d < 3 && (v.word(start).equals("the") || descriptorWord(v, start)); d++) start++;
                if (start >= v.size() || !v.isMention(start)) break;
                List<DocEntity> orgs = new ArrayList<>();
                walkList(st, v, k + 1, v.size(), orgs, new ArrayList<>(), false);
                if (orgs.size() < 2) break;
                Drafts.Agreement a = new Drafts.Agreement(s);
                a.verified = true;
                a.definite = true;
                a.sidesNamed = true;
                a.kindLabel = agr >= 0 ? SPACES.matcher(v.mentionAt(agr).text().toLowerCase()).replaceAll(" ") : "agreement";
                Lexicons.Kind kind = st.lex.agreementKind(a.kindLabel);
                a.kindKey = kind.key();
                orgs.forEach(a::addParty);
                a.date = circumstances.nearestDate(v, 0, v.size(), q);
                circumstances.placeOf(st, v, 0, v.size(), q, agr >= 0 ? agr : q, a);
                a.evidence.add(ArticleState.evidence(v.sentence, "agreement.signatory-list", 0.8));
                return List.of(a);
            }
        }
        return List.of();
    }

    /** "awaiting the signing of", "ahead of the signing ceremony": a pending phrase before the nominal signing. */
    private boolean pendingBefore(SentenceView v, int noun, int left) {
        int k = noun - 1;
        while (k >= left && List.of("the", "a", "an").contains(v.word(k))) k--;
        return k >= left && phraseEndingAt(v, k, left, pendingBeforeNoun);
    }

    /**
     * The predicate of a nominal signing ("the signing of the MoU between A and B is scheduled for
     * May", "the signing ceremony has been postponed"): the first auxiliary after the noun, the
     * adverbs and auxiliaries after it passed over, then a deferred phrase. "The signing of the
     * agreement will improve ties" has no deferred phrase, so it stays a signing.
     */
    private boolean deferredPredicateAfter(SentenceView v, int from, int right) {
        int k = from;
        while (k < right && !auxiliaries.contains(v.word(k))) k++;
        if (k >= right) return false;
        while (k < right && (auxiliaries.contains(v.word(k)) || skipBeforeVerb.contains(v.word(k)))) k++;
        return k < right && phraseStartingAt(v, k, right, deferredPredicates);
    }

    /** "the draft memorandum", "a proposed deal" (a modifier the noun phrase holds), "an agreement in principle" (after it). */
    private boolean unsignedAgreement(SentenceView v, int agr, int right) {
        for (String w : SPACES.split(v.mentionAt(agr).text().toLowerCase())) if (unsignedModifiers.contains(w)) return true;
        if (agr > 0 && unsignedModifiers.contains(v.word(agr - 1))) return true;
        return agr + 1 < right && phraseStartingAt(v, agr + 1, right, unsignedModifiers);
    }

    /**
     * "The two will review the plan and sign a memorandum": a base verb right after "and"/"or"
     * takes the modality of the nearest single-word modal ("will", "to", "should") earlier in the clause.
     */
    private String coordinatedModality(ArticleState st, SentenceView v, int i, int left) {
        int k = i - 1;
        while (k >= left && skipBeforeVerb.contains(v.word(k))) k--;
        if (k < left || !coordination.contains(v.word(k))) return null;
        for (int j = k - 1; j >= Math.max(left, k - COORDINATION_REACH); j--) {
            String m = st.lex.modality.get(v.word(j));
            if (m != null) return m;
        }
        return null;
    }

    private String modalityBefore(ArticleState st, SentenceView v, int i, int left) {
        // skip adverbs between the modal and the verb ("will officially sign")
        int k = i - 1;
        int skipped = 0;
        while (k >= left && skipped < 3 && (skipBeforeVerb.contains(v.word(k)) || v.word(k).equals("DAT"))) { k--; skipped++; }
        String best = null;
        StringBuilder p = new StringBuilder();
        for (int j = k; j >= Math.max(left, k - 3); j--) {
            p.insert(0, p.length() == 0 ? v.word(j) : v.word(j) + " ");
            String m = st.lex.modality.get(p.toString());
            if (m != null) best = m;
        }
        return best;
    }

    /** A state named by a place mention at {@code k} (not "Spain's", not a city), or null. */
    private static DocEntity state(ArticleState st, SentenceView v, int k) {
        Mention m = v.mentionAt(k);
        if (m == null || m.type() != MentionType.PLACE || possessive(v, k)) return null;
        if (m.known().map(kn -> STATE_PLACE_TYPE.equals(kn.placeType())).orElse(false)) return st.registry.place(m);
        return null;
    }

    /**
     * "Belarus and the United Arab Emirates signed", "Iran, Peru and Chile have signed": the subject right
     * before the verb is made only of states joined by "and" / commas; they are the parties. A state
     * after "in"/"from" or before a title ("Peru's minister") is no subject, so the walk stops there.
     * @return whether a state subject was found
     */
    private boolean stateSubjects(ArticleState st, SentenceView v, int left, int verb, List<DocEntity> out, boolean capitalsAllowed) {
        int k = verb - 1;
        // "Peru and Chile on Monday signed" (a weekday is no DAT without an article date)
        while (k >= left && (skipBeforeVerb.contains(v.word(k)) || v.word(k).equals("DAT")
                || !v.word(k).equals(",") && DATE_WORDS_BEFORE_LIST.contains(v.word(k)))) k--;
        List<DocEntity> states = new ArrayList<>();
        int first = -1;
        // "Dhaka and New Delhi have signed": capitals, every one of a different state, stand for their states
        int capitals = 0;
        for (; k >= left; k--) {
            String w = v.word(k);
            if (w.equals("and") || w.equals(",") || w.equals("the")) continue;
            // "the government of Peru and the government of Chile"
            if (w.equals("of") && first >= 0 && k - 1 >= left && List.of("government", "governments").contains(v.word(k - 1))
                    && k - 2 >= left && List.of("the", "and", ",").contains(v.word(k - 2))) { k--; continue; }
            DocEntity e = state(st, v, k);
            if (e == null && capitalsAllowed && (e = capitalState(st, v, k)) != null) {
                if (states.contains(e)) return false; // "Beijing and Shanghai": cities of one state
                capitals++;
            }
            if (e == null) break;
            first = k;
            if (!states.contains(e)) states.add(0, e);
        }
        if (capitals > 0 && (capitals < states.size() || states.size() < 2)) return false;
        // the list must start its clause: "in Peru, Chile signed" has "in" before it
        int before = first - 1;
        while (before >= left && v.word(before).equals("the")) before--;
        // "the governments of Brazil and Uruguay signed": the states signed through their governments
        if (before - 1 >= left && v.word(before).equals("of") && List.of("government", "governments").contains(v.word(before - 1))) {
            before -= 2;
            while (before >= left && v.word(before).equals("the")) before--;
        }
        if (states.isEmpty() || before >= left && !CLAUSE_STARTS.contains(v.word(before))) return false;
        out.addAll(states);
        return true;
    }

    /** Agreements of towns ("a sister-city agreement", "twinning"): capitals that sign them are the cities. */
    private static final java.util.regex.Pattern TOWN_TWINNING = java.util.regex.Pattern.compile("sister|twin|friendship cit", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The state whose capital (places.tsv type "capital") a place mention at {@code k} names ("Dhaka" → Bangladesh), or null. */
    private DocEntity capitalState(ArticleState st, SentenceView v, int k) {
        Mention m = v.mentionAt(k);
        if (m == null || m.type() != MentionType.PLACE || possessive(v, k)) return null;
        KnownEntity city = m.known().orElse(null);
        if (city == null || !city.isCapital() || city.country() == null) return null;
        return st.ref.place(city.country()).filter(c -> STATE_PLACE_TYPE.equals(c.placeType()))
                .map(c -> st.registry.place(c.name(), c)).orElse(null);
    }

    /** "with Spain", "with the Republic of Peru": the state right after "with", if any. */
    private static java.util.Optional<DocEntity> stateAfterWith(ArticleState st, SentenceView v, int from, int right) {
        for (int k = from; k + 1 < right; k++) {
            if (!v.word(k).equals("with")) continue;
            int j = k + 1;
            while (j < right && v.word(j).equals("the")) j++;
            return j < right ? java.util.Optional.ofNullable(state(st, v, j)) : java.util.Optional.empty();
        }
        return java.util.Optional.empty();
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
        if (det.equals("a") || det.equals("an")) return true;
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
            if ((w.equals("a") || w.equals("an") || w.equals("the")) && opened) return plain > 0 && d - 2 >= 0 && v.isMention(d - 2);
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
    private static boolean descriptorWord(SentenceView v, int j) {
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
    private void collectSubjects(ArticleState st, SentenceView v, int left, int verb, List<DocEntity> orgs, List<DocEntity> persons, boolean onBehalf) {
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
        boolean personInSubject = false;
        for (int k = left; k < verb && !personInSubject; k++) personInSubject = isType(v, k, MentionType.PERSON);
        boolean inRelative = false, inParen = false;
        for (int k = left; k < verb; k++) {
            String w = v.word(k);
            if (w.equals("(")) inParen = true;
            if (w.equals(")")) inParen = false;
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
            boolean afterTitle = m.type() == MentionType.OTHER && (k > 0 && isType(v, k - 1, MentionType.TITLE) || titleAppositive(v, k));
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

    /** Words of a date that may stand between a verb and its "between" list ("signed on Monday between"; a weekday is no DAT without an article date). */
    private static final Set<String> DATE_WORDS_BEFORE_LIST = Set.of("on", ",", "today", "yesterday", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

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
        // "A, along with B, signed", "A together with B signed": B is a co-signer in the subject
        if (j > left && v.word(j).equals("with") && List.of("along", "together").contains(v.word(j - 1))) return false;
        // "representatives of A and B signed", "a delegation from A signed": the group signs for its organization
        // (not for a state: "officials from Peru and B signed")
        if (j > left && (v.word(j).equals("of") || v.word(j).equals("from")) && delegationNouns.contains(v.word(j - 1))
                && !isType(v, k, MentionType.PLACE)) return onBehalf;
        return j >= left && excludingPrepositions.contains(v.word(j));
    }

    /** After the verb: "with ...", "between ...", "among ...", "together with ...", "by ...", witnesses. */
    /** @param lists receives the [from, to) parts of each "between"/"among" list (to group them in pairs) */
    private void readComplements(ArticleState st, SentenceView v, int from, int right, Drafts.Agreement a,
                                 List<DocEntity> objects, List<DocEntity> byPersons, List<int[]> lists) {
        readComplements(st, v, from, right, right, a, objects, byPersons, lists, new ArrayList<>());
    }

    /**
     * The part where a purpose clause opens after {@code from} ("to develop", "to build": "to" and a plain
     * lower-case word), or {@code right}.
     */
    private int purposeClause(SentenceView v, int from, int right) {
        for (int k = from; k + 1 < right; k++) {
            if (!v.word(k).equals("to") || v.isMention(k + 1)) continue;
            String w = v.word(k + 1);
            if (w.chars().allMatch(Character::isLowerCase) && !determiners.contains(w)) return k;
        }
        return right;
    }

    /** "in cooperation with", "in partnership with": nouns of working together that a "with" after "in NOUN" names a helper for. */
    private static final Set<String> JOINT_WORK_NOUNS = Set.of("cooperation", "co-operation", "partnership", "collaboration", "association",
            "conjunction", "coordination", "consultation");

    /** The part of "in" in "in cooperation with" (a noun of {@link #JOINT_WORK_NOUNS} between), or {@code right}. */
    private static int jointWorkPhrase(SentenceView v, int from, int right) {
        for (int k = from; k + 2 < right; k++)
            if (v.word(k).equals("in") && JOINT_WORK_NOUNS.contains(v.word(k + 1)) && v.word(k + 2).equals("with")) return k;
        return right;
    }

    /** @param listLimit "with"/"between"/"among" lists from this part on are not read (a purpose clause) */
    /** @param withLists receives the [from, to) parts of each "with" list read (to give each agreement noun its own) */
    private void readComplements(ArticleState st, SentenceView v, int from, int right, int listLimit, Drafts.Agreement a,
                                 List<DocEntity> objects, List<DocEntity> byPersons, List<int[]> lists, List<int[]> withLists) {
        int lastListEnd = -1;
        for (int k = from; k < right; k++) {
            String w = v.word(k);
            // "signed with B, which works closely with C": the relative clause tells about B, not about the signing
            int relEnd = relativeClauseEnd(v, k, right);
            if (relEnd >= 0) { k = relEnd; continue; }
            if (k < listLimit && (w.equals("with") || w.equals("between") || w.equals("among") || w.equals("amongst"))) {
                // "with B, the lender's second deal after one with C", "with B, and talks with C continue": a later list
                // is another signing's or none, unless it is joined to the first ("with B and with C") or follows its own
                // agreement noun ("a memorandum with B and a contract with C")
                // ("with Peru for collaboration between the Ministry of Culture of Chile and ...": after a list of states, the
                // bodies that cooperate sign for them; "with B to promote cooperation between C and D" says what it is about)
                if (lastListEnd >= 0 && !listsJoined(v, lastListEnd, k) && !isType(v, k - 1, MentionType.AGREEMENT)
                        && !(w.equals("between") && COOPERATION_NOUNS.contains(v.word(k - 1)) && !objects.isEmpty() && objects.stream().allMatch(AgreementReader::isState))) continue;
                // "with B, replacing an earlier deal with C", "with B, following a similar one with C": the later list is an older
                // or another agreement's, which this sentence does not report signed
                if (lastListEnd >= 0 && k > 0 && isType(v, k - 1, MentionType.AGREEMENT) && otherAgreementCue(st, v, lastListEnd, k - 1)) {
                    k = walkList(st, v, k + 1, right, new ArrayList<>(), new ArrayList<>(), false) - 1;
                    continue;
                }
                // "..., with C acting as adviser", ", with C as guarantor": an absolute phrase about another role
                if (w.equals("with") && k > 0 && v.word(k - 1).equals(",") && absoluteWith(v, k + 1, right)) {
                    k = walkList(st, v, k + 1, right, new ArrayList<>(), new ArrayList<>(), false) - 1;
                    continue;
                }
                int start = k + 1;
                while (start < right && v.word(start).equals("the")) start++;
                if (w.equals("with") && start < right && witnessAfterWith.contains(v.word(start))) {
                    k = walkList(st, v, skipOf(v, start, right), right, a.witnesses, a.witnesses, true) - 1;
                    continue;
                }
                // "rights for the period between a cinema release and a Blu-ray premiere": an indefinite noun opens
                // no list of parties
                if (!w.equals("with") && start < right && (v.word(start).equals("a") || v.word(start).equals("an"))) continue;
                List<DocEntity> persons = new ArrayList<>();
                // "signed between Moscow and Tehran": the sides are named by their places
                if (start < right && isType(v, start, MentionType.PLACE) && !(start + 1 < right && possessive(v, start)))
                    a.sidesStatedUnnamed = true;
                int named = objects.size();
                // states are sides in a "with" list, and in a "between" list right after the verb or the agreement
                // ("signed between India and Peru", "an MoU between India and Peru"), not in one further on
                // ("... to strengthen relations between Kosovo and Italy")
                // (a date may stand between: "signed on Monday between India and Peru")
                int before = k - 1;
                while (before >= from && (v.word(before).equals("DAT") || DATE_WORDS_BEFORE_LIST.contains(v.word(before)))) before--;
                boolean statesAllowed = w.equals("with") || before < from || isType(v, before, MentionType.AGREEMENT) || v.word(before).equals("signed");
                // "signed between the two countries": the two states the article has named so far, when it named only two
                // ("a MoU on Rail Connectivity between the two countries": the list after the agreement's topic)
                boolean afterTopic = before >= 2 && v.isMention(before) && v.word(before - 1).equals("on") && isType(v, before - 2, MentionType.AGREEMENT);
                if ((statesAllowed || afterTopic) && !w.equals("with") && start + 2 < right && v.word(start).equals("two") && TWO_STATES.contains(v.word(start + 1))) {
                    List<DocEntity> two = statesNamedSoFar(st, v);
                    if (two.size() == 2) {
                        for (DocEntity e : two) if (!objects.contains(e)) objects.add(e);
                        lists.add(new int[]{k + 1, start + 2});
                        k = start + 1;
                        continue;
                    }
                }
                int end = walkList(st, v, k + 1, right, objects, persons, false, statesAllowed);
                // (from the last name read: the walk may have passed over words that are no joiners, "with B, and talks with C")
                for (int j = end - 1; j > k; j--) if (v.isMention(j) && !isType(v, j, MentionType.AGREEMENT)) { lastListEnd = j + 1; break; }
                // "signed an agreement with Coral's subsidiary in Peru": the counterpart is stated, only not read
                // as a name, so the names of the sentence before are not borrowed for it
                if (objects.size() == named && persons.isEmpty() && end > start && start < right && v.isMention(start)) a.sidesStatedUnnamed = true;
                if (!w.equals("with")) lists.add(new int[]{k + 1, end});
                else withLists.add(new int[]{k + 1, end});
                k = end - 1;
                byPersons.addAll(persons);
                // "with a number of media institutions in Russia, including A, B and C"
                for (int j = k; j < right; j++) {
                    if (v.word(j).equals("including")) { k = walkList(st, v, j + 1, right, objects, persons, false) - 1; break; }
                    if (v.isMention(j) && v.mentionAt(j).type() == MentionType.AGREEMENT) break;
                }
            } else if (w.equals("behalf") && k > 0 && v.word(k - 1).equals("on") && k + 1 < right && v.word(k + 1).equals("of")) {
                // "signed on behalf of the Danube Press Agency by its director ...": the party
                k = walkList(st, v, k + 2, right, objects, byPersons, false) - 1;
            } else if (w.equals("by") && k > 0 && otherVerbBefore(st, v, k - 1)) {
                // "as reported by C", "announced by C", "a forum organised by C", "B, owned by C": the names after
                // this "by" did something else than sign
                k = walkList(st, v, k + 1, right, new ArrayList<>(), new ArrayList<>(), true) - 1;
            } else if (w.equals("by") && !(k > 0 && (v.word(k - 1).equals("witnessed") || v.word(k - 1).equals("attended")))) {
                // "by X, director of the National Museum, on behalf of the Museums Authority": the title's
                // organization is not the party the signatory acts for
                k = walkList(st, v, k + 1, right, behalfOf(v, k, right) ? new ArrayList<>() : objects, byPersons, true) - 1;
            } else if (w.equals("attended") && k + 1 < right && v.word(k + 1).equals("by")) {
                // "a signing ceremony attended by X, director of A, and Y": the persons who attended are witnesses,
                // their organizations no parties
                k = walkList(st, v, k + 2, right, new ArrayList<>(), a.witnesses, true) - 1;
            } else if (w.equals("witnessed") && k + 1 < right && v.word(k + 1).equals("by")
                    || w.equals("presence") && k + 1 < right && v.word(k + 1).equals("of")) {
                k = walkList(st, v, k + 2, right, a.witnesses, a.witnesses, true) - 1;
            }
        }
    }

    /** Words that open a relative clause after a comma ("B, which owns C,", "B, whose parent is C"). */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whose", "whom");
    /** Prepositions that may come before a relative pronoun ("B, in which C holds a stake"). */
    private static final Set<String> RELATIVE_PREPOSITIONS = Set.of("in", "of", "under", "with", "for", "through", "by");

    /**
     * When a relative clause opens at the comma {@code k} ("B, which owns C,", "B, in which C holds a stake,"), the
     * part where it ends: its closing comma or semicolon, or {@code right}; otherwise -1.
     */
    static int relativeClauseEnd(SentenceView v, int k, int right) {
        if (k + 1 >= right || !v.word(k).equals(",")) return -1;
        int j = k + 1;
        if (RELATIVE_PREPOSITIONS.contains(v.word(j)) && j + 1 < right && RELATIVE_PRONOUNS.contains(v.word(j + 1))) j++;
        if (v.isMention(j) || !RELATIVE_PRONOUNS.contains(v.word(j))) return -1;
        for (int e = j + 1; e < right; e++) if (v.word(e).equals(",") || v.word(e).equals(";")) return e;
        return right;
    }

    /** ", with C acting as adviser", ", with C as guarantor", ", with C providing the funds": names, then "as" or an -ing word. */
    private static boolean absoluteWith(SentenceView v, int from, int right) {
        int k = from;
        while (k < right && (v.word(k).equals("the") || v.isMention(k) || v.word(k).equals("and") || v.word(k).equals(","))) k++;
        if (k == from || k >= right) return false;
        String w = v.word(k);
        return w.equals("as") || w.length() > 4 && w.endsWith("ing") && w.chars().allMatch(Character::isLowerCase);
    }

    /** Verbs that deny what the clause after them reports ("denied that it had signed"). */
    private static final Set<String> DENIAL_VERBS = Set.of("denied", "denies", "deny", "refuted", "dismissed");

    /** "Neither A nor B signed", "A denied that it had signed": a "neither" in the subject or a denial verb before it. */
    private static boolean deniedClause(SentenceView v, int left, int verb) {
        for (int k = verb - 1; k >= left; k--) {
            String w = v.word(k);
            if (w.equals("neither") || DENIAL_VERBS.contains(w)) return true;
            if (w.equals(",") || w.equals(";")) return false;
        }
        return false;
    }

    /** "If A signs ...", "unless A signs": the clause before the verb opens with a condition. */
    private static boolean conditionalClause(SentenceView v, int left, int verb) {
        for (int k = verb - 1; k >= left; k--) {
            String w = v.word(k);
            if (w.equals("if") || w.equals("unless")) return true;
            if (w.equals(",") || w.equals(";")) return false;
        }
        return false;
    }

    /** Irregular past participles of verbs other than signing ("held by", "led by", "run by"). */
    private static final Set<String> OTHER_PARTICIPLES = Set.of("made", "held", "run", "led", "written", "said", "told", "done", "given",
            "taken", "shown", "known", "seen", "built", "sold", "bought", "chaired", "hosted", "headed", "owned");

    /**
     * The plain word at {@code k} is the participle of another verb than a signing one ("reported", "organised",
     * "owned", "held"): a "by" after it names who did that, not who signed.
     */
    private static boolean otherVerbBefore(ArticleState st, SentenceView v, int k) {
        if (v.isMention(k)) return false;
        String w = v.word(k);
        // ("made" signs only with an indefinite object: "the proposal made by B" names who made it)
        if (st.lex.signingVerbs.containsKey(w) && !hasFlag(st.lex.signingVerbs.get(w), "indefinite") || w.equals("witnessed") || w.equals("attended")) return false;
        return OTHER_PARTICIPLES.contains(w) || w.length() > 4 && w.endsWith("ed") && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
    }

    /**
     * A subject with no name in it before an active verb: a plural common noun right before the verb
     * ("the health ministries of the two countries signed", "officials signed"), not a pronoun ("they
     * signed" refers back to names).
     */
    private boolean unnamedSubject(SentenceView v, int left, int verb) {
        int k = verb - 1;
        while (k >= left && skipBeforeVerb.contains(v.word(k))) k--;
        return k >= left && pluralNoun(v, k);
    }

    /** A plain word shaped like a plural noun ("ministries", "banks", "officials"). */
    private static boolean pluralNoun(SentenceView v, int k) {
        if (v.isMention(k)) return false;
        String w = v.word(k);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLetter(w.charAt(0));
    }

    /** "both sides", "both parties", "the two agencies", "the two companies" before the verb. */
    private boolean pairReference(SentenceView v, int left, int verb) {
        for (int k = left; k + 1 < verb; k++) {
            String w = v.word(k), next = v.word(k + 1);
            if (w.equals("both") && pairNouns.contains(next)) return true;
            if (w.equals("two") && k > left && v.word(k - 1).equals("the") && pairNouns.contains(next)) return true;
            // "the parties signed", "the sides inked": the definite pair noun as the whole subject
            if (w.equals("the") && pairNouns.contains(next) && k + 2 == verb) return true;
        }
        return false;
    }

    private final Set<String> pairNouns;

    /** "the two countries", "both nations" as the subject right before the verb. */
    private boolean statesReference(SentenceView v, int left, int verb) {
        int k = verb - 1;
        while (k >= left && skipBeforeVerb.contains(v.word(k))) k--;
        if (k - 1 < left || !TWO_STATES.contains(v.word(k))) return false;
        int start = v.word(k - 1).equals("both") ? k - 1 : v.word(k - 1).equals("two") && k - 2 >= left && v.word(k - 2).equals("the") ? k - 2 : -1;
        // the phrase is the whole subject: "the ministries of the two countries signed" is no reference to the states
        return start >= 0 && (start == left || CLAUSE_STARTS.contains(v.word(start - 1)) || v.word(start - 1).equals("and") || sentenceOpeners.contains(v.word(start - 1)));
    }

    /** "by both sides", "between the two companies" after the verb. */
    private boolean pairAfter(SentenceView v, int from, int right) {
        for (int k = from; k + 2 < right; k++) {
            if (!List.of("by", "between").contains(v.word(k))) continue;
            String a = v.word(k + 1), b = v.word(k + 2);
            if (a.equals("both") && pairNouns.contains(b)) return true;
            if (a.equals("the") && b.equals("two") && k + 3 < right && pairNouns.contains(v.word(k + 3))) return true;
        }
        return false;
    }

    /**
     * The two organizations named last before sentence {@code s} (nearest first), or fewer; a possessive or
     * appositive owner ("Coral Group's Delta Pictures", "B, a unit of C") and the source of a report
     * ("..., Coral Wire reported") are not sides.
     */
    /** "the two countries", "the two nations", "the two states". */
    private static final Set<String> TWO_STATES = Set.of("countries", "nations", "states");

    /** The distinct states named (as places of the country type, not "Peru's") from the article's start up to sentence {@code v}. */
    private static List<DocEntity> statesNamedSoFar(ArticleState st, SentenceView v) {
        List<DocEntity> out = new ArrayList<>();
        for (SentenceView pv : st.views) {
            for (int k = 0; k < pv.size(); k++) {
                DocEntity e = state(st, pv, k);
                if (e == null && pv.isMention(k) && pv.mentionAt(k).type() == MentionType.PLACE && possessive(pv, k)) {
                    Mention m = pv.mentionAt(k);
                    if (m.known().map(kn -> STATE_PLACE_TYPE.equals(kn.placeType())).orElse(false)) e = st.registry.place(m);
                }
                if (e != null && !out.contains(e)) out.add(e);
            }
            if (pv == v) break;
        }
        return out;
    }

    private List<DocEntity> lastTwoOrganizations(ArticleState st, int s, int before) { return lastTwoOrganizations(st, s, before, null); }

    /** "the two banks" → "bank": the kind a pair noun of the subject names (null for "sides", "parties", "partners"). */
    private String pairNounBefore(SentenceView v, int left, int verb) {
        for (int k = left; k < verb; k++) {
            String w = v.word(k);
            if (!pairNouns.contains(w) || GENERIC_PAIR_NOUNS.contains(w)) continue;
            return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        }
        return null;
    }

    private static final Set<String> GENERIC_PAIR_NOUNS = Set.of("sides", "parties", "partners", "groups", "organizations", "organisations", "institutions");

    /**
     * @param kind "bank" for "the two banks signed": when a sentence names more than two organizations, the two
     *     whose names hold the word are the pair ("Coral Bank, Delta Bank and the Orion Trade Council met. The two
     *     banks signed"); null when the pair noun names no kind
     */
    private List<DocEntity> lastTwoOrganizations(ArticleState st, int s, int before, String kind) {
        List<DocEntity> out = new ArrayList<>();
        for (int j = s; j >= 0 && out.size() < 2; j--) {
            SentenceView pv = st.views.get(j);
            // the sentence that names the sides names two; three or more leave "the two" unresolved
            for (int k = (j == s ? before : pv.size()) - 1; k >= 0; k--) {
                Mention m = pv.mentionAt(k);
                if (m == null || possessive(pv, k) || ownerInDescription(pv, k) || reportSourceAt(pv, k)) continue;
                if (m.type() != MentionType.ORG && !(m.type() == MentionType.OTHER && sideShaped(pv, k) && st.promote(pv, pv.parts.get(k), MentionType.ORG))) continue;
                DocEntity e = st.entity(pv, pv.parts.get(k));
                if (e != null && !out.contains(e)) out.add(e);
            }
            if (out.size() > 2 && kind != null) {
                List<DocEntity> ofKind = out.stream().filter(e -> containsWords(e.name, kind)).toList();
                return ofKind.size() == 2 ? new ArrayList<>(ofKind) : List.of();
            }
            if (out.size() > 2) return List.of();
        }
        return out.size() == 2 ? out : List.of();
    }

    /**
     * A name of several words the mention finder left untyped that stands where a side stands: joined by "and"
     * to an organization ("Alpha Bank and Beta Insurance held talks"), or after "with", "of", "from" ("a delegation
     * of Beta Insurance"); not after a title (a person) or at the start of the sentence (an opener).
     */
    private static boolean sideShaped(SentenceView v, int k) {
        Mention m = v.mentionAt(k);
        if (m.to() - m.from() < 2 || k == 0 || isType(v, k - 1, MentionType.TITLE)) return false;
        if (joinedToOrganization(v, k)) return true;
        if (k + 2 < v.size() && v.word(k + 1).equals("and") && isType(v, k + 2, MentionType.ORG)) return true;
        int j = k - 1;
        while (j > 0 && v.word(j).equals("the")) j--;
        return List.of("with", "of", "from").contains(v.word(j)) && !(j > 0 && isType(v, j - 1, MentionType.TITLE));
    }

    /**
     * A determiner right after the verb opens its object; when that noun phrase (up to the next
     * preposition, comma or name) holds no agreement and no partnership noun, something else was signed.
     */
    private boolean otherObject(ArticleState st, SentenceView v, int from, int right) {
        if (from >= right || !determiners.contains(v.word(from))) return false;
        for (int k = from + 1; k < Math.min(right, from + 1 + OBJECT_REACH); k++) {
            if (v.isMention(k)) return !isType(v, k, MentionType.AGREEMENT) && k > from + 1 && !v.word(k).equals("DAT");
            String w = v.word(k);
            if (st.lex.wordSet("object-nouns").contains(w)) return false;
            if (w.equals(",") || listStops.contains(w) || excludingPrepositions.contains(w)) return k > from + 1;
        }
        return false;
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
    private boolean reportSourceAt(SentenceView v, int k) {
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

    private static int skipOf(SentenceView v, int k, int right) {
        while (k < right && !v.word(k).equals("of")) k++;
        return k + 1;
    }

    /**
     * Walks a list of names ("the OANA and seven Asian wire services including the Press Trust of
     * India, Turkey's Anadolu News Agency ...") and returns the part where it stopped.
     */
    private int walkList(ArticleState st, SentenceView v, int k, int right, List<DocEntity> orgs, List<DocEntity> persons, boolean titlesAllowed) {
        return walkList(st, v, k, right, orgs, persons, titlesAllowed, false);
    }

    /**
     * @param statesAllowed a state named as a member of the list is a party ("signed ... with Uruguay", "with
     *     Kestrel Bank and Peru", "signed between India and Peru")
     */
    private int walkList(ArticleState st, SentenceView v, int k, int right, List<DocEntity> orgs, List<DocEntity> persons, boolean titlesAllowed,
                         boolean statesAllowed) {
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
                            for (int j = k - 1; j >= Math.max(0, k - 5) && !afterTitle; j--) afterTitle = v.word(j).equals("TTL");
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

    /** A word of word-sets.tsv other-agreement-cues in the parts [{@code from}, {@code agr}) or in the agreement noun at {@code agr}. */
    private static boolean otherAgreementCue(ArticleState st, SentenceView v, int from, int agr) {
        Set<String> cues = st.lex.wordSet("other-agreement-cues");
        for (int j = from; j < agr; j++) if (!v.isMention(j) && cues.contains(v.word(j))) return true;
        for (String w : SPACES.split(v.mentionAt(agr).text().toLowerCase(java.util.Locale.ROOT))) if (cues.contains(w)) return true;
        return false;
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
    private static boolean joinedToOrganization(SentenceView v, int k) {
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
    private static boolean behalfAt(SentenceView v, int k) {
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

    /** "on behalf of" followed by a name in the clause. */
    private static boolean behalfOf(SentenceView v, int left, int right) {
        for (int k = left + 1; k + 2 < right; k++) {
            if (!v.word(k).equals("behalf") || !v.word(k - 1).equals("on") || !v.word(k + 1).equals("of")) continue;
            int j = k + 2;
            while (j < right && v.word(j).equals("the")) j++;
            if (j < right && (isType(v, j, MentionType.ORG) || isType(v, j, MentionType.OTHER))) return true;
        }
        return false;
    }

    private static void addSignatory(Drafts.Agreement a, DocEntity person, List<Drafts.Post> posts, int sentence, boolean orgIsParty) {
        if (person == null || a.signatories.contains(person)) return;
        a.signatories.add(person);
        DocEntity org = null;
        String title = null;
        for (Drafts.Post p : posts) {
            if (p.person() != person) continue;
            if (org == null || p.evidence().start() == a.evidence.first().map(e -> e.start()).orElse(-1)) {
                org = p.org();
                title = p.title();
            }
        }
        a.signatoryOrgs.add(org);
        a.signatoryTitles.add(title);
        if (org != null && orgIsParty) a.addParty(org);
    }

    private static boolean containsAny(SentenceView v, int left, int right, Set<String> words) {
        for (int k = left; k < right; k++) if (words.contains(v.word(k))) return true;
        return false;
    }

    /** "Coral Corp.'s", and "Coral Corp. ' s" where a name's closing period split the possessive: the name owns what follows. */
    static boolean possessive(SentenceView v, int k) {
        if (k + 1 >= v.size()) return false;
        String w = v.word(k + 1);
        if (w.equals("'s") || w.equals("’s")) return true;
        return (w.equals("'") || w.equals("’")) && k + 2 < v.size() && v.word(k + 2).equals("s");
    }

    private static boolean isType(SentenceView v, int k, MentionType t) {
        Mention m = v.mentionAt(k);
        return m != null && m.type() == t;
    }

    private static Drafts.Agreement copy(Drafts.Agreement a) {
        Drafts.Agreement b = new Drafts.Agreement(a.sentence);
        b.kindLabel = COUNT_WORDS.matcher(a.kindLabel).replaceFirst("").replaceAll("memorand(?:ums|a)", "memorandum").replaceAll("\\bmous\\b", "mou").replaceAll("agreements", "agreement");
        b.kindKey = a.kindKey;
        b.definite = a.definite;
        b.verified = a.verified;
        b.intended = a.intended;
        b.noFallbackDate = a.noFallbackDate;
        b.further = a.further;
        b.signatories.addAll(a.signatories);
        b.signatoryOrgs.addAll(a.signatoryOrgs);
        b.signatoryTitles.addAll(a.signatoryTitles);
        b.witnesses.addAll(a.witnesses);
        b.date = a.date;
        b.place = a.place;
        b.evidence.addAll(a.evidence);
        return b;
    }

    /** The sides of the one "AGREEMENT between A and B" of a sentence (none when it names two such lists). */
    private List<DocEntity> sidesBetween(ArticleState st, SentenceView v) {
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

    static boolean isState(DocEntity e) { return e.kind == EntityKind.PLACE; }

    /** "Radio Television of Albania": an organization's name that ends with "of" and a state. */
    private static boolean endsWithState(ArticleState st, String org) {
        int of = org.lastIndexOf(" of ");
        if (of < 0) return false;
        String tail = org.substring(of + 4);
        if (tail.startsWith("the ")) tail = tail.substring(4);
        return st.ref.place(tail).map(p -> STATE_PLACE_TYPE.equals(p.placeType())).orElse(false);
    }

    /** Whether an organization's name names the state, by its name or its demonym ("Ministry of Trade of Peru", "Peru's Ministry of Trade", "the Peruvian Ministry of Trade"). */
    private static boolean bodyOfState(Lexicons lex, String org, String state) {
        if (containsWords(org, state)) return true;
        for (String w : SPACES.split(org)) {
            String country = lex.demonyms.get(Token.fold(w.replaceAll("['’]s$", "")));
            if (state.equals(country)) return true;
        }
        return false;
    }

    /** Whether an organization's name ends with the state's ("Ministry of Foreign Affairs of Spain"). */
    private static boolean namesState(String org, String state) {
        return org.endsWith(" " + state) || org.endsWith(" the " + state);
    }

    /** Whether {@code words} stands in {@code name} as whole words ("Ruritania" in "Ruritania's Ministry of Trade"). */
    static boolean containsWords(String name, String words) {
        return java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(words.strip()) + "(?![\\p{L}\\p{N}])").matcher(name).find();
    }
}
