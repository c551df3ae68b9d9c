package signet.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static signet.extract.MentionFinder.SPACES;
import static signet.extract.MentionFinder.put;
import static signet.extract.MentionFinder.span;
import static signet.extract.NameWords.isPossessive;
import static signet.extract.NameWords.nationalityShaped;

/**
 * Titles of a sentence ("Minister", "Chief Executive Officer", "executive vice-chairperson"), with
 * the portfolio that goes with them ("Minister of Agriculture and Food", "Agriculture Minister",
 * "Director (Finance)", "head of the international relations department"): the step of
 * {@link MentionFinder} after dates and known organizations, before agreement nouns and names.
 *
 * <p>Entry point {@link #findTitles}. In: the sentence's tokens and the table of what is taken so
 * far ({@code at[k]}, the mention holding token {@code k}, or null). Out: TITLE mentions, named by
 * their lower-cased words, put into the sentence's mentions and table ({@code out}, {@code at}).
 * A capitalised title word that closes a name ("Oriental Literature Publisher") or opens one
 * ("Premier Soccer League") is left to the name finder. {@link #portfolioMinistryHead} ("the Foreign
 * ministry") is also read by the run finder. Data: lexicons/titles.tsv and title-portfolios.tsv
 * through {@link Lexicons}, the word sets below, known places through {@link ReferenceData}.
 */
final class TitleFinder {

    /** Compass words that may open a place before a title: "Kestrel's West Africa Director". */
    private final Set<String> directions;
    /** Titles that also open organizations' names ("Premier Soccer League"): word-sets.tsv "name-opening-titles". */
    private final Set<String> nameOpeningTitles;
    /** word-sets.tsv "office-of-title-heads": "the Administration of the President of X" names a body, no post. */
    private final Set<String> officeOfTitleHeads;

    /** Words that make the title after them a part at an event, not a post: "keynote speaker", "guest editor". */
    private final Set<String> eventRoleWords;

    private final Lexicons lex;
    private final ReferenceData ref;
    private final NameWords kinds;

    /** "faculty", "department": a unit written in lower case, which field words before it name (word set lower-case-units). */
    private final Set<String> lowerCaseUnits;

    TitleFinder(Lexicons lex, ReferenceData ref, NameWords kinds) {
        this.lex = lex;
        this.ref = ref;
        this.kinds = kinds;
        this.directions = lex.wordSet("directions");
        this.lowerCaseUnits = lex.wordSet("lower-case-units");
        this.eventRoleWords = lex.wordSet("event-role-words");
        this.nameOpeningTitles = lex.wordSet("name-opening-titles");
        this.officeOfTitleHeads = lex.wordSet("office-of-title-heads");
    }

    void findTitles(List<Token> toks, Mention[] at, List<Mention> out) {
        int i = 0;
        while (i < toks.size()) {
            if (at[i] != null || !toks.get(i).isWord()) { i++; continue; }
            int end = titleEnd(toks, at, i);
            if (end < 0) { i++; continue; }
            if (i > 0 && eventRoleWords.contains(toks.get(i - 1).key())) { i = end; continue; }
            // the portfolio is part of the title: "Minister of Agriculture", "Agriculture Minister"
            // "Undersecretary of Defense for African Affairs": a portfolio may narrow another
            for (int chunk = 0; chunk < MAX_PORTFOLIO_CHUNKS; chunk++) {
                int e = portfolioAfter(toks, at, end);
                if (e == end) break;
                end = e;
            }
            int start = portfolioBefore(toks, at, i, end);
            if (start < i) i = start;
            // "Coral Media Group chairman": a modifier that is also an organization's head word ends the name before it
            while (i + 1 < end && lex.isAnyOrgHead(toks.get(i).key()) && kinds.isTitleMod(toks.get(i)) && i > 0 && at[i - 1] == null
                    && toks.get(i - 1).isCapitalized() && !toks.get(i - 1).key().equals("the")) i++;
            // "Oriental Literature Publisher, said": a capitalised title word closing a name is part of it
            boolean capitalised = toks.get(i).isCapitalized();
            boolean afterName = i > 0 && at[i - 1] == null && toks.get(i - 1).isCapitalized()
                    && !lex.commonWords.contains(toks.get(i - 1).key()) && !toks.get(i - 1).isAllCaps()
                    && !lex.demonyms.containsKey(toks.get(i - 1).key()) // "Saudi Ambassador to Kuwait" is a title
                    && !areaBeforeTitle(toks, at, i); // "Xinhua's West Africa Director, Mr X": a region the post covers
            boolean beforeName = end < toks.size() && (toks.get(end).isCapitalized() || kinds.honorificAt(toks, end) > 0
                    // "Meridian Radio Network President and CEO Karin Olsen": a list of titles goes on
                    || end + 1 < toks.size() && List.of("and", "&", ",").contains(toks.get(end).key()) && titleEnd(toks, at, end + 1) > 0);
            // "Communications Ministry Deputy Secretary-General (Strategic ...) Nik Kamaruzaman": a title after a head word
            if (!beforeName && end < toks.size() && toks.get(end).text().equals("(")) {
                int close = end;
                while (close < toks.size() && close < end + 12 && !toks.get(close).text().equals(")")) close++;
                beforeName = close + 1 < toks.size() && toks.get(close).text().equals(")") && toks.get(close + 1).isCapitalized();
            }
            boolean afterHead = i > 0 && lex.isAnyOrgHead(toks.get(i - 1).key());
            // "signed by Anna Berg CEO of Kestrel Telecom": a title with an "of" and a name after it is the
            // person's title, not the end of a name
            boolean ofName = end + 1 < toks.size() && toks.get(end).key().equals("of")
                    && (toks.get(end + 1).isCapitalized() || toks.get(end + 1).key().equals("the"));
            if (capitalised && afterName && !beforeName && !afterHead && !ofName) { i = end; continue; }
            if (capitalised && officeOfTitle(toks, i)) { i = end; continue; }
            if (capitalised && end == i + 1 && nameOpeningTitles.contains(toks.get(i).key()) && opensOrgName(toks, at, end)) { i = end; continue; }
            String text = span(toks, i, end);
            put(at, out, new Mention(MentionType.TITLE, i, end, toks.get(i).start(), toks.get(end - 1).end(), text,
                    SPACES.matcher(text.toLowerCase()).replaceAll(" "), Optional.empty(), null, null));
            i = end;
        }
    }

