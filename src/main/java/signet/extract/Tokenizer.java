package signet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation. Possessive {@code 's} becomes its own token (so
 * "China's Xinhua" is China + 's + Xinhua) and dotted initials stay whole ("U.K.", "H.H.").
 * Linear time: every alternative consumes at least one character and nothing nests.
 */
public final class Tokenizer {
    /**
     * Words that a source lost the space before or after (lexicons/word-sets.tsv "glued-function-words"):
     * "ProgramBetween", "ofKestrel". Loaded once; the tokenizer is made per reader.
     */
    private static final Set<String> GLUED_FUNCTION_WORDS = Set.copyOf(glueSet("glued-function-words"));
    /** Brands written lower case first that stay one word ("glued-brand-words"): "easyJet". */
    private static final Set<String> GLUED_BRANDS = Set.copyOf(glueSet("glued-brand-words"));
    /** Shortest lower-case word glued before a capitalised one that is split off: "areasSri", not "iPhone" or "eBay". */
    private static final int GLUED_LOWER_MIN = 3;
    /** Capitals joined by "&" that are business nouns, not names ("R&D", "M&A"; word-sets.tsv "ampersand-terms"): split as words. */
    private static final Set<String> AMPERSAND_TERMS = Set.copyOf(glueSet("ampersand-terms"));
    /** Fewest digits of a number glued before a capitalised word that is split off: "2018The", not "3Kestrel". */
    private static final int GLUED_DIGITS_MIN = 2;

    /** A named set of lexicons/word-sets.tsv, for classes that read it before any {@link Lexicons} exists. */
    static List<String> glueSet(String name) {
        List<String> out = new ArrayList<>();
        for (String[] r : signet.lexicon.TsvResource.table("lexicons/word-sets.tsv", 2)) if (r[0].equals(name)) out.add(r[1]);
        if (out.isEmpty()) throw new IllegalStateException("lexicons/word-sets.tsv has no set " + name);
        return out;
    }

    /** Endings of domain names ("com", "org", "cn"; word-sets.tsv "domain-endings"). */
    private static final String DOMAIN_ENDINGS = String.join("|", glueSet("domain-endings"));

    /** "Coral.org.cn": a name glued by dots to a domain ending is one word (tried only where a dot touches a word). */
    private static final Pattern DOMAIN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*(?:\\.[\\p{L}\\p{N}]+)*\\.(?:" + DOMAIN_ENDINGS + ")(?![\\p{L}\\p{N}])");

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"                                  // U.K., U.S.A., H.H.
            + "|\\p{Lu}{1,4}&\\p{Lu}{1,4}(?![\\p{L}\\p{N}])"          // AT&T, P&G, H&M: capitals joined by & with no space
            + "|[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*"      // words with inner apostrophes / hyphens
            + "|['’]s(?![\\p{L}\\p{N}])"                        // a possessive after a symbol ("CANAL+'s")
            + "|[^\\s\\p{L}\\p{N}]");                            // any other single non-space char

    public List<Token> tokenize(String text, int base) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        Matcher domain = null;
        while (m.find()) {
            String t = m.group();
            int s = base + m.start();
            int len = t.length();
            if (m.end() + 1 < text.length() && text.charAt(m.end()) == '.' && Character.isLetterOrDigit(text.charAt(m.end() + 1))
                    && Character.isLetterOrDigit(t.charAt(0))) {
                if (domain == null) domain = DOMAIN.matcher(text);
                domain.region(m.start(), text.length());
                if (domain.lookingAt()) {
                    out.add(new Token(s, base + domain.end(), text.substring(m.start(), domain.end())));
                    m.region(domain.end(), text.length());
                    continue;
                }
            }
            // "R&D", "M&A": a business noun, three tokens as any spaced "&" ("AT&T" stays one word, a name)
            int amp = t.indexOf('&');
            if (amp > 0 && AMPERSAND_TERMS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                out.add(new Token(s, s + amp, t.substring(0, amp)));
                out.add(new Token(s + amp, s + amp + 1, "&"));
                out.add(new Token(s + amp + 1, s + len, t.substring(amp + 1)));
                continue;
            }
            // split a possessive 's / ’s off a word 
            if (len > 2 && (t.endsWith("'s") || t.endsWith("’s")) && Character.isLetterOrDigit(t.charAt(len - 3))) {
                out.add(new Token(s, s + len - 2, t.substring(0, len - 2)));
                out.add(new Token(s + len - 2, s + len, t.substring(len - 2)));
            } else if (codeLike(text, m.start(), m.end())) {
                out.add(new Token(s, s + len, t)); // "{{hitsCtrl.values}}", "kestrelNews.com/pressRoom": an identifier
            } else {
                addUnglued(out, s, t);
            }
        }
        return out;
    }

    /**
     * Adds a word, split where the source lost a space: a lower-case word of three letters or more
     * (or a function word) glued before a capitalised word ("areasSri Lanka", "theCooperation",
     * "ofKestrel"), and a function word glued after a capitalised one ("ProgramBetween",
     * "Programbetween"). Brands keep their shape: "iPhone", "eBay", "McDonald", "YouTube", "easyJet".
     */
    private static void addUnglued(List<Token> out, int s, String t) {
        int len = t.length();
        if (len < 4 || t.indexOf('\'') >= 0 || t.indexOf('’') >= 0 || t.indexOf('-') >= 0) { out.add(new Token(s, s + len, t)); return; }
        // a year or a number glued before a capitalised word: "2018The Kestrel Forum" (one digit is a brand's: "3Kestrel")
        if (Character.isDigit(t.charAt(0))) {
            int i = 1;
            while (i < len && Character.isDigit(t.charAt(i))) i++;
            if (i >= GLUED_DIGITS_MIN && i + 1 < len && Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i + 1))
                    && allLetters(t, i, len)) {
                out.add(new Token(s, s + i, t.substring(0, i)));
                addUnglued(out, s + i, t.substring(i));
                return;
            }
        }
        // lower-case head glued before a capitalised word: split at the first lower→Upper+lower boundary
        if (Character.isLowerCase(t.charAt(0))) {
            int i = 1;
            while (i < len && Character.isLowerCase(t.charAt(i))) i++;
            if (i + 1 < len && Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i + 1))
                    && (i >= GLUED_LOWER_MIN || GLUED_FUNCTION_WORDS.contains(t.substring(0, i)))
                    && !GLUED_BRANDS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                out.add(new Token(s, s + i, t.substring(0, i)));
                addUnglued(out, s + i, t.substring(i));
                return;
            }
        }
        // a function word glued after a capitalised word: "ProgramBetween", "Programbetween"
        if (Character.isUpperCase(t.charAt(0))) {
            for (int i = len - 2; i >= 3; i--) {
                char c = t.charAt(i);
                if (!Character.isLetter(c)) break;
                String tail = t.substring(i).toLowerCase(java.util.Locale.ROOT);
                // a short capitalised tail is a brand's ("LinkedIn", "GoTo"): only "And", "For", "With", "Between" ...
                boolean boundary = Character.isUpperCase(c) && Character.isLowerCase(t.charAt(i - 1)) && tail.length() >= GLUED_CAP_TAIL_MIN
                        || tail.length() >= GLUED_TAIL_MIN && Character.isLowerCase(c);
                if (boundary && GLUED_FUNCTION_WORDS.contains(tail) && allLetters(t, 0, i)) {
                    out.add(new Token(s, s + i, t.substring(0, i)));
                    out.add(new Token(s + i, s + len, t.substring(i)));
                    return;
                }
            }
        }
        out.add(new Token(s, s + len, t));
    }

    /**
     * Shortest function word found glued in lower case after a capitalised word: "Programbetween"
     * (a shorter tail, "Format", "Chairman", is part of a word).
     */
    private static final int GLUED_TAIL_MIN = 7;
    /** Shortest capitalised function word split off the end of a word: "ProgramWith", not "LinkedIn". */
    private static final int GLUED_CAP_TAIL_MIN = 3;

    /** A word touching a dot, slash, underscore, brace or "@" that another letter follows or precedes: code or an address. */
    private static boolean codeLike(String text, int start, int end) {
        if (end + 1 < text.length() && ".:/_@{}".indexOf(text.charAt(end)) >= 0 && Character.isLetter(text.charAt(end + 1))) return true;
        return start > 0 && "./_@{".indexOf(text.charAt(start - 1)) >= 0;
    }

    private static boolean allLetters(String t, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isLetter(t.charAt(i))) return false;
        return true;
    }
}
