package signet.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static signet.extract.MentionFinder.ANAPHOR;
import static signet.extract.MentionFinder.mention;
import static signet.extract.MentionFinder.put;
import static signet.extract.MentionFinder.span;
import static signet.extract.NameWords.COMPLEMENT_PREPOSITIONS;
import static signet.extract.NameWords.MAX_LEGAL_FORM_TOKENS;
import static signet.extract.NameWords.nationalityShaped;

/**
 * What a name is, once {@link RunSplitter} has settled where it begins and ends: an organization,
 * a person, a place, or a name of no known type for the document-level pass ({@link DocRegistry}
 * re-types those by the company they keep).
 *
 * <p>Entry point {@link #typeName}. In: the sentence's tokens, the table of what is taken so far
 * ({@code at[k]}, the mention holding token {@code k}, or null), the name's span {@code [from, to)}
 * and whether an honorific opened it. Out: one mention put into the sentence's mentions and table
 * ({@code out}, {@code at}), or none (a head alone, common words, a lone nationality before a
 * description). The evidence, most certain first: the whole span is a known organization or place;
 * a nationality adjective before a name of its own only describes it (the splitter then splits the
 * rest again); organization head words, a lower-case legal form, a company's country; a descriptor
 * before the name or its list ("the news agency X", "telecom operators X and Y"); an honorific or a
 * person's cue (a title, a verb of saying, "according to"); a descriptor after it. The descriptor
 * tests are also read by the splitter ("Shipping companies Kestrel Lines and Nordmar"). Data:
 * organization heads, descriptors, demonyms and speech verbs through {@link Lexicons}, the word sets
 * below, known places and organizations through {@link ReferenceData}, word kinds through
 * {@link NameWords}.
 */
final class NameTyper {

    /** Words that end an agreement noun's modifiers on the left: "signed [a] [cooperation agreement]". */
    private final Set<String> determiners;
    /** Compass words: "North America" is a place, not a company in a country. */
    private final Set<String> directions;
    /** Words that open a name in the languages that put the head first: "Instituto Cervantes", "JSC Kestrel". */
    private final Set<String> leadingHeads;
    /** Countries that are also persons' names ("Jordan"): a name ending in one may still be a person. */
    private final Set<String> countryPersonNames;

    private final Lexicons lex;
    private final ReferenceData ref;
    private final NameWords kinds;

    NameTyper(Lexicons lex, ReferenceData ref, NameWords kinds) {
        this.lex = lex;
        this.ref = ref;
        this.kinds = kinds;
        this.determiners = lex.wordSet("determiners");
        this.directions = lex.wordSet("directions");
        this.leadingHeads = lex.wordSet("leading-heads");
        this.countryPersonNames = lex.wordSet("country-person-names");
        this.tradeSurnames = lex.wordSet("trade-surnames");
        this.pluralDescriptorEnds = lex.orgDescriptors.stream().map(d -> plural(d.get(d.size() - 1))).collect(Collectors.toUnmodifiableSet());
        this.pluralOneWordDescriptors = lex.orgDescriptors.stream().filter(d -> d.size() == 1).map(d -> plural(d.get(0))).collect(Collectors.toUnmodifiableSet());
    }

    /** What {@link #typeName} returns when the name is typed (or found to be no name). */
    static final int TYPED = -1;

