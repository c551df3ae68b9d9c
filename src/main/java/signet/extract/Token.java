package signet.extract;

import java.util.Locale;

/** A word or punctuation mark of a sentence; offsets are into the article text. */
public record Token(int start, int end, String text) {

    /** Lower-case form with typographic apostrophes folded, for lexicon look-ups. */
    public String key() { return fold(text); }

    public static String fold(String s) {
        // Most words are already folded (lower-case ASCII): return them as they are instead of
        // scanning them four times; anything else takes the general path, so results are the same.
        if (isFolded(s)) return s;
        return s.replace('’', '\'').replace('‘', '\'').replace('`', '\'').toLowerCase(Locale.ROOT);
    }

    private static boolean isFolded(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '`' || (c >= 'A' && c <= 'Z')) return false;
        }
        return true;
    }

    public boolean isWord() { return Character.isLetterOrDigit(text.charAt(0)); }

    /**
     * Starts with an upper-case letter, or is a brand written in mixed case ("eKestrel", "iQIYI"):
     * a candidate name word.
     */
    public boolean isCapitalized() { return Character.isUpperCase(text.charAt(0)) || isMixedCaseName() || isArticledName() || isElidedName(); }

    /** Articles and prepositions elided onto a capitalised name word (name-connectors.tsv "elision": "d'", "l'", "dell'"). */
    private static final java.util.Set<String> ELISIONS = Lexicons.nameConnectors("elision");
    /** Longest such elision, with its apostrophe ("dell'"). */
    private static final int ELISION_MAX = ELISIONS.stream().mapToInt(String::length).max().orElse(0);

    /** "d'Art", "l'Océan", "dell'Arte": an elided article or preposition, an apostrophe, then a capital. */
    boolean isElidedName() {
        if (!Character.isLowerCase(text.charAt(0))) return false;
        for (int i = 1; i < Math.min(text.length() - 1, ELISION_MAX); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '’') {
                return Character.isUpperCase(text.charAt(i + 1)) && ELISIONS.contains(Token.fold(text.substring(0, i + 1)));
            }
            if (!Character.isLetter(c)) return false;
        }
        return false;
    }

    /** Articles that make a name word with the capitalised name they are hyphened to (word-sets.tsv "name-articles"). */
    private static final java.util.Set<String> NAME_ARTICLES = java.util.Set.copyOf(Tokenizer.glueSet("name-articles"));
    /** Longest such article ("ash", "abu", "ibn"). */
    private static final int NAME_ARTICLE_MAX = NAME_ARTICLES.stream().mapToInt(String::length).max().orElse(0);

    /** "al-Sabah", "el-Amin": a lower-case article, a hyphen, then a capital. */
    boolean isArticledName() {
        int dash = text.indexOf('-');
        if (dash < 2 || dash > NAME_ARTICLE_MAX || dash + 1 >= text.length() || !Character.isUpperCase(text.charAt(dash + 1))) return false;
        return NAME_ARTICLES.contains(text.substring(0, dash));
    }

    /** Shortest mixed-case brand: "eBay"-like words have four letters; "pH", "kWh" are units. */
    private static final int MIXED_CASE_MIN_LETTERS = 4;
    /** Longest lower-case prefix of a mixed-case brand ("e", "i", "my"): "thatKESTREL" is two words glued. */
    private static final int MIXED_CASE_MAX_PREFIX = 2;

    /**
     * A word that starts lower case and has a capital after a short prefix, all letters:
     * "eKestrel", "iQIYI". The first part only: "non-EU", "pro-Kestrel" are adjectives.
     */
    boolean isMixedCaseName() {
        char c0 = text.charAt(0);
        if (!Character.isLowerCase(c0)) return false;
        boolean upper = false;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\'' || c == '’') break;
            if (!Character.isLetter(c)) return false;
            letters++;
            if (Character.isUpperCase(c) && !upper && i > MIXED_CASE_MAX_PREFIX) return false;
            upper |= Character.isUpperCase(c);
        }
        return upper && letters >= MIXED_CASE_MIN_LETTERS;
    }

    /** Two or more letters, all upper case (digits and hyphens allowed): an acronym or a shouted word. */
    public boolean isAllCaps() {
        int letters = 0;
        for (char c : text.toCharArray()) {
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    public boolean isDigit() { return Character.isDigit(text.charAt(0)); }
}
