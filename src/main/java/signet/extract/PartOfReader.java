package signet.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import signet.extract.DocRegistry.DocEntity;
import signet.lexicon.TsvResource;

/**
 * Reads part-of statements: with the pattern rules of {@code rules/part-of.tsv} over each
 * sentence's abstract form ("ORG_0 , a wholly-owned subsidiary of ORG_1", "ORG_0 has three
 * subsidiaries including OTH_1 and OTH_2", "ORG_0 under the ORG_1"), and from the structure of
 * a unit's own name ("Media Center of the University of X" is part of the University of X).
 * The words it decides with are data: {@code lexicons/part-of-words.tsv}.
 */
final class PartOfReader {
    /** Where the part-of words are. */
    private static final String WORDS = "lexicons/part-of-words.tsv";

    /** The word kinds of lexicons/part-of-words.tsv (see its header). */
    private static final List<String> KINDS = List.of("unit", "body", "owner", "owned", "parent", "trade", "language", "group", "kin", "business", "association",
            "governing", "superior", "agent", "described-unit", "described-units");

    /** The rule id (written into provenance) and confidence of part-of read from a unit's own name. */
    static final String UNIT_NAME_RULE = "partof.unit-of-name";
    static final double UNIT_NAME_CONFIDENCE = 0.8;

    /**
     * Nouns that make "X, the N of Y" say X is part of Y. Not "publisher", "broadcaster" or
     * "governing body": "the publisher of Y" owns Y; "a company of the Coral Group" but not "the
     * holding (parent, management) company of Y", which owns or runs Y, nor "a sister (partner,
     * rival) company of Y", nor a company after a name ("the Lumo company of Y").
     */
    /**
     * Nouns that make "X, the N of Y" say X is part of Y (lexicons/part-of-words.tsv, kind described-unit), and a
     * plain "company": "a company of the Coral Group" but not "the holding (parent, management) company of Y", which
     * owns or runs Y, nor "a sister (partner, rival) company of Y", nor a company after a name ("the Lumo company of Y").
     * Longest first, so that "subsidiary company" is read whole.
     */
    private static final String UNIT_NOUNS = "(?:" + alternation(Words.shared().describedUnit())
            + "|(?<!holding |parent |management |managing |mother |investment |sister |partner |rival |fellow |client |peer |portfolio |_\\d |_\\d\\d |_\\d\\d\\d )company)";

    /** The plural of the unit nouns (kind described-units), for "one of the subsidiaries of Y", "one of Y's units". */
    private static final String UNIT_NOUNS_PLURAL = "(?:" + alternation(Words.shared().describedUnits()) + ")";

    /** Words as a regex alternation, longest first (a longer entry wins where both would match). */
    private static String alternation(Set<String> words) {
        return String.join("|", words.stream().sorted(java.util.Comparator.comparing(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder())).toList());
    }

    /**
     * Macros of the part-of rules. {ORGLIST}: one or more organizations joined by commas, "and",
     * "as well as", each with up to four describing words before it ("the general entertainment channels A", "broadcasters A and B as
     * well as C"), a later one not followed by a noun and "of" ("A, the Velsk version of B" describes
     * A and names no unit of its own); a describing word is never a preposition, so "A , a unit of B"
     * does not run on into B. {DESC}: up to three such describing words. {UNITNOUN}: see UNIT_NOUNS. {POS}: a
     * possessive "'s", also split from a name ending in a period ("Acme Corp.' s"). {TICKER}: a
     * stock ticker or other short aside after a possessive ("Acme Corp.'s (NYSE: ACM) studio").
     * {UNITTAIL}: one lower-case noun after a unit noun ("its subsidiary bank, Y"), never a verb
     * or a function word, so "X's unit said Y" does not read Y as the unit.
     */
    private static final String DESC_WORD = "(?:(?!(?:of|by|with|for|from|at|in|on|to|which|that|who|said|says)\\b)[a-z][a-z-]* )";
    /**
     * A word describing a parent before its name ("a subsidiary of Chinese payments giant B"):
     * never a function word, a verb of saying or having, or a verb that relates the description
     * to a name after it ("the holding controlling B").
     */
    private static final String PARENT_DESC_WORD = "(?:(?!(?:of|by|with|for|from|at|in|on|to|into|as|about|after|before|behind|between|among|against|over|under|through|via|like|than|since|until|during|within|without"
            + "|which|that|who|whose|whom|what|when|where|while|if|and|or|but|nor|not|also|its|their|his|her|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|should|must"
            + "|said|says|told|signed|controlling|owning|operating|running|managing|including|acquiring|buying|selling)\\b)[a-z][a-z-]* )";
    /**
     * A parent after "of" or "by": an optional "the", "-based" aside, a place's possessive and
     * description ("of the Ruritanian state railway company B", "of Russia's state lender B"), then
     * the name, not followed by a second name it could share the child with ("a subsidiary of B
     * and C" is a joint venture's description, and in "of B payments giant C" B describes C).
     */
    private static final String PARENT = "(?:the )?(?:\\S+-(?:based|owned|run|listed|backed) )?(?:(?:PLC|OTH)_\\d+ (?:'s )?|ORG_\\d+ (?:'s )?(?=" + PARENT_DESC_WORD + "))?" + PARENT_DESC_WORD + "{0,4}?"
            + "(?<parent>{ORGX})(?! (?:and |& |or )?" + PARENT_DESC_WORD + "{0,4}(?:ORG|OTH)_)"
            // "part of the South Velsk Region's network of museums", "part of Coral's programme": something of the parent's, no unit of it
            + "(?! 's (?:[a-z-]+ )?(?:network|networks|programme|program|project|initiative|plan|strategy|campaign|effort|efforts|push|drive|series|collection|exhibition|scheme|portfolio|agenda|framework)\\b)";
    /**
     * The end of a name that is not a modifier of a noun after it: "a member of the B delegation"
     * names the delegation, not B. After the name comes punctuation, the end, a function word or
     * a verb.
     */
    private static final String NAME_END = "(?=$| [,.;:()\"“”]| (?:and|or|but|in|on|at|for|since|from|to|of|with|that|which|who|whose|said|says|has|have|had|is|are|was|were|will|would|signed|as|until|after|before|when|AGR_\\d+|DAT_\\d+)\\b)";
    /**
     * A name after a noun of what it is, with what may describe that noun ("the cinema chain A", "the
     * leasing company A", "its music label A"): the noun (lexicons/part-of-words.tsv, kind business)
     * says a business, never a person; not "a stake in A" (no such noun before A).
     */
    /** The business nouns of lexicons/part-of-words.tsv as a regex alternation ("chain|brand|..."). */
    private static final String BUSINESS_NOUNS = String.join("|", Words.shared().businesses().stream().sorted().toList());
    private static final String KIND_NAME = "(?:the |a |an |its )?(?:(?!(?:stake|share|shares|interest|of|in|by|with|for|to)\\b)[a-z-]+ ){0,2}?(?:"
            + BUSINESS_NOUNS + ") (?:ORG|OTH)_\\d+(?! 's)";
    /**
     * A name before a noun of what it is, with up to two words that describe it ("the A news agency", "the B radio
     * station", "the C brand"): the noun (lexicons/part-of-words.tsv, kind business) says a business, after an owner's verb.
     */
    private static final String NAME_KIND = "(?:the |its )?(?:ORG|OTH)_\\d+ (?:(?!(?:and|or|of|in|with|for|to|by|at|on)\\b)[a-z-]+ ){0,2}?(?:"
            + BUSINESS_NOUNS + ")\\b";
    /**
     * A noun of what a listed name is, after it ("the Ulttar Radio network and the newspaper Ulttar Times"): optional,
     * a business noun (lexicons/part-of-words.tsv) with one word of medium before it; the list goes on after it.
     */
    private static final String KIND_TAIL = "(?: (?:radio |television |tv |news |online |cable |streaming )?(?:"
            + BUSINESS_NOUNS + ")s?\\b)?";
    /**
     * Not a noun of someone working for the organization after a unit noun: "Coral Bank's IT service provider", "its
     * channel partner" (a title after it too: "Coral Bank's business partner"), "Coral Bank's brand agency" (lexicons/part-of-words.tsv, kind agent).
     */
    private static final String NOT_AGENT = "(?! (?:" + String.join("|", Words.shared().agents().stream().sorted().toList()) + ")s?\\b| TTL_)";
    static final Map<String, String> MACROS = Map.ofEntries(
            Map.entry("{ORGLIST}", DESC_WORD + "{0,4}?{ORGX}" + KIND_TAIL + "(?: (?:, and|,|and|as well as|&|plus) " + DESC_WORD + "{0,4}?{ORGX}" + KIND_TAIL + "(?! [a-z-]+ of\\b)){0,15}"),
            Map.entry("{DESC}", DESC_WORD + "{0,3}?"),
            Map.entry("{UNITNOUN}", UNIT_NOUNS),
            Map.entry("{UNITNOUNS}", UNIT_NOUNS_PLURAL),
            Map.entry("{PARENT}", PARENT),
            Map.entry("{NAMEEND}", NAME_END),
            Map.entry("{KINDNAME}", KIND_NAME),
            Map.entry("{NAMEKIND}", NAME_KIND),
            // a bare apostrophe after a name ending in "s" ("Coral Holdings' payments unit"; checked in parent())
            Map.entry("{POS}", "(?:'s|' s|') "),
            Map.entry("{TICKER}", "(?:\\( [^()]{1,40}? \\) )?"),
            Map.entry("{NOTAGENT}", NOT_AGENT),
            Map.entry("{UNITTAIL}", "(?:(?!(?:said|says|and|or|has|have|had|is|was|were|will|would|to|of|in|on|at|for|with|from|by|until|since|before|after|during|when|as|that|which|who)\\b)[a-z][a-z-]*)"));


    /** The checks a rule may name in its fourth column (see rules/part-of.tsv). */
    private static final Set<String> CHECKS = Set.of("list", "typed-child", "unit-child", "body-parent", "owner-title", "owned-parent", "parent-in-child-name", "not-person-parent",
            "child-from-previous", "parent-from-previous", "unit-description", "government-parent", "hyphen-owner", "unit-end", "field-ministry", "free-child", "lower-unit", "title-unit", "group-parent", "not-person-child", "place-unit", "org-parent",
            "not-association-parent", "own-unit-child", "unit-first-child", "acronym-parent");