    /** "Office of the President", "Administration of the Prime Minister": a capitalised office head, "of the", the title at {@code i}. */
    private boolean officeOfTitle(List<Token> toks, int i) {
        return i >= 3 && toks.get(i - 1).key().equals("the") && toks.get(i - 2).key().equals("of")
                && toks.get(i - 3).isCapitalized() && officeOfTitleHeads.contains(toks.get(i - 3).key());
    }

    /**
     * A known place (a direction before it allowed) stands alone right before the title at {@code i}, after a possessive,
     * "the" or nothing: "Kestrel's West Africa Director", "the Nigeria Bureau Chief" (in "Kestrel Africa Director" the
     * place goes on a name).
     */
    private boolean areaBeforeTitle(List<Token> toks, Mention[] at, int i) {
        for (int s = Math.max(0, i - 3); s < i; s++) {
            Optional<Gazetteer.Match> p = at[s] == null ? ref.places().longestAt(toks, s) : Optional.empty();
            if (p.isEmpty() || p.get().to() != i) continue;
            int b = s;
            if (b > 0 && at[b - 1] == null && directions.contains(toks.get(b - 1).key()) && toks.get(b - 1).isCapitalized()) b--;
            return b == 0 || isPossessive(toks, b - 1) || toks.get(b - 1).key().equals("’s") || List.of("the", ",", "and").contains(toks.get(b - 1).key());
        }
        return false;
    }

    /** The most words a portfolio may have ("of the international relations and protocol department"). */
    private static final int MAX_PORTFOLIO = 6;
    /** The most "of/for" parts of one portfolio ("of defense for african affairs"). */
    private static final int MAX_PORTFOLIO_CHUNKS = 2;

    /** Whether the capitalised words from {@code k} end in an organization's head word ("Soccer League", "Bank"). */
    private boolean opensOrgName(List<Token> toks, Mention[] at, int k) {
        int j = k;
        while (j < toks.size() && at[j] == null && toks.get(j).isCapitalized() && j - k < 6) j++;
        return j > k && lex.isAnyOrgHead(toks.get(j - 1).key());
    }

