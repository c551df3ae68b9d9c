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

import static signet.extract.NameWords.isPossessive;

/**
 * Finds the typed spans of one sentence, in a fixed order that lets the more certain evidence
 * win: dates, then known organizations, titles, agreement nouns, quoted works, then the remaining
 * capitalised runs, which {@link RunSplitter} splits and classifies by their shape (organization
 * head words, places, nationality adjectives) and by their neighbours (titles, honorifics, verbs of
 * saying).
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
    /** Heads that close a name of fields written in lower case: "Kyrgyzstan Radio and Television corporation". */
    private final Set<String> lowerCaseHeads;
    /** Heads of a branch written after its organization and a spaced dash: "... - Ningxia Sub-Council". */
    private final Set<String> dashUnitHeads;
    /** Name prefix of a mention that refers back to an organization by its head word ("the Union"). */
    static final String ANAPHOR = "the:";
    private final Set<String> directions;
    /** Lower-case words that may join the words of one name: "Radio y Television Argentina", "Radio e Televisione". */
    private final Set<String> nameConnectors;
    /** Lower-case words that join a name only after a leading head: "Banco do Brasil", "Agence des Presses". */
    private final Set<String> leadingHeadConnectors;
    /** Capitalised descriptors before a name that are not part of it: "News Agency ANSA". */
    private final Set<String> detachedDescriptors;
    /** Words of institution names that are not proper names ("Accounts Chamber", "State Control Committee"). */
    private final Set<String> genericNameWords;
    /** Words that label a credit line: "Photo:", "Source:", "Courtesy of", "/File Photo". */
    private final Set<String> creditMarkers;
    /** Legal forms written after a comma or a parenthesised country: "Kestrel Media, Inc.", "Kestrel (UK) Limited". */
    private final Set<String> legalSuffixes;
    /** Lower-case area nouns that close a place inside an organization's name: "Department of the North Kestrel region". */
    private final Set<String> areaNouns;
    /** {@link Lexicons#monthNames}. */
    private final Set<String> months;
    /** Full weekday names (lexicons/dates-weekdays.tsv), folded: "on Monday" is no complement of a name. */
    private final Set<String> weekdays;

    private final Lexicons lex;
    private final ReferenceData ref;
    private final DateFinder dates;
    private final Tokenizer tokenizer = new Tokenizer();
    /** What a word is inside a name (connector, field, honorific ...): shared with the run splitter. */
    private final NameWords kinds;
    /** Where one name ends and the next begins inside a capitalised run, and what each is. */
    private final RunSplitter runs;
    /** Titles and their portfolios ("Minister of Agriculture", "Foreign Minister"). */
    private final TitleFinder titles;

    MentionFinder(Lexicons lex, ReferenceData ref, DateFinder dates) {
        this.lex = lex;
        this.ref = ref;
        this.dates = dates;
        this.workNouns = lex.wordSet("work-nouns");
        this.legalForms = lex.wordSet("legal-forms");
        this.determiners = lex.wordSet("determiners");
        this.governmentMissions = lex.wordSet("government-missions");
        this.tailInHeads = lex.wordSet("name-tail-in");
        this.lowerCaseHeads = lex.wordSet("lower-case-heads");
        this.dashUnitHeads = lex.wordSet("dash-unit-heads");
        this.directions = lex.wordSet("directions");
        this.nameConnectors = lex.wordSet("name-connectors");
        this.leadingHeadConnectors = lex.headConnectors;
        this.detachedDescriptors = lex.wordSet("detached-descriptors");
        this.genericNameWords = lex.wordSet("generic-name-words");
        this.creditMarkers = lex.wordSet("credit-markers");
        this.legalSuffixes = lex.wordSet("legal-suffixes");
        this.areaNouns = lex.wordSet("area-nouns");
        this.months = lex.monthNames;
        this.weekdays = TsvResource.table("lexicons/dates-weekdays.tsv", 3).stream()
                .filter(r -> r[2].equals("full")).map(r -> Token.fold(r[0])).collect(Collectors.toUnmodifiableSet());
        this.kinds = new NameWords(lex, ref);
        this.runs = new RunSplitter(lex, ref, kinds);
        this.titles = new TitleFinder(lex, ref, kinds);
        this.lowerCaseUnits = lex.wordSet("lower-case-units");
        this.referringHeads = lex.wordSet("referring-heads");
        this.businessAnaphors = lex.wordSet("business-anaphors");
        this.definite = new DefiniteReference(lex, ref);
    }

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
        titles.findTitles(toks, at, out);
        findAgreementNouns(toks, at, out);
        findWorks(sentence, base, toks, at, out);
        findNationalGovernments(toks, at, out);
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
                    && !lex.demonyms.containsKey(toks.get(from - 1).key()) && !kinds.isTitleWord(toks.get(from - 1))
                    && kinds.honorificAt(toks, from - 1) == 0) continue;
            // "Kabar Agency": a known name followed by a legal-form head is still that organization;
            // "BBC Studios", "RT Arabic Network": followed by other name words it is a different one.
            int runEnd = to;
            while (runEnd < toks.size() && at[runEnd] == null && toks.get(runEnd).isCapitalized() && !kinds.isTitleWord(toks.get(runEnd))) runEnd++;
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
            // "Ministry of Digital Development, Communications and Mass Media": a list of fields after the known name goes on
            // naming; the longer name is that organization when its own name starts so, else another one the name finder reads
            // ("Ministry of Culture, Sports and Tourism" is not the known "Ministry of Culture")
            if (to < toks.size() && toks.get(to).key().equals(",") && runs.complementOfHead(toks, from, to)) {
                int listEnd = fieldListEnd(toks, at, to);
                if (listEnd > to) {
                    String longer = DocRegistry.norm(span(toks, from, listEnd));
                    if (!DocRegistry.norm(m.get().entity().name()).startsWith(longer)) continue;
                    to = listEnd;
                }
            }
            // "the Italian News Agency ANSA": the descriptor (and a nationality before it) goes with the name
            from = descriptorStart(toks, at, from);
            String text = span(toks, from, to);
            put(at, out, new Mention(MentionType.ORG, from, to, toks.get(from).start(), toks.get(to - 1).end(),
                    text, m.get().entity().name(), Optional.of(m.get().entity()), null, null));
            i = to - 1;
        }
    }

    /** An honorific at {@code i} with a capitalised word after it ("Dr. Anna"; not "He will"). */
    private boolean honorificBeforeName(List<Token> toks, int i) {
        int h = kinds.honorificAt(toks, i);
        return h > 0 && i + h < toks.size() && toks.get(i + h).isCapitalized();
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
            int placeEnd = runs.knownPlaceEnd(toks, at, i);
            int lowerHead = -1, ministry = -1;
            while (j < toks.size() && at[j] == null) {
                Token t = toks.get(j);
                // "Côte d'Ivoire", "Dar es Salaam", "Saint Vincent and the Grenadines": a known place keeps its small words
                if (j < placeEnd) { j++; lastCap = j; continue; }
                if (t.isCapitalized()) placeEnd = runs.knownPlaceEnd(toks, at, j);
                // "Diplomat The Kestrel Institute": a capitalised "The" inside a run opens the next name (a headline ran into it)
                if (t.text().equals("The") && !toks.get(j - 1).key().equals("of")) break;
                // "Kestrel University Signs Memorandum": a headline's capitalised verb after a head ends the name
                if (lex.headlineVerbs.contains(t.key()) && t.key().endsWith("s") && lex.isAnyOrgHead(toks.get(j - 1).key())) break;
                // "Kestrel Holdings for 410 million": a number after "for" is an amount, not part of the name
                if (t.isDigit() && toks.get(j - 1).key().equals("for")) break;
                if (t.isCapitalized() || (t.isDigit() && j > i)) { lastCap = j + 1; j++; continue; }
                // "Kestrel Leasing sp. z o.o.", "Coral Film s.r.o.": a legal form of another language in lower case ends the name
                int legal = lastCap == j ? kinds.lowerLegalFormEnd(toks, at, j) : -1;
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
                if (areaNouns.contains(k) && lastCap == j && runs.complementOfHead(toks, i, j)) { lastCap = j + 1; j++; continue; }
                // "Ministry of Roads, Transport and Communications": a list of fields in a head's complement
                if (k.equals(",") && runs.complementOfHead(toks, i, j)) {
                    int listEnd = fieldListEnd(toks, at, j);
                    if (listEnd > j) { j = listEnd; lastCap = listEnd; continue; }
                }
                // "Kestrel Research, Education, and Extension Organization": fields listed before the head they share
                if (k.equals(",") && kinds.fieldNameWord(toks.get(j - 1))) {
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
                // "managing director for Africa of Tarn Steel": a continent or a region alone before "of" is the area of a title,
                // no name that "of" continues ("Republic of Kestrel", "Bank of Africa" have a head before it)
                if (k.equals("of") && completePlace(toks, i, j) && ref.place(span(toks, i, j)).map(p -> !"country".equals(p.placeType())).orElse(false)
                        && i >= 2 && toks.get(i - 1).key().equals("for")) break;
                if (nameConnectors.contains(k) || lex.personParticles.contains(k)
                        || (k.equals("the") && toks.get(j - 1).key().equals("of"))) { j++; continue; }
                // "State Committee on Land Management", "Council for the Promotion of Trade": a head's
                // complement goes on, unless it names another organization ("... for the Kestrel Festival")
                String prev = toks.get(j - 1).key();
                boolean complement = k.equals("on") && lex.isOrgHead(prev)
                        || k.equals("the") && (prev.equals("for") || prev.equals("on")) && j >= 2 && lex.isOrgHead(toks.get(j - 2).key());
                // "State Committee of Freedonia on Television and Radio": after a head that takes it, "on" goes on past an "of" complement
                if (!complement && k.equals("on") && j + 1 < toks.size() && toks.get(j + 1).isCapitalized()) complement = runs.tailOnHeadBefore(toks, i, j);
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
                if (isPossessive(toks, j) && kinds.namePossessive(toks, j) && j + 2 < toks.size() && toks.get(j + 1).key().equals("and")
                        && toks.get(j + 2).isCapitalized() && at[j + 1] == null) { j++; continue; }
                // "Ministère de la Communication, des Télécommunications et du Numérique": in a name its head opens,
                // a comma before another of its connectors and a capitalised word lists the name's fields
                if (k.equals(",") && j + 2 < toks.size() && leadingHeadConnectors.contains(toks.get(j + 1).key()) && !toks.get(j + 1).isCapitalized()
                        && (toks.get(j + 2).isCapitalized() || lex.nameArticles.contains(toks.get(j + 2).key())) && runs.leadingHeadIn(toks, i, j)) { j++; continue; }
                // "Banco do Brasil", "Agence des Presses": Romance connectors after a leading head
                // "Agencia de Noticias y Radio y Televisión del Plata": a conjunction before a second head opens a second name,
                // unless it joins two heads or fields ("Corporación de Radio y Televisión")
                if (lex.personConnectors.contains(k) && j + 1 < toks.size() && toks.get(j + 1).isCapitalized()
                        && lex.isAnyOrgHead(toks.get(j + 1).key()) && !lex.isAnyOrgHead(prevKey(toks, j))
                        && !lex.fieldNouns.contains(prevKey(toks, j)) && runs.leadingHeadIn(toks, i, j)) break;
                if (leadingHeadConnectors.contains(k) && (runs.leadingHeadIn(toks, i, j) || !headInRun(toks, i, j) && headAhead(toks, at, j + 1))) { j++; continue; }
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
                else if (lastCap == j) ministry = titles.portfolioMinistryHead(toks, at, i, j);
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
                runs.classifyRun(toks, at, out, i, of);
                runs.classifyRun(toks, at, out, of + 1, lastCap);
            } else runs.classifyRun(toks, at, out, i, lastCap);
            if (lowerHead >= 0) capitaliseHead(toks, at, out, lowerHead);
            i = Math.max(lastCap, i + 1);
        }
    }

    /**
     * The end of a degree (post-nominals.tsv: "Ph.D.", "MBA") that starts at {@code i} right after a
     * comma and a person's name (or a name-shaped name of no known type), or -1.
     */
    private int postNominalAt(List<Token> toks, Mention[] at, int i) {
        if (i < 2 || at[i] != null || !toks.get(i - 1).text().equals(",") || at[i - 2] == null || at[i - 2].to() != i - 1) return -1;
        Mention m = at[i - 2];
        if (m.type() != MentionType.PERSON && !(m.type() == MentionType.OTHER && kinds.nameShaped(toks, m.from(), m.to()))) return -1;
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
            if (kinds.isConnector(t) || k == from && t.key().equals("the")) continue;
            Optional<Gazetteer.Match> place = ref.places().longestAt(toks, k);
            if (place.isPresent()) { k = place.get().to() - 1; continue; }
            String key = t.key();
            if (!t.isWord() || t.isAllCaps() && !lex.fieldNouns.contains(key)) return false;
            if (lex.isAnyOrgHead(key) && !lex.fieldNouns.contains(key)) return false;
            if (lex.fieldNouns.contains(key)) fields++;
            else if (!(lex.notNamesAlone.contains(key) || lex.demonyms.containsKey(key) || genericNameWords.contains(key)
                    || kinds.fieldNameWord(t) || kinds.nameAdjective(key))) {
                if (proper || k > from + 1 || k == from + 1 && !toks.get(from).key().equals("the")) return false;
                proper = true;
            }
        }
        return !proper || fields >= 2;
    }

    /** The organization that a lower-case head closes is named with the head capitalised: "... Television Corporation". */
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
            if (t.key().equals("and") || t.key().equals("&") || isPossessive(toks, k) && !kinds.namePossessive(toks, k)) return false;
            if (!t.isCapitalized() && !nameConnectors.contains(t.key())) return false;
            if (lex.isOrgHead(t.key()) && !lex.fieldNouns.contains(t.key())) return true;
        }
        return false;
    }
    /** The most words of a place after "in" that is no known place ("in Kestrel Bay"). */
    private static final int MAX_TAIL_PLACE_WORDS = 3;

    /**
     * End (exclusive) of the place after the "in" at {@code in} when it closes the name of the run
     * [from, in): the run's last head takes such a tail (lexicons/word-sets.tsv, name-tail-in), the
     * place is a known one or one to three capitalised words without a head, a day or a month, and
     * the name is no venue after "at"; {@code in} otherwise ("Coral Bank in Ruritania signed ..."
     * keeps its place apart).
     */
    private int tailPlaceEnd(List<Token> toks, Mention[] at, int from, int in) {
        if (in + 1 >= toks.size() || at[in + 1] != null || !toks.get(in + 1).isCapitalized()) return in;
        int head = runs.headBeforeTail(toks, from, in);
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
    /** "Russian", "Eastern", "Central", "Asian": a nationality, region or direction adjective. */
    private boolean regionAdjective(Token t) {
        String k = t.key();
        return lex.demonyms.containsKey(k) || directions.contains(k) || k.endsWith("ern") && directions.contains(k.substring(0, k.length() - 3))
                || k.equals("central");
    }

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
            // ("Institute of Russian, Eastern European and Central Asian Studies": a nationality or region adjective too)
            while (e < toks.size() && e - s < MAX_FIELD_ITEM_WORDS && at[e] == null && (kinds.fieldNameWord(toks.get(e))
                    || toks.get(e).isCapitalized() && !toks.get(e).isAllCaps() && (kinds.nameAdjective(toks.get(e).key()) || regionAdjective(toks.get(e)))
                    && !lex.isAnyOrgHead(toks.get(e).key()))) e++;
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

    /** Most capitalised words between a connector and the head that closes the name after it ("ve Turizm Bakanlığı"). */
    private static final int MAX_WORDS_BEFORE_HEAD = 3;

    /** Whether capitalised words from {@code k} end in a (strong) organization head: "Turizm Bakanlığı". */
    private boolean headAhead(List<Token> toks, Mention[] at, int k) {
        for (int e = k; e < Math.min(toks.size(), k + MAX_WORDS_BEFORE_HEAD + 1) && at[e] == null && toks.get(e).isCapitalized(); e++)
            if (e > k && lex.isOrgHead(toks.get(e).key())) return true;
        return false;
    }

    private static String prevKey(List<Token> toks, int j) { return toks.get(j - 1).key(); }

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
            // "a wholly owned subsidiary of the Company": a press release's defined term for the business it is about, which
            // "the company" is too (not "the Company Law", "the Company of Players")
            if (at[i] != null && at[i].from() == i && at[i].to() == i + 1 && at[i].known().isEmpty() && businessAnaphors.contains(t.key())
                    && toks.get(i - 1).key().equals("the") && (i + 1 == toks.size() || !toks.get(i + 1).isCapitalized() && !toks.get(i + 1).key().equals("of"))) {
                out.remove(at[i]);
                at[i] = null;
            }
            if (at[i] != null || t.isCapitalized() && !businessAnaphors.contains(t.key()) || !referringHeads.contains(t.key())) continue;
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
    /** "company", "firm": heads that stand for the business an article is about, capitalised too ("the Company"). */
    private final Set<String> businessAnaphors;
    private final DefiniteReference definite;

    private static boolean isAbbrev(String k) {
        return ABBREVIATIONS.contains(k);
    }

    /** Abbreviations whose period stays inside a name; "Md.", "Mohd." are given names ("Md. Anna Rahman"). */
    private static final Set<String> ABBREVIATIONS = Set.of("co", "ltd", "inc", "corp", "st", "jr", "sr", "bros", "no", "md", "mohd");
    /** "Seoul-based", "state-run", "English-language": compiled once, startsName runs for every word (String.matches compiles per call). */
    static final Pattern HYPHEN_ADJECTIVE = Pattern.compile(".+-(?:based|headquartered|owned|run|funded|backed|led|born|made|listed|controlled|language|speaking|affiliated|operated)");
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FINAL_COMMA_OR_DOT = Pattern.compile("[,.]$");

    private boolean startsName(List<Token> toks, int i) {
        Token t = toks.get(i);
        // "Seoul-based", "Egypt-based", "state-run": an adjective, not a name
        if (HYPHEN_ADJECTIVE.matcher(t.key()).matches()) return false;
        if (t.isCapitalized()) return true;
        // "2025 China Film Festival", "32nd International Film Festival": a number opening a name
        return t.isDigit() && i + 1 < toks.size() && toks.get(i + 1).isCapitalized();
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
            if (t.key().equals("of")) return k - from >= 2 && kinds.nameShaped(toks, from, k) && k + 1 < to ? k : -1;
            if (lex.isAnyOrgHead(t.key()) || kinds.isConnector(t) && !lex.personParticles.contains(t.key())) return -1;
        }
        return -1;
    }

    /** Tokens [from, to) are exactly one place of the reference data. */
    private boolean completePlace(List<Token> toks, int from, int to) {
        return ref.places().longestAt(toks, from).map(g -> g.to() == to).orElse(false);
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
                        || kinds.isConnector(toks.get(e)) || toks.get(e).isDigit() || CREDIT_WORDS.contains(toks.get(e).key()))) e++;
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
            // "a Memorandum of Understanding (MoU) between A and B": an agreement's own short form in brackets is part of it
            if (m.type() == MentionType.AGREEMENT && k + 2 < toks.size() && toks.get(k).text().equals("(") && toks.get(k + 2).text().equals(")")
                    && idx + 1 < ms.size() && ms.get(idx + 1).type() == MentionType.AGREEMENT && ms.get(idx + 1).from() == k + 1 && ms.get(idx + 1).to() == k + 2) {
                out.add(m.withEnd(k + 3, toks.get(k + 2).end(), m.text(), null));
                idx++;
                continue;
            }
            // "Bangladesh Oceanographic Research Institute, BORI, and ...": an acronym between commas right after the
            // name it spells is that name's acronym too, not another party ("Associated Press, BBC," is a list: BBC
            // does not spell "Associated Press")
            if ((m.type() == MentionType.ORG || m.type() == MentionType.OTHER) && k + 2 < toks.size() && toks.get(k).text().equals(",")
                    && (toks.get(k + 2).text().equals(",") || toks.get(k + 2).text().equals(")") || toks.get(k + 2).key().equals("and"))
                    && bareAcronym(toks.get(k + 1).text()) && spellsLongForm(toks.get(k + 1).text(), m.text())) {
                while (idx + 1 < ms.size() && ms.get(idx + 1).from() < k + 2) idx++;
                Mention grown = m.withEnd(k + 2, toks.get(k + 1).end(), m.text(), toks.get(k + 1).text());
                out.add(m.type() == MentionType.OTHER ? grown.withType(MentionType.ORG) : grown);
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** A word written as an acronym: two to twelve characters, letters (and hyphens or digits), at least two capitals, capitals first. */
    static boolean bareAcronym(String a) {
        if (a.length() < 2 || a.length() > 12 || !Character.isUpperCase(a.charAt(0))) return false;
        long caps = a.chars().filter(Character::isUpperCase).count();
        return caps >= 2 && caps * 2 > a.chars().filter(Character::isLetter).count() && a.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
    }

    /**
     * Schwartz and Hearst's test (2003) that an acronym abbreviates a long form: its letters appear in the long form
     * in order, right to left, and its first letter opens a word. Here the long form found must also open at the
     * name's first or second word, so that the acronym spells the name rather than its last words.
     */
    static boolean spellsLongForm(String acronym, String name) {
        String s = acronym.toLowerCase(java.util.Locale.ROOT), l = name.toLowerCase(java.util.Locale.ROOT);
        int si = s.length() - 1, li = l.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) { si--; continue; }
            while (li >= 0 && (l.charAt(li) != c || si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) li--;
            if (li < 0) return false;
            li--;
            si--;
        }
        int start = li + 1;
        int wordsBefore = l.substring(0, start).trim().isEmpty() ? 0 : l.substring(0, start).trim().split("\\s+").length;
        return wordsBefore <= 1;
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
                    && toks.get(a.from()).text().length() >= RunSplitter.MIN_BARE_ACRONYM;
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
            if (!t.isWord() || kinds.isConnector(t) || lex.isAnyOrgHead(t.key())) continue;
            if (!(kinds.genericWord(t.key()) || kinds.fieldNameWord(t) || kinds.nameAdjective(t.key()))) return false;
        }
        return true;
    }

    // ---- helpers ----

    /** Persons' name shape ({@link NameWords#nameShaped}), for the readers that re-type a mention later. */
    boolean nameShaped(List<Token> toks, int from, int to) {
        return kinds.nameShaped(toks, from, to);
    }

    static Mention mention(MentionType type, List<Token> toks, int from, int to, String name, Optional<KnownEntity> known) {
        String text = span(toks, from, to);
        return new Mention(type, from, to, toks.get(from).start(), toks.get(to - 1).end(), text, name, known, null, null);
    }

    static boolean taken(Mention[] at, int from, int to) {
        for (int k = from; k < to; k++) if (at[k] != null) return true;
        return false;
    }

    /**
     * "the Norwegian government", "the South Korean Government": a nationality adjective and "government" name that
     * country's government, written the way official names are ("Government of Norway"), so that it may sign, own
     * and be named again as "the Government of Norway". A region's adjective ("African") names no country.
     */
    private void findNationalGovernments(List<Token> toks, Mention[] at, List<Mention> out) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (at[i] != null || !toks.get(i).isCapitalized()) continue;
            int width = i + 2 < toks.size() && lex.demonyms.containsKey(toks.get(i).key() + " " + toks.get(i + 1).key()) ? 2 : 1;
            String key = width == 2 ? toks.get(i).key() + " " + toks.get(i + 1).key() : toks.get(i).key();
            String country = lex.demonyms.get(key);
            int g = i + width;
            if (country == null || country.isBlank() || g >= toks.size() || at[g] != null || !toks.get(g).key().equals("government")) continue;
            // ("the Norwegian Government Pension Fund": a capitalised name goes on after it)
            if (g + 1 < toks.size() && toks.get(g + 1).isCapitalized() && toks.get(g + 1).isWord()) continue;
            boolean free = true;
            for (int k = i; k <= g; k++) free &= at[k] == null;
            if (!free) continue;
            String name = "Government of " + (lex.takesThe(country) ? "the " : "") + country;
            put(at, out, mention(MentionType.ORG, toks, i, g + 1, name, Optional.empty()));
            i = g;
        }
    }

    static void put(Mention[] at, List<Mention> out, Mention m) {
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