    /**
     * Nouns that refer back to any organization ("the company is a unit of B"); other nouns refer
     * to one whose name holds them ("the bank's unit A" after "Coral Bank signed ...").
     */
    private static final Set<String> GENERIC_ORG_NOUNS = Set.of("company", "firm", "group", "business", "organization", "organisation",
            "corporation", "concern", "venture", "startup", "enterprise", "entity", "operator");

    private final List<PatternRule> rules;
    private final Words words;

    /** The word lists of lexicons/part-of-words.tsv, by kind. */
    record Words(Set<String> units, Set<String> bodies, Set<String> owners, Set<String> owned, Set<String> parents, Set<String> trades, Set<String> languages, Set<String> groups,
            Set<String> kin, Set<String> businesses, Set<String> associations, Set<String> governing, Set<String> superiors, Set<String> agents,
            Set<String> describedUnit, Set<String> describedUnits) {
        /** lexicons/part-of-words.tsv, read once for every reader that decides with it (part-of, name typing, the registry). */
        static Words shared() { return Shared.WORDS; }

        private static final class Shared {
            static final Words WORDS = load(PartOfReader.WORDS);
        }

        static Words load(String resource) {
            Map<String, Set<String>> byKind = new HashMap<>();
            for (TsvResource.Row row : TsvResource.rows(resource)) {
                String kind = row.cell(1);
                if (!KINDS.contains(kind)) throw row.error("kind must be one of " + KINDS + ", not '" + kind + "'");
                byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(row.cell(0).toLowerCase());
            }
            java.util.function.Function<String, Set<String>> of = k -> Set.copyOf(byKind.getOrDefault(k, Set.of()));
            return new Words(of.apply("unit"), of.apply("body"), of.apply("owner"), of.apply("owned"), of.apply("parent"), of.apply("trade"), of.apply("language"),
                    of.apply("group"), of.apply("kin"), of.apply("business"), of.apply("association"), of.apply("governing"), of.apply("superior"), of.apply("agent"),
                    of.apply("described-unit"), of.apply("described-units"));
        }
    }

    PartOfReader() {
        rules = PatternRule.load("rules/part-of.tsv", MACROS);
        for (PatternRule r : rules)
            for (String c : r.checks())
                if (!CHECKS.contains(c)) throw new IllegalStateException("rules/part-of.tsv: rule " + r.id() + " names an unknown check '" + c + "'; known: " + CHECKS);
        words = Words.shared();
        Set<String> a = new HashSet<>();
        for (PatternRule r : rules) if (r.pattern().pattern().replaceFirst("^\\(\\?=\\[[^\\]]*\\]\\)", "").startsWith("^")) a.add(r.id());
        anchored = Set.copyOf(a);
        Map<String, Set<String>> c = new HashMap<>();
        for (PatternRule r : rules) c.put(r.id(), r.checks());
        checksOf = Map.copyOf(c);
    }

    /** Each rule's checks, read once (PatternRule.checks() parses its column on every call). */
    private final Map<String, Set<String>> checksOf;

    /**
     * The checks of the rules that need only one name of the sentence (the other is "it", the
     * sentence before, a word "B-owned" or part of the child's own name).
     */
    private static final Set<String> ONE_NAME_CHECKS = Set.of("child-from-previous", "parent-from-previous", "hyphen-owner", "parent-in-child-name", "field-ministry", "lower-unit", "title-unit", "place-unit");

    /** How many organization or untyped names a sentence's form holds (up to 2). */
    private static int names(String form) {
        int n = 0;
        for (int at = form.indexOf("_"); at >= 3 && n < 2; at = form.indexOf("_", at + 1)) {
            String code = form.substring(at - 3, at);
            if (code.equals("ORG") || code.equals("OTH")) n++;
        }
        return n;
    }

    /** Ids of the rules whose pattern starts with "^". */
    private final Set<String> anchored;

    /** Names of the article's organizations while {@link #read} runs (see {@link #hyphenOwner}). */
    private Set<String> articleOrgNames = Set.of();

    List<Drafts.PartOf> read(ArticleState st) {
        List<Drafts.PartOf> out = new ArrayList<>();
        // names the article gives organizations (and abbreviations it uses, typed or not: "HAAFS"),
        // for a unit's name whose tail has no "the" (see unitTail)
        Set<String> orgNames = new HashSet<>();
        for (SentenceView v : st.views)
            for (Mention m : v.mentions)
                if (m.type() == MentionType.ORG || m.type() == MentionType.OTHER && m.to() - m.from() == 1 && v.tokens.get(m.from()).isAllCaps())
                    orgNames.add(DocRegistry.norm(m.name()));
        articleOrgNames = orgNames;
        for (int vi = 0; vi < st.views.size(); vi++) {
            SentenceView v = st.views.get(vi);
            if (v.form.length() > RelationReader.MAX_FORM) continue;
            SentenceView previous = vi > 0 ? st.views.get(vi - 1) : null;
            boolean hyphenOwned = v.form.contains("-owned ") || v.form.contains("-run ") || v.form.contains("-controlled ") || v.form.contains("-operated ") || v.form.contains("-affiliated "), ministry = v.form.contains(" ministry");
            // most rules relate two names of the sentence; a sentence with fewer is only read by the others
            boolean twoNames = names(v.form) >= 2;
            for (PatternRule r : rules) {
                Set<String> checks = checksOf.get(r.id());
                if (!twoNames && ONE_NAME_CHECKS.stream().noneMatch(checks::contains)) continue;
                // "B-owned A": the rule starts with any word, so it gets no first-character guard; most sentences have no "-owned"
                if (!hyphenOwned && checks.contains("hyphen-owner")) continue;
                if (!ministry && checks.contains("field-ministry")) continue;
                Matcher m = r.pattern().matcher(v.form);
                // a rule anchored at the sentence's start is tried there only (find() would try every position)
                if (anchored.contains(r.id())) {
                    if (m.lookingAt()) readMatch(st, v, previous, r, m, out);
                    continue;
                }
                while (m.find()) readMatch(st, v, previous, r, m, out);
            }
            unitNames(st, v, orgNames, out);
            nationalArms(st, v, orgNames, out);
            splitNationalArms(st, v, out);
            if (v.form.contains(" - ")) dashBranches(st, v, out);
        }
        sisters(st, out);
        return out;
    }

    /** "... with sister streaming service B", "A's sister channel B": the name after "sister" and what describes it. */
    private static final java.util.regex.Pattern SISTER = java.util.regex.Pattern.compile(
            "\\b(?:its |their |a |the |with |and )?sister (?:(?!of\\b|to\\b|and\\b|with\\b)[a-z-]+ ){0,3}?(?:(?:,|:) )?(?<child>(?:ORG|OTH)_\\d+\\b)(?! 's)");

    /**
     * "Coral Group's studio Lumo Pictures signed a deal with sister streaming service Lumo Play": a
     * sister of a unit is a unit of the same parent. The sister's sibling is the nearest name before
     * "sister" (in a possessive, "Lumo's sister channel", the possessor), and it must be a child read
     * already in this article; its parent is the sister's.
     */
    private void sisters(ArticleState st, List<Drafts.PartOf> out) {
        if (out.isEmpty()) return;
        int known = out.size();
        for (SentenceView v : st.views) {
            if (!v.form.contains("sister ")) continue;
            Matcher m = SISTER.matcher(v.form);
            while (m.find()) {
                // the nearest name before "sister" that is a child read already ("A, a unit of B, ... its sister channel C": A)
                List<Integer> c = v.mentionsIn(m.group("child"));
                if (c.size() != 1) continue;
                Matcher before = NAME_CODE.matcher(v.form.substring(0, m.start()));
                List<String> names = new ArrayList<>();
                while (before.find()) names.add(before.group());
                DocEntity sibling = null, parent = null;
                for (int n = names.size() - 1; n >= 0 && parent == null; n--) {
                    List<Integer> s = v.mentionsIn(names.get(n));
                    if (s.size() != 1) continue;
                    sibling = st.entity(v, s.get(0));
                    if (sibling == null) continue;
                    for (int i = 0; i < known; i++) {
                        Drafts.PartOf f = out.get(i);
                        if (f.child() != sibling) continue;
                        // a child of two parents says nothing sure of its sister's
                        if (parent != null && parent != f.parent()) { parent = null; n = -1; break; }
                        parent = f.parent();
                    }
                }
                if (parent == null || !st.promote(v, c.get(0), MentionType.ORG)) continue;
                DocEntity child = st.entity(v, c.get(0));
                if (child == null || child == parent || child == sibling) continue;
                out.add(new Drafts.PartOf(child, parent, ArticleState.evidence(v.sentence, SISTER_RULE, SISTER_CONFIDENCE)));
            }
        }
    }

    private static final java.util.regex.Pattern NAME_CODE = java.util.regex.Pattern.compile("\\b(?:ORG|OTH)_\\d+\\b");

    static final String SISTER_RULE = "partof.sister-of-unit";
    static final double SISTER_CONFIDENCE = 0.65;
    static final String NATIONAL_ARM_RULE = "partof.national-arm-name";
    static final double NATIONAL_ARM_CONFIDENCE = 0.7;

    /**
     * "Coral USA", "Coral India" in an article that names Coral as an organization: a name made of an
     * organization's whole name and a country or region after it is that organization's national arm.
     * The rest must be an organization the article names on its own (typed so), the tail a place the
     * reference data knows (one or two words, "USA", "North America"), and the rest no place itself.
     */
    private void nationalArms(ArticleState st, SentenceView v, Set<String> orgNames, List<Drafts.PartOf> out) {
        for (int i = 0; i < v.mentions.size(); i++) {
            Mention m = v.mention(i);
            if (m.type() != MentionType.ORG && m.type() != MentionType.OTHER || m.to() - m.from() < 2) continue;
            for (int tail = 1; tail <= 2 && m.to() - tail > m.from(); tail++) {
                int cut = m.to() - tail;
                boolean words = true;
                for (int k = cut; k < m.to(); k++) words &= v.tokens.get(k).isWord() && v.tokens.get(k).isCapitalized();
                if (!words || v.tokens.get(cut - 1).key().equals("of") || v.tokens.get(cut - 1).key().equals("and")) continue;
                String place = text(v.tokens, cut, m.to()), rest = text(v.tokens, m.from(), cut);
                if (st.ref.place(place).isEmpty() || st.ref.place(rest).isPresent()) continue;
                if (!namedFirst(st, DocRegistry.norm(rest), DocRegistry.norm(m.name()))) continue;
                if (!st.promote(v, i, MentionType.ORG)) break;
                DocEntity child = st.entity(v, i), parent = st.registry.orgNamed(subMention(st, v, m.from(), cut));
                if (child == null || parent == null || child == parent) break;
                out.add(new Drafts.PartOf(child, parent, ArticleState.evidence(v.sentence, NATIONAL_ARM_RULE, NATIONAL_ARM_CONFIDENCE)));
                break;
            }
        }
    }

