package signet.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import signet.extract.DocRegistry.DocEntity;

/**
 * Where and when a signing took place, read from its own clause (stage 4, part of reading a signing).
 *
 * <p>In: one sentence's view, the span of the clause that tells the signing ({@code left} to
 * {@code right}), the position of its signing word and agreement mention, and for the place the
 * article's dateline and gazetteer ({@link ArticleState}). Out: the date mention nearest the signing
 * ({@link #nearestDate}) or a year written as the agreement's modifier ({@link #yearBefore}), and the
 * place, set on the draft ({@link #placeOf}). Reports of the same signing in other sentences lend their
 * date and place later, in {@link SigningMerger}.
 */
final class SigningCircumstances {
    private static final java.util.regex.Pattern MODIFIER_YEAR = java.util.regex.Pattern.compile("(?:19[5-9]|20\\d)\\d");

    /** word-sets.tsv "ending-verbs": a date right after them ("expired last month") says when an agreement ends, not when it was signed. */
    private final Set<String> endingVerbs;
    /** speech-verbs.tsv ("said on Saturday"): when it was said, not when it was signed. */
    private final Set<String> speechVerbs;

    SigningCircumstances(Lexicons lex) {
        this.endingVerbs = lex.wordSet("ending-verbs");
        this.speechVerbs = lex.speechVerbs;
    }

    /** "A 2019 agreement between ...": a year written as the agreement's modifier is its date. */
    static signet.time.DateMention yearBefore(SentenceView v, int agr) {
        if (agr < 1 || v.isMention(agr - 1)) return null;
        String w = v.word(agr - 1);
        if (!MODIFIER_YEAR.matcher(w).matches()) return null;
        Mention m = v.mentionAt(agr);
        return new signet.time.DateMention(m.start(), m.start(), w, signet.time.PartialDate.ofYear(Integer.parseInt(w)), signet.time.DateBasis.STATED);
    }

