package signet.extract;

import java.util.List;
import java.util.Set;

/**
 * What a word is inside a name, for every step of {@link MentionFinder}, {@link TitleFinder},
 * {@link RunSplitter} and {@link NameTyper}: a connector that may join a name's words ("of", "y",
 * "the"), a generic or field word that makes no proper name ("State", "Television", "Promotion"), an
 * adjective of institution names ("Medical"), an honorific, a title word, a possessive that opens a
 * name ("People's Bank"), an acronym, a lower-case legal form ("sp. z o.o."), the prepositions of a
 * head's complement, and the shape of a person's name. In: one token or a span of a sentence's tokens; out: yes or no, or a
 * length. No state but the word lists, read once from {@link Lexicons} and {@link ReferenceData}.
 */
final class NameWords {

    /** Endings of adjectives in institution names that make no proper name ("Sectoral", "Medical"). */
    private final List<String> nameAdjectiveEndings;
    /** Lower-case words that may join the words of one name: "Radio y Television Argentina", "Radio e Televisione". */
    private final Set<String> nameConnectors;
    /** Words that open a name in the languages that put the head first: "Instituto Cervantes", "JSC Kestrel". */
    private final Set<String> leadingHeads;
    /** Lower-case words that join a name only after a leading head: "Banco do Brasil", "Agence des Presses". */
    private final Set<String> leadingHeadConnectors;
    /** Words of institution names that are not proper names ("Accounts Chamber", "State Control Committee"). */
    private final Set<String> genericNameWords;
    /** Owners whose possessive opens an institution's name: "People's Bank", "Workers' Union". */
    private final Set<String> possessiveNameWords;
    /** Endings of abstract nouns that name a field ("Promotion", "Development", "Governance"). */
    private final List<String> abstractEndings;

    private final Lexicons lex;
    private final ReferenceData ref;

    NameWords(Lexicons lex, ReferenceData ref) {
        this.lex = lex;
        this.ref = ref;
        this.nameAdjectiveEndings = List.copyOf(lex.wordSet("name-adjective-endings"));
        this.nameConnectors = lex.wordSet("name-connectors");
        this.leadingHeads = lex.wordSet("leading-heads");
        this.leadingHeadConnectors = lex.headConnectors;
        this.genericNameWords = lex.wordSet("generic-name-words");
        this.possessiveNameWords = lex.wordSet("possessive-name-words");
        this.abstractEndings = List.copyOf(lex.wordSet("abstract-noun-endings"));
    }

    boolean isTitleWord(Token t) {
        return lex.titles.containsKey(Lexicons.normTitle(t.text()));
    }

    boolean isTitleMod(Token t) {
        return "mod".equals(lex.titles.get(Lexicons.normTitle(t.text())));
    }

    /** The length of the honorifics at {@code i}, one after another ("Prof. Dr. Anna Berg", "H.E. Dr Anna Berg"); 0 when none. */
    int honorificAt(List<Token> toks, int i) {
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

    /**
     * A capitalised word that names a field, not a proper name: "Transport", "Communications",
     * "Promotion". A word known only by its ending must not be a head ("Corporation", "Foundation").
     */
    boolean fieldNameWord(Token t) {
        if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || ref.place(t.text()).isPresent()) return false;
        String k = t.key();
        return lex.fieldNouns.contains(k) || genericNameWords.contains(k) || lex.notNamesAlone.contains(k)
                || abstractNoun(k) && !lex.isAnyOrgHead(k);
    }

    private boolean abstractNoun(String key) {
        for (String e : abstractEndings) if (key.length() > e.length() + 2 && key.endsWith(e)) return true;
        return false;
    }
    private static final Set<String> GIVEN_NAME_ABBREVIATIONS = Set.of("md", "mohd");

    /** A word shaped like a nationality adjective ("ruritanian", "borvese", "tarnish"; not "-i", which many names end with). */
    static boolean nationalityShaped(String key) {
        return key.length() >= 6 && NATIONALITY_ADJECTIVE.matcher(key).matches();
    }

    private static final java.util.regex.Pattern NATIONALITY_ADJECTIVE = java.util.regex.Pattern.compile("[a-z]{3,}(?:ian|ese|ish)");

    /** "People's Bank", "Workers' Union": a possessive that belongs to the name it opens. */
    boolean namePossessive(List<Token> toks, int k) {
        return k > 0 && possessiveNameWords.contains(toks.get(k - 1).key());
    }

    /** "Kestrel's", and "Belarus'" (an apostrophe touching a word in s). */
    static boolean isPossessive(List<Token> toks, int k) {
        Token t = toks.get(k);
        if (t.key().equals("'s")) return true;
        return t.key().equals("'") && k > 0 && toks.get(k - 1).end() == t.start() && toks.get(k - 1).key().endsWith("s");
    }

    /** A word that may stand in an institution's name without making it a proper name ("State", "Accounts", "Film"). */
    boolean genericWord(String key) {
        return lex.fieldNouns.contains(key) || lex.commonWords.contains(key) || lex.notNamesAlone.contains(key)
                || lex.isAnyOrgHead(key) || genericNameWords.contains(key) || lex.demonyms.containsKey(key);
    }

    /** Most letters of an acronym written with a small letter in it ("BiH", "DoT"). */
    private static final int MAX_MIXED_ACRONYM = 5;

    /** An acronym: all capitals ("KSIR"), or a short word with two capitals or more ("BiH"). */
    static boolean acronymLike(Token t) {
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

    /** An adjective that stands in institution names without making a proper name: "Sectorial", "Medical". */
    boolean nameAdjective(String key) {
        for (String e : nameAdjectiveEndings) if (key.length() > e.length() + 2 && key.endsWith(e)) return true;
        return false;
    }

    boolean isConnector(Token t) {
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
            // (an all-capital word longer than three letters is an acronym, except a family name written first and so in
            // East Asian usage: "ZHAO Guoxiang", "CHEN Wenbo" — a short word, letters only, a given name in title case after it)
            if (t.isAllCaps() && t.text().length() > 3 && !familyNameFirst(toks, k, from, to)) return false;
            words++;
        }
        return words >= 1 && words <= 6;
    }

    /** "ZHAO Guoxiang": at {@code from}, an all-capital word of four to six letters, then one or two title-case words that end the name. */
    private static boolean familyNameFirst(List<Token> toks, int k, int from, int to) {
        if (k != from || to - from < 2 || to - from > 3) return false;
        String w = toks.get(k).text();
        // ("HSBC Asia": a family name has a vowel)
        if (w.length() > 6 || !w.chars().allMatch(Character::isLetter) || w.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0)) return false;
        for (int j = from + 1; j < to; j++) {
            Token g = toks.get(j);
            if (!g.isWord() || g.isAllCaps() || !Character.isUpperCase(g.text().charAt(0))) return false;
        }
        return true;
    }

    /** Most tokens of a lower-case legal form ("spol. s r.o." is spol . s r.o. = 4). */
    static final int MAX_LEGAL_FORM_TOKENS = 5;

    /** The end of a lower-case legal form of legal-forms-lower.tsv starting at {@code j} ("sp. z o.o."), or -1. */
    int lowerLegalFormEnd(List<Token> toks, Mention[] at, int j) {
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

    /** Prepositions that open a head's complement: "Ministry of Health", "Council for Trade", "Committee on Land". */
    static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "for", "on");
}