    /**
     * "Mike Roberts, CEO of McDonald's USA": a national arm the finder split into a name and a country
     * right after it (no space for a comma or a word between, no possessive after the country). The
     * name must be named alone earlier in the article (typed or not), and the country no city
     * ("Coral Moscow" may say where); the arm is the two together.
     */
    private void splitNationalArms(ArticleState st, SentenceView v, List<Drafts.PartOf> out) {
        for (int i = 0; i + 1 < v.mentions.size(); i++) {
            Mention m = v.mention(i);
            if (m.type() != MentionType.ORG && m.type() != MentionType.OTHER) continue;
            for (int j = 0; j < v.mentions.size(); j++) {
                Mention place = v.mention(j);
                if (place.type() != MentionType.PLACE || place.from() != m.to() || place.to() - place.from() > 2) continue;
                // the name ends with the country: punctuation, a function word or a verb after it ("give Coral U.S. streaming rights" is no arm)
                if (place.to() < v.tokens.size() && !ARM_END.contains(v.tokens.get(place.to()).key()) && v.tokens.get(place.to()).isWord()) continue;
                if (place.to() < v.tokens.size() && v.tokens.get(place.to()).text().startsWith("'")) continue;
                Optional<KnownEntity> country = st.ref.place(place.name());
                if (country.isEmpty() || country.get().isCity() || st.ref.place(m.name()).isPresent()) continue;
                if (!namedAloneBefore(st, v, DocRegistry.norm(m.name()))) continue;
                DocEntity child = st.registry.orgNamed(subMention(st, v, m.from(), place.to()));
                DocEntity parent = m.type() == MentionType.ORG ? st.entity(v, i) : st.registry.orgNamed(subMention(st, v, m.from(), m.to()));
                if (child == null || parent == null || child == parent) continue;
                out.add(new Drafts.PartOf(child, parent, ArticleState.evidence(v.sentence, NATIONAL_ARM_RULE, NATIONAL_ARM_CONFIDENCE)));
            }
        }
    }

    /** Words that may follow a national arm's name. */
    private static final Set<String> ARM_END = Set.of("and", "or", "in", "on", "at", "for", "to", "of", "with", "from", "by", "as", "has", "have", "had",
            "is", "was", "will", "would", "said", "says", "signed", "which", "who", "that", "since", "until", "after", "before");

    /** Whether a sentence before {@code v} names an organization or untyped name exactly so, with no place after it. */
    private static boolean namedAloneBefore(ArticleState st, SentenceView v, String name) {
        for (SentenceView w : st.views) {
            if (w == v) return false;
            for (Mention o : w.mentions) {
                if (o.type() != MentionType.ORG && o.type() != MentionType.OTHER || !DocRegistry.norm(o.name()).equals(name)) continue;
                boolean placeAfter = false;
                for (Mention p : w.mentions) placeAfter |= p.type() == MentionType.PLACE && p.from() == o.to();
                if (!placeAfter) return true;
            }
        }
        return false;
    }

    static final String DASH_BRANCH_RULE = "partof.dash-branch-name";
    static final double DASH_BRANCH_CONFIDENCE = 0.7;

    /** The last words of a branch named after its parent and a dash ("Coral Council - Velsk Sub-Council"). */
    private static final Set<String> BRANCH_ENDS = Set.of("sub-council", "subcouncil", "branch", "chapter", "office", "bureau", "division", "department", "sub-committee", "subcommittee");

    /**
     * "the Coral Council for Trade - Velsk Sub-Council": an organization's name, a dash and a
     * capitalised name ending with a branch word is that organization's branch, named whole.
     */
    private void dashBranches(ArticleState st, SentenceView v, List<Drafts.PartOf> out) {
        for (int i = 0; i < v.mentions.size(); i++) {
            Mention m = v.mention(i);
            if (m.type() != MentionType.ORG || m.to() + 1 >= v.tokens.size()) continue;
            String dash = v.tokens.get(m.to()).text();
            if (!dash.equals("-") && !dash.equals("–") && !dash.equals("—")) continue;
            for (int j = 0; j < v.mentions.size(); j++) {
                Mention b = v.mention(j);
                if (b.from() != m.to() + 1 || b.type() != MentionType.ORG && b.type() != MentionType.OTHER) continue;
                String last = v.tokens.get(b.to() - 1).text().toLowerCase();
                if (!v.tokens.get(b.from()).isCapitalized() || !BRANCH_ENDS.contains(last) && BRANCH_ENDS.stream().noneMatch(e -> last.endsWith("-" + e))) continue;
                DocEntity child = st.registry.orgNamed(subMention(st, v, m.from(), b.to())), parent = st.entity(v, i);
                if (child == null || parent == null || child == parent) continue;
                out.add(new Drafts.PartOf(child, parent, ArticleState.evidence(v.sentence, DASH_BRANCH_RULE, DASH_BRANCH_CONFIDENCE)));
            }
        }
    }

    /**
     * Whether the article names an organization (typed so) by exactly this normalised name before it
     * first names the arm: "Coral Pakistan ... Coral" shortens the arm's name, "Coral ... Coral USA" names an arm.
     */
    private static boolean namedFirst(ArticleState st, String parent, String arm) {
        for (SentenceView w : st.views)
            for (Mention o : w.mentions) {
                String n = DocRegistry.norm(o.name());
                if (n.equals(arm)) return false;
                if (o.type() == MentionType.ORG && n.equals(parent)) return true;
            }
        return false;
    }

    private void readMatch(ArticleState st, SentenceView v, SentenceView previous, PatternRule r, Matcher m, List<Drafts.PartOf> out) {
        readMatch(st, v, previous, r, m, out, "parent");
        // "A, a joint venture of B and C": a child of two parents
        if (hasGroup(r, "parent2") && m.group("parent2") != null) readMatch(st, v, previous, r, m, out, "parent2");
    }

    private void readMatch(ArticleState st, SentenceView v, SentenceView previous, PatternRule r, Matcher m, List<Drafts.PartOf> out, String parentGroup) {
        Set<String> checks = checksOf.get(r.id());
        if (checks.contains("hyphen-owner")) {
            readHyphenOwner(st, v, r, m, out);
            return;
        }
        if (checks.contains("lower-unit")) {
            readLowerUnit(st, v, r, m, out);
            return;
        }
        if (checks.contains("title-unit")) {
            readTitleUnit(st, v, r, m, out);
            return;
        }
        if (checks.contains("place-unit")) {
            readPlaceUnit(st, v, previous, r, m, out);
            return;
        }
        // "of the ORG_1": the noun was resolved to a name already, so the parent is that name
        boolean named = checks.contains("parent-from-previous") && hasGroup(r, "parent") && m.group("parent") != null;
        if (!named && (checks.contains("child-from-previous") || checks.contains("parent-from-previous"))) {
            readAnaphor(st, v, previous, r, m, out);
            return;
        }
        List<Integer> children = v.mentionsIn(m.group("child"));
        if (children.isEmpty() || children.size() > 1 && !checks.contains("list")) return;
        if (checks.contains("free-child") && NOT_A_CHILD_AFTER.matcher(v.form).region(Math.max(0, m.start("child") - 40), m.start("child")).find()) return;
        if (checks.contains("unit-description")) {
            // the unit is a description in lower case ("the foreign-language service"), not a name
            Mention unit = v.mention(v.mentionsIn(m.group("unit")).get(0));
            if (v.tokens.get(unit.from()).isCapitalized() || !hasWord(unit.name(), words.units)) return;
        }
        if (checks.contains("owner-title") && hasGroup(r, "t") && m.group("t") != null) {
            // "PCCW, owner of Viu": the finder reads "owner" as a title; only ownership titles say part-of
            if (!words.owners.contains(Lexicons.normTitle(v.mention(v.mentionsIn(m.group("t")).get(0)).name()))) return;
        }
        Optional<Parent> parent = parent(st, v, r, m, children.get(0), parentGroup);
        if (parent.isEmpty()) return;
        // a state's ministry is no unit of the state: "Ostrel's Ministry of Culture" is the ministry's name
        // (only a "Government of ..." written after it is its parent: comma-government)
        if (!checks.contains("government-parent") && MINISTRY.matcher(v.mention(children.get(0)).name()).lookingAt()) return;
        // a list with one organization in it lists organizations ("Tarn Power, Tarn Gas and Tarn Grid": "Tarn Grid" is no person's name)
        boolean orgList = false;
        if (children.size() > 1)
            for (int c : children) {
                Mention cm = v.mention(c);
                orgList |= cm.type() == MentionType.ORG || cm.type() == MentionType.OTHER && cm.to() - cm.from() >= 2 && !personShaped(st, v, cm);
            }
        for (int c : children) {
            if (checks.contains("unit-child") && !hasWord(v.mention(c).name(), words.units)) continue;
            if (checks.contains("own-unit-child") && !ownUnit(v.mention(c))) continue;
            if (checks.contains("unit-end") && !words.units.contains(v.tokens.get(v.mention(c).to() - 1).key())) continue;
            // ("Office of Rural Credit", the official "UNIT of ..." style; not "Agriculture Department")
            if (checks.contains("unit-first-child") && !words.units.contains(firstWord(v.mention(c).name()).toLowerCase(java.util.Locale.ROOT))) continue;
            if (checks.contains("typed-child") && v.mention(c).type() != MentionType.ORG) continue;
            // "John Smith, a member of the Velsk Banking Association, signed the charter": a name the finder left untyped that
            // a rule made an organization in an earlier round (a signer) is no typed child when it has a person's shape (and no
            // organization's head word last: "Kesh Laboratory")
            if (checks.contains("typed-child") && v.promotedEarlier(c) && personShapedName(st, v, v.mention(c))
                    && !st.lex.isAnyOrgHead(v.tokens.get(v.mention(c).to() - 1).key()) && !words.units.contains(v.tokens.get(v.mention(c).to() - 1).key())) continue;
            if (checks.contains("not-person-child") && !orgList && personShaped(st, v, v.mention(c))) continue;
            if (titleHolder(v, c)) continue;
            // the wording says the child is an organization: a channel "Lumo 24" keeps its number
            if (!st.promote(v, c, MentionType.ORG, true)) continue;
            DocEntity child = st.entity(v, c), p = parent.get().entity(st, v);
            // "Kesh Power India Pvt Ltd, the Indian arm of Kesh Power": the registry read the parent's name as a short form
            // of the child's; the wording says it is another organization, named so
            if (child != null && child == p && parent.get().index() >= 0) p = namedApart(st, v, v.mention(c), v.mention(parent.get().index()));
            if (child == null || p == null || child == p) continue;
            if (hasGroup(r, "place") && m.group("place") != null) {
                // "Coral's subsidiary China Lumo Exploration Company": the place is the first word of the child's name
                Mention place = v.mention(v.mentionsIn(m.group("place")).get(0)), cm = v.mention(c);
                if (place.to() == cm.from() && v.tokens.get(cm.from()).isCapitalized()) {
                    int end = cm.to();
                    // "China National Oil and Gas Exploration Company", split by the finder at "and": the first part ends with
                    // no organization head, the second does
                    if (end + 1 < v.tokens.size() && v.tokens.get(end).key().equals("and") && !st.lex.isAnyOrgHead(v.tokens.get(end - 1).key()))
                        for (Mention next : v.mentions) {
                            if (next.from() != end + 1 || next.type() != MentionType.ORG && next.type() != MentionType.OTHER || !v.tokens.get(next.from()).isCapitalized()) continue;
                            // its last word, before an abbreviation in parentheses: "... Development Company (CNODC)"
                            int last = next.to() - 1;
                            if (v.tokens.get(last).text().equals(")")) while (last > next.from() && !v.tokens.get(last).text().equals("(")) last--;
                            if (v.tokens.get(last).text().equals("(")) last--;
                            if (last > next.from() && st.lex.isAnyOrgHead(v.tokens.get(last).key())) end = last + 1;
                        }
                    DocEntity whole = st.registry.orgNamed(subMention(st, v, place.from(), end));
                    if (whole != null && whole != p) child = whole;
                }
            }
            if (r.id().startsWith("partof.possessive")) {
                // "Coral's Lumo 24 Hindi news channel": a language before a noun describes the channel, it is no word of its name
                Mention cm = v.mention(c);
                if (cm.to() - cm.from() >= 2 && cm.to() < v.tokens.size() && words.languages.contains(v.tokens.get(cm.to() - 1).key())
                        && v.tokens.get(cm.to()).isWord() && !v.tokens.get(cm.to()).isCapitalized()) {
                    DocEntity shorter = st.registry.orgNamed(subMention(st, v, cm.from(), cm.to() - 1));
                    if (shorter != null && shorter != p) child = shorter;
                }
            }
            if (WHOLE_NAME_RULES.contains(r.id())) {
                DocEntity whole = parent.get().index() < 0 ? null : wholeUnitName(st, v, r, v.mention(c), v.mention(parent.get().index()));
                if (whole != null && whole != p) child = whole;
            }
            out.add(new Drafts.PartOf(child, p, ArticleState.evidence(v.sentence, r.id(), r.confidence())));
        }
    }

