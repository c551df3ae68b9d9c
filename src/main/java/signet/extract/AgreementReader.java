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
    private static final Set<String> ANOTHER = Lexicons.sharedWordSet("further-signing-words");
    /** "Both MoUs", "the memoranda": a plural agreement mention that refers back. */
    private static final java.util.regex.Pattern DEFINITE_START = java.util.regex.Pattern.compile("(?:both|the|these|those|all)\\s");
    /** Words that end a list of parties. */
    private final Set<String> listStops;
    private final Set<String> excludingPrepositions;
    private final Set<String> skipBeforeVerb;
    private final Set<String> noFallback;
    private final Set<String> witnessAfterWith;

    /** modality.tsv: "awaiting the signing of" (pending), "the signing ... is scheduled" (deferred). */
    private final Set<String> pendingBeforeNoun;
    private final Set<String> deferredPredicates;
    /** modality.tsv: "the draft memorandum", "an agreement in principle": not a signed text. */
    private final Set<String> unsignedModifiers;
    /** modality.tsv: "the cabinet approved the memorandum between A and B": no signing. */
    private final Set<String> notSigningCues;
    private final Set<String> auxiliaries;
    private final Set<String> complementizers;
    private final Set<String> coordination;
    private final Set<String> negativeDeterminers;
    private final Set<String> notPolarityExceptions;
    /** word-sets.tsv "sentence-openers": "Following the talks, ...", "Although ...": a capitalised opener, never a party. */
    private final Set<String> sentenceOpeners;
    private final Set<String> determiners;
    /** The parties of a clause: its subjects and the lists of sides after the verb. */
    private final PartyReader partyReader;
    /** The date and place of a signing, read from its clause. */
    private final SigningCircumstances circumstances;
    /** Stage 5: reports of the same signing merged into one agreement. */
    private final SigningMerger merger;
    /** Marks that may stand right before a subject that starts its clause ("On Monday, Peru and Chile signed", "– Peru and Chile signed"). */
    private static final Set<String> CLAUSE_STARTS = Set.of(",", "(", ")", "–", "—", "-", "--", ":");

    AgreementReader(Lexicons lex) {
        this.listStops = lex.wordSet("stop");
        this.excludingPrepositions = lex.wordSet("excluding-prepositions");
        this.skipBeforeVerb = lex.wordSet("skip-before-verb");
        this.noFallback = lex.wordSet("no-fallback");
        this.witnessAfterWith = lex.wordSet("witness-after-with");
        this.circumstances = new SigningCircumstances(lex);
        this.partyReader = new PartyReader(lex);
        this.merger = new SigningMerger(partyReader::sidesBetween);
        this.pairNouns = lex.wordSet("pair-nouns");
        this.pendingBeforeNoun = lex.modalitySet("pending");
        this.deferredPredicates = lex.modalitySet("deferred");
        this.unsignedModifiers = lex.modalitySet("unsigned");
        this.notSigningCues = lex.modalitySet("not-signing");
        this.auxiliaries = lex.wordSet("auxiliaries");
        this.complementizers = lex.wordSet("complementizers");
        this.coordination = lex.wordSet("coordination");
        this.negativeDeterminers = lex.wordSet("negative-determiners");
        this.notPolarityExceptions = lex.wordSet("not-polarity-exceptions");
        this.sentenceOpeners = lex.wordSet("sentence-openers");
        this.determiners = lex.wordSet("determiners");
        this.talkNouns = lex.wordSet("talk-nouns");
        this.talkOpeners = lex.wordSet("talk-openers");
        this.pluralTitles = lex.wordSet("plural-titles");
    }

    /**
     * "signing" at {@code i} is a gerund after a preposition of word set gerund-openers ("by signing an agreement with
     * B") with its counterpart's "with" within {@value #GERUND_REACH} parts: "By signing this document, the students
     * got ..." retells a signing and reports none.
     */
    private static boolean gerundAt(SentenceView v, int i, int len) {
        if (i == 0 || !GERUND_OPENERS.contains(v.word(i - 1))) return false;
        for (int k = i + len; k < Math.min(v.size(), i + len + GERUND_REACH); k++) if (v.word(k).equals("with")) return true;
        return false;
    }

    /** How many parts after a gerund "signing" may hold its agreement noun and the "with" of its counterpart. */
    private static final int GERUND_REACH = 8;

    /** word-sets.tsv "gerund-openers" ("by", "after"): "by signing an agreement with B" reads "signing" as a verb. */
    private static final Set<String> GERUND_OPENERS = Lexicons.sharedWordSet("gerund-openers");

    /** word-sets.tsv "plural-titles" ("chairmen", "heads"): see {@link #namesThenPluralPost}. */
    private final Set<String> pluralTitles;

    /** word-sets.tsv "talk-nouns" ("talks", "negotiations", "meeting") and "talk-openers" ("after", "following"; see {@link #talksPhrase}). */
    private final Set<String> talkNouns, talkOpeners;

    /**
     * The part where "after/following/during (the) talks between/with ..." opens after {@code from}, or {@code right}:
     * when the subject already names the sides, that list names who talked ("A and B signed a memorandum after talks
     * between C and D"), not more parties. Up to two words may describe the talks ("after bilateral trade talks with").
     */
    private int talksPhrase(SentenceView v, int from, int right) {
        for (int k = from; k < right; k++) {
            if (!talkOpeners.contains(v.word(k))) continue;
            int j = k + 1;
            if (j < right && (v.word(j).equals("the") || v.word(j).equals("their"))) j++;
            for (int d = 0; d < 3 && j < right && !v.isMention(j); d++, j++) {
                if (talkNouns.contains(v.word(j)) && j + 1 < right && List.of("between", "with", "among").contains(v.word(j + 1))) return k;
            }
        }
        return right;
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

    static final Set<String> NEGATION_WORDS = Set.of("not", "never", "n't", "did", "does", "do");
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
            // ("by signing an agreement with B", "after signing a deal with B": a gerund, read as the verb)
            if (hasFlag(flag, "noun") && !(next < v.size() && List.of("of", "ceremony").contains(v.word(next)))
                    && !(gerundAt(v, i, len) && agreementSoonAfter(v, next, 4))
                    && !(i >= 2 && v.word(i - 1).equals("of") && st.lex.wordSet("signing-events").contains(v.word(i - 2)) && agreementSoonAfter(v, next, 3))
                    && !(i > 0 && v.word(i - 1).equals("the") && phraseStartingAt(v, next, v.size(), st.lex.wordSet("signing-happened")))) continue;
            // "announced a commercial agreement", "an agreement was reached": a weak verb needs the agreement next to it
            if (hasFlag(flag, "weak") && !agreementSoonAfter(v, next, 4) && !passiveAgreementBefore(v, i)) continue;
            // "concluded its visit", "sealed the border", "entered into force": an ambiguous verb needs an agreement
            // as its object or its subject ("concluded a protocol", "the accord was sealed", "the agreement concluded in May")
            if (hasFlag(flag, "object") && !agreementSoonAfter(v, next, OBJECT_REACH) && !wordSoonAfter(v, next, OBJECT_REACH, st.lex.wordSet("object-nouns"))
                    && !passiveAgreementBefore(v, i, OBJECT_REACH)
                    && !(i > 0 && isType(v, i - 1, MentionType.AGREEMENT))
                    // "The memorandum, concluded between A and B, ...": a participle after the agreement and a comma
                    && !(i > 1 && v.word(i - 1).equals(",") && isType(v, i - 2, MentionType.AGREEMENT))
                    && relativeClauseAgreement(v, 0, i, st.lex.wordSet("skip-before-verb")) < 0) continue;
            // "made a cooperation agreement with B" reports one, "made the deal public" or "made progress on the agreement" none:
            // an indefinite agreement must be the verb's direct object
            if (hasFlag(flag, "indefinite") && !(next < v.size() && List.of("a", "an").contains(v.word(next)) && directObjectAgreement(v, next, 4, st.lex.wordSet("stop")))) continue;
            // "exchanged the memorandums" reports the signing ceremony, "exchanged views on the memorandum" none:
            // the agreement must be the verb's object, with no preposition before it
            // ("An MoU was exchanged between A and B": in the passive, the agreement before and its two sides after it)
            boolean passiveExchange = i >= 2 && List.of("was", "were", "been").contains(v.word(i - 1)) && isType(v, i - 2, MentionType.AGREEMENT)
                    && next < v.size() && v.word(next).equals("between");
            if (v.word(i).startsWith("exchang") && !passiveExchange && !directObjectAgreement(v, next, 4, st.lex.wordSet("stop"))) continue;
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
        boolean relative = v.word(k).equals("that") || v.word(k).equals("which");
        if (relative) k--;
        // "The memorandum, which A and B signed in 2019, expires": a relative clause set off by a comma
        if (relative && k > left && v.word(k).equals(",")) k--;
        // ("Under the agreement, A and B signed": a comma after the noun with no "which" closes a phrase, no relative clause follows)
        return k >= left && isType(v, k, MentionType.AGREEMENT) && (relative || !v.word(k + 1).equals(",")) ? k : -1;
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
        // "A marked its anniversary by signing an agreement with B": a gerund after a preposition is the verb of the clause's subject
        boolean gerund = noun && gerundAt(v, i, len) && !(i + len < v.size() && List.of("of", "ceremony").contains(v.word(i + len)));
        if (gerund) noun = false;
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
        if (relAgr >= 0) {
            passive = false;
            agr = relAgr;
            left = relAgr + 1;
            // (", which A and B signed": the clause's subject starts after its comma and pronoun)
            while (left < i && List.of(",", "which", "that").contains(v.word(left))) left++;
        }
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
        // "no agreement has been signed", "signed no deal"; "had signed nothing with B" (a negative pronoun as the object)
        if (agr > 0 && negativeDeterminers.contains(v.word(agr - 1))) return List.of();
        // (not "signed no later than May")
        if (!noun && i + len < v.size() && negativeDeterminers.contains(v.word(i + len))
                && !(i + len + 1 < v.size() && List.of("later", "earlier", "sooner", "more", "less").contains(v.word(i + len + 1)))) return List.of();
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
        List<List<DocEntity>> fieldPairs = List.of();
        boolean statesSubject = false;
        if (!passive && !noun) {
            partyReader.collectSubjects(st, v, left, i, subjects, subjectPersons, behalfOf(v, left, right));
            // "After signing a deal with B, A said ...": a fronted gerund clause's subject is the main clause's, after its comma
            if (gerund && subjects.isEmpty() && subjectPersons.isEmpty()) {
                int comma = i + len;
                while (comma < v.size() && !v.word(comma).equals(",")) comma++;
                if (comma + 1 < v.size() && (isType(v, comma + 1, MentionType.ORG) || isType(v, comma + 1, MentionType.OTHER))
                        && !possessive(v, comma + 1) && st.promote(v, v.parts.get(comma + 1), MentionType.ORG)) {
                    DocEntity e = st.entity(v, v.parts.get(comma + 1));
                    if (e != null) subjects.add(e);
                }
            }
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
            // "The foreign ministries of the two countries signed the plan": the ministry of that field of each of the two states
            // ("education, health and industry ministries of the two countries signed cooperation agreements": one signing each)
            if (subjects.isEmpty() && subjectPersons.isEmpty()) {
                fieldPairs = ministriesOfTwoStates(st, v, left, i);
                if (fieldPairs.size() == 1 || fieldPairs.size() > 1 && !a.plural) subjects.addAll(fieldPairs.get(0));
                if (fieldPairs.size() > 1 && !a.plural) fieldPairs = List.of();
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
        // ("A and B signed a memorandum after talks between C and D": who talked, see talksPhrase)
        int listLimit = subjects.size() >= 2 ? Math.min(Math.min(purposeClause(v, from, right), jointWorkPhrase(v, from, right)), talksPhrase(v, from, right)) : right;
        List<int[]> withLists = new ArrayList<>();
        readComplements(st, v, from, right, listLimit, a, objects, byPersons, lists, withLists);
        // "an MoU with Spain for collaboration between ... and the Ministry of Foreign Affairs of Spain": the state's own body signs for it
        List<DocEntity> sides = union(subjects, objects);
        java.util.function.Predicate<DocEntity> ownBodySigns = o -> isState(o) && sides.stream().anyMatch(p -> !isState(p) && namesState(p.name, o.name));
        subjects.removeIf(ownBodySigns);
        objects.removeIf(ownBodySigns);
        // "Norway signed an MoU with Chile for collaboration between the Kesh Trade Council and the Tarn Export Board": bodies
        // that no state of the clause names only cooperate under it; the states signed
        if (!a.cooperationOrgs.isEmpty() && sides.stream().anyMatch(AgreementReader::isState)
                && a.cooperationOrgs.stream().noneMatch(p -> sides.stream().anyMatch(o -> isState(o) && (namesState(p.name, o.name) || bodyOfState(st.lex, p.name, o.name)))))
            objects.removeAll(a.cooperationOrgs);
        a.cooperationOrgs.clear();
        // "X signed on behalf of B a memorandum with C": the principal named between the verb and the agreement noun
        if (agr > i + len) for (int k = i + len; k < agr; k++) if (PartyReader.behalfAt(v, k)) { partyReader.walkList(st, v, k + 3, agr, objects, byPersons, false); break; }
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
        // "an MoU between A and B was signed by the chairman of C, X": where the clause names both sides, an
        // organization read only from the list of who signed is a signer's own (a unit, an affiliate), no party
        List<DocEntity> statedSides = union(subjects, objects.stream().filter(o -> !a.byListOrgs.contains(o)).toList());
        if (statedSides.size() >= 2 && statedSides.stream().noneMatch(AgreementReader::isState))
            objects.removeIf(o -> a.byListOrgs.contains(o) && !statedSides.contains(o));
        a.byListOrgs.clear();
        a.sidesNamed = !subjects.isEmpty() || !lists.isEmpty() || counterpartStated(v, left, right);
        for (DocEntity e : subjects) a.addParty(e);
        // "signed by X, director of the National Museum, on behalf of the Museums Authority": the organization
        // the signatory acts for is the party, not the one his title names
        boolean onBehalf = behalfOf(v, left, right);
        // "an MoU between A and B was signed by X, director of C, and Y, head of D": the clause names both sides, so
        // the signers' own organizations (a unit, an affiliate) are no further parties (states aside: "between Peru
        // and Chile ... signed by the trade minister of Peru" is read as the bodies above)
        List<DocEntity> namedSides = union(subjects, objects);
        boolean sidesGiven = namedSides.size() >= 2 && namedSides.stream().noneMatch(AgreementReader::isState);
        for (DocEntity p : subjectPersons) addSignatory(a, p, posts, s, !onBehalf && !sidesGiven);
        for (DocEntity p : byPersons) addSignatory(a, p, posts, s, !onBehalf && !sidesGiven);
        List<DocEntity> beforeObjects = new ArrayList<>(a.parties);

        // date: the nearest to the verb within the clause; place: after "in"/"at", a city first
        a.date = circumstances.nearestDate(v, left, right, i);
        if (a.date == null && agr >= 0) a.date = SigningCircumstances.yearBefore(v, agr);
        circumstances.placeOf(st, v, left, right, i, agr, a);
        a.noFallbackDate = containsAny(v, left, right, noFallback);
        a.evidence.add(ArticleState.evidence(v.sentence, rule, intended ? Math.min(conf, 0.7) : conf));

        // "education, health and industry ministries of the two countries signed cooperation agreements": one per field
        if (fieldPairs.size() >= 2 && beforeObjects.isEmpty() && objects.isEmpty()) return onePerGroup(a, fieldPairs);
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
                partyReader.walkList(st, v, list[0], list[1], names, new ArrayList<>(), false);
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
                partyReader.walkList(st, v, list[0], list[1], names, new ArrayList<>(), false, true);
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
                return onePerGroup(a, pairs);
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
            return m.known().map(kn -> PartyReader.STATE_PLACE_TYPE.equals(kn.placeType())).orElse(false) ? st.registry.place(m) : null;
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
            if (j < right && (isType(v, j, MentionType.ORG) || isType(v, j, MentionType.OTHER))) partyReader.walkList(st, v, k + 1, right, objects, new ArrayList<>(), false);
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
    private static final Set<String> COOPERATION_NOUNS = Lexicons.sharedWordSet("cooperation-nouns");

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
            partyReader.walkList(st, v, k + 2, v.size(), parties, new ArrayList<>(), false);
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
            partyReader.collectSubjects(st, v, left, q, orgs, persons, false);
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
                for (int d = 0; start < v.size() && d < 3 && (v.word(start).equals("the") || PartyReader.descriptorWord(v, start)); d++) start++;
                if (start >= v.size() || !v.isMention(start)) break;
                List<DocEntity> orgs = new ArrayList<>();
                partyReader.walkList(st, v, k + 1, v.size(), orgs, new ArrayList<>(), false);
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
            DocEntity e = PartyReader.state(st, v, k);
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
        return st.ref.place(city.country()).filter(c -> PartyReader.STATE_PLACE_TYPE.equals(c.placeType()))
                .map(c -> st.registry.place(c.name(), c)).orElse(null);
    }

    /** "with Spain", "with the Republic of Peru": the state right after "with", if any. */
    private static java.util.Optional<DocEntity> stateAfterWith(ArticleState st, SentenceView v, int from, int right) {
        for (int k = from; k + 1 < right; k++) {
            if (!v.word(k).equals("with")) continue;
            int j = k + 1;
            while (j < right && v.word(j).equals("the")) j++;
            return j < right ? java.util.Optional.ofNullable(PartyReader.state(st, v, j)) : java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /** Words of a date that may stand between a verb and its "between" list ("signed on Monday between"; a weekday is no DAT without an article date). */
    private static final Set<String> DATE_WORDS_BEFORE_LIST = Set.of("on", ",", "today", "yesterday", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

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
    private static final Set<String> JOINT_WORK_NOUNS = Lexicons.sharedWordSet("joint-work-nouns");

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
                    k = partyReader.walkList(st, v, k + 1, right, new ArrayList<>(), new ArrayList<>(), false) - 1;
                    continue;
                }
                // "..., with C acting as adviser", ", with C as guarantor": an absolute phrase about another role
                if (w.equals("with") && k > 0 && v.word(k - 1).equals(",") && absoluteWith(v, k + 1, right)) {
                    k = partyReader.walkList(st, v, k + 1, right, new ArrayList<>(), new ArrayList<>(), false) - 1;
                    continue;
                }
                int start = k + 1;
                while (start < right && v.word(start).equals("the")) start++;
                if (w.equals("with") && start < right && witnessAfterWith.contains(v.word(start))) {
                    k = partyReader.walkList(st, v, skipOf(v, start, right), right, a.witnesses, a.witnesses, true) - 1;
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
                // "signed between John Miller and Mary Jones, the chairmen of A and B (respectively)": the names are
                // who signed, the organizations after the plural post the sides
                int ofAt = w.equals("with") ? -1 : namesThenPluralPost(v, start, right);
                if (ofAt > 0) {
                    for (int j = start; j < ofAt; j++) {
                        if (!isType(v, j, MentionType.OTHER) && !isType(v, j, MentionType.PERSON)) continue;
                        int idx = v.parts.get(j);
                        if (isType(v, j, MentionType.OTHER) && !st.promote(v, idx, MentionType.PERSON)) continue;
                        DocEntity p = st.entity(v, idx);
                        if (p != null && !byPersons.contains(p)) byPersons.add(p);
                    }
                    int end = partyReader.walkList(st, v, ofAt + 1, right, objects, byPersons, false, false);
                    lists.add(new int[]{k + 1, end});
                    lastListEnd = end;
                    k = end - 1;
                    continue;
                }
                // "signed between Anna Berg, chief executive of A, and Bo Lind, chairman of B", "between A's chief
                // executive, Anna Berg and B's chairman, Bo Lind": a list of who signed, with their titles, as after "by"
                boolean signersListed = !w.equals("with") && start < right && (isType(v, start, MentionType.PERSON)
                        || start + 2 < right && v.isMention(start) && v.word(start + 1).equals("'s") && isType(v, start + 2, MentionType.TITLE));
                int end = partyReader.walkList(st, v, k + 1, right, objects, persons, signersListed, statesAllowed);
                // ("with Chile for collaboration between A and B": who cooperates, which the caller weighs against the states)
                if (lastListEnd >= 0 && w.equals("between") && COOPERATION_NOUNS.contains(v.word(k - 1)))
                    for (DocEntity o : objects.subList(named, objects.size())) if (!isState(o)) a.cooperationOrgs.add(o);
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
                    if (v.word(j).equals("including")) { k = partyReader.walkList(st, v, j + 1, right, objects, persons, false) - 1; break; }
                    if (v.isMention(j) && v.mentionAt(j).type() == MentionType.AGREEMENT) break;
                }
            } else if (w.equals("behalf") && k > 0 && v.word(k - 1).equals("on") && k + 1 < right && v.word(k + 1).equals("of")) {
                // "signed on behalf of the Danube Press Agency by its director ...": the party ("on behalf of the governments of
                // A and B", "on behalf of Kenya": states too)
                k = partyReader.walkList(st, v, k + 2, right, objects, byPersons, false, true) - 1;
            } else if (w.equals("by") && k > 0 && otherVerbBefore(st, v, k - 1)) {
                // "as reported by C", "announced by C", "a forum organised by C", "B, owned by C": the names after
                // this "by" did something else than sign
                k = partyReader.walkList(st, v, k + 1, right, new ArrayList<>(), new ArrayList<>(), true) - 1;
            } else if (w.equals("by") && !(k > 0 && (v.word(k - 1).equals("witnessed") || v.word(k - 1).equals("attended")))) {
                // "by X, director of the National Museum, on behalf of the Museums Authority": the title's
                // organization is not the party the signatory acts for
                List<DocEntity> byOrgs = new ArrayList<>();
                boolean forAnother = behalfOf(v, k, right);
                k = partyReader.walkList(st, v, k + 1, right, byOrgs, byPersons, true) - 1;
                if (!forAnother)
                    for (DocEntity o : byOrgs) if (!objects.contains(o)) { objects.add(o); if (!a.byListOrgs.contains(o)) a.byListOrgs.add(o); }
            } else if (w.equals("attended") && k + 1 < right && v.word(k + 1).equals("by")) {
                // "a signing ceremony attended by X, director of A, and Y": the persons who attended are witnesses,
                // their organizations no parties
                k = partyReader.walkList(st, v, k + 2, right, new ArrayList<>(), a.witnesses, true) - 1;
            } else if (w.equals("witnessed") && k + 1 < right && v.word(k + 1).equals("by")
                    || w.equals("presence") && k + 1 < right && v.word(k + 1).equals("of")) {
                // "signed in the presence of the mayor X by A and B": the witnesses end where "by" names who signed
                int byAt = k + 2;
                while (byAt < right && !v.word(byAt).equals("by")) byAt++;
                k = partyReader.walkList(st, v, k + 2, byAt, a.witnesses, a.witnesses, true) - 1;
            }
        }
    }

    /** The entities of {@code a}, then those of {@code b} not in {@code a}, each once. */
    private static List<DocEntity> union(List<DocEntity> a, List<DocEntity> b) {
        List<DocEntity> out = new ArrayList<>(a);
        for (DocEntity e : b) if (!out.contains(e)) out.add(e);
        return out;
    }

    /**
     * "John Miller and Mary Jones, the chairmen of A and B": untyped or personal names joined by commas and "and" from
     * {@code start}, a comma, an optional "the", a plural post (word set plural-titles) and "of": the part of that "of",
     * or -1.
     */
    private int namesThenPluralPost(SentenceView v, int start, int right) {
        int j = start, names = 0;
        while (j < right && (isType(v, j, MentionType.OTHER) || isType(v, j, MentionType.PERSON) || v.word(j).equals("and")
                || v.word(j).equals(",") && j + 1 < right && (isType(v, j + 1, MentionType.OTHER) || isType(v, j + 1, MentionType.PERSON) || v.word(j + 1).equals("and")))) {
            if (v.isMention(j)) names++;
            j++;
        }
        if (names < 2 || j >= right || !v.word(j).equals(",")) return -1;
        j++;
        if (j < right && v.word(j).equals("the")) j++;
        if (j + 1 >= right || v.isMention(j) || !pluralTitles.contains(v.word(j)) || !v.word(j + 1).equals("of")) return -1;
        return j + 1;
    }

    /** Words that open a relative clause after a comma ("B, which owns C,", "B, whose parent is C"). */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whose", "whom");
    /** Prepositions that may come before a relative pronoun ("B, in which C holds a stake"). */
    static final Set<String> RELATIVE_PREPOSITIONS = Set.of("in", "of", "under", "with", "for", "through", "by");

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
    private static final Set<String> DENIAL_VERBS = Lexicons.sharedWordSet("denial-verbs");

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

    /**
     * The plain word at {@code k} is the participle of another verb than a signing one ("reported", "organised",
     * "owned", "held"): a "by" after it names who did that, not who signed.
     */
    private static boolean otherVerbBefore(ArticleState st, SentenceView v, int k) {
        if (v.isMention(k)) return false;
        String w = v.word(k);
        // ("made" signs only with an indefinite object: "the proposal made by B" names who made it)
        if (st.lex.signingVerbs.containsKey(w) && !hasFlag(st.lex.signingVerbs.get(w), "indefinite") || w.equals("witnessed") || w.equals("attended")) return false;
        return PartyReader.pastVerbShaped(w);
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

    /** "the two countries", "the two nations", "the two states". */
    private static final Set<String> TWO_STATES = Lexicons.sharedWordSet("two-state-nouns");

    /** One copy of {@code a} for each group of parties, each with that group as its parties. */
    private static List<Drafts.Agreement> onePerGroup(Drafts.Agreement a, List<List<DocEntity>> groups) {
        List<Drafts.Agreement> out = new ArrayList<>();
        for (List<DocEntity> group : groups) {
            Drafts.Agreement b = copy(a);
            group.forEach(b::addParty);
            out.add(b);
        }
        return out;
    }

    /**
     * "the foreign ministries of the two countries", "the culture ministries of Russia and China", "education, health and
     * industry ministries of the two countries" before the verb at {@code verb}: field words and "ministries" opening the
     * clause, then the two states (named, or the two the article has named so far). For each field, the two states'
     * ministries of it ("Ministry of Foreign Affairs of Belarus"); none when the clause is not so.
     */
    private static List<List<DocEntity>> ministriesOfTwoStates(ArticleState st, SentenceView v, int left, int verb) {
        int k = left;
        while (k < verb && (v.word(k).equals("the") || v.word(k).equals("both"))) k++;
        List<String> fields = new ArrayList<>();
        for (; k < verb && !v.word(k).equals("ministries"); k++) {
            String w = v.word(k);
            if (v.isMention(k)) return List.of();
            if (w.equals(",") || w.equals("and")) continue;
            // (a field a minister's portfolio names; "Besides, education ... ministries": an opening adverb and its comma)
            boolean field = w.matches("[a-z][a-z-]+") && st.lex.portfolioFields.contains(Lexicons.normTitle(w));
            if (!field && fields.isEmpty() && k + 1 < verb && v.word(k + 1).equals(",") && w.matches("[a-z]+")) { k++; continue; }
            if (!field) return List.of();
            fields.add(w);
        }
        if (fields.isEmpty() || k + 1 >= verb || !v.word(k + 1).equals("of")) return List.of();
        int j = k + 2;
        while (j < verb && v.word(j).equals("the")) j++;
        List<DocEntity> states = new ArrayList<>();
        int end = verb;
        while (end > j && List.of("have", "has", "also").contains(v.word(end - 1))) end--;
        if (end - j == 2 && v.word(j).equals("two") && TWO_STATES.contains(v.word(j + 1))) {
            states.addAll(statesNamedSoFar(st, v));
        } else {
            for (int p = j; p < end; p++) {
                DocEntity e = PartyReader.state(st, v, p);
                if (e != null) states.add(e);
                else if (v.isMention(p) || !v.word(p).equals("and")) return List.of();
            }
        }
        if (states.size() != 2) return List.of();
        List<List<DocEntity>> out = new ArrayList<>();
        for (String field : fields) {
            String ministry = RelationReader.ministryName(st.lex, field);
            List<DocEntity> pair = new ArrayList<>();
            for (DocEntity state : states) pair.add(st.registry.orgCalled(ministry + " of " + (st.lex.takesThe(state.name) ? "the " : "") + state.name));
            out.add(pair);
        }
        return out;
    }

    /** The distinct states named (as places of the country type, not "Peru's") from the article's start up to sentence {@code v}. */
    private static List<DocEntity> statesNamedSoFar(ArticleState st, SentenceView v) {
        List<DocEntity> out = new ArrayList<>();
        for (SentenceView pv : st.views) {
            for (int k = 0; k < pv.size(); k++) {
                DocEntity e = PartyReader.state(st, pv, k);
                if (e == null && pv.isMention(k) && pv.mentionAt(k).type() == MentionType.PLACE && possessive(pv, k)) {
                    Mention m = pv.mentionAt(k);
                    if (m.known().map(kn -> PartyReader.STATE_PLACE_TYPE.equals(kn.placeType())).orElse(false)) e = st.registry.place(m);
                }
                if (e != null && !out.contains(e)) out.add(e);
            }
            if (pv == v) break;
        }
        return out;
    }

    /**
     * The two organizations named last before sentence {@code s} (nearest first), or fewer; a possessive or
     * appositive owner ("Coral Group's Delta Pictures", "B, a unit of C") and the source of a report
     * ("..., Coral Wire reported") are not sides.
     */
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

    /** Pair nouns that name no kind of organization ("the two sides", "the parties"; word set generic-pair-nouns). */
    private static final Set<String> GENERIC_PAIR_NOUNS = Lexicons.sharedWordSet("generic-pair-nouns");

    /**
     * The two organizations named last before sentence {@code s}, as above.
     *
     * @param kind "bank" for "the two banks signed": when a sentence names more than two organizations, the two
     *     whose names hold the word are the pair ("Coral Bank, Delta Bank and the Orion Trade Council met. The two
     *     banks signed"); null when the pair noun names no kind
     */
    private List<DocEntity> lastTwoOrganizations(ArticleState st, int s, int before, String kind) {
        // "the two universities": the two nearest whose names hold the word, when the text named two such before
        // (an acronym or another body named in between is not one of them)
        if (kind != null) {
            List<DocEntity> ofKind = new ArrayList<>();
            // (three of the kind in the sentence that completes the count leave "the two" unresolved, as below)
            for (int j = s; j >= 0 && ofKind.size() < 2; j--) {
                SentenceView pv = st.views.get(j);
                for (int k = (j == s ? before : pv.size()) - 1; k >= 0; k--) {
                    Mention m = pv.mentionAt(k);
                    if (m == null || m.type() != MentionType.ORG || possessive(pv, k) || PartyReader.ownerInDescription(pv, k) || PartyReader.supervisorAt(pv, k)) continue;
                    DocEntity e = st.entity(pv, pv.parts.get(k));
                    if (e != null && !ofKind.contains(e) && containsWords(e.name, kind)) ofKind.add(e);
                }
            }
            if (ofKind.size() > 2) return List.of();
            if (ofKind.size() == 2) return ofKind;
        }
        List<DocEntity> out = new ArrayList<>();
        for (int j = s; j >= 0 && out.size() < 2; j--) {
            SentenceView pv = st.views.get(j);
            // the sentence that names the sides names two; three or more leave "the two" unresolved
            for (int k = (j == s ? before : pv.size()) - 1; k >= 0; k--) {
                Mention m = pv.mentionAt(k);
                if (m == null || possessive(pv, k) || PartyReader.ownerInDescription(pv, k) || partyReader.reportSourceAt(pv, k) || PartyReader.supervisorAt(pv, k)) continue;
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
        if (PartyReader.joinedToOrganization(v, k)) return true;
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

    private static int skipOf(SentenceView v, int k, int right) {
        while (k < right && !v.word(k).equals("of")) k++;
        return k + 1;
    }

    /** A word of word-sets.tsv other-agreement-cues in the parts [{@code from}, {@code agr}) or in the agreement noun at {@code agr}. */
    private static boolean otherAgreementCue(ArticleState st, SentenceView v, int from, int agr) {
        Set<String> cues = st.lex.wordSet("other-agreement-cues");
        for (int j = from; j < agr; j++) if (!v.isMention(j) && cues.contains(v.word(j))) return true;
        for (String w : SPACES.split(v.mentionAt(agr).text().toLowerCase(java.util.Locale.ROOT))) if (cues.contains(w)) return true;
        return false;
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

    static boolean isType(SentenceView v, int k, MentionType t) {
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

    static boolean isState(DocEntity e) { return e.kind == EntityKind.PLACE; }

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
