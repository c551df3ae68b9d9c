package signet.extract;

import signet.lexicon.TsvResource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * All language word lists of the extractor, loaded once from {@code lexicons/*.tsv}. Immutable;
 * share one instance between threads.
 */
public final class Lexicons {
    /** Head words of organization names; value: "" (strong), "weak", "gov" or "unit". */
    final Map<String, String> orgHeads = new HashMap<>();
    final List<List<String>> orgDescriptors;
    /** Title phrases (folded, hyphens as spaces) → core or mod. */
    final Map<String, String> titles = new HashMap<>();
    final int longestTitle;
    /**
     * The first word of every title phrase: a word not in this set starts no title, so the title
     * finder need not build and look up the phrases that begin with it (it did, for every word).
     */
    final Set<String> titleFirstWords;
    /** Full forms of abbreviated titles (folded): "cmd" → "chairman and managing director" (titles.tsv column 3). */
    final Map<String, String> titleFullForms = new HashMap<>();
    /** Portfolio words and phrases of a title, folded: field nouns and the "field" rows of title-portfolios.tsv. */
    final Set<String> portfolioFields;
    /** Lower-case unit nouns that end a portfolio: "head of the international relations department". */
    final Set<String> portfolioUnits;
    /** Titles that may take their portfolio before them: "Agriculture Minister". */
    final Set<String> portfolioLeadTitles;
    final Set<String> honorifics = new HashSet<>();
    final int longestHonorific;
    /** Nationality adjective (folded) → country name ("" for regions). */
    final Map<String, String> demonyms = new HashMap<>();
    /** title-org-heads.tsv: a bare title ("minister") → the heads of the organizations it is held at ("ministry"). */
    final Map<String, Set<String>> titleOrgHeads = new HashMap<>();
    /** Heads of state and government by each of their names ({@link #officeKey}): office-holders.tsv. */
    final Map<String, List<OfficeHolder>> officeHolders = new HashMap<>();

    /**
     * One term of office: the title as stories write it, the country, and the days it ran ({@code to} null while it
     * had not ended when the row was checked on {@code checked}: then trusted only up to that day).
     */
    record OfficeHolder(String title, String country, java.time.LocalDate from, java.time.LocalDate to, java.time.LocalDate checked) {
        /** Whether the term covers {@code day} as far as the row knows. */
        boolean covers(java.time.LocalDate day) {
            return !day.isBefore(from) && (to != null ? day.isBefore(to) : !day.isAfter(checked));
        }
    }

    /** A person's name as office-holders.tsv keys it: folded, accents and dots removed ("Lula da Silva", "Erdoğan" → "erdogan"). */
    static String officeKey(String name) {
        String s = java.text.Normalizer.normalize(Token.fold(name.strip()), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replace('ı', 'i').replace(".", "").replaceAll("\\s+", " ");
    }
    final Set<String> fieldNouns;
    final Set<String> commonWords;
    final Set<String> speechVerbs;
    /** Month names and their abbreviations (lexicons/dates-months.tsv), folded: a run made of a month and numbers is a date. */
    final Set<String> monthNames = TsvResource.table("lexicons/dates-months.tsv", 3).stream()
            .map(r -> Token.fold(r[0])).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Verbs a headline capitalises after a title ("Director-General Discuss Cooperation"): never a person's first word. */
    final Set<String> headlineVerbs;
    final Set<String> personParticles;
    /**
     * Lower-case words that join an organization name only after a leading head (name-connectors.tsv
     * "head"): "Banco do Nordeste", "Università degli Studi", "Muzeum Sztuki w Kestrelu".
     */
    final Set<String> headConnectors;
    /** Conjunctions between a person's surnames (name-connectors.tsv "person"): "Costa e Silva". */
    final Set<String> personConnectors;
    /** Articles that may open a name of another language before its head (name-connectors.tsv "article"): "Le Festival des Films". */
    final Set<String> nameArticles;
    /** Degrees written after a person's name and a comma (post-nominals.tsv), folded with their dots: "ph.d.", "mba". */
    final Set<String> postNominals;
    /** Lower-case legal forms of other languages after a company's name (legal-forms-lower.tsv), folded, spaces removed: "sp.zo.o.". */
    final Set<String> lowerLegalForms;
    /** Most tokens of a post-nominal ("Dr.h.c." is Dr . h.c. = 3). */
    static final int LONGEST_POST_NOMINAL = 6;
    final Set<String> notNamesAlone;
    /** Agreement noun phrase (folded) → "", "plural" or "anaphor". */
    final Map<String, String> agreementNouns = new HashMap<>();
    final int longestAgreementNoun;
    /** The first word of every agreement noun phrase (see {@link #titleFirstWords}). */
    final Set<String> agreementNounFirstWords;
    /** Signing verb phrase (folded) → its flags, space-separated: "base", "noun", "weak", "object" (see signing-verbs.tsv). */
    final Map<String, String> signingVerbs = new HashMap<>();
    /** Modality phrase (folded) before a signing verb → "intent" or "negation". */
    final Map<String, String> modality = new HashMap<>();
    /** The other phrase sets of lexicons/modality.tsv by their flag ("pending", "deferred", "unsigned", "not-signing"). */
    private final Map<String, Set<String>> modalitySets = new HashMap<>();
    final List<Kind> agreementKinds;
    final List<Kind> eventKinds;
    /**
     * lexicons/state-posts.tsv: a state's title phrase or word (folded, hyphens as spaces) → its
     * kind ("head", "diplomat", "minister", "rank", "grade", "portfolio", "the", "not-state") and value.
     */
    final Map<String, StatePost> statePosts = new HashMap<>();

    /** A row of lexicons/state-posts.tsv. */
    record StatePost(String kind, String value) {}

    /** A kind rule: the first whose pattern finds the noun phrase wins. */
    record Kind(Pattern pattern, String key, String label) {}

    public Lexicons() {
        for (String[] c : TsvResource.table("lexicons/org-heads.tsv", 2)) orgHeads.put(c[0].toLowerCase(), c[1]);
        orgDescriptors = TsvResource.firstColumn("lexicons/org-descriptors.tsv").stream().map(w -> List.of(w.toLowerCase().split(" "))).toList();
        int lt = 1;
        for (String[] c : TsvResource.table("lexicons/titles.tsv", 3)) {
            String k = normTitle(c[0]);
            titles.put(k, c[1]);
            if (!c[2].isEmpty()) titleFullForms.put(k, c[2]);
            lt = Math.max(lt, k.split(" ").length);
        }
        longestTitle = lt;
        titleFirstWords = titles.keySet().stream().map(Lexicons::firstWord).collect(java.util.stream.Collectors.toUnmodifiableSet());
        Map<String, Set<String>> portfolio = new HashMap<>();
        for (String[] c : TsvResource.table("lexicons/title-portfolios.tsv", 2)) {
            if (!PORTFOLIO_KINDS.contains(c[1]))
                throw new IllegalStateException("lexicons/title-portfolios.tsv: '" + c[0] + "' has kind '" + c[1] + "'; expected one of " + PORTFOLIO_KINDS);
            portfolio.computeIfAbsent(c[1], k -> new HashSet<>()).add(normTitle(c[0]));
        }
        Set<String> fields = new HashSet<>(portfolio.getOrDefault("field", Set.of()));
        for (String w : TsvResource.firstColumn("lexicons/field-nouns.tsv")) fields.add(normTitle(w));
        portfolioFields = Set.copyOf(fields);
        portfolioUnits = Set.copyOf(portfolio.getOrDefault("unit", Set.of()));
        portfolioLeadTitles = Set.copyOf(portfolio.getOrDefault("lead", Set.of()));
        int lh = 1;
        for (String w : TsvResource.firstColumn("lexicons/honorifics.tsv")) {
            String k = Token.fold(w).replace(".", "");
            honorifics.add(k);
            lh = Math.max(lh, k.split(" ").length);
        }
        longestHonorific = lh;
        for (String[] c : TsvResource.table("lexicons/demonyms.tsv", 2)) demonyms.put(Token.fold(c[0]), c[1]);
        for (String[] c : TsvResource.table("lexicons/title-org-heads.tsv", 2))
            titleOrgHeads.put(Token.fold(c[0]), Set.of(Token.fold(c[1]).split("\\|")));
        for (String[] c : TsvResource.table("lexicons/office-holders.tsv", 6)) {
            OfficeHolder h = new OfficeHolder(c[1], c[2], java.time.LocalDate.parse(c[3]),
                    "-".equals(c[4]) ? null : java.time.LocalDate.parse(c[4]), java.time.LocalDate.parse(c[5]));
            for (String n : c[0].split("\\|")) officeHolders.computeIfAbsent(officeKey(n), k -> new java.util.ArrayList<>()).add(h);
        }
        fieldNouns = Set.copyOf(TsvResource.firstColumn("lexicons/field-nouns.tsv"));
        commonWords = Set.copyOf(TsvResource.firstColumn("lexicons/common-words.tsv"));
        speechVerbs = Set.copyOf(TsvResource.firstColumn("lexicons/speech-verbs.tsv"));
        headlineVerbs = Set.copyOf(TsvResource.firstColumn("lexicons/headline-verbs.tsv"));
        personParticles = Set.copyOf(TsvResource.firstColumn("lexicons/person-particles.tsv"));
        headConnectors = nameConnectors("head");
        personConnectors = nameConnectors("person");
        nameArticles = nameConnectors("article");
        lowerLegalForms = TsvResource.firstColumn("lexicons/legal-forms-lower.tsv").stream().map(w -> Token.fold(w).replace(" ", ""))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        postNominals = TsvResource.firstColumn("lexicons/post-nominals.tsv").stream().map(Token::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
        notNamesAlone = Set.copyOf(TsvResource.firstColumn("lexicons/not-names-alone.tsv"));
        int la = 1;
        for (String[] c : TsvResource.table("lexicons/agreement-nouns.tsv", 2)) {
            agreementNouns.put(c[0], c[1]);
            la = Math.max(la, c[0].split(" ").length);
        }
        longestAgreementNoun = la;
        agreementNounFirstWords = agreementNouns.keySet().stream().map(Lexicons::firstWord).collect(java.util.stream.Collectors.toUnmodifiableSet());
        for (String[] c : TsvResource.table("lexicons/signing-verbs.tsv", 2)) signingVerbs.put(c[0], c[1]);
        Map<String, Set<String>> msets = new HashMap<>();
        for (String[] c : TsvResource.table("lexicons/modality.tsv", 2)) {
            if (c[1].equals("intent") || c[1].equals("negation")) modality.put(c[0], c[1]);
            else msets.computeIfAbsent(c[1], k -> new HashSet<>()).add(c[0]);
        }
        msets.forEach((k, v) -> modalitySets.put(k, Set.copyOf(v)));
        agreementKinds = kinds("lexicons/agreement-kinds.tsv");
        eventKinds = kinds("lexicons/event-kinds.tsv");
        for (TsvResource.Row r : TsvResource.rows("lexicons/state-posts.tsv")) {
            if (!STATE_POST_KINDS.contains(r.cell(1))) throw r.error("kind '" + r.cell(1) + "'; expected one of " + STATE_POST_KINDS);
            if (statePosts.putIfAbsent(normTitle(r.cell(0)), new StatePost(r.cell(1), r.cell(2))) != null) throw r.error("'" + r.cell(0) + "' twice");
        }
    }

    private static final List<String> NAME_CONNECTOR_KINDS = List.of("head", "person", "article", "elision");

    /** The words of lexicons/name-connectors.tsv of one kind ("head", "person", "article" or "elision"); an unknown kind is an error. */
    static Set<String> nameConnectors(String kind) {
        Set<String> out = new HashSet<>();
        for (TsvResource.Row r : TsvResource.rows("lexicons/name-connectors.tsv")) {
            if (!NAME_CONNECTOR_KINDS.contains(r.cell(1))) throw r.error("kind '" + r.cell(1) + "'; expected one of " + NAME_CONNECTOR_KINDS);
            if (r.cell(1).equals(kind)) out.add(Token.fold(r.cell(0)));
        }
        return Set.copyOf(out);
    }

    private static final List<String> STATE_POST_KINDS = List.of("head", "diplomat", "minister", "rank", "grade", "portfolio", "the", "not-state");

    /** The phrases of lexicons/modality.tsv with this flag (other than intent and negation); fails on an unknown flag. */
    Set<String> modalitySet(String flag) {
        Set<String> s = modalitySets.get(flag);
        if (s == null) throw new IllegalStateException("lexicons/modality.tsv has no phrase flagged " + flag);
        return s;
    }

    /** A named set of lexicons/word-sets.tsv; a missing set is an error naming it. */
    Set<String> wordSet(String name) {
        return sharedWordSet(name);
    }

    /**
     * Whether a country's name takes "the" after "of" ("the United Arab Emirates", "the Republic of
     * Tajikistan"): its name or its first word is a "the" row of lexicons/state-posts.tsv.
     */
    boolean takesThe(String country) {
        String c = normTitle(country);
        if (c.startsWith("the ")) return false;
        StatePost whole = statePosts.get(c), first = statePosts.get(firstWord(c));
        return whole != null && whole.kind().equals("the") || first != null && first.kind().equals("the");
    }

    /**
     * A named set of lexicons/word-sets.tsv for a rule class's static word tests (a static method's
     * {@code private static final} set), read from the one copy of the file every instance shares.
     */
    static Set<String> sharedWordSet(String name) {
        Set<String> s = SharedSets.SETS.get(name);
        if (s == null) throw new IllegalStateException("lexicons/word-sets.tsv has no set '" + name + "'");
        return s;
    }

    /** lexicons/word-sets.tsv, read once on first use. */
    private static final class SharedSets {
        static final Map<String, Set<String>> SETS;
        static {
            Map<String, Set<String>> sets = new HashMap<>();
            for (String[] c : TsvResource.table("lexicons/word-sets.tsv", 2)) sets.computeIfAbsent(c[0], k -> new HashSet<>()).add(c[1]);
            Map<String, Set<String>> frozen = new HashMap<>();
            sets.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
            SETS = Map.copyOf(frozen);
        }
    }

    private static List<Kind> kinds(String resource) {
        return TsvResource.table(resource, 3).stream()
                .map(c -> new Kind(Pattern.compile(c[0], Pattern.CASE_INSENSITIVE), c[1], c[2])).toList();
    }

    /** The text up to the first space (all of it when there is none). */
    static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    /** Titles are compared folded, with hyphens as spaces: "Director-General" = "director general". */
    static String normTitle(String s) {
        return SPACES.matcher(Token.fold(s).replace('-', ' ')).replaceAll(" ").strip();
    }

    private static final List<String> PORTFOLIO_KINDS = List.of("field", "unit", "lead");

    /** Compiled once: normTitle runs for every word of every sentence (String.replaceAll compiles per call). */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    boolean isOrgHead(String folded) {
        String v = orgHeads.get(folded);
        return v != null && !v.equals("weak");
    }

    boolean isAnyOrgHead(String folded) { return orgHeads.containsKey(folded); }

    Kind agreementKind(String phrase) {
        for (Kind k : agreementKinds) if (k.pattern().matcher(phrase).find()) return k;
        throw new IllegalStateException("agreement-kinds.tsv needs a catch-all last row");
    }

    Kind eventKind(String phrase) {
        for (Kind k : eventKinds) if (k.pattern().matcher(phrase).find()) return k;
        throw new IllegalStateException("event-kinds.tsv needs a catch-all last row");
    }
}