    /** Rules whose child, when named only by common words, is named with its parent (see wholeUnitName). */
    private static final Set<String> WHOLE_NAME_RULES = Set.of("partof.possessive", "partof.possessive-named", "partof.unit-of", "partof.its-unit-name", "partof.its-unit-name-next");

    /** The last words of a unit named only by what it does: "International Department", "Volunteer Programme Secretariat". */
    private static final Set<String> GENERIC_UNIT_HEADS = Set.of("department", "division", "directorate", "secretariat", "office", "bureau", "section", "administration");

    /**
     * A unit named only by common words and a department word ("Coral Bank's International
     * Department", "the Volunteer Programme Secretariat of the Coral Agency") is named with its
     * parent, as the organization refers to it: "International Department of Coral Bank",
     * "Volunteer Programme Secretariat of the Coral Agency". Null when the unit has a name of its
     * own ("Lumo Division") or the parent was made from another name.
     */
    private DocEntity wholeUnitName(ArticleState st, SentenceView v, PatternRule r, Mention cm, Mention pm) {
        if (cm.to() - cm.from() < 2 || DefiniteReference.isReference(pm)) return null;
        boolean written = r.id().equals("partof.unit-of");
        // "A of the B" is written whole in the text; a possessive's unit must have no name of its own
        if (!GENERIC_UNIT_HEADS.contains(v.tokens.get(cm.to() - 1).key()) || !written && properName(st, v.tokens, cm.from(), cm.to())) return null;
        for (int k = cm.from(); k < cm.to(); k++) if (!v.tokens.get(k).isWord() || !v.tokens.get(k).isCapitalized() && !v.tokens.get(k).key().equals("and")) return null;
        String text = written && pm.start() > cm.end()
                ? st.article.text().substring(cm.start(), pm.end())
                : cm.text() + " of " + pm.text();
        // "... of the Coral Agency (CA)": the abbreviation after the parent is no part of the unit's name
        text = text.replaceFirst("\\s*\\([^()]*\\)$", "");
        if (text.length() > 160 || text.indexOf('\n') >= 0) return null;
        Mention made = new Mention(MentionType.ORG, -1, -1, cm.start(), Math.max(cm.end(), pm.end()), text, DocRegistry.cleanOrgName(text), Optional.empty(), null, null);
        return st.registry.orgNamed(made);
    }

    /**
     * "Kesh News Agency's Moscow bureau", "the agency's Beijing bureau", "its Cairo office", "the Cairo
     * office of Coral Media Group": an organization's office or bureau in a place, named by the place,
     * the unit word and its parent ("Moscow bureau of Kesh News Agency"); the parent is the name of the
     * match, or the organization "its" or "the agency's" refers to (see {@link #previousOrg}).
     */
    private void readPlaceUnit(ArticleState st, SentenceView v, SentenceView previous, PatternRule r, Matcher m, List<Drafts.PartOf> out) {
        int first = v.partAtChar(m.start("unit")), last = v.partAtChar(m.end("unit") - 1);
        Mention place = v.mentionAt(first);
        if (place == null || place.type() != MentionType.PLACE || v.isMention(last)) return;
        Token b = v.tokens.get(-1 - v.parts.get(last));
        String unit = st.article.text().substring(place.start(), b.end());
        DocEntity p;
        String text;
        if (hasGroup(r, "parent") && m.group("parent") != null) {
            List<Integer> ps = v.mentionsIn(m.group("parent"));
            // "NTB's Bergen bureau": an untyped owner of a bureau is an organization, unless it has a person's name ("Anna Berg's Oslo office")
            if (ps.size() != 1 || personShaped(st, v, v.mention(ps.get(0))) || !st.promote(v, ps.get(0), MentionType.ORG)) return;
            Mention pm = v.mention(ps.get(0));
            p = st.entity(v, ps.get(0));
            // "the Cairo office of Coral Media Group" is written whole; a possessive's unit is named with its parent after "of"
            // ("the agency's Beijing bureau" when the finder resolved "the agency": named by the organization's name)
            String parentName = v.tokens.get(pm.from()).isCapitalized() || p == null ? pm.text() : p.name;
            text = pm.start() > b.end() ? st.article.text().substring(place.start(), pm.end()).replaceFirst("\\s*\\([^()]*\\)$", "") : unit + " of " + parentName;
        } else {
            Referent ref = previousOrg(st, v, previous, r, m);
            if (ref == null) return;
            p = ref.entity();
            text = unit + " of " + ref.mention().text();
        }
        if (p == null || text.indexOf('\n') >= 0 || text.length() > 120) return;
        Mention made = new Mention(MentionType.ORG, -1, -1, place.start(), b.end(), text, DocRegistry.cleanOrgName(text), Optional.empty(), null, null);
        DocEntity child = st.registry.orgNamed(made);
        if (child == null || child == p) return;
        out.add(new Drafts.PartOf(child, p, ArticleState.evidence(v.sentence, r.id(), r.confidence())));
    }

    /** The lower-case unit a title ends with: "head of the international department", "manager of foreign relations office". */
    private static final java.util.regex.Pattern TITLE_UNIT = java.util.regex.Pattern.compile(
            "\\bof (?:the )?((?:(?!(?:new|former|old|same|main|whole|entire|largest|biggest|the|a|an|its|their|his|her)\\b)[a-z][a-z-]* (?:and |& )?){1,4}"
            + "(?:department|office|division|faculty|directorate|secretariat|bureau|section|laboratory|centre|center|institute)"
            // "head of the Cairo office": a place's office or bureau (the place is checked in readTitleUnit)
            + "|(?<place>[A-Z][\\w.'-]*(?: [A-Z][\\w.'-]*){0,2}) (?:office|bureau|branch))$");

    /**
     * "Anna Berg, head of the international department of Velsk University": the title finder kept a
     * lower-case unit in the title; the unit, from its first word to the parent's name, is a unit of
     * the organization after the title ("international department of Velsk University").
     */
    private void readTitleUnit(ArticleState st, SentenceView v, PatternRule r, Matcher m, List<Drafts.PartOf> out) {
        Mention tm = v.mention(v.mentionsIn(m.group("t")).get(0));
        Matcher u = TITLE_UNIT.matcher(tm.text());

        if (!u.find()) return;
        if (u.group("place") != null && st.ref.place(u.group("place")).isEmpty()) return;
        List<Integer> ps = v.mentionsIn(m.group("parent"));
        if (ps.size() != 1) return;
        Mention pm = v.mention(ps.get(0));
        int start = tm.start() + u.start(1);
        if (start >= pm.start() || !st.article.text().substring(tm.start(), tm.end()).equals(tm.text())) return;
        String text = st.article.text().substring(start, pm.end()).replaceFirst("\\s*\\([^()]*\\)$", "");
        if (text.indexOf('\n') >= 0 || text.length() > 160) return;
        Mention made = new Mention(MentionType.ORG, -1, -1, start, pm.end(), text, DocRegistry.cleanOrgName(text), Optional.empty(), null, null);
        if (!st.promote(v, ps.get(0), MentionType.ORG)) return;
        DocEntity child = st.registry.orgNamed(made), p = st.entity(v, ps.get(0));
        if (child == null || p == null || child == p) return;
        out.add(new Drafts.PartOf(child, p, ArticleState.evidence(v.sentence, r.id(), r.confidence())));
    }