    /**
     * The date of a signing: of the dates between {@code left} and {@code right}, the one nearest the
     * signing's word at {@code anchor}, skipping those of a relative clause after it, of an end ("until
     * 2026") and of a statement ("said on Saturday"); null when none is left.
     */
    signet.time.DateMention nearestDate(SentenceView v, int left, int right, int anchor) {
        signet.time.DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int k = left; k < right; k++) {
            // "signed a memorandum, which will be implemented next year": the relative clause's date is another event's
            int relEnd = k > anchor ? AgreementReader.relativeClauseEnd(v, k, right) : -1;
            if (relEnd >= 0) { k = relEnd; continue; }
            Mention m = v.mentionAt(k);
            if (m == null || m.type() != MentionType.DATE) continue;
            // "extends the exchange until 2026", "expired last month": when it ends, not when it was signed
            if (k >= 1 && List.of("until", "till", "through", "thru").contains(v.word(k - 1))) continue;
            boolean ending = false;
            for (int j = Math.max(0, k - 2); j < k; j++) ending |= endingVerbs.contains(v.word(j));
            if (ending) continue;
            // "..., the two broadcasters said on Saturday": when it was said, not when it was signed
            if (k >= 1 && speechVerbs.contains(v.word(k - 1)) || k >= 2 && v.word(k - 1).equals("on") && speechVerbs.contains(v.word(k - 2))) continue;
            int d = Math.abs(k - anchor);
            if (d < bestDist) { best = m.date(); bestDist = d; }
        }
        return best;
    }

    /** Nouns of a stay abroad: "during his visit to Peru" names where a signing took place. */
    private static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour");

    /** "during the president's visit", "on an official visit" (not "ahead of a visit", "after his trip"): the stay the signing was part of. */
    private static boolean duringVisit(SentenceView v, int left, int visit) {
        for (int j = visit - 1; j >= Math.max(left, visit - 7); j--) {
            String w = v.word(j);
            if (w.equals("during") || w.equals("on") || w.equals("amid")) return true;
            if (v.isMention(j) && !v.word(j).equals("PER") && !v.word(j).equals("TTL")) return false;
        }
        return false;
    }

    /**
     * The place of a signing, set on {@code a} (left unset when the clause names none): "here" (the dateline),
     * a venue named after its city, a city after "in"/"at" or visited ("during his visit to Brasilia"), else a
     * country after "in"/"at" near the signing word or visited, else the dateline's name after "in"/"at", else
     * an unknown name right after "signed in".
     * {@code verb} is the signing word, {@code agr} the agreement's mention (or the verb again).
     */
    /** How far before a name a "between" may open the list it is in. */
    private static final int BETWEEN_REACH = 6;

    /**
     * Whether the "in" at part {@code in} follows a name of a "between" list and says where that side is: a side before
     * the list goes on ("between Kesh Bank in Oslo and Tarn Steel"), or the last side when an earlier one has its place
     * too ("... and the Tarn Institute in Chile"); not "between A and B in New Delhi", where the signing was.
     */
    private static boolean placeOfListedSide(SentenceView v, int left, int in) {
        if (!nameBefore(v, in)) return false;
        int between = -1;
        for (int b = in - 2; b >= left && between < 0; b--) if (v.word(b).equals("between")) between = b;
        if (between < 0) return false;
        String after = in + 2 < v.size() ? v.word(in + 2) : "";
        if ((after.equals("and") || after.equals(",")) && in - 1 - between <= BETWEEN_REACH) return true;
        for (int k = between + 1; k < in - 1; k++) if (v.word(k).equals("in") && nameBefore(v, k)) return true;
        return false;
    }

    /** Whether an organization's (or untyped) name ends right before part {@code k}. */
    private static boolean nameBefore(SentenceView v, int k) {
        if (k < 1 || !v.isMention(k - 1)) return false;
        MentionType t = v.mentionAt(k - 1).type();
        return t == MentionType.ORG || t == MentionType.OTHER;
    }

    void placeOf(ArticleState st, SentenceView v, int left, int right, int verb, int agr, Drafts.Agreement a) {
        DocEntity country = null, visited = null;
        int anchor = Math.max(verb, agr);
        for (int k = left; k < right; k++) {
            String w = v.word(k);
            if (w.equals("here") && st.datelinePlace.isPresent()) {
                a.place = st.registry.place(st.datelinePlace.get().name(), st.datelinePlace.get());
                return;
            }
            Mention m = v.mentionAt(k);
            if (m == null) continue;
            // "during a meeting at the Velsk International Book Fair": a venue named after its city says where
            if ((m.type() == MentionType.ORG || m.type() == MentionType.OTHER) && k >= 1 && (v.word(k - 1).equals("at")
                    || k >= 2 && v.word(k - 1).equals("the") && v.word(k - 2).equals("at"))) {
                Optional<Gazetteer.Match> city = st.ref.places().longestAt(v.tokens, m.from());
                if (city.isPresent() && city.get().to() < m.to() && city.get().entity().isCity()) {
                    a.place = st.registry.place(city.get().entity().name(), city.get().entity());
                    return;
                }
            }
            if (m.type() != MentionType.PLACE) continue;
            if (AgreementReader.possessive(v, k)) continue;
            // "signed ... during the president's visit to Brazil": the place visited is where it was signed
            if (k >= 2 && v.word(k - 1).equals("to") && VISIT_NOUNS.contains(v.word(k - 2)) && k > anchor && duringVisit(v, left, k - 2)) {
                DocEntity e = st.registry.place(m);
                if (e.isCity() || e.known == null) { a.place = e; return; }
                if (visited == null) visited = e;
                continue;
            }
            int j = k - 1;
            int words = 0;
            // "in the central Iranian city of Isfahan", "at Coex in Gangnam District, southern Seoul"
            while (j >= left && (!v.isMention(j) || v.word(j).equals("OTH")) && !List.of("in", "at").contains(v.word(j)) && words < 7) { j--; words++; }
            if (j < left || !List.of("in", "at").contains(v.word(j))) continue;
            // "signed between Kesh Bank in Oslo and Tarn Steel": "in" right after a party's name says where that one is
            if (j == k - 1 && placeOfListedSide(v, left, j)) continue;
            DocEntity e = st.registry.place(m);
            if (e.isCity() || e.known == null) {
                a.place = e;
                return;
            }
            if (country == null && Math.abs(j - anchor) <= 4) country = e;
        }
        if (country == null) country = visited;
        if (country != null) {
            a.place = country;
            return;
        }
        // "KELM -- ... signed an agreement on trade in Kelm": a name after "in" that the dateline gives as a place
        String city = st.article.dateline().map(String::strip).orElse("");
        if (!city.isEmpty()) {
            for (int k = Math.max(left, 1); k < right; k++) {
                Mention m = v.mentionAt(k);
                if (m == null || m.type() != MentionType.OTHER || !List.of("in", "at").contains(v.word(k - 1))) continue;
                if (m.text().strip().equalsIgnoreCase(city)) {
                    a.place = st.registry.place(m.name(), st.datelinePlace.orElse(null));
                    return;
                }
            }
        }
        // "was inked in Dodoma": a name no gazetteer lists, right after the verb and "in", is the place
        for (int k = Math.max(left, verb + 1); k < Math.min(right, verb + 5); k++) {
            Mention m = v.mentionAt(k);
            if (m == null || m.type() != MentionType.OTHER || !v.word(k - 1).equals("in")) continue;
            if (m.to() - m.from() > 3 || m.name().startsWith(MentionFinder.ANAPHOR)) continue;
            // "signed a trade accord in May" (an article with no date to read the month against): a month is no place
            if (st.lex.monthNames.contains(Token.fold(m.text().strip()))) continue;
            a.place = st.registry.place(m.name(), null);
            return;
        }
    }
}
