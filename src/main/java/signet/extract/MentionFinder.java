package signet.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import signet.lexicon.TsvResource;
import signet.time.DateContext;
import signet.time.DateFinder;
import signet.time.DateMention;

/**
 * Finds the typed spans of one sentence, in a fixed order that lets the more certain evidence
 * win: dates, then known organizations, titles, agreement nouns, quoted works, then the remaining
 * capitalised runs, which are split and classified by their shape (organization head words,
 * places, nationality adjectives) and by their neighbours (titles, honorifics, verbs of saying).
 * What stays unexplained is kept as {@link MentionType#OTHER} for the document-level pass.
 */
final class MentionFinder {
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"\\n]{1,80})[”\"]");
    private final Set<String> workNouns;
    /** Head words that only give a known name its legal form: "Kabar Agency" is Kabar News Agency. */
    private final Set<String> legalForms;
    /** Words that end an agreement noun's modifiers on the left: "signed [a] [cooperation agreement]". */
    private final Set<String> determiners;
    private final Set<String> governmentMissions;
    /** Heads whose name goes on with "in" and a place: "Chamber of Commerce in Kestrelia", "Embassy of Ruritania in Freedonia". */
    private final Set<String> tailInHeads;
    /** Heads whose "of <place>" complement may be followed by "on" and fields: "State Committee of Freedonia on Television". */
    private final Set<String> tailOnHeads;
    /** Heads of a generic part joined by "and" to the same name: "Chamber of Commerce and Sectoral Association". */
    private final Set<String> joinedHeads;
    /** Heads that close a name of fields written in lower case: "Kyrgyzstan Radio and Television corporation". */
    private final Set<String> lowerCaseHeads;
    /** Heads of a branch written after its organization and a spaced dash: "... - Ningxia Sub-Council". */
    private final Set<String> dashUnitHeads;
    /** Plural nouns naming a body's members, which share the head after them: "Publishers & Booksellers Guild". */
    private final Set<String> memberNouns;
    /** Endings of adjectives in institution names that make no proper name ("Sectoral", "Medical"). */
    private final List<String> nameAdjectiveEndings;
    /** Name prefix of a mention that refers back to an organization by its head word ("the Union"). */
    static final String ANAPHOR = "the:";
    private final Set<String> directions;
    /** Lower-case words that may join the words of one name: "Radio y Television Argentina", "Radio e Televisione". */
    private final Set<String> nameConnectors;
    /** Words that open a name in the languages that put the head first: "Instituto Cervantes", "JSC Kestrel". */
    private final Set<String> leadingHeads;
    /** Lower-case words that join a name only after a leading head: "Banco do Brasil", "Agence des Presses". */
    private final Set<String> leadingHeadConnectors;
    /** Capitalised descriptors before a name that are not part of it: "News Agency ANSA". */
    private final Set<String> detachedDescriptors;
    /** Words of institution names that are not proper names ("Accounts Chamber", "State Control Committee"). */
    private final Set<String> genericNameWords;
    /** Heads of a country's public bodies, which a possessive place names: "Norway's Film Fund". */
    private final Set<String> publicBodyHeads;
    /** Words that label a credit line: "Photo:", "Source:", "Courtesy of", "/File Photo". */
    private final Set<String> creditMarkers;
    /** Legal forms written after a comma or a parenthesised country: "Kestrel Media, Inc.", "Kestrel (UK) Limited". */
    private final Set<String> legalSuffixes;
    /** Owners whose possessive opens an institution's name: "People's Bank", "Workers' Union". */
    private final Set<String> possessiveNameWords;
    /** Lower-case area nouns that close a place inside an organization's name: "Department of the North Kestrel region". */
    private final Set<String> areaNouns;
    /** Endings of abstract nouns that name a field ("Promotion", "Development", "Governance"). */
    private final List<String> abstractEndings;
    /** Month names and their abbreviations (lexicons/dates-months.tsv), folded: a run made of a month and numbers is a date. */
    private final Set<String> months;
    /** Full weekday names (lexicons/dates-weekdays.tsv), folded: "on Monday" is no complement of a name. */
    private final Set<String> weekdays;
    /** Countries that are also persons' names ("Jordan"): a name ending in one may still be a person. */
    private final Set<String> countryPersonNames;
    /** Titles that also open organizations' names ("Premier Soccer League"): word-sets.tsv "name-opening-titles". */
    private final Set<String> nameOpeningTitles;

    private final Lexicons lex;
    private final ReferenceData ref;
    private final DateFinder dates;
    private final Tokenizer tokenizer = new Tokenizer();

    MentionFinder(Lexicons lex, ReferenceData ref, DateFinder dates) {
        this.lex = lex;
        this.ref = ref;
        this.dates = dates;
        this.workNouns = lex.wordSet("work-nouns");
        this.legalForms = lex.wordSet("legal-forms");
        this.determiners = lex.wordSet("determiners");
        this.governmentMissions = lex.wordSet("government-missions");
        this.tailInHeads = lex.wordSet("name-tail-in");
        this.tailOnHeads = lex.wordSet("name-tail-on");
        this.joinedHeads = lex.wordSet("joined-heads");
        this.lowerCaseHeads = lex.wordSet("lower-case-heads");
        this.dashUnitHeads = lex.wordSet("dash-unit-heads");
        this.memberNouns = lex.wordSet("member-nouns");
        this.nameAdjectiveEndings = List.copyOf(lex.wordSet("name-adjective-endings"));
        this.directions = lex.wordSet("directions");
        this.nameConnectors = lex.wordSet("name-connectors");
        this.leadingHeads = lex.wordSet("leading-heads");
        this.leadingHeadConnectors = lex.headConnectors;
        this.detachedDescriptors = lex.wordSet("detached-descriptors");
        this.genericNameWords = lex.wordSet("generic-name-words");
        this.publicBodyHeads = lex.wordSet("public-body-heads");
        this.creditMarkers = lex.wordSet("credit-markers");
        this.legalSuffixes = lex.wordSet("legal-suffixes");
        this.possessiveNameWords = lex.wordSet("possessive-name-words");
        this.areaNouns = lex.wordSet("area-nouns");
        this.abstractEndings = List.copyOf(lex.wordSet("abstract-noun-endings"));
        this.months = TsvResource.table("lexicons/dates-months.tsv", 3).stream()
                .map(r -> Token.fold(r[0])).collect(Collectors.toUnmodifiableSet());
        this.weekdays = TsvResource.table("lexicons/dates-weekdays.tsv", 3).stream()
                .filter(r -> r[2].equals("full")).map(r -> Token.fold(r[0])).collect(Collectors.toUnmodifiableSet());
        this.countryPersonNames = lex.wordSet("country-person-names");
        this.nameOpeningTitles = lex.wordSet("name-opening-titles");
        this.lowerCaseUnits = lex.wordSet("lower-case-units");
        this.referringHeads = lex.wordSet("referring-heads");
        this.definite = new DefiniteReference(lex, ref);
        this.personOpeners = lex.wordSet("person-openers");
        this.eventRoleWords = lex.wordSet("event-role-words");
        this.pluralDescriptorEnds = lex.orgDescriptors.stream().map(d -> plural(d.get(d.size() - 1))).collect(Collectors.toUnmodifiableSet());
        this.pluralOneWordDescriptors = lex.orgDescriptors.stream().filter(d -> d.size() == 1).map(d -> plural(d.get(0))).collect(Collectors.toUnmodifiableSet());
    }

    /** Words that make the title after them a part at an event, not a post: "keynote speaker", "guest editor". */
    private final Set<String> eventRoleWords;

    /** Abbreviated honorifics that open a person even inside a capitalised run: "Kestrel Telecom Dr Anna Berg". */
    private final Set<String> personOpeners;

    /** The tokens and mentions of one sentence. Immutable: both extraction rounds read the same result. */
    record Result(List<Token> tokens, List<Mention> mentions) {
        Result {
            tokens = List.copyOf(tokens);
            mentions = List.copyOf(mentions);
        }
    }

    Result find(String sentence, int base, DateContext ctx) {
        List<Token> toks = tokenizer.tokenize(sentence, base);
        Mention[] at = new Mention[toks.size()];
        List<Mention> out = new ArrayList<>();
        findDates(sentence, base, ctx, toks, at, out);
        findKnownOrgs(toks, at, out);
        findTitles(toks, at, out);
        findAgreementNouns(toks, at, out);
        findWorks(sentence, base, toks, at, out);
        findNames(toks, at, out);
        findLowerCaseUnits(toks, at, out);
        findHeadReferences(toks, at, out);
        out.sort(Comparator.comparingInt(Mention::from));
        return new Result(toks, absorbParentheticals(toks, joinDashedUnits(toks, joinQuotedNames(toks, dropCredits(toks, out)))));
    }

    // ---- dates ----

    private void findDates(String sentence, int base, DateContext ctx, List<Token> toks, Mention[] at, List<Mention> out) {
        for (DateMention d : dates.find(sentence, base, ctx)) {
            int from = -1, to = -1;
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (t.start() >= d.start() && t.end() <= d.end()) {
                    if (from < 0) from = i;
                    to = i + 1;
                }
            }
            if (from < 0 || taken(at, from, to)) continue;
            put(at, out, new Mention(MentionType.DATE, from, to, toks.get(from).start(), toks.get(to - 1).end(),
                    d.text(), d.text(), Optional.empty(), d, null));
        }
    }

    // ---- known organizations ----

    private void findKnownOrgs(List<Token> toks, Mention[] at, List<Mention> out) {
        for (int i = 0; i < toks.size(); i++) {
            if (at[i] != null) continue;
            Optional<Gazetteer.Match> m = ref.organizations().longestAt(toks, i);
            if (m.isEmpty()) continue;
            int from = m.get().from(), to = m.get().to();
            if (taken(at, from, to)) continue;
            // "ABU DHABI": a known acronym inside a run of capitals is not that organization
            if (to - from == 1 && toks.get(from).isAllCaps() && (to < toks.size() && toks.get(to).isAllCaps() && toks.get(to).isWord()
                    || from > 0 && toks.get(from - 1).isAllCaps() && toks.get(from - 1).isWord())) continue;
            // "Somali National News Agency": a known name inside a longer name is not that organization
            // ("the Italian News Agency ANSA" names ANSA: the words before it describe it)
            if (from > 0 && at[from - 1] == null && !detachedDescriptorBefore(toks, from) && toks.get(from - 1).isCapitalized() && !lex.commonWords.contains(toks.get(from - 1).key())
                    && !lex.demonyms.containsKey(toks.get(from - 1).key()) && !isTitleWord(toks.get(from - 1))
                    && honorificAt(toks, from - 1) == 0) continue;
            // "Kabar Agency": a known name followed by a legal-form head is still that organization;
            // "BBC Studios", "RT Arabic Network": followed by other name words it is a different one.
            int runEnd = to;
            while (runEnd < toks.size() && at[runEnd] == null && toks.get(runEnd).isCapitalized() && !isTitleWord(toks.get(runEnd))) runEnd++;
            if (runEnd > to) {
                int legal = to;
                while (legal < runEnd && legalForms.contains(toks.get(legal).key())) legal++;
                boolean runEndsInHead = lex.isAnyOrgHead(toks.get(runEnd - 1).key());
                // "AGERPRES Romanian National News Agency": a nationality and kind after the name describe it
                boolean description = lex.demonyms.containsKey(toks.get(to).key()) && runEndsInHead;
                for (int k = to + 1; k < runEnd && description; k++) {
                    String w = toks.get(k).key();
                    description = lex.isAnyOrgHead(w) || lex.commonWords.contains(w) || lex.notNamesAlone.contains(w);
                }
                if (legal == runEnd || !runEndsInHead || description) to = description ? runEnd : legal; // "Kabar Agency", "Kabar Agency Mederbek ..."
                else continue;                                           // leave "BBC Studios" to the name finder
            }
            // "the Italian News Agency ANSA": the descriptor (and a nationality before it) goes with the name
            from = descriptorStart(toks, at, from);
            String text = span(toks, from, to);
            put(at, out, new Mention(MentionType.ORG, from, to, toks.get(from).start(), toks.get(to - 1).end(),
                    text, m.get().entity().name(), Optional.of(m.get().entity()), null, null));
            i = to - 1;
        }
    }

    // ---- titles ----

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
                    || lex.demonyms.containsKey(w) || isTitleWord(t) || !w.chars().allMatch(Character::isLetter)) return from;
        }
        if (ref.places().longestAt(toks, from).isPresent() || ref.places().longestAt(toks, from + 1).isPresent()) return from;
        return of;
    }

    private boolean isTitleWord(Token t) {
        return lex.titles.containsKey(Lexicons.normTitle(t.text()));
    }

    private void findTitles(List<Token> toks, Mention[] at, List<Mention> out) {
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
            while (i + 1 < end && lex.isAnyOrgHead(toks.get(i).key()) && isTitleMod(toks.get(i)) && i > 0 && at[i - 1] == null
                    && toks.get(i - 1).isCapitalized() && !toks.get(i - 1).key().equals("the")) i++;
            // "Oriental Literature Publisher, said": a capitalised title word closing a name is part of it
            boolean capitalised = toks.get(i).isCapitalized();
            boolean afterName = i > 0 && at[i - 1] == null && toks.get(i - 1).isCapitalized()
                    && !lex.commonWords.contains(toks.get(i - 1).key()) && !toks.get(i - 1).isAllCaps()
                    && !lex.demonyms.containsKey(toks.get(i - 1).key()) // "Saudi Ambassador to Kuwait" is a title
                    && !areaBeforeTitle(toks, at, i); // "Xinhua's West Africa Director, Mr X": a region the post covers
            boolean beforeName = end < toks.size() && (toks.get(end).isCapitalized() || honorificAt(toks, end) > 0
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
            if (capitalised && end == i + 1 && nameOpeningTitles.contains(toks.get(i).key()) && opensOrgName(toks, at, end)) { i = end; continue; }
            String text = span(toks, i, end);
            put(at, out, new Mention(MentionType.TITLE, i, end, toks.get(i).start(), toks.get(end - 1).end(), text,
                    SPACES.matcher(text.toLowerCase()).replaceAll(" "), Optional.empty(), null, null));
            i = end;
        }
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

    /**
     * End (exclusive) of a title whose head ends before {@code end}, with its portfolio after it:
     * "of agriculture and food", "of the Interior", "for international cooperation" (portfolio
     * words joined by "and" or commas, not followed by an organization's head word: "Director of
     * Culture Department" names a department), or "of the international relations department"
     * (lower-case words ending in a unit noun). The organization, if any, comes after.
     */
    /** Whether the capitalised words from {@code k} end in an organization's head word ("Soccer League", "Bank"). */
    private boolean opensOrgName(List<Token> toks, Mention[] at, int k) {
        int j = k;
        while (j < toks.size() && at[j] == null && toks.get(j).isCapitalized() && j - k < 6) j++;
        return j > k && lex.isAnyOrgHead(toks.get(j - 1).key());
    }

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
            if (w == 0 && toks.get(j).isCapitalized() && nameAdjective(toks.get(j).key()) && j + 1 < toks.size() && at[j + 1] == null
                    && toks.get(j + 1).isCapitalized() && portfolioWordAt(toks, j + 1) > 0) w = 1;
            if (w > 0) { last = j + w; j += w; continue; }
            if (last == j && j + 1 < toks.size() && List.of("and", "&", ",").contains(toks.get(j).text())) { j++; continue; }
            break;
        }
        if (last < 0) return end;
        if (last < toks.size() && toks.get(last).isCapitalized() && lex.isAnyOrgHead(toks.get(last).key())) return end;
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
        while (first > 0 && at[first - 1] == null && (isTitleMod(toks.get(first - 1))
                || toks.get(first - 1).text().equals("-") && first > 1 && isTitleMod(toks.get(first - 2)))) first--;
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

    private boolean isTitleMod(Token t) {
        return "mod".equals(lex.titles.get(Lexicons.normTitle(t.text())));
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

    /** An honorific at {@code i} with a capitalised word after it ("Dr. Anna"; not "He will"). */
    private boolean honorificBeforeName(List<Token> toks, int i) {
        int h = honorificAt(toks, i);
        return h > 0 && i + h < toks.size() && toks.get(i + h).isCapitalized();
    }

    /** The length of the honorifics at {@code i}, one after another ("Prof. Dr. Anna Berg", "H.E. Dr Anna Berg"); 0 when none. */
    private int honorificAt(List<Token> toks, int i) {
        // "Prof. Dr. Hans Weber", "H.E. Dr. Anna Berg": honorifics in a row are all before the name
        int all = 0;
        for (int h = oneHonorificAt(toks, i); h > 0; h = oneHonorificAt(toks, i + all)) all += h;
        return all;
    }

    private int oneHonorificAt(List<Token> toks, int i) {
        if (i >= toks.size()) return 0;
        // "ING Bank", "MAG said": a word in capitals of three letters is a name, not "Ing." or "Mag."
        Token first = toks.get(i);
        if (first.isAllCaps() && first.text().length() >= 3 && first.text().indexOf('.') < 0) return 0;
        StringBuilder p = new StringBuilder();
        int best = 0;
        for (int k = i; k < Math.min(toks.size(), i + 2 * lex.longestHonorific + 2); k++) {
            String t = toks.get(k).key().replace(".", "");
            if (t.isEmpty()) {
                if (best == k - i) best = k - i + 1; // swallow the period after "Dr"
                continue;
            }
            if (p.length() > 0) p.append(' ');
            p.append(t);
            if (lex.honorifics.contains(p.toString())) best = k - i + 1;
        }
        if (best > 0 && i + best < toks.size() && toks.get(i + best).text().equals(".")) best++;
        return best;
    }

    // ---- agreement nouns ----

    private void findAgreementNouns(List<Token> toks, Mention[] at, List<Mention> out) {
        for (int i = 0; i < toks.size(); i++) {
            if (at[i] != null || !toks.get(i).isWord()) continue;
            // the phrases looked up below all start with this word: skip words that start none
            if (!lex.agreementNounFirstWords.contains(Lexicons.firstWord(toks.get(i).key()))) continue;
            int end = -1;
            String flag = null;
            StringBuilder p = new StringBuilder();
            for (int k = i; k < Math.min(toks.size(), i + lex.longestAgreementNoun); k++) {
                if (at[k] != null) break;
                if (p.length() > 0) p.append(' ');
                p.append(toks.get(k).key());
                String f = lex.agreementNouns.get(p.toString());
                if (f != null) { end = k + 1; flag = f; }
            }
            if (end < 0) continue;
            // "document" only counts when it refers back: "the document", "The document"
            if ("anaphor".equals(flag) && (i == 0 || !List.of("the", "this").contains(toks.get(i - 1).key()))) continue;
            int from = i;
            // modifiers before the noun: "News Exchange and Cooperation Agreement", "co-development deal"
            while (from > 0 && from > i - 6 && at[from - 1] == null && toks.get(from - 1).isWord()
                    && !determiners.contains(toks.get(from - 1).key()) && !lex.signingVerbs.containsKey(toks.get(from - 1).key())
                    && !toks.get(from - 1).isDigit()) from--;
            while (from < i && toks.get(from).key().equals("and")) from++;
            // complements after it: "on strategic cooperation", "on News Exchange and Cooperation"
            if (end < toks.size() - 1 && List.of("on", "of", "for").contains(toks.get(end).key())) {
                int k = end + 1, last = -1;
                while (k < toks.size() && k < end + 6 && at[k] == null && toks.get(k).isWord()
                        && (lex.fieldNouns.contains(toks.get(k).key()) || List.of("strategic", "and", "news", "exchange", "cooperation", "co-operation", "collaboration", "understanding", "partnership", "content", "mutual").contains(toks.get(k).key()))) {
                    if (!toks.get(k).key().equals("and")) last = k + 1;
                    k++;
                }
                if (last > 0) end = last;
            }
            String text = span(toks, from, end);
            put(at, out, new Mention(MentionType.AGREEMENT, from, end, toks.get(from).start(), toks.get(end - 1).end(),
                    text, flag == null ? "" : flag, Optional.empty(), null, null));
            i = end - 1;
        }
    }

    // ---- works ----

    private void findWorks(String sentence, int base, List<Token> toks, Mention[] at, List<Mention> out) {
        Matcher m = QUOTED.matcher(sentence);
        while (m.find()) {
            String inner = m.group(1).strip();
            if (inner.isEmpty() || !Character.isUpperCase(inner.charAt(0)) || SPACES.split(inner).length > 10) continue;
            int s = base + m.start(1), e = base + m.end(1);
            int from = -1, to = -1;
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).start() >= s && toks.get(i).end() <= e) {
                    if (from < 0) from = i;
                    to = i + 1;
                }
            }
            if (from < 0) continue;
            boolean cue = false;
            for (int k = Math.max(0, from - 5); k < from; k++) if (workNouns.contains(toks.get(k).key())) cue = true;
            if (taken(at, from, to)) continue;
            // JSC “Channel One”, the “Interfax” agency: a quoted name next to an organization word
            boolean orgCue = false;
            for (int k = Math.max(0, from - 3); k < from; k++) orgCue |= lex.isAnyOrgHead(toks.get(k).key()) || toks.get(k).key().equals("company");
            for (int k = to; k < Math.min(toks.size(), to + 3); k++) orgCue |= !toks.get(k).isCapitalized() && lex.isOrgHead(toks.get(k).key());
            if (orgCue && !cue && SPACES.split(inner).length <= 5) {
                String name = FINAL_COMMA_OR_DOT.matcher(span(toks, from, to)).replaceAll("");
                int end = to;
                put(at, out, new Mention(MentionType.ORG, from, to, toks.get(from).start(), toks.get(to - 1).end(), name, name,
                        ref.organizations().longestAt(toks, from).filter(g -> g.to() == end).map(Gazetteer.Match::entity), null, null));
                continue;
            }
            if (!cue) continue;
            String text = FINAL_COMMA_OR_DOT.matcher(span(toks, from, to)).replaceAll("");
            put(at, out, new Mention(MentionType.WORK, from, to, toks.get(from).start(), toks.get(to - 1).end(), text,
                    text, Optional.empty(), null, null));
        }
    }

    // ---- capitalised runs ----

    private void findNames(List<Token> toks, Mention[] at, List<Mention> out) {
        int i = 0;
        while (i < toks.size()) {
            // "Martin Novak, Ph.D., director of ...": a degree after a name and a comma belongs to that person
            int degree = postNominalAt(toks, at, i);
            if (degree > i) { absorbPostNominal(toks, at, out, at[i - 2], degree); i = degree; continue; }
            if (at[i] != null || !startsName(toks, i)) { i++; continue; }
            int j = i + 1;
            int lastCap = i + 1;
            int placeEnd = knownPlaceEnd(toks, at, i);
            int lowerHead = -1, ministry = -1;
            while (j < toks.size() && at[j] == null) {
                Token t = toks.get(j);
                // "Côte d'Ivoire", "Dar es Salaam", "Saint Vincent and the Grenadines": a known place keeps its small words
                if (j < placeEnd) { j++; lastCap = j; continue; }
                if (t.isCapitalized()) placeEnd = knownPlaceEnd(toks, at, j);
                // "Diplomat The Kestrel Institute": a capitalised "The" inside a run opens the next name (a headline ran into it)
                if (t.text().equals("The") && !toks.get(j - 1).key().equals("of")) break;
                // "Kestrel University Signs Memorandum": a headline's capitalised verb after a head ends the name
                if (lex.headlineVerbs.contains(t.key()) && t.key().endsWith("s") && lex.isAnyOrgHead(toks.get(j - 1).key())) break;
                // "Kestrel Holdings for 410 million": a number after "for" is an amount, not part of the name
                if (t.isDigit() && toks.get(j - 1).key().equals("for")) break;
                if (t.isCapitalized() || (t.isDigit() && j > i)) { lastCap = j + 1; j++; continue; }
                // "Kestrel Leasing sp. z o.o.", "Coral Film s.r.o.": a legal form of another language in lower case ends the name
                int legal = lastCap == j ? lowerLegalFormEnd(toks, at, j) : -1;
                if (legal > j) { j = legal; lastCap = legal; break; }
                String k = t.key();
                // "Co.", "Dr.", and a middle initial: "Mohammed A. Al-Hashimi"
                boolean initial = toks.get(j - 1).text().length() == 1 && Character.isUpperCase(toks.get(j - 1).text().charAt(0))
                        && j + 1 < toks.size() && toks.get(j + 1).isCapitalized();
                boolean abbrevDot = k.equals(".") && j > i && (isAbbrev(toks.get(j - 1).key()) || lex.honorifics.contains(toks.get(j - 1).key()) || initial
                        || lex.lowerLegalForms.contains(toks.get(j - 1).key() + ".")); // "Kestrel Media Kft."
                if (abbrevDot) {
                    lastCap = j + 1;
                    // "... of Kestrel Media Co. He will be replaced": a sentence the splitter kept glued starts after the dot
                    // ("Prof. Dr. Anna Berg": a second honorific goes on with the name)
                    if (j + 1 < toks.size() && toks.get(j + 1).isCapitalized() && lex.commonWords.contains(toks.get(j + 1).key())
                            && !lex.isOrgHead(toks.get(j + 1).key()) && !initial
                            && !lex.honorifics.contains(toks.get(j - 1).key()) && !honorificBeforeName(toks, j + 1)) break; // ("Prof. Dr. Anna Berg": a second honorific)
                    j++;
                    continue;
                }
                // "Kestrel Media, Inc.", "Kestrel Shipping Co., Ltd.": a legal form after a comma is part of the name
                if (k.equals(",") && j + 1 < toks.size() && legalSuffixes.contains(toks.get(j + 1).key())) { j++; continue; }
                // "Borealis Pictures (UK) Limited": a parenthesised country before a legal form
                if (k.equals("(") && j + 3 < toks.size() && toks.get(j + 1).isCapitalized() && toks.get(j + 2).text().equals(")")
                        && legalSuffixes.contains(toks.get(j + 3).key())) { j += 3; continue; }
                // "KESTREL+": a plus sign touching a name is part of the brand
                if (k.equals("+") && t.start() == toks.get(j - 1).end()) { lastCap = j + 1; j++; continue; }
                // "Construction Department of the North Kestrel region": an area noun closes the place of an "of" complement
                if (areaNouns.contains(k) && lastCap == j && complementOfHead(toks, i, j)) { lastCap = j + 1; j++; continue; }
                // "Ministry of Roads, Transport and Communications": a list of fields in a head's complement
                if (k.equals(",") && complementOfHead(toks, i, j)) {
                    int listEnd = fieldListEnd(toks, at, j);
                    if (listEnd > j) { j = listEnd; lastCap = listEnd; continue; }
                }
                // "Kestrel Research, Education, and Extension Organization": fields listed before the head they share
                if (k.equals(",") && fieldNameWord(toks.get(j - 1))) {
                    int listEnd = sharedHeadListEnd(toks, at, j);
                    if (listEnd > j) { j = listEnd; lastCap = listEnd; continue; }
                }
                // "BBC Studios for South and Southeast Asia": a region after "for" ends the name
                if (k.equals("for") && j + 1 < toks.size() && (directions.contains(toks.get(j + 1).key()) || ref.place(toks.get(j + 1).text()).isPresent())) break;
                // "... of India for Joint Research": a place alone before "for" is no name that "for" continues,
                // unless a head follows ("Ruritania for Peace Foundation")
                if (k.equals("for") && completePlace(toks, i, j) && !headInRunFrom(toks, at, j + 1)) break;
                // "Chinese Embassy to Russia": a mission's host country is part of its name ("in Bucharest" says where it is)
                if (k.equals("to") && governmentMissions.contains(toks.get(j - 1).key())
                        && j + 1 < toks.size() && ref.place(toks.get(j + 1).text()).isPresent()) { j++; continue; }
                // "HY Media/CAYIE", but not "December 10. /Dunyo/ - The ...": a slash or dash joins only touching words
                if ((k.equals("/") || k.equals("-")) && (t.start() != toks.get(j - 1).end() || j + 1 >= toks.size() || toks.get(j + 1).start() != t.end())) break;
                if (nameConnectors.contains(k) || lex.personParticles.contains(k)
                        || (k.equals("the") && toks.get(j - 1).key().equals("of"))) { j++; continue; }
                // "State Committee on Land Management", "Council for the Promotion of Trade": a head's
                // complement goes on, unless it names another organization ("... for the Kestrel Festival")
                String prev = toks.get(j - 1).key();
                boolean complement = k.equals("on") && lex.isOrgHead(prev)
                        || k.equals("the") && (prev.equals("for") || prev.equals("on")) && j >= 2 && lex.isOrgHead(toks.get(j - 2).key());
                // "State Committee of Freedonia on Television and Radio": after a head that takes it, "on" goes on past an "of" complement
                if (!complement && k.equals("on") && j + 1 < toks.size() && toks.get(j + 1).isCapitalized()) complement = tailOnHeadBefore(toks, i, j);
                // ("Kestrel Bank on Monday": a day or a month after "on" is when, not what)
                if (complement && j + 1 < toks.size() && toks.get(j + 1).isCapitalized() && !headInRunFrom(toks, at, j + 1)
                        && !weekdays.contains(toks.get(j + 1).key()) && !months.contains(toks.get(j + 1).key())) { j++; continue; }
                // "American Chamber of Commerce in Kestrelia", "Embassy of Ruritania in Freedonia": the place after
                // "in" is part of a name whose head takes it, and closes it
                if (k.equals("in")) {
                    int place = tailPlaceEnd(toks, at, i, j);
                    if (place > j) { j = place; lastCap = place; break; }
                }
                // "Belarus' State Control Committee": a possessive apostrophe after a word in s
                if (isPossessive(toks, j) && j + 1 < toks.size() && toks.get(j + 1).isCapitalized()) { j++; continue; }
                // "Kestrel International Children's and Youth Film Festival": an owner's possessive that opens names goes on past "and"
                if (isPossessive(toks, j) && namePossessive(toks, j) && j + 2 < toks.size() && toks.get(j + 1).key().equals("and")
                        && toks.get(j + 2).isCapitalized() && at[j + 1] == null) { j++; continue; }
                // "Ministère de la Communication, des Télécommunications et du Numérique": in a name its head opens,
                // a comma before another of its connectors and a capitalised word lists the name's fields
                if (k.equals(",") && j + 2 < toks.size() && leadingHeadConnectors.contains(toks.get(j + 1).key()) && !toks.get(j + 1).isCapitalized()
                        && (toks.get(j + 2).isCapitalized() || lex.nameArticles.contains(toks.get(j + 2).key())) && leadingHeadIn(toks, i, j)) { j++; continue; }
                // "Banco do Brasil", "Agence des Presses": Romance connectors after a leading head
                // "Agencia de Noticias y Radio y Televisión del Plata": a conjunction before a second head opens a second name,
                // unless it joins two heads or fields ("Corporación de Radio y Televisión")
                if (lex.personConnectors.contains(k) && j + 1 < toks.size() && toks.get(j + 1).isCapitalized()
                        && lex.isAnyOrgHead(toks.get(j + 1).key()) && !lex.isAnyOrgHead(prevKey(toks, j))
                        && !lex.fieldNouns.contains(prevKey(toks, j)) && leadingHeadIn(toks, i, j)) break;
                if (leadingHeadConnectors.contains(k) && (leadingHeadIn(toks, i, j) || !headInRun(toks, i, j) && headAhead(toks, at, j + 1))) { j++; continue; }
                // "Kestrel Radijas ir Televizija", "Coral Radio und Fernsehen": the "and" of another language between
                // two heads joins them whatever opens the name ("Kestrel Media und Coral Film" stays two names)
                if (leadingHeadConnectors.contains(k) && lex.isAnyOrgHead(prevKey(toks, j))
                        && j + 1 < toks.size() && toks.get(j + 1).isCapitalized() && lex.isAnyOrgHead(toks.get(j + 1).key())) { j++; continue; }
                // "Maria José da Costa e Silva": a conjunction between a person's surnames, in a run with no head
                if (lex.personConnectors.contains(k) && toks.get(j - 1).isCapitalized() && j + 1 < toks.size()
                        && toks.get(j + 1).isCapitalized() && !headInRun(toks, i, j + 2)) { j++; continue; }
                // "Kyrgyzstan Radio and Television corporation": a head in lower case closes a name of fields
                if (lowerCaseHeads.contains(k) && lastCap == j && fieldsOnly(toks, i, j)) { lowerHead = j; lastCap = j + 1; }
                // "the Foreign ministry", "External affairs ministry spokesperson": a portfolio before a lower-case ministry names it
                else if (lastCap == j) ministry = portfolioMinistryHead(toks, at, i, j);
                break;
            }
            if (ministry > 0) {
                int from = toks.get(i).key().equals("the") ? i + 1 : i;
                StringBuilder name = new StringBuilder();
                for (int k = from; k <= ministry; k++) {
                    String w = toks.get(k).text();
                    name.append(k > from ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
                }
                put(at, out, mention(MentionType.ORG, toks, from, ministry + 1, name.toString(), Optional.empty()));
                i = ministry + 1;
                continue;
            }
            int of = personBeforeOf(toks, at, i, lastCap);
            if (of > 0) {
                classifyRun(toks, at, out, i, of);
                classifyRun(toks, at, out, of + 1, lastCap);
            } else classifyRun(toks, at, out, i, lastCap);
            if (lowerHead >= 0) capitaliseHead(toks, at, out, lowerHead);
            i = Math.max(lastCap, i + 1);
        }
    }

    /** Most tokens of a lower-case legal form ("spol. s r.o." is spol . s r.o. = 4). */
    private static final int MAX_LEGAL_FORM_TOKENS = 5;

    /** Whether [from, to) is a capitalised name and a lower-case legal form after it. */
    private boolean endsInLowerLegalForm(List<Token> toks, Mention[] at, int from, int to) {
        for (int s = Math.max(from + 1, to - MAX_LEGAL_FORM_TOKENS); s < to; s++)
            if (toks.get(s - 1).isCapitalized() && lowerLegalFormEnd(toks, at, s) == to) return true;
        return false;
    }

    /** The end of a lower-case legal form of legal-forms-lower.tsv starting at {@code j} ("sp. z o.o."), or -1. */
    private int lowerLegalFormEnd(List<Token> toks, Mention[] at, int j) {
        StringBuilder written = new StringBuilder();
        int end = -1;
        for (int k = j; k < Math.min(toks.size(), j + MAX_LEGAL_FORM_TOKENS) && at[k] == null; k++) {
            written.append(toks.get(k).key());
            if (lex.lowerLegalForms.contains(written.toString())) end = k + 1;
        }
        // ("Kestrel s.a. Coral": the form is a word of its own, not the start of a longer one)
        if (end < 0 || end < toks.size() && toks.get(end).isWord() && toks.get(end).start() == toks.get(end - 1).end()) return -1;
        return end;
    }

    /**
     * The end of a degree (post-nominals.tsv: "Ph.D.", "MBA") that starts at {@code i} right after a
     * comma and a person's name (or a name-shaped name of no known type), or -1.
     */
    private int postNominalAt(List<Token> toks, Mention[] at, int i) {
        if (i < 2 || at[i] != null || !toks.get(i - 1).text().equals(",") || at[i - 2] == null || at[i - 2].to() != i - 1) return -1;
        Mention m = at[i - 2];
        if (m.type() != MentionType.PERSON && !(m.type() == MentionType.OTHER && nameShaped(toks, m.from(), m.to()))) return -1;
        StringBuilder written = new StringBuilder();
        int end = -1;
        for (int k = i; k < Math.min(toks.size(), i + Lexicons.LONGEST_POST_NOMINAL) && at[k] == null; k++) {
            written.append(toks.get(k).key());
            if (lex.postNominals.contains(written.toString())) end = k + 1;
        }
        // ("Anna Berg, MBA Kestrel": a degree is a word of its own)
        if (end < 0 || end < toks.size() && toks.get(end).isWord() && toks.get(end).start() == toks.get(end - 1).end()) return -1;
        return end;
    }

    /** The person {@code m} with the degree up to {@code to} in its mention (its name unchanged). */
    private void absorbPostNominal(List<Token> toks, Mention[] at, List<Mention> out, Mention m, int to) {
        Mention n = new Mention(MentionType.PERSON, m.from(), to, m.start(), toks.get(to - 1).end(), span(toks, m.from(), to),
                m.name(), m.known(), m.date(), m.acronym());
        out.set(out.indexOf(m), n);
        for (int k = m.from(); k < to; k++) at[k] = n;
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
    private int knownPlaceEnd(List<Token> toks, Mention[] at, int k) {
        Optional<Gazetteer.Match> p = ref.places().longestAt(toks, k);
        if (p.isEmpty() || p.get().to() - k < 2) return -1;
        return taken(at, k, p.get().to()) ? -1 : p.get().to();
    }


    /**
     * Whether the run [from, to) is a name made of fields that ends in a field word, with no head of
     * its own, which a lower-case head after it completes: places, nationalities and field words
     * ("Peru Television", "National Film and Television"), or one proper word before two field words
     * at least ("Kyrgyzstan Radio and Television"). "Kestrel Media" is a name of its own.
     */
    private boolean fieldsOnly(List<Token> toks, int from, int to) {
        if (!lex.fieldNouns.contains(toks.get(to - 1).key())) return false;
        // "Television company shares rose": a field word alone names nothing
        if (to - (toks.get(from).key().equals("the") ? from + 1 : from) < 2) return false;
        int fields = 0;
        boolean proper = false;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (isConnector(t) || k == from && t.key().equals("the")) continue;
            Optional<Gazetteer.Match> place = ref.places().longestAt(toks, k);
            if (place.isPresent()) { k = place.get().to() - 1; continue; }
            String key = t.key();
            if (!t.isWord() || t.isAllCaps() && !lex.fieldNouns.contains(key)) return false;
            if (lex.isAnyOrgHead(key) && !lex.fieldNouns.contains(key)) return false;
            if (lex.fieldNouns.contains(key)) fields++;
            else if (!(lex.notNamesAlone.contains(key) || lex.demonyms.containsKey(key) || genericNameWords.contains(key)
                    || fieldNameWord(t) || nameAdjective(key))) {
                if (proper || k > from + 1 || k == from + 1 && !toks.get(from).key().equals("the")) return false;
                proper = true;
            }
        }
        return !proper || fields >= 2;
    }

    /** The organization that a lower-case head closes is named with the head capitalised: "... Television Corporation". */
    /**
     * The index of a lower-case "ministry" after the capitalised portfolio [from, j), with "affairs" between them when the
     * portfolio takes it ("Foreign ministry", "Home affairs ministry", "External affairs ministry"), or -1.
     */
    private int portfolioMinistryHead(List<Token> toks, Mention[] at, int from, int j) {
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

    private void capitaliseHead(List<Token> toks, Mention[] at, List<Mention> out, int head) {
        Mention m = at[head];
        String word = toks.get(head).text();
        if (m == null || m.type() != MentionType.ORG || m.to() != head + 1 || !m.name().endsWith(word)) return;
        String name = m.name().substring(0, m.name().length() - word.length()) + Character.toUpperCase(word.charAt(0)) + word.substring(1);
        Mention n = new Mention(m.type(), m.from(), m.to(), m.start(), m.end(), m.text(), name, m.known(), m.date(), m.acronym());
        out.set(out.indexOf(m), n);
        for (int k = m.from(); k < m.to(); k++) at[k] = n;
    }

    /**
     * Whether the capitalised words (and lower-case connectors) from {@code k} on hold an organization
     * head; a field noun that is also a head ("Television", "Broadcasting") names the field a
     * complement is about ("Committee on Television and Radio"), not another organization.
     */
    private boolean headInRunFrom(List<Token> toks, Mention[] at, int k) {
        for (; k < toks.size() && at[k] == null; k++) {
            Token t = toks.get(k);
            // a head after "and" or a possessive belongs to the next name ("... on Property and Kestrel's Committee")
            if (t.key().equals("and") || t.key().equals("&") || isPossessive(toks, k) && !namePossessive(toks, k)) return false;
            if (!t.isCapitalized() && !nameConnectors.contains(t.key())) return false;
            if (lex.isOrgHead(t.key()) && !lex.fieldNouns.contains(t.key())) return true;
        }
        return false;
    }

    /** The most tokens between a head and the "in"/"on" of its tail ("Chamber of Commerce and Industry"). */
    private static final int MAX_TAIL_LOOKBACK = 6;
    /** The most words of a place after "in" that is no known place ("in Kestrel Bay"). */
    private static final int MAX_TAIL_PLACE_WORDS = 3;

    /**
     * The last strong organization head of the run [from, to) that only its complement follows ("Chamber"
     * in "American Chamber of Commerce", "Embassy" in "Embassy of Ruritania"); -1 if none within
     * {@link #MAX_TAIL_LOOKBACK} tokens.
     */
    private int headBeforeTail(List<Token> toks, int from, int to) {
        for (int k = to - 1; k >= from && k >= to - MAX_TAIL_LOOKBACK; k--) {
            Token t = toks.get(k);
            if (t.isCapitalized() && lex.isOrgHead(t.key())) return k;
            if (!t.isCapitalized() && !t.key().equals("of") && !t.key().equals("and") && !t.key().equals("the")) return -1;
        }
        return -1;
    }

    /** Whether the "on" at {@code on} follows the "of" complement of a head that takes an "on" tail (name-tail-on). */
    private boolean tailOnHeadBefore(List<Token> toks, int from, int on) {
        int head = headBeforeTail(toks, from, on);
        return head >= 0 && head + 1 < on && tailOnHeads.contains(toks.get(head).key()) && toks.get(head + 1).key().equals("of");
    }

    /**
     * End (exclusive) of the place after the "in" at {@code in} when it closes the name of the run
     * [from, in): the run's last head takes such a tail (lexicons/word-sets.tsv, name-tail-in), the
     * place is a known one or one to three capitalised words without a head, a day or a month, and
     * the name is no venue after "at"; {@code in} otherwise ("Coral Bank in Ruritania signed ..."
     * keeps its place apart).
     */
    private int tailPlaceEnd(List<Token> toks, Mention[] at, int from, int in) {
        if (in + 1 >= toks.size() || at[in + 1] != null || !toks.get(in + 1).isCapitalized()) return in;
        int head = headBeforeTail(toks, from, in);
        if (head < 0 || !tailInHeads.contains(toks.get(head).key())) return in;
        // "the Chamber in Lima": a head alone refers back to a named body; its place is the sentence's
        int first = toks.get(from).key().equals("the") ? from + 1 : from;
        if (head == first && head + 1 == in) return in;
        // "signed at the Kestrel Embassy in Lima": a venue's place is where it happened
        int before = from > 0 && toks.get(from - 1).key().equals("the") ? from - 2 : from - 1;
        if (toks.get(from).key().equals("the")) before = from - 1;
        if (before >= 0 && toks.get(before).key().equals("at")) return in;
        Optional<Gazetteer.Match> place = ref.places().longestAt(toks, in + 1);
        int end = in + 1;
        if (place.isPresent()) end = place.get().to();
        else while (end < toks.size() && end - in <= MAX_TAIL_PLACE_WORDS && at[end] == null && toks.get(end).isCapitalized()
                && toks.get(end).isWord() && !lex.isAnyOrgHead(toks.get(end).key()) && !lex.commonWords.contains(toks.get(end).key())
                && !weekdays.contains(toks.get(end).key()) && !months.contains(toks.get(end).key())) end++;
        if (end == in + 1 && place.isEmpty()) return in;
        // "in Kestrel Bay Anna Berg": a longer capitalised run after the place is another name; leave the tail out
        if (end < toks.size() && at[end] == null && toks.get(end).isCapitalized()) return in;
        for (int k = in + 1; k < end; k++) if (at[k] != null) return in;
        return end;
    }

    /** How far back a head's complement is looked for: keeps a run with many commas or area nouns linear. */
    private static final int COMPLEMENT_LOOKBACK = 16;

    /** Whether the run [from, to) holds an organization head followed by an "of/for/on" complement (within the last words). */
    private boolean complementOfHead(List<Token> toks, int from, int to) {
        for (int k = Math.max(from + 1, to - COMPLEMENT_LOOKBACK); k < to; k++)
            if (COMPLEMENT_PREPOSITIONS.contains(toks.get(k).key()) && lex.isOrgHead(toks.get(k - 1).key())) return true;
        return false;
    }

    /** The most items of a list of fields inside a name ("Posts, Telecommunications and Information Technology"). */
    private static final int MAX_FIELD_LIST_ITEMS = 5;
    /** The most words of one item of such a list. */
    private static final int MAX_FIELD_ITEM_WORDS = 3;

    /**
     * End (exclusive) of a list of fields that goes on at the comma {@code comma}: ", Transport and
     * Communications". Items are one to three capitalised field words (no organization head, no place,
     * no acronym) separated by commas, and the list closes with "and" and a last item; {@code comma}
     * when it does not ("the Ministry of Health, Kestrel Pharma and ..." lists parties).
     */
    private int fieldListEnd(List<Token> toks, Mention[] at, int comma) {
        return listEnd(toks, at, comma, false);
    }

    /**
     * End (exclusive) of a list of fields that goes on at the comma {@code comma} and closes with
     * "and" and a last item followed by an organization head they all share: ", Education, and
     * Extension" before "Organization". {@code comma} when the list does not end in a head ("Kestrel
     * Research, Education and Borealis Bank" lists parties).
     */
    private int sharedHeadListEnd(List<Token> toks, Mention[] at, int comma) {
        return listEnd(toks, at, comma, true);
    }

    /**
     * The walk both lists share: items of field words after commas, up to the item after "and".
     * {@code headAfter}: that last item must be followed by an organization head (which it ends
     * before); otherwise it must not be followed by another capitalised, untyped word.
     */
    private int listEnd(List<Token> toks, Mention[] at, int comma, boolean headAfter) {
        int k = comma;
        for (int item = 0; item < MAX_FIELD_LIST_ITEMS; item++) {
            String sep = toks.get(k).key();
            if (!sep.equals(",") && !sep.equals("and")) return comma;
            int e = k + 1;
            if (sep.equals(",") && e < toks.size() && toks.get(e).key().equals("and")) { k = e; sep = "and"; e++; } // serial comma
            // "Ministry of Information, Communications and the Digital Economy": the last item of a list may take "the"
            if (sep.equals("and") && !headAfter && item > 0 && e + 1 < toks.size() && toks.get(e).key().equals("the") && at[e] == null) e++;
            int s = e;
            // ("Culture, Creative Industries and Tourism": an adjective of institutions may open an item)
            while (e < toks.size() && e - s < MAX_FIELD_ITEM_WORDS && at[e] == null && (fieldNameWord(toks.get(e))
                    || toks.get(e).isCapitalized() && !toks.get(e).isAllCaps() && nameAdjective(toks.get(e).key()) && !lex.isAnyOrgHead(toks.get(e).key()))) e++;
            if (e == s) return comma;
            boolean more = e < toks.size();
            boolean nextCapitalized = more && at[e] == null && toks.get(e).isCapitalized();
            if (sep.equals("and")) {
                if (headAfter) return nextCapitalized && lex.isOrgHead(toks.get(e).key()) ? e : comma;
                return nextCapitalized ? comma : e;
            }
            if (!more) return comma;
            k = e;
        }
        return comma;
    }

    /**
     * A capitalised word that names a field, not a proper name: "Transport", "Communications",
     * "Promotion". A word known only by its ending must not be a head ("Corporation", "Foundation").
     */
    private boolean fieldNameWord(Token t) {
        if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || ref.place(t.text()).isPresent()) return false;
        String k = t.key();
        return lex.fieldNouns.contains(k) || genericNameWords.contains(k) || lex.notNamesAlone.contains(k)
                || abstractNoun(k) && !lex.isAnyOrgHead(k);
    }

    private boolean abstractNoun(String key) {
        for (String e : abstractEndings) if (key.length() > e.length() + 2 && key.endsWith(e)) return true;
        return false;
    }

    /**
     * Whether a leading head ("Banco", "Musée", "Universidad") stands in [from, to), or the name opens
     * with an organization head ("Festival des Films du Lac", "Stiftung für Kunst"): a name whose head
     * comes first, which the connectors of name-connectors.tsv continue.
     */
    private boolean leadingHeadIn(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (leadingHeads.contains(toks.get(k).key())) return true;
            // ("Radio y Televisión del Kestrel": a weak head too; "Ruritania's Festival des Films", "Le Festival des Films":
            // after a possessive or an article)
            if (lex.isAnyOrgHead(toks.get(k).key()) && (k == from || nameOpener(toks, k - 1))) return true;
        }
        return false;
    }

    /** Most capitalised words between a connector and the head that closes the name after it ("ve Turizm Bakanlığı"). */
    private static final int MAX_WORDS_BEFORE_HEAD = 3;

    /** Whether capitalised words from {@code k} end in a (strong) organization head: "Turizm Bakanlığı". */
    private boolean headAhead(List<Token> toks, Mention[] at, int k) {
        for (int e = k; e < Math.min(toks.size(), k + MAX_WORDS_BEFORE_HEAD + 1) && at[e] == null && toks.get(e).isCapitalized(); e++)
            if (e > k && lex.isOrgHead(toks.get(e).key())) return true;
        return false;
    }

    private static String prevKey(List<Token> toks, int j) { return toks.get(j - 1).key(); }

    /** "the", an article of another language ("Le", "La") or a possessive: what may stand before a name's head. */
    private boolean nameOpener(List<Token> toks, int k) {
        String key = toks.get(k).key();
        return key.equals("the") || lex.nameArticles.contains(key) || isPossessive(toks, k);
    }

    /** Whether an organization head word stands in [from, to). */
    private boolean headInRun(List<Token> toks, int from, int to) {
        for (int k = from; k < Math.min(to, toks.size()); k++) if (lex.isAnyOrgHead(toks.get(k).key())) return true;
        return false;
    }

    /**
     * "the Chinese studies faculty at Moscow State University", "the international department of
     * Xinhua": a unit written in lower case, named by its words, of a named organization.
     */
    private void findLowerCaseUnits(List<Token> toks, Mention[] at, List<Mention> out) {
        for (int i = 1; i + 2 < toks.size(); i++) {
            Token unit = toks.get(i);
            if (at[i] != null || unit.isCapitalized() || !lowerCaseUnits.contains(unit.key())) continue;
            String next = toks.get(i + 1).key();
            if (!(next.equals("at") || next.equals("of")) || at[i + 2] == null || at[i + 2].type() != MentionType.ORG) continue;
            int from = i;
            while (from > 0 && from > i - 3 && at[from - 1] == null && toks.get(from - 1).isWord()
                    && !determiners.contains(toks.get(from - 1).key()) && !"core".equals(lex.titles.get(Lexicons.normTitle(toks.get(from - 1).text())))) from--;
            if (from == i || from == 0 || !toks.get(from - 1).key().equals("the")) continue; // a bare "department of" names nothing
            // named with its organization: "the international relations department" of two agencies are two units
            put(at, out, mention(MentionType.ORG, toks, from, i + 1, span(toks, from, i + 1) + " of " + at[i + 2].name(), Optional.empty()));
        }
    }

    private final Set<String> lowerCaseUnits;

    /**
     * "the agency", "the company's president": a definite head word that may refer back to an
     * organization the article named; typed later by the document registry, or left untyped.
     */
    private void findHeadReferences(List<Token> toks, Mention[] at, List<Mention> out) {
        for (int i = 1; i < toks.size(); i++) {
            Token t = toks.get(i);
            // "the bank", "the Slovak institute", "the Vienna museum" (its place stays a place): the definite-reference stage's phrase
            int phrase = definite.phraseEndingAt(toks, at, i);
            if (phrase >= 0) {
                put(at, out, new Mention(MentionType.OTHER, phrase, i + 1, toks.get(phrase).start(), t.end(), span(toks, phrase, i + 1),
                        ANAPHOR + t.key(), Optional.empty(), null, null));
                continue;
            }
            if (at[i] != null || t.isCapitalized() || !referringHeads.contains(t.key())) continue;
            int from = i;
            if (at[i - 1] == null && toks.get(i - 1).key().equals("news") && i >= 2) from = i - 1;
            if (from < 1 || at[from - 1] != null || !toks.get(from - 1).key().equals("the")) continue;
            // "the company People's Daily Online", "the agency of ...": a description, not a reference
            if (i + 1 < toks.size() && (toks.get(i + 1).isCapitalized() || toks.get(i + 1).key().equals("of"))) continue;
            put(at, out, new Mention(MentionType.OTHER, from, i + 1, toks.get(from).start(), t.end(), span(toks, from, i + 1),
                    ANAPHOR + t.key(), Optional.empty(), null, null));
        }
    }

    private final Set<String> referringHeads;
    private final DefiniteReference definite;

    private static boolean isAbbrev(String k) {
        return ABBREVIATIONS.contains(k);
    }

    /** Abbreviations whose period stays inside a name; "Md.", "Mohd." are given names ("Md. Anna Rahman"). */
    private static final Set<String> ABBREVIATIONS = Set.of("co", "ltd", "inc", "corp", "st", "jr", "sr", "bros", "no", "md", "mohd");
    private static final Set<String> GIVEN_NAME_ABBREVIATIONS = Set.of("md", "mohd");
    /** "Seoul-based", "state-run", "English-language": compiled once, startsName runs for every word (String.matches compiles per call). */
    private static final Pattern HYPHEN_ADJECTIVE = Pattern.compile(".+-(?:based|headquartered|owned|run|funded|backed|led|born|made|listed|controlled|language|speaking|affiliated|operated)");
    /** "Coral Group-owned", "Tarn Industries-run": the end of an owner's name made an adjective. */
    private static final Pattern OWNER_ADJECTIVE = Pattern.compile(".+-(?:owned|run|controlled|operated|affiliated)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FINAL_COMMA_OR_DOT = Pattern.compile("[,.]$");

    private boolean startsName(List<Token> toks, int i) {
        Token t = toks.get(i);
        // "Seoul-based", "Egypt-based", "state-run": an adjective, not a name
        if (HYPHEN_ADJECTIVE.matcher(t.key()).matches()) return false;
        if (t.isCapitalized()) return true;
        // "2025 China Film Festival", "32nd International Film Festival": a number opening a name
        return t.isDigit() && i + 1 < toks.size() && toks.get(i + 1).isCapitalized();
    }

    /** Splits a capitalised run [from, to) into names and classifies each. */
    private void classifyRun(List<Token> toks, Mention[] at, List<Mention> out, int from, int to) {
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
        // "Coral Group-owned Lumo Bank": the owner's words and "-owned" describe the name after them (PartOfReader reads the owner)
        for (int k = from + 1; k < to - 1; k++)
            if (OWNER_ADJECTIVE.matcher(toks.get(k).key()).matches() && toks.get(k).isCapitalized() && toks.get(k + 1).isCapitalized()) {
                // the owner's name starts after the last "and" or comma before it ("Orsa Bank and Tarn Industries-run Lumo Air")
                int a = k - 1;
                while (a >= from && !List.of("and", "&", ",").contains(toks.get(a).key())) a--;
                if (a > from) classifyRun(toks, at, out, from, a);
                classifyRun(toks, at, out, k + 1, to);
                return;
            }
        // "Shipping companies Kestrel Lines and Nordmar": a field word opening the sentence before a descriptor and
        // a name is the descriptor's modifier, no name of its own
        if (to - from == 1 && from == 0 && to + 1 < toks.size() && at[to] == null && !toks.get(to).isCapitalized()
                && (genericWord(toks.get(from).key()) || toks.get(from).key().endsWith("ing")) && !toks.get(from).isAllCaps()
                && toks.get(to + 1).isCapitalized() && (pluralDescriptorBefore(toks, at, to + 1) || descriptorBefore(toks, at, to + 1))) return;
        // "Broadcasters Zentra TV and Corvo will share content": a plural descriptor opening the sentence is no part of the name
        if (from == 0 && to - from >= 2 && toks.get(from + 1).isCapitalized() && pluralDescriptorWord(toks.get(from).key())) from++;
        // honorifics in front make a person and are not part of the name
        int h = honorificAt(toks, from);
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
            while (left > from && (isConnector(toks.get(left - 1)) || toks.get(left - 1).text().equals(","))) left--;
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
            if (isPossessive(toks, k) && !namePossessive(toks, k)) {
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
            for (int k = lead.get().to(); k < to; k++) head |= lex.isAnyOrgHead(toks.get(k).key()) || isConnector(toks.get(k));
            if (!head) {
                classifyRun(toks, at, out, from, lead.get().to());
                classifyRun(toks, at, out, lead.get().to(), to);
                return;
            }
        }
        // "Baltic News Agency Dr. Jonas Petraitis", "Cedar News Agency Rami Khoury": a name after an
        // organization's head word is another name (a title between them was already taken out)
        for (int k = from; k < to - 1; k++) {
            Token next = toks.get(k + 1);
            if (k == from && leadingHeads.contains(toks.get(k).key())) continue; // "Instituto Cervantes", "JSC Kestrel Mineral Water"
            // "Chairman of Norland Railway Board Muhammad Imran": after a title, a weak head ("Board", "Media") ends
            // the organization before a person's name too
            boolean head = lex.isOrgHead(toks.get(k).key()) || k > from && lex.isAnyOrgHead(toks.get(k).key())
                    && titleBeforeRun(toks, at, from) && properNameWords(toks, k + 1, to);
            if (head && next.isCapitalized() && !lex.isAnyOrgHead(next.key())
                    && !isConnector(next) && !next.isAllCaps()) {
                boolean headLater = false, titled = titleBeforeRun(toks, at, from);
                for (int j = k + 1; j < to; j++) if (lex.isAnyOrgHead(toks.get(j).key()) || isConnector(toks.get(j))
                        && !(titled && lex.personParticles.contains(toks.get(j).key()))) headLater = true; // ("... Board Piet van Dorn")
                // "Grupo Sol", "Radio y Television Argentina": one word or a place after the head belongs to the name;
                // a person's name has two words at least, or an honorific
                int runEnd = to;
                boolean personAfter = honorificAt(toks, k + 1) > 0 || to - (k + 1) >= 2 && ref.places().longestAt(toks, k + 1)
                        .map(g -> g.to() != runEnd).orElse(true);
                // ("Kestrel Publishing United Group": a field word is no head that closes a name)
                if (!headLater && personAfter || k > from && !lex.fieldNouns.contains(toks.get(k).key()) && secondNameAfter(toks, k + 1, to)) {
                    classifyRun(toks, at, out, from, k + 1);
                    // the name after a title's organization is who holds the title ("Chairman of Norland Railway Board Anna Berg signed")
                    if (!headLater && honorificAt(toks, k + 1) == 0 && titled && properNameWords(toks, k + 1, to))
                        put(at, out, mention(MentionType.PERSON, toks, k + 1, to, span(toks, k + 1, to), Optional.empty()));
                    else classifyRun(toks, at, out, k + 1, to);
                    return;
                }
            }
        }
        // trim connectors and sentence-opening common words, but keep a field before a bare head:
        // "Communications Ministry", "Culture Ministry" name a ministry, "The Ministry" does not
        int untrimmed = from;
        while (from < to && (isConnector(toks.get(from)) || lex.commonWords.contains(toks.get(from).key()) && !lex.isOrgHead(toks.get(from).key())
                && !initialsAt(toks, from, to) && !(from + 1 < to && namePossessive(toks, from + 1)) && !titleWordOpensName(toks, from, to)
                || toks.get(from).key().equals("."))) from++;
        if (from > untrimmed && from < to && lex.isOrgHead(toks.get(from).key()) && lex.fieldNouns.contains(toks.get(from - 1).key())) {
            int f = from - 1;
            while (f > untrimmed && lex.fieldNouns.contains(toks.get(f - 1).key())) f--;
            from = f;
        }
        while (to > from && (isConnector(toks.get(to - 1)) || toks.get(to - 1).key().equals("-"))) to--;
        // "Le Festival des Films du Lac": an article of another language before the head is not part of the name
        if (from + 1 < to && lex.nameArticles.contains(toks.get(from).key()) && leadingHeadIn(toks, from + 1, from + 2)) from++;
        if (from >= to) return;
        if (taken(at, from, to)) return;
        boolean onlyNumbers = true;
        for (int k = from; k < to; k++) onlyNumbers &= !toks.get(k).isWord() || toks.get(k).isDigit();
        if (onlyNumbers) return; // "A 2019 agreement": a number is no name
        if (dateShaped(toks, from, to)) return; // "Nov 28", "May 11/2021", "since November last": a date the date finder left

        String text = span(toks, from, to);
        // a whole known organization or place?
        Optional<Gazetteer.Match> org = ref.organizations().longestAt(toks, from);
        if (org.isPresent() && org.get().to() == to) {
            put(at, out, mention(MentionType.ORG, toks, from, to, org.get().entity().name(), Optional.of(org.get().entity())));
            return;
        }
        Optional<Gazetteer.Match> place = ref.places().longestAt(toks, from);
        if (place.isPresent() && place.get().to() == to) {
            put(at, out, mention(MentionType.PLACE, toks, from, to, place.get().entity().name(), Optional.of(place.get().entity())));
            return;
        }
        Optional<KnownEntity> shouted = ref.place(text);
        if (shouted.isPresent() && toks.get(from).isAllCaps()) {
            put(at, out, mention(MentionType.PLACE, toks, from, to, shouted.get().name(), shouted));
            return;
        }
        // nationality adjective in front: "Russian RSW Group" names RSW Group, "Chinese Embassy" keeps it
        String demonym = lex.demonyms.containsKey(toks.get(from).key()) ? toks.get(from).key() : null;
        if (demonym == null && from + 1 < to && lex.demonyms.containsKey(toks.get(from).key() + " " + toks.get(from + 1).key())) demonym = "2";
        if (demonym != null) {
            int skip = demonym.equals("2") ? 2 : 1;
            if (from + skip >= to) return; // the adjective alone
            // "Russian RSW Group", "Chinese Suzhou Ori Animation Co. Ltd", "Chinese Xinhua": the adjective
            // describes a name of its own (or one the reference data knows without it); "Russian Export
            // Center", "Chinese Embassy", "Chinese Academy of Social Sciences", "Mexican Business Council
            // for Foreign Trade": a name made only of common words keeps it (a place in the complement,
            // "American University of Kestrelburg", is no name of its own).
            int proper = 0;
            boolean acronym = false, complement = false;
            for (int k = from + skip; k < to; k++) {
                Token t = toks.get(k);
                if (COMPLEMENT_PREPOSITIONS.contains(t.key()) || NAME_TAIL_PREPOSITIONS.contains(t.key())) complement = true;
                if (!t.isWord() || isConnector(t) || lex.orgHeads.containsKey(t.key()) || lex.commonWords.contains(t.key())) continue;
                boolean known = ref.place(t.text()).isPresent();
                if (complement && known || !known && (genericWord(t.key()) || fieldNameWord(t) || nameAdjective(t.key()))) continue;
                proper += known ? 2 : 1; // "Chinese Suzhou Animation Company": a place before the head already says whose it is
                if (t.isAllCaps()) acronym = true;
            }
            if (proper >= 2 || acronym || completeOrganization(toks, from + skip, to)) {
                classifyRun(toks, at, out, from + skip, to);
                return;
            }
        }
        int heads = 0, weak = 0, common = 0, words = 0;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (!t.isWord() || isConnector(t)) continue;
            words++;
            String v = lex.orgHeads.get(t.key());
            // "João Pedro dos Santos Câmara": a head that opens names in its language, last after other words, is a surname
            if (v != null && k == to - 1 && k > from && !toks.get(from).key().equals("the") && leadingHeads.contains(t.key()) && !t.isAllCaps()) v = null;
            if (v != null && !v.equals("weak")) heads++;
            else if (v != null) weak++;
            if (lex.commonWords.contains(t.key())) common++;
        }
        if (words == 0) return;
        int lastWord = to - 1;
        while (lastWord > from && !toks.get(lastWord).isWord()) lastWord--; // "Kestrel TV+": the brand's "+" is no word
        boolean lastIsWeakHead = "weak".equals(lex.orgHeads.get(toks.get(lastWord).key()));
        // "Communications Ministry", "Foreign Ministry": a field and a government head name a ministry
        boolean fieldGovernment = words >= 2 && "gov".equals(lex.orgHeads.get(toks.get(to - 1).key())) && lex.fieldNouns.contains(toks.get(from).key());
        if (heads + weak == words && !toks.get(from).isAllCaps() && !fieldGovernment) {
            // "the Union has previously signed ...": a capitalised head alone refers back to a named organization
            if (words == 1 && heads == 1 && from > 0 && toks.get(from - 1).key().equals("the") && toks.get(from).isCapitalized())
                put(at, out, new Mention(MentionType.OTHER, from, to, toks.get(from).start(), toks.get(to - 1).end(), text,
                        ANAPHOR + toks.get(from).key(), Optional.empty(), null, null));
            // "“Polar Star” Broadcasting Corporation": heads after a quoted name close that name (joinQuotedNames joins them)
            if (from >= 2 && "”\"".contains(toks.get(from - 1).text()) && at[from - 2] != null
                    && (at[from - 2].type() == MentionType.OTHER || at[from - 2].type() == MentionType.ORG))
                put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return; // "Department", "News Agency": no name, only a kind
        }
        // "Karpacki Leasing sp. z o.o.": a lower-case legal form of another language closes a company's name
        if (!honorific && !toks.get(to - 1).isCapitalized() && endsInLowerLegalForm(toks, at, from, to)) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return;
        }
        if (!honorific && heads > 0 && (words > heads || to - from > 1)) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return;
        }
        if (!honorific && words >= 2 && lastIsWeakHead && common < words - 1) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return;
        }
        if (common == words && !honorific) return; // "The", "According", "Information and Culture"
        // "Kestrelnet Pakistan said": a company's national arm, not a person with a country for a surname
        if (!honorific && companyInCountry(toks, from, to)) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return;
        }
        // "the news agency Nordpress said", "telecom operators Kestrel Mobile and Corvo announced": a descriptor before
        // the name (or before the list it ends) says what it is, more surely than a verb of saying after it
        if (!honorific && ((descriptorBefore(toks, at, from) || pluralDescriptorBefore(toks, at, from)) && freeDescriptor(toks, at, from) || describedList(toks, at, from))) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return;
        }
        // "BGI said": an abbreviation alone is an organization's name, not a person's, whatever verb follows
        boolean abbreviation = to - from == 1 && toks.get(from).isAllCaps() && toks.get(from).text().length() >= 2;
        if (honorific || !abbreviation && personCue(toks, at, from, to)) {
            if (nameShaped(toks, from, to)) {
                put(at, out, mention(MentionType.PERSON, toks, honorific ? spanFrom : from, to, text, Optional.empty()));
                return;
            }
        }
        // "the Ruritanian state broadcaster RTR", "Borvian news agency BNA": a nationality no list knows, before a
        // description of the name after it, describes that name and names nothing itself (a known one is no mention either)
        if (to - from == 1 && nationalityShaped(toks.get(from).key()) && descriptionThenName(toks, at, to)) return;
        if (descriptorBefore(toks, at, from) || descriptorAfter(toks, at, to)) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return;
        }
        put(at, out, mention(MentionType.OTHER, toks, from, to, text, Optional.empty()));
    }

    /** A word shaped like a nationality adjective ("ruritanian", "borvese", "tarnish"; not "-i", which many names end with). */
    private static boolean nationalityShaped(String key) {
        return key.length() >= 6 && NATIONALITY_ADJECTIVE.matcher(key).matches();
    }

    private static final java.util.regex.Pattern NATIONALITY_ADJECTIVE = java.util.regex.Pattern.compile("[a-z]{3,}(?:ian|ese|ish)");

    /** One to three lower-case words from {@code to} that end with an organization descriptor, then a capitalised name. */
    private boolean descriptionThenName(List<Token> toks, Mention[] at, int to) {
        for (int n = 1; n <= 3 && to + n < toks.size(); n++) {
            Token last = toks.get(to + n - 1);
            if (at[to + n - 1] != null || !last.isWord() || last.isCapitalized()) return false;
            Token next = toks.get(to + n);
            if (!next.isWord() || !next.isCapitalized()) continue;
            if (isTitleWord(next)) return false; // "The Guardian newspaper Editor X": the name of a paper, then a title
            for (List<String> d : lex.orgDescriptors) {
                if (d.size() > n) continue;
                boolean ends = true;
                for (int k = 0; k < d.size() && ends; k++) ends = toks.get(to + n - d.size() + k).key().equals(d.get(k));
                if (ends) return true;
            }
        }
        return false;
    }

    /**
     * "Governor Ivan Petrov of the Amur Provincial Government": after a title, a person's name
     * (two or more capitalised words, no organization head word) and "of" start another name, the
     * post's organization. Returns the index of that "of", or -1 when the run is one name
     * ("Bank of China", "Director of the Coral Film Festival" has no name before "of").
     */
    private int personBeforeOf(List<Token> toks, Mention[] at, int from, int to) {
        if (from == 0 || at[from - 1] == null || at[from - 1].type() != MentionType.TITLE) return -1;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (t.key().equals("of")) return k - from >= 2 && nameShaped(toks, from, k) && k + 1 < to ? k : -1;
            if (lex.isAnyOrgHead(t.key()) || isConnector(t) && !lex.personParticles.contains(t.key())) return -1;
        }
        return -1;
    }

    /** Shortest acronym that may close the name it spells without parentheses ("DoT", "KMG"). */
    private static final int MIN_BARE_ACRONYM = 3;

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
            int h = honorificAt(toks, k);
            if (h == 0 || k + h >= to || !toks.get(k + h).isCapitalized()) continue;
            return nameShaped(toks, k + h, to) ? k : -1;
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
            if (s > from && !(isConnector(toks.get(s - 1)) || toks.get(s - 1).text().equals(","))) continue;
            if (!toks.get(s).isCapitalized()) continue;
            if (initials(toks, s, to).equals(acr)) return s;
        }
        return -1;
    }

    /**
     * "Norway's Film Fund", "Tajikistan's Ministry of Health": a known place's body whose own words
     * are all generic is that place's body, named as written, "Norway's Film Fund" (a bare "Film
     * Fund" would merge the funds of every country; the place is also kept as a place mention, and
     * the bare body is the mention's text, so a later "the Film Fund" resolves to it). "China's
     * Kestrel Pictures" has a name of its own and is left to the usual split.
     */
    private boolean placeOwnedBody(List<Token> toks, Mention[] at, List<Mention> out, int from, int poss, int to) {
        if (poss + 1 >= to) return false;
        Optional<Gazetteer.Match> place = ref.places().longestAt(toks, from);
        // "Ruritania's Film Fund": a place the reference data does not know, one proper word
        boolean unknownOwner = place.isEmpty() && poss == from + 1 && toks.get(from).isCapitalized() && toks.get(from).isWord()
                && !genericWord(toks.get(from).key()) && honorificAt(toks, from) == 0
                && !acronymLike(toks.get(from)) && ref.organizations().longestAt(toks, from).isEmpty(); // "KPC's Finance Department" is a company's
        if (!unknownOwner && (place.isEmpty() || place.get().to() != poss)) return false;
        boolean publicBody = false;
        for (int k = poss + 1; k < to; k++) {
            Token t = toks.get(k);
            if (!t.isWord() || isConnector(t)) continue;
            if (lex.isOrgHead(t.key())) { publicBody |= publicBodyHeads.contains(t.key()); continue; }
            if (t.isAllCaps() || !genericWord(t.key())) return false;
        }
        // "Iran's International Film Festival for Children": a festival or a company is not the country's body
        if (!publicBody) return false;
        if (unknownOwner) put(at, out, mention(MentionType.OTHER, toks, from, poss, span(toks, from, poss), Optional.empty()));
        else put(at, out, mention(MentionType.PLACE, toks, from, poss, place.get().entity().name(), Optional.of(place.get().entity())));
        put(at, out, mention(MentionType.ORG, toks, poss + 1, to,
                span(toks, from, to), Optional.empty()));
        return true;
    }

    /** "People's Bank", "Workers' Union": a possessive that belongs to the name it opens. */
    private boolean namePossessive(List<Token> toks, int k) {
        return k > 0 && possessiveNameWords.contains(toks.get(k - 1).key());
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

    /** The most words of a company's name before its country ("Kestrel Mobile Pakistan"). */
    private static final int MAX_COMPANY_WORDS_BEFORE_COUNTRY = 2;

    /**
     * "Kestrelnet Pakistan", "Kestrel Mobile Kenya": one or two name words (no place, no nationality,
     * no common word) followed by a known country that is not also a person's name ("Jordan").
     */
    private boolean companyInCountry(List<Token> toks, int from, int to) {
        int n = to - from - 1;
        if (n < 1 || n > MAX_COMPANY_WORDS_BEFORE_COUNTRY) return false;
        Token last = toks.get(to - 1);
        Optional<KnownEntity> country = ref.place(last.text());
        if (country.isEmpty() || !"country".equals(country.get().placeType()) || countryPersonNames.contains(last.key())) return false;
        for (int k = from; k < to - 1; k++) {
            Token t = toks.get(k);
            // "North America" is a place; "Describing Kestrelia's ..." opens with a verb
            if (!t.isWord() || !t.isCapitalized() || ref.place(t.text()).isPresent() || lex.demonyms.containsKey(t.key())
                    || lex.commonWords.contains(t.key()) || lex.personParticles.contains(t.key()) || isTitleWord(t)
                    || directions.contains(t.key()) || t.key().endsWith("ing")) return false;
        }
        return true;
    }

    /** "Kestrel's", and "Belarus'" (an apostrophe touching a word in s). */
    private static boolean isPossessive(List<Token> toks, int k) {
        Token t = toks.get(k);
        if (t.key().equals("'s")) return true;
        return t.key().equals("'") && k > 0 && toks.get(k - 1).end() == t.start() && toks.get(k - 1).key().endsWith("s");
    }

    /** A word that may stand in an institution's name without making it a proper name ("State", "Accounts", "Film"). */
    private boolean genericWord(String key) {
        return lex.fieldNouns.contains(key) || lex.commonWords.contains(key) || lex.notNamesAlone.contains(key)
                || lex.isAnyOrgHead(key) || genericNameWords.contains(key) || lex.demonyms.containsKey(key);
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
            for (int k = and + 1; k < to; k++) if (toks.get(k).isWord() && !isConnector(toks.get(k)) && !genericWord(toks.get(k).key())) return false;
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
        for (int k = and + 2; k < rightEnd && sharedRegion; k++) sharedRegion = fieldNameWord(toks.get(k)) && !lex.isAnyOrgHead(toks.get(k).key());
        if (rightEnd == and + 1 || completeName(toks, and + 1, rightEnd)
                || lex.demonyms.containsKey(toks.get(and + 1).key()) && !(sharedRegion && rightEnd > and + 2)) return false;
        // "Secretary, Ministry of Power and Kestrel's President": a possessive after "and" owns what follows, another name
        for (int k = and + 1; k <= rightEnd && k < toks.size(); k++) if (isPossessive(toks, k) && !namePossessive(toks, k)) return false;
        boolean field = false; // "... of the Republic Anna Berg and Piet Dorn": two proper names after "and" are another name
        for (int k = and + 1; k < rightEnd; k++) {
            if (lex.isAnyOrgHead(toks.get(k).key()) || toks.get(k).isAllCaps()) return false;
            field |= genericWord(toks.get(k).key()) || fieldNameWord(toks.get(k));
        }
        return field || rightEnd == and + 2;
    }

    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "for", "on");
    /** Prepositions of a tail some heads take after their name: "Chamber of Commerce in Kestrelburg", "Embassy to Ruritania". */
    private static final Set<String> NAME_TAIL_PREPOSITIONS = Set.of("in", "to");

    /** Tokens [from, to) are exactly one place of the reference data. */
    private boolean completePlace(List<Token> toks, int from, int to) {
        return ref.places().longestAt(toks, from).map(g -> g.to() == to).orElse(false);
    }

    /** Tokens [from, to) are exactly one organization of the reference data. */
    private boolean completeOrganization(List<Token> toks, int from, int to) {
        return ref.organizations().longestAt(toks, from).map(g -> g.to() == to).orElse(false);
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
            if (!t.isWord() || lex.isAnyOrgHead(t.key()) || isConnector(t) || lex.commonWords.contains(t.key())) return from;
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
                        || t.isCapitalized() && t.isWord() && !t.isAllCaps() && !genericWord(t.key()) && ref.place(t.text()).isEmpty();
            }
            // the rest must still name an organization: generic words with a head or an acronym
            // ("Minister of Agriculture Piet Dorn" names no organization and is left as it is)
            boolean generic = true, named = false;
            for (int k = from; k < p; k++) {
                Token t = toks.get(k);
                generic &= !t.isWord() || isConnector(t) || genericWord(t.key()) || acronymLike(t) || t.isDigit() // "32nd"
                        || !strict && (fieldNameWord(t) || ref.place(t.text()).isPresent()
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
            if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || genericWord(t.key()) || ref.place(t.text()).isPresent()) return false;
        }
        return true;
    }

    /**
     * "General Motors", "Senior Group of Companies": a title modifier ("General", "Senior", "Chief") is the
     * only proper word of a name whose other words are all organization heads (weak ones too), so it opens
     * that name; after "the" it is a description ("the General Secretariat", "the Executive Committee").
     */
    private boolean titleWordOpensName(List<Token> toks, int k, int to) {
        if (!isTitleMod(toks.get(k)) || k + 1 >= to) return false;
        // "the General Administration of Press", "the Executive Committee of Coral Bank": a head with its complement
        // after the modifier names one body, "the" or not
        if (k + 3 < to && toks.get(k + 1).isCapitalized() && lex.isOrgHead(toks.get(k + 1).key())
                && COMPLEMENT_PREPOSITIONS.contains(toks.get(k + 2).key()) && toks.get(k + 3).isCapitalized()) return true;
        if (k > 0 && toks.get(k - 1).key().equals("the")) return false;
        boolean head = false;
        for (int j = k + 1; j < to; j++) {
            Token t = toks.get(j);
            if (isConnector(t)) continue;
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
            if (!t.isWord() || !t.isCapitalized() || isConnector(t) || genericWord(t.key()) || ref.place(t.text()).isPresent()) return false;
        }
        return ref.places().longestAt(toks, from).isEmpty();
    }

    /** Most letters of an acronym written with a small letter in it ("BiH", "DoT"). */
    private static final int MAX_MIXED_ACRONYM = 5;

    /** An acronym: all capitals ("KSIR"), or a short word with two capitals or more ("BiH"). */
    private static boolean acronymLike(Token t) {
        if (t.isAllCaps()) return true;
        String w = t.text();
        if (w.length() > MAX_MIXED_ACRONYM || !Character.isUpperCase(w.charAt(0))) return false;
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) return false;
            if (Character.isUpperCase(w.charAt(i))) upper++;
        }
        return upper >= 2;
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
            if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || genericWord(t.key()) || ref.place(t.text()).isPresent()) return from;
        }
        Token last = toks.get(p - 1);
        if (!last.isCapitalized() || isConnector(last)) return from;
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
        while (head < to && (fieldNameWord(toks.get(head)) || memberNouns.contains(toks.get(head).key())) && !lex.isOrgHead(toks.get(head).key())) head++;
        if (head == and + 1 || head >= to || !lex.isOrgHead(toks.get(head).key())
                || head + 1 < to && !COMPLEMENT_PREPOSITIONS.contains(toks.get(head + 1).key())) return false;
        // the fields may follow a proper name that the shared head also names: "Kestrel Trade Promotion and Investment Agency"
        int k = from;
        while (k < and - 1 && k < from + MAX_SHARED_HEAD_OWNER_WORDS && toks.get(k).isCapitalized() && !fieldNameWord(toks.get(k))
                && !lex.isAnyOrgHead(toks.get(k).key())) k++;
        for (; k < and; k++) {
            Token t = toks.get(k);
            if (t.text().equals(",")) continue; // "Research, Education, and Extension Organization"
            // ("Publishers & Booksellers Guild": a member noun shares the head even when it is a head alone)
            if (memberNouns.contains(t.key())) continue;
            if (lex.isAnyOrgHead(t.key()) || !(fieldNameWord(t) || lex.demonyms.containsKey(t.key()))) return false;
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
            if (!(genericWord(key) || fieldNameWord(t) || nameAdjective(key))) return false;
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
        int last = and - 1 > from && isPossessive(toks, and - 1) && namePossessive(toks, and - 1) ? and - 2 : and - 1;
        int l = from;
        for (int k = from; k <= last; k++) {
            if (lex.isAnyOrgHead(toks.get(k).key())) return false;
            if (isConnector(toks.get(k))) l = k + 1;
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
                && (descriptiveWord(toks.get(k)) || k > and + 1 && isPossessive(toks, k) && namePossessive(toks, k) // "Children's Hospital"
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
        if (fieldNameWord(t) || nameAdjective(k) || lex.demonyms.containsKey(k)) return true;
        if (k.length() > 4 && k.endsWith("s") && !k.endsWith("ss")) {
            String one = k.endsWith("ies") ? k.substring(0, k.length() - 3) + "y" : k.substring(0, k.length() - 1);
            return lex.fieldNouns.contains(one) || genericNameWords.contains(one) || nameAdjective(one);
        }
        return false;
    }

    /** An adjective that stands in institution names without making a proper name: "Sectorial", "Medical". */
    private boolean nameAdjective(String key) {
        for (String e : nameAdjectiveEndings) if (key.length() > e.length() + 2 && key.endsWith(e)) return true;
        return false;
    }

    /** The most proper-name words before fields that share a head ("Kestrel" in "Kestrel Trade Promotion and ..."). */
    private static final int MAX_SHARED_HEAD_OWNER_WORDS = 2;

    private boolean fieldCoordination(List<Token> toks, int andIdx) {
        String left = toks.get(andIdx - 1).key(), right = toks.get(andIdx + 1).key();
        return lex.fieldNouns.contains(left) && lex.fieldNouns.contains(right)
                || lex.fieldNouns.contains(left) && andIdx + 2 < toks.size() && lex.fieldNouns.contains(right + " " + toks.get(andIdx + 2).key());
    }

    private boolean isConnector(Token t) {
        String k = t.key();
        return nameConnectors.contains(k) || k.equals("the") || (lex.personParticles.contains(k) || leadingHeadConnectors.contains(k)
                || lex.personConnectors.contains(k)) && !t.isCapitalized();
    }

    /** Persons: 1-5 words, each capitalised or a particle, no digits, not all capitals. */
    boolean nameShaped(List<Token> toks, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (t.text().equals("-")) continue;
            // the period of a middle initial ("Mohammed A. Al-Hashimi")
            if (t.text().equals(".") && k > from && (toks.get(k - 1).text().length() == 1 || GIVEN_NAME_ABBREVIATIONS.contains(toks.get(k - 1).key()))) continue;
            if (!t.isWord()) return false;
            if (t.isDigit()) return false;
            if (lex.isAnyOrgHead(t.key()) && !(k == to - 1 && k > from && leadingHeads.contains(t.key()))) return false; // ("... Santos Câmara")
            if (!t.isCapitalized() && !lex.personParticles.contains(t.key())
                    && !(lex.personConnectors.contains(t.key()) && k > from && k + 1 < to)) return false; // "Costa e Silva"
            if (t.isAllCaps() && t.text().length() > 3) return false;
            words++;
        }
        return words >= 1 && words <= 6;
    }

    /** A title, a verb of saying, or "according to" next to the name. */
    private boolean personCue(List<Token> toks, Mention[] at, int from, int to) {
        int before = from - 1;
        if (before >= 0 && at[before] != null && at[before].type() == MentionType.TITLE) return true;
        if (before >= 0 && lex.speechVerbs.contains(toks.get(before).key()) && !toks.get(before).isCapitalized()) return true;
        if (before >= 1 && toks.get(before).key().equals("to") && toks.get(before - 1).key().equals("according")) return true;
        if (titleOfOrganizationBefore(toks, at, from, to)) return true;
        if (to < toks.size()) {
            Token next = toks.get(to);
            if (lex.speechVerbs.contains(next.key()) && !next.isCapitalized()) return true;
            // "signed by Anna Berg CEO of Kestrel Telecom": a title of an organization right after the name
            if (at[to] != null && at[to].type() == MentionType.TITLE && at[to].to() < toks.size() && toks.get(at[to].to()).key().equals("of")) return true;
            if (next.text().equals(",") || next.text().equals("(")) {
                int k = to + 1;
                while (k < toks.size() && List.of("the", "a", "an", "who", "is", "was").contains(toks.get(k).key())) k++;
                if (k < toks.size() && at[k] != null && at[k].type() == MentionType.TITLE) return true;
                if (k < toks.size() && (toks.get(k).key().equals("l") || toks.get(k).key().equals("c") || toks.get(k).key().equals("r"))
                        && k + 1 < toks.size() && toks.get(k + 1).text().equals(")")) return true;
            }
        }
        return false;
    }

    /** Most tokens between a title and the comma before the name it describes ("the head of the Kestrel Media press office, X,"). */
    private static final int TITLE_APPOSITION_REACH = 9;

    /**
     * "The deputy director of Kestrel's Foreign Cooperation Department, Zhang Wei, said": a name between commas right after
     * a title and the organization it is held at is the holder's, when the sentence goes on with a closing comma.
     */
    private boolean titleOfOrganizationBefore(List<Token> toks, Mention[] at, int from, int to) {
        if (from < 4 || !toks.get(from - 1).text().equals(",") || to >= toks.size() || !toks.get(to).text().equals(",")) return false;
        boolean org = false;
        int lower = 0;
        for (int k = from - 2; k >= 0 && k >= from - 1 - TITLE_APPOSITION_REACH; k--) {
            Mention m = at[k];
            Token t = toks.get(k);
            if (m != null) {
                if (m.type() == MentionType.TITLE) return org && (toks.get(m.to()).key().equals("of") || toks.get(m.to()).key().equals("at"));
                if (m.type() != MentionType.ORG && m.type() != MentionType.OTHER && m.type() != MentionType.PLACE) return false;
                org = true;
                k = m.from();
                continue;
            }
            if (List.of("of", "at", "the", "'s", "’s", "'", "’").contains(t.key()) || t.key().equals("s") && k > 0 && List.of("'", "’").contains(toks.get(k - 1).text())) continue;
            if (t.isWord() && !t.isCapitalized() && ++lower <= 2) continue; // "press office"
            return false;
        }
        return false;
    }

    private boolean descriptorBefore(List<Token> toks, Mention[] at, int from) {
        for (List<String> d : lex.orgDescriptors) {
            int n = d.size();
            if (from - n < 0) continue;
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                Token t = toks.get(from - n + k);
                ok = at[from - n + k] == null && t.key().equals(d.get(k)) && !t.isCapitalized();
            }
            if (ok) return true;
        }
        return false;
    }

    /** The plural of a one-word descriptor: "broadcasters", "companies". */
    private boolean pluralDescriptorWord(String key) {
        return pluralOneWordDescriptors.contains(key);
    }

    /** Plurals of the descriptors' last words ("operators", "companies"), and of the one-word descriptors. */
    private final Set<String> pluralDescriptorEnds, pluralOneWordDescriptors;

    private static String plural(String w) {
        return w.endsWith("y") && !w.endsWith("ay") && !w.endsWith("ey") ? w.substring(0, w.length() - 1) + "ies" : w + "s";
    }

    /** A plural descriptor just before {@code from}: "telecom operators", "the carmakers", "shipping companies". */
    private boolean pluralDescriptorBefore(List<Token> toks, Mention[] at, int from) {
        if (from < 1 || at[from - 1] != null) return false;
        Token last = toks.get(from - 1);
        String key = last.key();
        if (last.isCapitalized() && from > 1 || !pluralDescriptorEnds.contains(key)) return false; // ("Broadcasters X" opens a sentence)
        for (List<String> d : lex.orgDescriptors) {
            if (!key.equals(plural(d.get(d.size() - 1)))) continue;
            boolean ok = from - d.size() >= 0;
            for (int k = 0; k < d.size() - 1 && ok; k++) {
                Token t = toks.get(from - d.size() + k);
                ok = at[from - d.size() + k] == null && t.key().equals(d.get(k));
            }
            if (ok) return true;
        }
        return false;
    }

    /**
     * "telecom operators Kestrel Mobile and Corvo", "the carmakers Zentra, Volko and Corvo": a name that closes a
     * list whose first name stands after a plural descriptor is of the same kind.
     */
    private boolean describedList(List<Token> toks, Mention[] at, int from) {
        int k = from - 1;
        if (k < 1 || !List.of("and", "&", ",").contains(toks.get(k).key())) return false;
        int first = -1;
        while (k >= 0) {
            if (List.of("and", "&", ",").contains(toks.get(k).key()) && at[k] == null) { k--; continue; }
            Mention m = at[k];
            if (m == null || m.type() != MentionType.ORG && m.type() != MentionType.OTHER) break;
            first = m.from();
            k = m.from() - 1;
        }
        return first >= 0 && pluralDescriptorBefore(toks, at, first) && freeDescriptor(toks, at, first);
    }

    /**
     * The descriptor before {@code from} is a phrase of its own ("the news agency", "telecom operators"), not the
     * head closing a name before it ("Director of the Bukhara museum Dilnoza Karimova" names a person after it).
     */
    private boolean freeDescriptor(List<Token> toks, Mention[] at, int from) {
        for (int k = from - 2; k >= 0 && k >= from - 4; k--) {
            Token t = toks.get(k);
            if (at[k] != null) return false;
            if (!t.isWord() || determiners.contains(t.key()) || List.of("the", "a", "an", "and").contains(t.key())) return true;
            if (t.isCapitalized() && k > 0) return false;
        }
        return true;
    }

    private boolean descriptorAfter(List<Token> toks, Mention[] at, int to) {
        for (List<String> d : lex.orgDescriptors) {
            if (d.size() != 1 || to >= toks.size()) continue;
            Token t = toks.get(to);
            if (at[to] == null && !t.isCapitalized() && t.key().equals(d.get(0))) return true;
        }
        return false;
    }

    private boolean detachedDescriptorBefore(List<Token> toks, int from) {
        return descriptorLength(toks, from) > 0;
    }

    /** Number of tokens of a capitalised detached descriptor ending just before {@code from}; 0 if none. */
    private int descriptorLength(List<Token> toks, int from) {
        StringBuilder p = new StringBuilder();
        int best = 0;
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            if (!toks.get(k).isCapitalized()) break;
            p.insert(0, p.length() > 0 ? toks.get(k).key() + " " : toks.get(k).key());
            if (detachedDescriptors.contains(p.toString())) best = from - k;
        }
        return best;
    }

    /** Where a known name's mention starts when a free capitalised descriptor (and nationality) stands before it. */
    private int descriptorStart(List<Token> toks, Mention[] at, int from) {
        int n = descriptorLength(toks, from);
        if (n == 0 || taken(at, from - n, from)) return from;
        int start = from - n;
        if (start > 0 && at[start - 1] == null && lex.demonyms.containsKey(toks.get(start - 1).key())) start--;
        return start;
    }

    // ---- credit lines ----

    /**
     * Photo credits and bylines name who took a picture or wrote the story, not parties: "Photo:
     * Kestrel Archive / Nordpress", "KESTREL/Anna Berg/File Photo", "By Anna Berg, Nordpress". The
     * names, organizations and untyped runs inside such a credit are dropped.
     */
    private List<Mention> dropCredits(List<Token> toks, List<Mention> ms) {
        boolean[] credit = new boolean[toks.size()];
        boolean any = false;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            boolean labelled = creditMarkers.contains(t.key()) && k + 1 < toks.size()
                    && (toks.get(k + 1).text().equals(":") || toks.get(k + 1).key().equals("by") || toks.get(k + 1).text().equals("/"));
            boolean byline = k == 0 && t.text().equals("By") && k + 1 < toks.size() && toks.get(k + 1).isCapitalized()
                    && toks.size() <= BYLINE_MAX_TOKENS;
            if (labelled || byline) {
                // the credit runs over its names: capitalised words, slashes, commas and name connectors
                int e = k + 2;
                while (e < toks.size() && (toks.get(e).isCapitalized() || CREDIT_JOINS.contains(toks.get(e).text())
                        || isConnector(toks.get(e)) || toks.get(e).isDigit() || CREDIT_WORDS.contains(toks.get(e).key()))) e++;
                // "Photo: CEO Ann Lee of Coral Bank at the signing": words of prose after the names make it a caption, not a credit
                if (labelled && e < toks.size() && toks.get(e).isWord() && !toks.get(e).isCapitalized() && !CREDIT_WORDS.contains(toks.get(e).key())) {
                    k = e - 1;
                    continue;
                }
                for (int j = k; j < e; j++) credit[j] = true;
                any = true;
                k = e - 1;
                continue;
            }
            // "KESTREL/Anna Berg/File Photo": a slash-joined chain that ends in a photo marker
            if (creditMarkers.contains(t.key()) && t.isCapitalized() && k > 0 && (toks.get(k - 1).text().equals("/")
                    || toks.get(k - 1).key().equals("file") && k > 1 && toks.get(k - 2).text().equals("/"))) {
                int b = k;
                while (b > 0 && (toks.get(b - 1).isCapitalized() || toks.get(b - 1).text().equals("/"))) b--;
                int e = k + 1;
                while (e < toks.size() && (toks.get(e).isCapitalized() && toks.get(e).isAllCaps() || toks.get(e).text().equals("/"))) e++;
                for (int j = b; j < e; j++) credit[j] = true;
                any = true;
            }
        }
        if (!any) return ms;
        List<Mention> kept = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            boolean named = m.type() == MentionType.ORG || m.type() == MentionType.PERSON || m.type() == MentionType.OTHER
                    || m.type() == MentionType.TITLE;
            if (named && credit[m.from()]) continue;
            kept.add(m);
        }
        return kept;
    }

    /** A byline is a short line of its own ("By Anna Berg, Nordpress"); a longer sentence opening with "By" is prose. */
    private static final int BYLINE_MAX_TOKENS = 10;
    private static final Set<String> CREDIT_JOINS = Set.of("/", ",", "|", "-", "&", ".");
    /** Lower-case words a credit goes on with ("Photo: Anna Berg for Nordpress", "Photo: Anna Berg via Kestrel"). */
    private static final Set<String> CREDIT_WORDS = Set.of("by", "for", "via", "from", "courtesy", "of", "and");

    // ---- parentheticals ----

    /**
     * "China International Television Corporation (CITVC)" and "Russian Export Center (the REC)":
     * the acronym is absorbed into the organization's mention and remembered. "(L)" after a name
     * in a photo caption is dropped with the name.
     */
    private List<Mention> absorbParentheticals(List<Token> toks, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        for (int idx = 0; idx < ms.size(); idx++) {
            Mention m = ms.get(idx);
            int k = m.to();
            if ((m.type() == MentionType.ORG || m.type() == MentionType.OTHER) && k + 2 < toks.size() && toks.get(k).text().equals("(")) {
                int a = k + 1;
                if (toks.get(a).key().equals("the")) a++;
                int close = a;
                while (close < toks.size() && close < a + 4 && !toks.get(close).text().equals(")")) close++;
                if (close < toks.size() && toks.get(close).text().equals(")") && close > a) {
                    String acr = span(toks, a, close);
                    boolean looksAcronym = close - a <= 3 && Character.isUpperCase(acr.charAt(0)) && acr.length() <= 16
                            && acr.chars().filter(Character::isUpperCase).count() >= 2;
                    boolean cap1 = close - a == 1 && Character.isUpperCase(acr.charAt(0)) && acr.length() <= 12;
                    if (looksAcronym || cap1) {
                        // drop mentions inside the parenthesis (the acronym itself may have been matched as known)
                        while (idx + 1 < ms.size() && ms.get(idx + 1).from() < close + 1) idx++;
                        Mention grown = m.withEnd(close + 1, toks.get(close).end(), m.text(), acr);
                        if (m.type() == MentionType.OTHER) grown = grown.withType(MentionType.ORG);
                        out.add(grown);
                        continue;
                    }
                }
            }
            out.add(m);
        }
        return out;
    }

    /** The most words of a quoted name that a kind of organization names ("“Mir”", "“Kestrel Media”"). */
    private static final int MAX_QUOTED_NAME_WORDS = 3;

    /**
     * "“Mir” Interstate TV and Radio Company", "Interstate TV and Radio Company “Mir”": a quoted name
     * right before or after an organization named only by its kind (generic words and a head) is one
     * organization, named in the text's order; an acronym before a quoted name ("ITRC “Mir”") is that
     * organization's acronym. A kind with a name of its own ("Kestrel Media “Aurora”") or a longer
     * quotation is left as it is.
     */
    private List<Mention> joinQuotedNames(List<Token> toks, List<Mention> ms) {
        for (int idx = 0; idx + 1 < ms.size(); idx++) {
            Mention a = ms.get(idx), b = ms.get(idx + 1);
            Mention quoted = null, kind = null;
            if (quotedName(toks, a) && b.from() == a.to() + 1 && kindOnly(toks, b)) { quoted = a; kind = b; }
            else if (quotedName(toks, b) && b.from() == a.to() + 1 && kindOnly(toks, a)) { quoted = b; kind = a; }
            // "ITRC “Mir”": the acronym of a kind before a quoted name is that organization's acronym
            boolean acronymKind = quoted == null && quotedName(toks, b) && b.from() == a.to() + 1 && a.to() - a.from() == 1
                    && a.known().isEmpty() && (a.type() == MentionType.OTHER || a.type() == MentionType.ORG) && toks.get(a.from()).isAllCaps()
                    && toks.get(a.from()).text().length() >= MIN_BARE_ACRONYM;
            if (quoted == null && !acronymKind) continue;
            int from = quoted == a ? a.from() - 1 : a.from(), to = quoted == a ? b.to() : b.to() + 1; // the quotation marks go with the name
            Mention joined = acronymKind
                    ? new Mention(MentionType.ORG, from, to, toks.get(from).start(), toks.get(to - 1).end(), span(toks, from, to),
                            b.name(), Optional.empty(), null, a.text())
                    : new Mention(MentionType.ORG, from, to, toks.get(from).start(), toks.get(to - 1).end(), span(toks, from, to),
                            a.name() + " " + b.name(), Optional.empty(), null, kind.acronym());
            ms = replacePair(ms, a, joined);
        }
        return ms;
    }

    /** The most words of a branch named after a dash ("Ningxia Sub-Council", "South Lima Branch"). */
    private static final int MAX_DASHED_UNIT_WORDS = 3;

    /**
     * "China Council for Kestrel Trade - Ningxia Sub-Council", "Kestrel Bank – Lima Branch": a branch
     * (word-sets dash-unit-heads, or a head beginning with "sub-") written after its organization and
     * a spaced dash is one organization, named with the dash.
     */
    private List<Mention> joinDashedUnits(List<Token> toks, List<Mention> ms) {
        for (int idx = 0; idx + 1 < ms.size(); idx++) {
            Mention a = ms.get(idx), b = ms.get(idx + 1);
            if (a.type() != MentionType.ORG && a.type() != MentionType.OTHER || b.type() != MentionType.ORG && b.type() != MentionType.OTHER) continue;
            if (b.from() != a.to() + 1 || b.known().isPresent() || b.to() - b.from() > MAX_DASHED_UNIT_WORDS) continue;
            Token dash = toks.get(a.to());
            if (!DASHES.contains(dash.text()) || dash.start() == toks.get(a.to() - 1).end() || toks.get(b.from()).start() == dash.end()) continue;
            String head = toks.get(b.to() - 1).key();
            if (!dashUnitHeads.contains(head) && !head.startsWith("sub-")) continue;
            Mention joined = new Mention(MentionType.ORG, a.from(), b.to(), a.start(), b.end(), span(toks, a.from(), b.to()),
                    a.name() + " - " + b.name(), Optional.empty(), null, null);
            ms = replacePair(ms, a, joined);
        }
        return ms;
    }

    private static final Set<String> DASHES = Set.of("-", "–", "—");

    /** A copy of {@code ms} with the mention {@code a} and the one after it replaced by {@code joined}. */
    private static List<Mention> replacePair(List<Mention> ms, Mention a, Mention joined) {
        List<Mention> out = new ArrayList<>(ms);
        int at = out.indexOf(a);
        out.set(at, joined);
        out.remove(at + 1);
        return out;
    }

    /** A name of one to three words standing alone between quotation marks: "“Mir”". */
    private boolean quotedName(List<Token> toks, Mention m) {
        if (m.type() != MentionType.OTHER && m.type() != MentionType.ORG || m.known().isPresent()) return false;
        if (m.to() - m.from() > MAX_QUOTED_NAME_WORDS || m.from() < 1 || m.to() >= toks.size()) return false;
        String open = toks.get(m.from() - 1).text(), close = toks.get(m.to()).text();
        return (open.equals("“") && close.equals("”") || open.equals("\"") && close.equals("\"") || open.equals("«") && close.equals("»"));
    }

    /** An organization named only by its kind: generic words ending in a head ("Interstate TV and Radio Company"). */
    private boolean kindOnly(List<Token> toks, Mention m) {
        if (m.type() != MentionType.ORG || m.known().isPresent() || !lex.isOrgHead(toks.get(m.to() - 1).key())) return false;
        for (int k = m.from(); k < m.to(); k++) {
            Token t = toks.get(k);
            if (!t.isWord() || isConnector(t) || lex.isAnyOrgHead(t.key())) continue;
            if (!(genericWord(t.key()) || fieldNameWord(t) || nameAdjective(t.key()))) return false;
        }
        return true;
    }

    // ---- helpers ----

    private Mention mention(MentionType type, List<Token> toks, int from, int to, String name, Optional<KnownEntity> known) {
        String text = span(toks, from, to);
        return new Mention(type, from, to, toks.get(from).start(), toks.get(to - 1).end(), text, name, known, null, null);
    }

    private static boolean taken(Mention[] at, int from, int to) {
        for (int k = from; k < to; k++) if (at[k] != null) return true;
        return false;
    }

    private static void put(Mention[] at, List<Mention> out, Mention m) {
        for (int k = m.from(); k < m.to(); k++) at[k] = m;
        out.add(m);
    }

    /** The text of tokens [from, to) with their original spacing (single spaces between). */
    static String span(List<Token> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && toks.get(k).start() > toks.get(k - 1).end()) b.append(' ');
            b.append(toks.get(k).text());
        }
        return b.toString();
    }
}