    /**
     * "Coral Group's parks and consumer products division": a unit the text writes in lower case,
     * named by its words and its parent's name ("parks and consumer products division of Coral Group").
     */
    private void readLowerUnit(ArticleState st, SentenceView v, PatternRule r, Matcher m, List<Drafts.PartOf> out) {
        int first = v.partAtChar(m.start("unit")), last = v.partAtChar(m.end("unit") - 1);
        if (v.isMention(first) || v.isMention(last)) return;
        Optional<Parent> parent = parent(st, v, r, m, -1);
        if (parent.isEmpty() || parent.get().index() < 0) return;
        Token a = v.tokens.get(-1 - v.parts.get(first)), b = v.tokens.get(-1 - v.parts.get(last));
        Mention pm = v.mention(parent.get().index());
        if (DefiniteReference.isReference(pm)) return; // "the library's public division": a description of a description, no unit
        String text = st.article.text().substring(a.start(), b.end()) + " of " + pm.text();
        if (text.indexOf('\n') >= 0 || text.length() > 120) return;
        Mention made = new Mention(MentionType.ORG, -1, -1, a.start(), b.end(), text, DocRegistry.cleanOrgName(text), Optional.empty(), null, null);
        DocEntity child = st.registry.orgNamed(made), p = parent.get().entity(st, v);
        if (child == null || p == null || child == p) return;
        out.add(new Drafts.PartOf(child, p, ArticleState.evidence(v.sentence, r.id(), r.confidence())));
    }

    /**
     * "Zorvex-owned Lumora", "Lumora, a Zorvex-owned company": the parent is the word before
     * "-owned" when it is capitalised and the article names it as an organization elsewhere (or
     * the reference data knows it); "state-owned", "family-owned" name no organization.
     */
    private void readHyphenOwner(ArticleState st, SentenceView v, PatternRule r, Matcher m, List<Drafts.PartOf> out) {
        int part = v.partAtChar(m.start("owner"));
        if (v.isMention(part)) return;
        Token t = v.tokens.get(-1 - v.parts.get(part));
        // "Zorvex-owned", "Zorvex-run", "Zorvex-controlled": the word before the last hyphen
        String owner = t.text().substring(0, t.text().lastIndexOf('-'));
        if (owner.isEmpty() || !Character.isUpperCase(owner.charAt(0))) return;
        // "Coral Group-owned", "Tarn Industries-run": capitalised plain words right before it are the owner's name too
        List<Token> ownerTokens = new ArrayList<>();
        ownerTokens.add(new Token(t.start(), t.start() + owner.length(), owner));
        for (int p = part - 1; p >= 0 && ownerTokens.size() < 6; p--) {
            if (v.isMention(p)) {
                // "Kenya Airways-run": a place the finder read at the start of the owner's name
                Mention pm = v.mentionAt(p);
                if (pm.type() != MentionType.PLACE || v.tokens.get(pm.to() - 1).end() + 1 < ownerTokens.get(0).start()) break;
                for (int k = pm.to() - 1; k >= pm.from(); k--) ownerTokens.add(0, v.tokens.get(k));
                break;
            }
            Token w = v.tokens.get(-1 - v.parts.get(p));
            if (!w.isWord() || !w.isCapitalized() || w.end() + 1 < ownerTokens.get(0).start()) break;
            ownerTokens.add(0, w);
        }
        int ownerStart = ownerTokens.get(0).start();
        owner = st.article.text().substring(ownerStart, t.start() + owner.length());
        int words = ownerTokens.size();
        Optional<KnownEntity> known = st.ref.organizations().longestAt(ownerTokens, 0)
                .filter(g -> g.to() == words).map(Gazetteer.Match::entity);
        String ownerName = owner;
        // an owner of several words named only here is an organization when its last word is an organization's head ("Coral Group")
        boolean headed = words > 1 && st.lex.isAnyOrgHead(ownerTokens.get(words - 1).key());
        if (known.isEmpty() && !headed && !articleOrgNames.contains(DocRegistry.norm(owner))) {
            // "Zorvex-owned" after "Zorvex Group": the one organization of the article whose name starts with the word
            String prefix = DocRegistry.norm(owner) + " ", found = null;
            for (String n : articleOrgNames) {
                if (!n.startsWith(prefix)) continue;
                if (found != null) return;
                found = n;
            }
            if (found == null) return;
            ownerName = found;
        }
        if (st.ref.place(owner).isPresent()) return;
        List<Integer> children = v.mentionsIn(m.group("child"));
        if (children.size() != 1 || !st.promote(v, children.get(0), MentionType.ORG)) return;
        Mention made = new Mention(MentionType.ORG, -1, -1, ownerStart, t.start() + t.text().lastIndexOf('-'), ownerName, DocRegistry.cleanOrgName(ownerName), known, null, null);
        DocEntity child = st.entity(v, children.get(0)), parent = st.registry.orgNamed(made);
        if (child == null || parent == null || child == parent) return;
        out.add(new Drafts.PartOf(child, parent, ArticleState.evidence(v.sentence, r.id(), r.confidence())));
    }

    /**
     * A match whose child or parent is "it", "its" or "the company" ("It is a subsidiary of B",
     * "Its unit A will run it", "A, a unit of the bank,"): the organization the sentence before is
     * about (see {@link #subjectOf}), named by the noun when there is one.
     */
    private void readAnaphor(ArticleState st, SentenceView v, SentenceView previous, PatternRule r, Matcher m, List<Drafts.PartOf> out) {
        Set<String> checks = checksOf.get(r.id());
        // "Lumo TV, part of Coral Broadcasting, aired it. The holding also includes the channels A and B": a group's noun
        // stands for the parent the sentence before named (a holding is what has parts), before the organization it is about
        DocEntity ref = checks.contains("parent-from-previous") && groupNoun(r, m) ? lastParentIn(st, previous, out) : null;
        Mention referent = null;
        if (ref == null) {
            Referent found = previousOrg(st, v, previous, r, m);
            if (found == null) return;
            ref = found.entity();
            referent = found.mention();
        }
        if (checks.contains("child-from-previous")) {
            Optional<Parent> parent = parent(st, v, r, m, -1);
            if (parent.isEmpty()) return;
            DocEntity p = parent.get().entity(st, v);
            if (p == null || p == ref) return;
            out.add(new Drafts.PartOf(ref, p, ArticleState.evidence(v.sentence, r.id(), r.confidence())));
            return;
        }
        List<Integer> children = v.mentionsIn(m.group("child"));
        if (children.isEmpty() || children.size() > 1 && !checks.contains("list")) return;
        for (int c : children) {
            if (checks.contains("own-unit-child") && !ownUnit(v.mention(c))) continue;
            if (!st.promote(v, c, MentionType.ORG, true)) continue;
            DocEntity child = st.entity(v, c);
            // "Its Research Department": a unit named only by common words is named with its parent ("Research Department of Coral Bank")
            if (WHOLE_NAME_RULES.contains(r.id()) && referent != null) {
                DocEntity whole = wholeUnitName(st, v, r, v.mention(c), referent);
                if (whole != null && whole != ref) child = whole;
            }
            if (child == null || child == ref) continue;
            out.add(new Drafts.PartOf(child, ref, ArticleState.evidence(v.sentence, r.id(), r.confidence())));
        }
    }

    /** The nouns that stand for a group of companies: a holding, a group, a corporation (besides part-of-words.tsv kind group). */
    private boolean groupNoun(PatternRule r, Matcher m) {
        String noun = hasGroup(r, "noun") ? m.group("noun") : null;
        return noun != null && (words.groups.contains(noun) || noun.equals("company") || noun.equals("corporation"));
    }

    /**
     * The parent of a part-of read from a sentence that the sentence names last ("A, a branch of B, and the channel C, part
     * of D": D), or null.
     */
    private static DocEntity lastParentIn(ArticleState st, SentenceView sentence, List<Drafts.PartOf> out) {
        if (sentence == null) return null;
        Set<DocEntity> parents = new HashSet<>();
        for (Drafts.PartOf f : out) if (f.evidence().start() == sentence.sentence.start()) parents.add(f.parent());
        if (parents.isEmpty()) return null;
        for (int i = sentence.mentions.size() - 1; i >= 0; i--) {
            Mention m = sentence.mention(i);
            if (m.type() != MentionType.ORG) continue;
            DocEntity e = st.entity(sentence, i);
            if (parents.contains(e)) return e;
        }
        return null;
    }

    /**
     * The organization "it", "its" or "the company" of a match refers to (see {@link #readAnaphor}), or null.
     */
    private record Referent(DocEntity entity, Mention mention) {}

    private Referent previousOrg(ArticleState st, SentenceView v, SentenceView previous, PatternRule r, Matcher m) {
        if (previous == null) return null;
        String noun = hasGroup(r, "noun") ? m.group("noun") : null;
        if (hasGroup(r, "anaphor") && m.group("anaphor") != null) {
            // "the company" that the finder marked as a reference but the registry found no organization for
            String name = v.mention(v.mentionsIn(m.group("anaphor")).get(0)).name();
            if (!name.startsWith(MentionFinder.ANAPHOR)) return null;
            noun = name.substring(MentionFinder.ANAPHOR.length());
        }
        int referent;
        if (noun != null && !GENERIC_ORG_NOUNS.contains(noun)) {
            // "the school", "the archive": the one organization whose name holds the noun, in the nearest of the
            // three sentences before that names any
            referent = -1;
            int at = st.views.indexOf(v);
            for (int back = 1; back <= 3 && at - back >= 0 && referent < 0; back++) {
                previous = st.views.get(at - back);
                referent = holding(st, previous, noun);
                if (referent == -2) return null;
            }
        } else referent = subjectOf(st, previous, noun);
        if (referent < 0 || !st.promote(previous, referent, MentionType.ORG)) return null;
        DocEntity e = st.entity(previous, referent);
        return e == null ? null : new Referent(e, previous.mention(referent));
    }

    /**
     * The organization a sentence is about: its first name, when nothing but a few words (no
     * other name but a date or a place) comes before it, and the name is an organization's (typed
     * so, or untyped with an organization's shape). A noun that refers to it ("the bank") must be
     * a word of its name unless it refers to any organization ("the company").
     */
    /**
     * The one organization of a sentence whose name holds a noun ("the school" → Coral School of
     * Design): its mention index, -1 when none does, -2 when two different names do.
     */
    private int holding(ArticleState st, SentenceView prev, String noun) {
        int found = -1;
        for (int i = 0; i < prev.mentions.size(); i++) {
            Mention m = prev.mention(i);
            // an untyped name of two words or more that holds the noun capitalised is a name of that kind ("Coral School of Design")
            if (m.type() != MentionType.ORG && !(m.type() == MentionType.OTHER && (orgShaped(st, prev.tokens, m.from(), m.to()) || m.to() - m.from() >= 2))) continue;
            if (!hasWord(m.name(), Set.of(noun))) continue;
            if (found >= 0 && !DocRegistry.norm(prev.mention(found).name()).equals(DocRegistry.norm(m.name()))) return -2;
            found = i;
        }
        return found;
    }

