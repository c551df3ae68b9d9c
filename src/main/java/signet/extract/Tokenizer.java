package signet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation. Possessive {@code 's} becomes its own token (so
 * "China's Xinhua" is China + 's + Xinhua) and dotted initials stay whole ("U.K.", "H.H.").
 * Linear time: every alternative consumes at least one character and nothing nests.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"                                  // U.K., U.S.A., H.H.
            + "|[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*"      // words with inner apostrophes / hyphens
            + "|['’]s(?![\\p{L}\\p{N}])"                        // a possessive after a symbol ("CANAL+'s")
            + "|[^\\s\\p{L}\\p{N}]");                            // any other single non-space char

    public List<Token> tokenize(String text, int base) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            int s = base + m.start();
            int len = t.length();
            // split a possessive 's / ’s off a word 
            if (len > 2 && (t.endsWith("'s") || t.endsWith("’s")) && Character.isLetterOrDigit(t.charAt(len - 3))) {
                out.add(new Token(s, s + len - 2, t.substring(0, len - 2)));
                out.add(new Token(s + len - 2, s + len, t.substring(len - 2)));
            } else {
                out.add(new Token(s, s + len, t));
            }
        }
        return out;
    }
}