    /**
     * End (exclusive) of a title whose head ends before {@code end}, with its portfolio after it:
     * "of agriculture and food", "of the Interior", "for international cooperation" (portfolio
     * words joined by "and" or commas, not followed by an organization's head word: "Director of
     * Culture Department" names a department), or "of the international relations department"
     * (lower-case words ending in a unit noun). The organization, if any, comes after.
     */
    private int portfolioAfter(List<Token> toks, Mention[] at, int end) {
        // "Director (Finance)", "Director Commercial, Coral Power": a bare portfolio right after the title
        if (end + 2 < toks.size() && toks.get(end).text().equals("(") && at[end + 1] == null) {
            int w = portfolioWordAt(toks, end + 1);
            if (w > 0 && end + 1 + w < toks.size() && toks.get(end + 1 + w).text().equals(")")) return end + 2 + w;
        }
        if (end + 1 < toks.size() && at[end] == null && toks.get(end).isCapitalized()) {
            int w = portfolioWordAt(toks, end);
            if (w > 0 && end + w < toks.size() && toks.get(end + w).text().equals(",")
                    && lex.portfolioLeadTitles.contains(Lexicons.normTitle(toks.get(end - 1).text()))) return end + w;
        }
        if (end + 1 >= toks.size() || !List.of("of", "for").contains(toks.get(end).key())) return end;
        int k = end + 1;
        if (toks.get(k).key().equals("the")) k++;
        // lower case words ending in a unit noun; a place may open them ("head of India market", "of the Asia desk")
        Optional<Gazetteer.Match> area = at[k] == null ? ref.places().longestAt(toks, k) : Optional.empty();
        int lower = area.isPresent() && area.get().to() < toks.size() && !toks.get(area.get().to()).isCapitalized() ? area.get().to() : k;
        for (int j = lower; j < Math.min(toks.size(), k + MAX_PORTFOLIO); j++) {
            Token t = toks.get(j);
            if (at[j] != null || !t.isWord() || t.isCapitalized()) break;
            if (lex.portfolioUnits.contains(t.key()) && j > k) return j + 1;
        }
        // portfolio words joined by "and", "&" or commas
        int last = -1;
        for (int j = k; j < Math.min(toks.size(), k + MAX_PORTFOLIO) && at[j] == null; ) {
            int w = portfolioWordAt(toks, j);
            // a region's affairs: "for African Affairs", "of Asian and African Affairs"
            if (w == 0 && lex.demonyms.containsKey(toks.get(j).key()) && j + 1 < toks.size()) w = portfolioWordAt(toks, j + 1) > 0 ? 1 : 0;
            // "for National Food Security and Research": an institutional adjective before a field word is part of the portfolio
            if (w == 0 && toks.get(j).isCapitalized() && kinds.nameAdjective(toks.get(j).key()) && j + 1 < toks.size() && at[j + 1] == null
                    && toks.get(j + 1).isCapitalized() && portfolioWordAt(toks, j + 1) > 0) w = 1;
            if (w > 0) { last = j + w; j += w; continue; }
            if (last == j && j + 1 < toks.size() && List.of("and", "&", ",").contains(toks.get(j).text())) { j++; continue; }
            break;
        }
        if (last < 0) return end;
        if (last < toks.size() && toks.get(last).isCapitalized() && lex.isAnyOrgHead(toks.get(last).key())) return end;
        // "head of the journalism faculty at ...": a lower-case unit after the field words makes them its name
        if (last < toks.size() && !toks.get(last).isCapitalized() && lowerCaseUnits.contains(toks.get(last).key())) return end;
        // "spokeswoman for the Foreign ministry": a lower-case ministry after the portfolio names a body
        if (toks.get(k).isCapitalized() && portfolioMinistryHead(toks, at, k, last) > 0) return end;
        // "general manager of Radio Television of Kestrel": a capitalised head with its own "of" names a body
        if (last + 1 < toks.size() && toks.get(last).key().equals("of") && toks.get(last - 1).isCapitalized()
                && lex.isAnyOrgHead(toks.get(last - 1).key()) && (toks.get(last + 1).isCapitalized() || toks.get(last + 1).key().equals("the"))) return end;
        return last;
    }

    /**
     * Start of a title whose head is at {@code i}, with the portfolio before it: "Agriculture
     * Minister", "Foreign and Expatriates Minister". Only titles that take a portfolio this way
     * (title-portfolios.tsv "lead"), and only after something that is not a name word: in "Tokyo
     * Energy Director" the words belong to a name; a nationality, even one no list knows
     * ("Ruritanian Foreign Minister"), is not a name word.
     */
    private int portfolioBefore(List<Token> toks, Mention[] at, int i, int end) {
        if (!lex.portfolioLeadTitles.contains(Lexicons.normTitle(toks.get(end - 1).text()))) return i;
        int first = i;
        for (int j = i - 1; j >= 0 && j >= i - MAX_PORTFOLIO && at[j] == null; j--) {
            String w = withoutTitleMods(Lexicons.normTitle(toks.get(j).text()));
            if (lex.portfolioFields.contains(w)) first = j;
            else if (j > 0 && at[j - 1] == null && lex.portfolioFields.contains(Lexicons.normTitle(toks.get(j - 1).text()) + " " + w)) first = --j;
            else if (first == j + 1 && lex.portfolioFields.contains(w + " " + Lexicons.normTitle(toks.get(j + 1).text()))) first = j;
            else if (!(first == j + 1 && first < i && List.of("and", "&").contains(toks.get(j).key()))) break;
        }
        if (first == i) return i;
        // its modifiers before it: "vice-foreign minister", "first deputy prime minister"
        while (first > 0 && at[first - 1] == null && (kinds.isTitleMod(toks.get(first - 1))
                || toks.get(first - 1).text().equals("-") && first > 1 && kinds.isTitleMod(toks.get(first - 2)))) first--;
        if (first == 0) return first;
        Token before = toks.get(first - 1);
        // ("Coral Bank Risk Director": an organization's head word or an acronym closes the name before the portfolio)
        boolean nameWord = at[first - 1] == null && before.isCapitalized() && !lex.commonWords.contains(before.key())
                && !lex.demonyms.containsKey(before.key()) && !RelationReader.looksNationality(before.key()) && !endsPlace(toks, first)
                && !lex.isOrgHead(before.key()) && !before.isAllCaps();
        return nameWord ? i : first;
    }