    private int subjectOf(ArticleState st, SentenceView prev, String noun) {
        // an opening phrase set off by a comma, with no name in it, comes before the subject ("In other news, Nairobi-based
        // Coral Media ...", "Meanwhile, Coral Media ..."); a place's "based" describes the subject
        int start = 0;
        for (int part = 0; part < prev.size() && part <= 4; part++) {
            if (prev.isMention(part)) break;
            if (prev.word(part).equals(",")) { start = part + 1; break; }
        }
        for (int part = start; part < prev.size() && part <= start + 4; part++) {
            if (!prev.isMention(part)) continue;
            Mention m = prev.mentionAt(part);
            if (m.type() == MentionType.DATE || m.type() == MentionType.PLACE) continue;
            if (m.type() != MentionType.ORG && !(m.type() == MentionType.OTHER && orgShaped(st, prev.tokens, m.from(), m.to()))) return -1;
            if (noun != null && !GENERIC_ORG_NOUNS.contains(noun) && !hasWord(m.name(), Set.of(noun))) return -1;
            return prev.parts.get(part);
        }
        return -1;
    }

    /**
     * The parent a match names: the mention in its parent group, or a name derived from it ("a
     * Government of X Undertaking" → Government of X), or, for an arm described instead of named
     * ("the Canadian arm of Norway's biggest maker"), an organization of the article whose name the
     * child's name starts with.
     */
    private Optional<Parent> parent(ArticleState st, SentenceView v, PatternRule r, Matcher m, int firstChild) {
        return parent(st, v, r, m, firstChild, "parent");
    }

    private Optional<Parent> parent(ArticleState st, SentenceView v, PatternRule r, Matcher m, int firstChild, String parentGroup) {
        Set<String> checks = checksOf.get(r.id());
        if (checks.contains("parent-in-child-name")) return namedInChild(st, v, v.mention(firstChild));
        if (checks.contains("field-ministry")) return fieldMinistry(st, m.group("field"));
        List<Integer> ps = v.mentionsIn(m.group(parentGroup));
        if (ps.size() != 1) return Optional.empty();
        int p = ps.get(0);
        Mention pm = v.mention(p);
        // a bare apostrophe is a possessive only after a name ending in "s" ("Coral Holdings' unit"), not a closing quote, and
        // only an organization's (typed so, or ending with a trade word, "Coral Airways'"): an untyped plural is often a place's
        // ("the Borva Islands' national broadcaster" is no unit of the islands)
        // (the token, not the form: the form writes such an apostrophe "'s" after a name ending in "s")
        boolean bareApostrophe = pm.to() < v.tokens.size() && v.tokens.get(pm.to()).key().equals("'");
        if (bareApostrophe && (!pm.text().endsWith("s") && !pm.text().endsWith("S")
                || pm.type() != MentionType.ORG && !words.trades.contains(v.tokens.get(pm.to() - 1).key()))) return Optional.empty();
        // "Lumo Studios's owner, Anna Berg", "owned by Anna Berg": people own things too; where a rule
        // lets an untyped name own, one of two or more name-shaped words is taken for a person's
        // (one word, "PCCW", "Tarn", or a name with an organization head, "Nimbus Aviation", for a company's)
        if ((checks.contains("owner-title") || checks.contains("not-person-parent")) && personShaped(st, v, pm)) return Optional.empty();
        // "controlled by the Eide family": a family (kin words of part-of-words.tsv) owns, but is no organization
        if (checks.contains("not-person-parent") && pm.to() < v.tokens.size() && words.kin.contains(v.tokens.get(pm.to()).key())) return Optional.empty();
        // a governing body ("Ministry of ..."), or a government unit that bodies are placed under ("Department of Fisheries")
        if (checks.contains("body-parent") && !hasWord(pm.name(), words.bodies) && !words.superiors.contains(firstWord(pm.name()))) return Optional.empty();
        if (checks.contains("group-parent") && !groupName(v, pm)) return Optional.empty();
        // "the Velsk Business Association unites 40 companies, including A": members of an association are no units of it,
        // unless the text calls them its members ("has 40 member companies, including A")
        if (checks.contains("not-association-parent") && hasWord(pm.name(), words.associations)
                && !(hasGroup(r, "units") && m.group("units") != null && m.group("units").startsWith("member"))) return Optional.empty();
        // an untyped parent: "Coral's ..." or an abbreviation ("BGI said its subsidiary A")
        if (checks.contains("org-parent") && pm.type() == MentionType.OTHER && !v.form.startsWith(" 's", m.end(parentGroup)) && !acronym(v, pm)) return Optional.empty();
        // "KSCE under MOE": the parent is an acronym only (one all-capital word), typed or not
        if (checks.contains("acronym-parent") && !acronym(v, pm)) return Optional.empty();
        if (checks.contains("government-parent") && !governmentParent(v.mention(firstChild), pm)) return Optional.empty();
        Optional<Mention> joined = joinedAtAnd(st, v, pm);
        if (joined.isPresent()) return Optional.of(new Parent(-1, joined.get()));
        if (checks.contains("owned-parent")) {
            int last = pm.to() - 1;
            if (last <= pm.from() || !words.owned.contains(v.tokens.get(last).key())) return Optional.empty();
            if (!orgShaped(st, v.tokens, pm.from(), last)) return Optional.empty();
            return Optional.of(new Parent(-1, subMention(st, v, pm.from(), last)));
        }
        Optional<Mention> longer = longerName(st, v, r, m, pm);
        if (longer.isPresent()) return Optional.of(new Parent(-1, longer.get()));
        return Optional.of(new Parent(p, null));
    }

    /**
     * "the labour ministry": the ministry of the article whose name holds the field's words
     * ("Ministry of Labour and Social Policy of Ruritania"); when several names do, the longest,
     * if each other one is the start of it (the same ministry named shorter), else none.
     */
    private Optional<Parent> fieldMinistry(ArticleState st, String field) {
        Set<String> fieldWords = new HashSet<>(List.of(field.toLowerCase().split(" ")));
        fieldWords.remove("and");
        Mention best = null;
        for (SentenceView w : st.views) {
            for (Mention o : w.mentions) {
                if (o.type() != MentionType.ORG) continue;
                Set<String> ws = new HashSet<>(List.of(DocRegistry.norm(o.name()).split("[\\s-]+")));
                if (!ws.contains("ministry") || !ws.containsAll(fieldWords)) continue;
                if (best == null) { best = o; continue; }
                String a = DocRegistry.norm(best.name()), b = DocRegistry.norm(o.name());
                if (a.equals(b) || a.startsWith(b + " ")) continue;
                if (b.startsWith(a + " ")) best = o;
                else return Optional.empty();
            }
        }
        return Optional.ofNullable(best).map(o -> new Parent(-1, o));
    }

    /**
     * "Coral's channels Coral Plus and Coral Junior" after "Coral Media Group signed ...": an owner
     * named by the leading words of an organization named earlier in the article is that
     * organization. The earliest such name is taken (an article names an organization in full
     * before it shortens it; its units, which often share the leading word, come later), never
     * one of the match's children, and only when no organization is named exactly so.
     */
    private Optional<Mention> longerName(ArticleState st, SentenceView v, PatternRule r, Matcher m, Mention pm) {
        String own = DocRegistry.norm(pm.name());
        if (own.length() < 3 || own.split(" ").length > 2 || pm.known().isPresent() || st.lex.isAnyOrgHead(own)) return Optional.empty();
        if (st.ref.place(pm.name()).isPresent()) return Optional.empty();
        Set<String> children = new HashSet<>();
        if (hasGroup(r, "child") && m.group("child") != null)
            for (int c : v.mentionsIn(m.group("child"))) children.add(DocRegistry.norm(v.mention(c).name()));
        String prefix = own + " ";
        for (SentenceView w : st.views) {
            for (Mention o : w.mentions) {
                if (o.type() != MentionType.ORG) continue;
                String n = DocRegistry.norm(o.name());
                if (n.equals(own)) return Optional.empty();
            }
        }
        for (SentenceView w : st.views) {
            for (Mention o : w.mentions) {
                if (o.type() != MentionType.ORG) continue;
                String n = DocRegistry.norm(o.name());
                if (!n.startsWith(prefix) || children.contains(n)) continue;
                return Optional.of(o);
            }
            if (w == v) break;
        }
        return Optional.empty();
    }

    /**
     * "the Union of Adriatic and Alpine Broadcasters" that the finder split at "and" into "Union of
     * Adriatic" and "Alpine Broadcasters": a name ending "of" + one capitalised word, then "and" and a
     * name ending with a plural organization noun, is one name.
     */
    private Optional<Mention> joinedAtAnd(ArticleState st, SentenceView v, Mention pm) {
        int and = pm.to();
        if (and + 1 >= v.tokens.size() || !v.tokens.get(and).key().equals("and")) return Optional.empty();
        if (pm.to() - pm.from() < 3 || !v.tokens.get(pm.to() - 2).key().equals("of") || !v.tokens.get(pm.to() - 1).isCapitalized()) return Optional.empty();
        for (Mention next : v.mentions) {
            if (next.from() != and + 1) continue;
            if (next.type() != MentionType.ORG && next.type() != MentionType.OTHER) return Optional.empty();
            String last = v.tokens.get(next.to() - 1).key();
            if (!v.tokens.get(next.to() - 1).isCapitalized() || !PLURAL_MEMBER_HEADS.contains(last)) return Optional.empty();
            return Optional.of(subMention(st, v, pm.from(), next.to()));
        }
        return Optional.empty();
    }

    /**
     * What, written just before a name, makes it no child: the place of a participle phrase
     * ("headquartered in B, is part of C") or a unit still to be made ("a plan to set up a B under the Ministry").
     */
    private static final java.util.regex.Pattern NOT_A_CHILD_AFTER = java.util.regex.Pattern.compile(
            "(?:\\b(?:headquartered|based|located|registered|founded|established) in (?:the )?|\\b(?:set up|setting up|establish|establishing|create|creating|form|forming|launch|launching|found|open|opening|proposed|planned|new) (?:a |an |the )?)$");