    /**
     * Types the name [from, to), whose boundaries are settled: a whole known organization or place,
     * an organization by its head words, legal form, descriptor or country, a person by an honorific
     * ({@code honorific}: its mention then starts at {@code spanFrom}) or a cue next to it, else an
     * untyped name (OTHER); a head alone or common words alone are no name. Puts the mention into
     * {@code out} and {@code at} and returns {@link #TYPED}, or returns where a name of its own begins
     * after a nationality adjective that only describes it ("Russian RSW Group"), for the splitter.
     */
    int typeName(List<Token> toks, Mention[] at, List<Mention> out, int from, int to, boolean honorific, int spanFrom) {
        String text = span(toks, from, to);
        // a whole known organization or place?
        Optional<Gazetteer.Match> org = ref.organizations().longestAt(toks, from);
        if (org.isPresent() && org.get().to() == to) {
            put(at, out, mention(MentionType.ORG, toks, from, to, org.get().entity().name(), Optional.of(org.get().entity())));
            return TYPED;
        }
        Optional<Gazetteer.Match> place = ref.places().longestAt(toks, from);
        if (place.isPresent() && place.get().to() == to) {
            put(at, out, mention(MentionType.PLACE, toks, from, to, place.get().entity().name(), Optional.of(place.get().entity())));
            return TYPED;
        }
        Optional<KnownEntity> shouted = ref.place(text);
        if (shouted.isPresent() && toks.get(from).isAllCaps()) {
            put(at, out, mention(MentionType.PLACE, toks, from, to, shouted.get().name(), shouted));
            return TYPED;
        }
        // nationality adjective in front: "Russian RSW Group" names RSW Group, "Chinese Embassy" keeps it
        String demonym = lex.demonyms.containsKey(toks.get(from).key()) ? toks.get(from).key() : null;
        if (demonym == null && from + 1 < to && lex.demonyms.containsKey(toks.get(from).key() + " " + toks.get(from + 1).key())) demonym = "2";
        if (demonym != null) {
            int skip = demonym.equals("2") ? 2 : 1;
            if (from + skip >= to) return TYPED; // the adjective alone
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
                if (!t.isWord() || kinds.isConnector(t) || lex.orgHeads.containsKey(t.key()) || lex.commonWords.contains(t.key())) continue;
                boolean known = ref.place(t.text()).isPresent();
                if (complement && known || !known && (kinds.genericWord(t.key()) || kinds.fieldNameWord(t) || kinds.nameAdjective(t.key()))) continue;
                proper += known ? 2 : 1; // "Chinese Suzhou Animation Company": a place before the head already says whose it is
                if (t.isAllCaps()) acronym = true;
            }
            if (proper >= 2 || acronym || completeOrganization(toks, from + skip, to)) {
                return from + skip;
            }
        }
        int heads = 0, weak = 0, common = 0, words = 0;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (!t.isWord() || kinds.isConnector(t)) continue;
            words++;
            String v = lex.orgHeads.get(t.key());
            // "João Pedro dos Santos Câmara": a head that opens names in its language, last after other words, is a surname
            if (v != null && k == to - 1 && k > from && !toks.get(from).key().equals("the") && leadingHeads.contains(t.key()) && !t.isAllCaps()) v = null;
            if (v != null && !v.equals("weak")) heads++;
            else if (v != null) weak++;
            if (lex.commonWords.contains(t.key())) common++;
        }
        if (words == 0) return TYPED;
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
            return TYPED; // "Department", "News Agency": no name, only a kind
        }
        // "Karpacki Leasing sp. z o.o.": a lower-case legal form of another language closes a company's name
        if (!honorific && !toks.get(to - 1).isCapitalized() && endsInLowerLegalForm(toks, at, from, to)) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return TYPED;
        }
        if (!honorific && heads > 0 && (words > heads || to - from > 1)) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return TYPED;
        }
        if (!honorific && words >= 2 && lastIsWeakHead && common < words - 1) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return TYPED;
        }
        if (common == words && !honorific) return TYPED; // "The", "According", "Information and Culture"
        // "Kestrelnet Pakistan said": a company's national arm, not a person with a country for a surname; "Tarn Steel said",
        // "Velsk Foods announced", "Tarn Steel India": a name ending in a trade word (before its country) is a company's
        if (!honorific && (companyInCountry(toks, from, to) || words >= 2 && tradeWordEnds(toks, from, lastWord))) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return TYPED;
        }
        // "the news agency Nordpress said", "telecom operators Kestrel Mobile and Corvo announced": a descriptor before
        // the name (or before the list it ends) says what it is, more surely than a verb of saying after it
        if (!honorific && ((descriptorBefore(toks, at, from) || pluralDescriptorBefore(toks, at, from)) && freeDescriptor(toks, at, from) || describedList(toks, at, from))) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return TYPED;
        }
        // "BGI said": an abbreviation alone is an organization's name, not a person's, whatever verb follows
        boolean abbreviation = to - from == 1 && toks.get(from).isAllCaps() && toks.get(from).text().length() >= 2;
        if (honorific || !abbreviation && personCue(toks, at, from, to)) {
            if (kinds.nameShaped(toks, from, to)) {
                put(at, out, mention(MentionType.PERSON, toks, honorific ? spanFrom : from, to, text, Optional.empty()));
                return TYPED;
            }
        }
        // "the Ruritanian state broadcaster RTR", "Borvian news agency BNA": a nationality no list knows, before a
        // description of the name after it, describes that name and names nothing itself (a known one is no mention either)
        if (to - from == 1 && nationalityShaped(toks.get(from).key()) && descriptionThenName(toks, at, to)) return TYPED;
        if (descriptorBefore(toks, at, from) || descriptorAfter(toks, at, to)) {
            put(at, out, mention(MentionType.ORG, toks, from, to, text, Optional.empty()));
            return TYPED;
        }
        put(at, out, mention(MentionType.OTHER, toks, from, to, text, Optional.empty()));
        return TYPED;
    }

    /** Whether [from, to) is a capitalised name and a lower-case legal form after it. */
    private boolean endsInLowerLegalForm(List<Token> toks, Mention[] at, int from, int to) {
        for (int s = Math.max(from + 1, to - MAX_LEGAL_FORM_TOKENS); s < to; s++)
            if (toks.get(s - 1).isCapitalized() && kinds.lowerLegalFormEnd(toks, at, s) == to) return true;
        return false;
    }

    /** One to three lower-case words from {@code to} that end with an organization descriptor, then a capitalised name. */
    private boolean descriptionThenName(List<Token> toks, Mention[] at, int to) {
        for (int n = 1; n <= 3 && to + n < toks.size(); n++) {
            Token last = toks.get(to + n - 1);
            if (at[to + n - 1] != null || !last.isWord() || last.isCapitalized()) return false;
            Token next = toks.get(to + n);
            if (!next.isWord() || !next.isCapitalized()) continue;
            if (kinds.isTitleWord(next)) return false; // "The Guardian newspaper Editor X": the name of a paper, then a title
            for (List<String> d : lex.orgDescriptors) {
                if (d.size() > n) continue;
                boolean ends = true;
                for (int k = 0; k < d.size() && ends; k++) ends = toks.get(to + n - d.size() + k).key().equals(d.get(k));
                if (ends) return true;
            }
        }
        return false;
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
                    || lex.commonWords.contains(t.key()) || lex.personParticles.contains(t.key()) || kinds.isTitleWord(t)
                    || directions.contains(t.key()) || t.key().endsWith("ing")) return false;
        }
        return true;
    }
    /**
     * Whether the name ending at token {@code last} ends in a trade word (lexicons/part-of-words.tsv, kind trade; not one
     * that is also a surname, word set trade-surnames), or in one and a country after it.
     */
    private boolean tradeWordEnds(List<Token> toks, int from, int last) {
        String key = toks.get(last).key();
        if (last - 1 > from) {
            Optional<KnownEntity> country = ref.place(toks.get(last).text());
            if (country.isPresent() && "country".equals(country.get().placeType())) key = toks.get(last - 1).key();
        }
        return trades.contains(key) && !tradeSurnames.contains(key);
    }
    private final Set<String> trades = PartOfReader.Words.shared().trades();
    private final Set<String> tradeSurnames;

    /** Prepositions of a tail some heads take after their name: "Chamber of Commerce in Kestrelburg", "Embassy to Ruritania". */
    private static final Set<String> NAME_TAIL_PREPOSITIONS = Set.of("in", "to");

    /** Tokens [from, to) are exactly one organization of the reference data. */
    private boolean completeOrganization(List<Token> toks, int from, int to) {
        return ref.organizations().longestAt(toks, from).map(g -> g.to() == to).orElse(false);
    }

    /** A title, a verb of saying, or "according to" next to the name. */
    private boolean personCue(List<Token> toks, Mention[] at, int from, int to) {
        int before = from - 1;
        if (before >= 0 && at[before] != null && at[before].type() == MentionType.TITLE) return true;
        if (before >= 0 && lex.speechVerbs.contains(toks.get(before).key()) && !toks.get(before).isCapitalized()) return true;
        if (before >= 1 && toks.get(before).key().equals("to") && toks.get(before - 1).key().equals("according")) return true;
        if (titleOfOrganizationBefore(toks, at, from, to)) return true;
        // "In March, in Kesh City, the President of X, ...", "In May, the President ...": a name after a preposition of place
        // or time is where or when, whatever apposition follows
        if (before >= 0 && LOCATIVE_PREPOSITIONS.contains(toks.get(before).key())) return false;
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

    /** Prepositions of place or time: a name after one is no person's by an apposition after it. */
    private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "at", "near", "since", "during", "until");

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

    boolean descriptorBefore(List<Token> toks, Mention[] at, int from) {
        for (List<String> d : lex.orgDescriptors) {
            int n = d.size();
            if (from - n < 0) continue;
            // "Director of the museum Anna Berg": the noun is the title's organization, referred back to; the name holds the title
            if (from - n - 3 >= 0 && toks.get(from - n - 1).key().equals("the") && toks.get(from - n - 2).key().equals("of")
                    && at[from - n - 3] != null && at[from - n - 3].type() == MentionType.TITLE) continue;
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
    boolean pluralDescriptorWord(String key) {
        return pluralOneWordDescriptors.contains(key);
    }

    /** Plurals of the descriptors' last words ("operators", "companies"), and of the one-word descriptors. */
    private final Set<String> pluralDescriptorEnds, pluralOneWordDescriptors;

    private static String plural(String w) {
        return w.endsWith("y") && !w.endsWith("ay") && !w.endsWith("ey") ? w.substring(0, w.length() - 1) + "ies" : w + "s";
    }

    /** A plural descriptor just before {@code from}: "telecom operators", "the carmakers", "shipping companies". */
    boolean pluralDescriptorBefore(List<Token> toks, Mention[] at, int from) {
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
}