    /** "vice foreign" (the one token "Vice-Foreign") as "foreign": a hyphenated word may carry its modifiers. */
    private String withoutTitleMods(String folded) {
        int sp;
        while ((sp = folded.indexOf(' ')) > 0 && "mod".equals(lex.titles.get(folded.substring(0, sp)))) folded = folded.substring(sp + 1);
        return folded;
    }

    /** Words (1 or 2) of a portfolio phrase at j, or 0. */
    private int portfolioWordAt(List<Token> toks, int j) {
        if (!toks.get(j).isWord()) return 0;
        if (j + 1 < toks.size() && lex.portfolioFields.contains(Lexicons.normTitle(toks.get(j).text() + " " + toks.get(j + 1).text()))) return 2;
        return lex.portfolioFields.contains(Lexicons.normTitle(toks.get(j).text())) ? 1 : 0;
    }

    /** Whether a known place ends right before token {@code to}: "Belarus" in "Belarus Education Minister". */
    private boolean endsPlace(List<Token> toks, int to) {
        for (int s = Math.max(0, to - 3); s < to; s++) {
            Optional<Gazetteer.Match> p = ref.places().longestAt(toks, s);
            if (p.isPresent() && p.get().to() == to) return true;
        }
        return false;
    }

    /** End (exclusive) of a title starting at i: modifiers then a core title; -1 if none. */
    private int titleEnd(List<Token> toks, Mention[] at, int i) {
        int best = -1;
        int j = i;
        // modifiers and cores may chain: "executive vice-chairperson", "senior vice president"
        while (j < toks.size() && at[j] == null) {
            // every phrase tried below starts with this word's folded form, so a word that starts
            // no title phrase ends the title here (what the look-ups below would find)
            if (toks.get(j).isWord() && !lex.titleFirstWords.contains(Lexicons.firstWord(Lexicons.normTitle(toks.get(j).text())))) break;
            int coreEnd = -1;
            StringBuilder phrase = new StringBuilder();
            for (int k = j; k < Math.min(toks.size(), j + lex.longestTitle + 2); k++) {
                // ("Chairman & Managing Director": an ampersand inside a title phrase of lexicons/titles.tsv)
                if (at[k] != null || !toks.get(k).isWord() && !toks.get(k).text().equals("-") && !(toks.get(k).text().equals("&") && k > j)) break;
                if (toks.get(k).text().equals("-")) continue;
                if (phrase.length() > 0) phrase.append(' ');
                phrase.append(Lexicons.normTitle(toks.get(k).text()));
                String kind = lex.titles.get(phrase.toString());
                if ("core".equals(kind)) coreEnd = k + 1;
            }
            if (coreEnd > 0) {
                best = coreEnd;
                j = coreEnd;
                continue;
            }
            if ("mod".equals(lex.titles.get(Lexicons.normTitle(toks.get(j).text())))) { j++; continue; }
            break;
        }
        return best;
    }

    /**
     * The index of a lower-case "ministry" after the capitalised portfolio [from, j), with "affairs" between them when the
     * portfolio takes it ("Foreign ministry", "Home affairs ministry", "External affairs ministry"), or -1.
     */
    int portfolioMinistryHead(List<Token> toks, Mention[] at, int from, int j) {
        if (toks.get(from).key().equals("the")) from++;
        // ("the Ruritanian Foreign ministry": a nationality before the portfolio says whose)
        if (j - from >= 2 && (lex.demonyms.containsKey(toks.get(from).key()) || nationalityShaped(toks.get(from).key()))) from++;
        if (from >= j || j - from > 2) return -1;
        StringBuilder p = new StringBuilder();
        for (int k = from; k < j; k++) {
            if (!toks.get(k).isWord() || toks.get(k).isAllCaps()) return -1;
            p.append(k > from ? " " : "").append(toks.get(k).key());
        }
        int head = j;
        if (toks.get(j).key().equals("affairs") && j + 1 < toks.size()) {
            p.append(" affairs");
            head = j + 1;
        }
        if (head >= toks.size() || at[head] != null || !toks.get(head).key().equals("ministry") || toks.get(head).isCapitalized()) return -1;
        return lex.portfolioFields.contains(p.toString()) ? head : -1;
    }
}