    private static final java.util.regex.Pattern MINISTRY = java.util.regex.Pattern.compile("(?i)(?:the )?(?:\\S+(?:'s|’s|' s) )?ministry\\b");

    private static final Set<String> PLURAL_MEMBER_HEADS = Set.of("agencies", "associations", "unions", "broadcasters", "publishers", "producers",
            "states", "countries", "nations", "companies", "organizations", "organisations", "universities", "banks", "cities", "chambers",
            "exporters", "importers", "manufacturers", "employers", "industries", "journalists", "societies", "federations", "institutes");

    /**
     * "Department of Space, Government of India", "Department of Revenue, Ministry of Finance": a
     * government's name ("Government of ...") after a ministry or unit, or a ministry's after a
     * department-like unit.
     */
    private boolean governmentParent(Mention child, Mention parent) {
        String[] p = parent.name().replaceFirst("(?i)^the ", "").split("\\s+");
        String[] c = child.name().replaceFirst("(?i)^the ", "").split("\\s+");
        if (p.length < 3 || !p[1].equalsIgnoreCase("of") || c.length < 2) return false;
        String parentHead = p[0].toLowerCase(), childHead = c[0].toLowerCase();
        if (parentHead.equals("government")) return childHead.equals("ministry") || words.units.contains(childHead) && !childHead.equals("press");
        return parentHead.equals("ministry") && DEPARTMENT_HEADS.contains(childHead);
    }

    private static final Set<String> DEPARTMENT_HEADS = Set.of("department", "division", "directorate", "bureau", "office", "wing", "cell");

    /** A parent: a mention of the sentence (index ≥ 0) or a name made from part of one. */
    /** Whether the mention is one all-capital word of two letters or more ("BGI", "MOE"). */
    private static boolean acronym(SentenceView v, Mention m) {
        return m.to() - m.from() == 1 && v.tokens.get(m.from()).isAllCaps() && v.tokens.get(m.from()).text().length() >= 2;
    }

    private record Parent(int index, Mention made) {
        DocEntity entity(ArticleState st, SentenceView v) {
            if (made != null) return st.registry.orgNamed(made);
            return st.promote(v, index, MentionType.ORG) ? st.entity(v, index) : null;
        }
    }

    /**
     * "Korvan Widgets Resources, the Canadian arm of Norway's biggest maker": the longest
     * organization (or untyped name) of the article whose whole name the child's name begins with.
     */
    private Optional<Parent> namedInChild(ArticleState st, SentenceView v, Mention child) {
        String childName = DocRegistry.norm(child.name()) + " ";
        Mention best = null;
        for (SentenceView w : st.views) {
            for (Mention m : w.mentions) {
                if (m.type() != MentionType.ORG && m.type() != MentionType.OTHER) continue;
                String n = DocRegistry.norm(m.name());
                if (n.length() < 3 || !childName.startsWith(n + " ") || n.length() + 1 >= childName.length()) continue;
                if (st.ref.place(m.name()).isPresent() || m.type() == MentionType.OTHER && !orgShaped(st, w.tokens, m.from(), m.to()) && n.indexOf(' ') < 0) continue;
                if (best == null || n.length() > DocRegistry.norm(best.name()).length()) best = m;
            }
        }
        return Optional.ofNullable(best).map(m -> new Parent(-1, m.withType(MentionType.ORG)));
    }

    /**
     * A unit whose own name names its parent: "UNIT-HEAD ... of [the] ORG", where the name's first
     * phrase holds a unit head word and the tail is itself an organization's name ("Institute of
     * Physics of the Ruritanian Academy of Sciences" → Ruritanian Academy of Sciences). A tail
     * after "of the" is preferred, since organizations are written with the article.
     */
    private void unitNames(ArticleState st, SentenceView v, Set<String> orgNames, List<Drafts.PartOf> out) {
        for (int i = 0; i < v.mentions.size(); i++) {
            Mention m = v.mention(i);
            if (m.type() != MentionType.ORG && m.type() != MentionType.OTHER) continue;
            int dash = dashedBranchParentEnd(st, v.tokens, m.from(), m.to());
            int tail = dash > 0 ? -1 : unitTail(st, v.tokens, m.from(), m.to(), orgNames);
            int pFrom = tail, pTo = m.to();
            if (dash > 0) {
                pFrom = m.from();
                pTo = dash;
            } else if (tail < 0) {
                pFrom = m.from();
                pTo = unitPrefixParent(st, v.tokens, m.from(), m.to(), orgNames);
            }
            if (pTo < 0 || pFrom < 0 || !st.promote(v, i, MentionType.ORG)) continue;
            DocEntity child = st.entity(v, i), parent = st.registry.orgNamed(subMention(st, v, pFrom, pTo));
            if (child == null || parent == null || child == parent) continue;
            out.add(new Drafts.PartOf(child, parent, ArticleState.evidence(v.sentence, UNIT_NAME_RULE, UNIT_NAME_CONFIDENCE)));
            sharedOf(st, v, i, parent, orgNames, out);
        }
    }

    /** Names joined by commas and "and" right before a name. */
    private static final java.util.regex.Pattern LIST_BEFORE = java.util.regex.Pattern.compile("(?:(?:ORG|OTH)_\\d+ (?:,|and|, and) ){1,8}$");

    /**
     * "the Institute of Soils, Institute of Cash Crops and International Division of HAAFS": units
     * listed before a unit whose name ends with its parent share that "of". Each listed name must
     * start with a unit word and end with no organization of its own ("Institute of Soils"), so
     * "Coral Bank and Research Department of Velsk University" lists no unit of the university.
     */
    private void sharedOf(ArticleState st, SentenceView v, int last, DocEntity parent, Set<String> orgNames, List<Drafts.PartOf> out) {
        int at = v.form.indexOf(v.mention(last).type().code + "_" + last);
        if (at <= 0) return;
        Matcher list = LIST_BEFORE.matcher(v.form.substring(0, at));
        // a list ends with "and" before its last name ("A , B and C"); "A , C" is a unit and its parent ("Department of X, Office of Y")
        if (!list.find() || !list.group().endsWith("and ")) return;
        for (int i : v.mentionsIn(list.group())) {
            Mention m = v.mention(i);
            if (m.type() != MentionType.ORG && m.type() != MentionType.OTHER || m.to() - m.from() < 3) continue;
            Token first = v.tokens.get(m.from());
            if (!first.isCapitalized() || !words.units.contains(first.key()) || !v.tokens.get(m.from() + 1).key().equals("of")) continue;
            if (unitTail(st, v.tokens, m.from(), m.to(), orgNames) >= 0) continue;
            if (!st.promote(v, i, MentionType.ORG)) continue;
            DocEntity child = st.entity(v, i);
            if (child == null || child == parent) continue;
            out.add(new Drafts.PartOf(child, parent, ArticleState.evidence(v.sentence, UNIT_NAME_RULE, UNIT_NAME_CONFIDENCE)));
        }
    }

    /**
     * "Council for Kestrel Trade - Ningxia Sub-Council": the end of the organization named before the
     * spaced dash of a branch's name (MentionFinder names a branch so, lexicons/word-sets.tsv
     * dash-unit-heads), or -1.
     */
    private static int dashedBranchParentEnd(ArticleState st, List<Token> toks, int from, int to) {
        String head = toks.get(to - 1).key();
        if (!st.lex.wordSet("dash-unit-heads").contains(head) && !head.startsWith("sub-")) return -1;
        for (int k = to - 2; k > from; k--) {
            Token t = toks.get(k);
            if ("-–—".contains(t.text()) && t.text().length() == 1 && t.start() != toks.get(k - 1).end() && toks.get(k + 1).start() != t.end()) return k;
        }
        return -1;
    }

    /**
     * The first token of the parent named at the end of a unit's name [from, to), or -1. A tail
     * without "the" ("Department of Telecom Services", "Directorate of State Press") more often
     * names the unit's field than its parent, so it counts only when the article names it as an
     * organization of its own ({@code orgNames}: normalised names of its organization mentions)
     * or the reference data knows it.
     */
    private int unitTail(ArticleState st, List<Token> toks, int from, int to, Set<String> orgNames) {
        int firstOf = -1;
        for (int k = from; k < to; k++) if (toks.get(k).key().equals("of")) { firstOf = k; break; }
        if (firstOf < 0) return -1;
        boolean unit = false;
        for (int k = from; k < firstOf; k++) unit |= words.units.contains(toks.get(k).key());
        if (!unit) return -1;
        // "Publicity Department of the Communist Party of China (CPC) Central Committee": a name
        // with an abbreviation spliced in has no clean tail to name the parent by
        for (int k = firstOf; k < to; k++) if (toks.get(k).text().equals("(")) return -1;
        for (boolean withThe : new boolean[]{true, false}) {
            for (int k = firstOf; k < to - 1; k++) {
                if (!toks.get(k).key().equals("of")) continue;
                int t = k + 1;
                boolean the = toks.get(t).key().equals("the");
                if (the != withThe) continue;
                if (the) t++;
                if (t >= to || !toks.get(t).isCapitalized()) continue;
                // named elsewhere as an organization: "International Division of HAAFS" after "... Sciences (HAAFS)"
                boolean named = orgNames.contains(DocRegistry.norm(text(toks, t, to)))
                        || st.ref.organizations().longestAt(toks, t).filter(g -> g.to() == to).isPresent();
                if (named && (t + 1 < to || toks.get(t).isAllCaps())) return t;
                // "Construction Department of the South Velsk region": a region's department is part of the region
                if (the && (orgShaped(st, toks, t, to) || areaBody(st, toks, t, to)) && naming(st, toks, t, to)) return t;
                // "Faculty of Law of Velsk State University", "International Department of Velsk Bank": the name
                // of an organization that has units (a parent head word), not a field ("of Telecom Services")
                // ("Chamber of Commerce and Sectorial Association": a tail that opens with a field noun is the unit's field)
                if (!the && orgShaped(st, toks, t, to) && properName(st, toks, t, to) && words.parents.contains(headOf(toks, t, to).key())
                        && !st.lex.fieldNouns.contains(toks.get(t).key())) return t;
                // "Directorate of Networks of Velnet AS", "Department of Rail Services of Tarn Rail Ltd": a company's name, closed
                // by its legal form, with a word of its own before it
                if (!the && to - t >= 2 && LEGAL_FORMS.contains(toks.get(to - 1).key()) && !toks.get(to - 1).key().equals("co") && properName(st, toks, t, to - 1)
                        && noOf(toks, t, to)) return t;
            }
        }
        return -1;
    }

