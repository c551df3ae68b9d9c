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

    /** Starts with an upper-case letter: a candidate name word. */
    public boolean isCapitalized() { return Character.isUpperCase(text.charAt(0)); }

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