    /**
     * A name [from, to) that is an organization's: not a known place, and its first phrase (up to
     * its first "of") holds an organization head ("University", "Ministry") or a body word
     * ("Congress", "Region").
     */
    private boolean orgShaped(ArticleState st, List<Token> toks, int from, int to) {
        if (st.ref.place(text(toks, from, to)).isPresent()) return false;
        int end = from;
        while (end < to && !toks.get(end).key().equals("of")) end++;
        // the head of an English noun phrase is its last word: "Telecom Services" is not headed by "Telecom"
        // "the North Kestrel region" in lower case is an area, not the region's government
        return end > from && isHead(st, toks.get(end - 1).key()) && (toks.get(end - 1).isCapitalized() || st.lex.isOrgHead(toks.get(end - 1).key()));
    }

    /**
     * The end of the parent a unit's name starts with, or -1: "Coral Bank Research Institute",
     * "Velsk News Agency Asia-Pacific Bureau", "Velsk State University Press Center". The name's
     * first words name an organization (headed by a parent head word and holding a proper name of
     * its own, or named so elsewhere in the article); the one to four capitalised words after
     * it end with a unit head word.
     */
    private int unitPrefixParent(ArticleState st, List<Token> toks, int from, int to, Set<String> orgNames) {
        // the unit's own phrase ends with a unit word: "... Press Center", "... School of Economics"
        int end = from;
        while (end < to && !toks.get(end).key().equals("of")) end++;
        // not "Velsk University Press": a publisher named after its founder is an organization of its own
        if (end - from < 2 || !words.units.contains(toks.get(end - 1).key()) || !toks.get(end - 1).isCapitalized()
                || PREFIX_NOT_UNITS.contains(toks.get(end - 1).key())) return -1;
        for (int j = end - 1; j > from && end - j <= 4; j--) {
            Token first = toks.get(j);
            if (!first.isCapitalized()) return -1;
            Token head = toks.get(j - 1);
            if (!head.isWord() || !head.isCapitalized()) continue;
            // one word only when it is an abbreviation the article uses ("IAEA Board of Governors"): "Coral" alone may be anyone's word
            boolean named = orgNames.contains(DocRegistry.norm(text(toks, from, j))) && (j - from >= 2 || toks.get(from).isAllCaps() && toks.get(from).text().length() >= 2);
            if ((named || words.parents.contains(headOf(toks, from, j).key()) && orgShaped(st, toks, from, j) && properName(st, toks, from, j))
                    && st.ref.place(text(toks, from, j)).isEmpty()) return j;
        }
        return -1;
    }

    private static final Set<String> PREFIX_NOT_UNITS = Set.of("press");

    /** The legal forms that may close a company's name ("AS", "Ltd", "SA"): the row (legal-forms) of lexicons/reference-heads.tsv. */
    private static final Set<String> LEGAL_FORMS = legalForms();

    /** Whether no "of" is among tokens [from, to). */
    private static boolean noOf(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) if (toks.get(k).key().equals("of")) return false;
        return true;
    }

    private static Set<String> legalForms() {
        for (String[] c : TsvResource.table("lexicons/reference-heads.tsv", 1))
            if (c[0].equals("(legal-forms)") && c.length > 1) {
                Set<String> out = new HashSet<>();
                for (String w : c[1].split("\\|")) if (!w.isBlank()) out.add(Token.fold(w.strip()));
                return Set.copyOf(out);
            }
        throw new IllegalStateException("lexicons/reference-heads.tsv has no row (legal-forms)");
    }

    /**
     * A name [from, to) with a word of its own: a capitalised word that is not a head, unit or
     * common word ("Velsk" in "Velsk State University"; none in "National Bank").
     */
    private boolean properName(ArticleState st, List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (t.isWord() && t.isCapitalized() && !isHead(st, t.key()) && !words.units.contains(t.key()) && !st.lex.commonWords.contains(t.key())
                    && !st.lex.isAnyOrgHead(t.key()) && !st.lex.notNamesAlone.contains(t.key())) return true;
        }
        return false;
    }

    /**
     * "the South Velsk region", "the Kestrel oblast": a named area written with a lower-case body
     * word at its end; the end of a unit's name that is the area's own administration.
     */
    private boolean areaBody(ArticleState st, List<Token> toks, int from, int to) {
        Token last = toks.get(to - 1);
        return to - from >= 2 && !last.isCapitalized() && AREA_BODIES.contains(last.key()) && toks.get(from).isCapitalized()
                && st.ref.place(text(toks, from, to)).isEmpty();
    }

    private static final Set<String> AREA_BODIES = Set.of("region", "oblast", "province", "prefecture", "governorate", "municipality");

    /** The head of a name [from, to): the last word of its first phrase (before its first "of"). */
    private static Token headOf(List<Token> toks, int from, int to) {
        int end = from;
        while (end < to && !toks.get(end).key().equals("of")) end++;
        return toks.get(Math.max(from, end - 1));
    }

    private boolean isHead(ArticleState st, String w) {
        return st.lex.isOrgHead(w) || words.bodies.contains(w);
    }

    /**
     * A name, not a reference: "Senate of Ruritania" (a word of its own besides head words) or
     * "Congress of the Union" (two capitalised words), not "the Senate" or "the Agency", which
     * refer to an organization named elsewhere.
     */
    private boolean naming(ArticleState st, List<Token> toks, int from, int to) {
        int capitalised = 0;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (!t.isWord() || !t.isCapitalized()) continue;
            capitalised++;
            if (!isHead(st, t.key()) && !st.lex.commonWords.contains(t.key())) return true;
        }
        return capitalised >= 2;
    }

    private static String text(List<Token> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(k > from ? " " : "").append(toks.get(k).text());
        return b.toString();
    }

    /** The organization named by tokens [from, to) of a mention, with the reference data's entry when it is known. */
    private static Mention subMention(ArticleState st, SentenceView v, int from, int to) {
        int start = v.tokens.get(from).start(), end = v.tokens.get(to - 1).end();
        String text = st.article.text().substring(start, end);
        Optional<KnownEntity> known = st.ref.organizations().longestAt(v.tokens, from)
                .filter(g -> g.to() == to).map(Gazetteer.Match::entity);
        return new Mention(MentionType.ORG, from, to, start, end, text, DocRegistry.cleanOrgName(text), known, null, null);
    }

    /**
     * An untyped name of two or more name-shaped words that ends with no trade word: a person's
     * ("Anna Berg"; "Nimbus Aviation" or "Tarn Steel" is a company's).
     */
    private boolean personShaped(ArticleState st, SentenceView v, Mention m) {
        return m.type() == MentionType.OTHER && personShapedName(st, v, m);
    }

    /** Whether a name, whatever its type, has a person's shape: two or more name-shaped words, the last no trade word. */
    private boolean personShapedName(ArticleState st, SentenceView v, Mention m) {
        return m.to() - m.from() >= 2 && st.finder.nameShaped(v.tokens, m.from(), m.to())
                && !words.trades.contains(v.tokens.get(m.to() - 1).key());
    }

    /**
     * A unit of an organization named by its own capitalised name: a unit word in its first phrase (before
     * its first "of": "Department of Tram History", "Research Institute"), no governing body's word ("Board of
     * Directors", "Ethics Committee" are bodies every organization has, no units it is made of).
     */
    private boolean ownUnit(Mention m) {
        String name = DocRegistry.cleanOrgName(m.name()).toLowerCase();
        int of = (" " + name + " ").indexOf(" of ");
        String head = of > 0 ? name.substring(0, of - 1) : name;
        return Character.isUpperCase(DocRegistry.cleanOrgName(m.name()).charAt(0)) && hasWord(head, words.units) && !hasWord(name, words.governing);
    }

    /**
     * The parent of a match named by the leading words of its child's name, as an organization of its own
     * (see {@link DocRegistry#orgNamed}), or null when the child's name does not start with the parent's.
     */
    private static DocEntity namedApart(ArticleState st, SentenceView v, Mention child, Mention parent) {
        String c = DocRegistry.norm(child.name()), p = DocRegistry.norm(parent.name());
        if (p.isEmpty() || !c.startsWith(p + " ")) return null;
        return st.registry.orgNamed(parent);
    }

    /** A title phrase and a comma right before a name: "The coordinator of NTB's Bergen bureau, Ola Fjell, will ...". */
    private static final java.util.regex.Pattern TITLE_PHRASE_BEFORE = java.util.regex.Pattern.compile("TTL_\\d+ (?:of|at|for|in) [^,;:()]{1,80}, $");

    /**
     * An untyped name right after a title phrase and a comma is the title's holder, a person ("The coordinator of
     * NTB's Bergen bureau, Ola Fjell, will lead"): never a unit of the organization the title phrase names.
     */
    private static boolean titleHolder(SentenceView v, int c) {
        Mention cm = v.mention(c);
        if (cm.type() != MentionType.OTHER) return false;
        Matcher code = java.util.regex.Pattern.compile("\\b" + cm.type().code + "_" + c + "\\b").matcher(v.form);
        return code.find() && TITLE_PHRASE_BEFORE.matcher(v.form.substring(Math.max(0, code.start() - 100), code.start())).find();
    }

    /** A group of companies' name: its last word a group word ("Coral Group", "Orsa Holdings"), or "... Group of Companies". */
    private boolean groupName(SentenceView v, Mention pm) {
        String last = v.tokens.get(pm.to() - 1).key();
        if (words.groups.contains(last)) return true;
        return last.equals("companies") && pm.to() - pm.from() >= 4 && v.tokens.get(pm.to() - 2).key().equals("of") && v.tokens.get(pm.to() - 3).key().equals("group");
    }

    /** The first word of a name, lower case, without a leading "the". */
    private static String firstWord(String name) {
        String n = DocRegistry.cleanOrgName(name).toLowerCase();
        int sp = n.indexOf(' ');
        return sp < 0 ? n : n.substring(0, sp);
    }

    private static boolean hasWord(String name, Set<String> words) {
        for (String w : name.toLowerCase().split("[\\s-]+")) if (words.contains(w)) return true;
        return false;
    }

    private static boolean hasGroup(PatternRule r, String name) {
        return r.pattern().pattern().contains("(?<" + name + ">");
    }
}
