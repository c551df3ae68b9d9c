package signet.extract;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The characters a match of a regular expression can start with, read from the expression
 * itself, as a look-ahead guard {@code (?=[...])} to put in front of it.
 *
 * <p>Why: Java's regex engine tries a pattern at every position of the text. A rule such as
 * {@code (?<p>(?:PER|OTH)_\d+\b) , who ...} enters its groups and alternations at each of the
 * ~200 positions of an abstract form, although only a placeholder's first letter can start a
 * match; the guard rejects the other positions with one character test. The rules stay as they
 * are written in {@code rules/*.tsv}; the guard is derived from them when they load.
 *
 * <p>The reading is deliberately small and conservative: literal characters, escaped
 * punctuation, {@code \d}, groups, alternations, quantifiers, and zero-width assertions (which
 * are skipped: ignoring a constraint only admits more positions). Anything else that could start
 * a match (a character class, {@code .}, {@code \S}, a flag group, a back-reference) gives no
 * guard at all, and so does an expression that can match the empty string. The set is thus
 * always a superset of the real first characters, so a guarded rule matches exactly what the
 * unguarded one does.
 */
final class FirstChars {
    /** The expression cannot be read; no guard. */
    private static final class Unknown extends RuntimeException {
        Unknown() { super(null, null, false, false); }
    }

    /**
     * What a piece of expression can start with (null: characters this reading does not know),
     * and whether it can match the empty string.
     */
    private record First(Set<Integer> chars, boolean nullable) {}

    private static final First ZERO_WIDTH = new First(Set.of(), true);
    private static final First UNKNOWN = new First(null, false);

    private final String re;
    private int i;

    private FirstChars(String re) { this.re = re; }

    /** {@code (?=[...])} for the expression, or empty when it cannot be told. */
    static Optional<String> guard(String regex) {
        try {
            FirstChars p = new FirstChars(regex);
            First f = p.alternation();
            if (p.i != regex.length() || f.chars() == null || f.nullable() || f.chars().isEmpty()) return Optional.empty();
            StringBuilder b = new StringBuilder("(?=[");
            for (int c : f.chars()) b.append("\\x{").append(Integer.toHexString(c)).append('}');
            return Optional.of(b.append("])").toString());
        } catch (Unknown | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private First alternation() {
        Set<Integer> chars = new TreeSet<>();
        boolean nullable = false;
        boolean known = true;
        while (true) {
            First s = sequence();
            if (s.chars() == null) known = false;
            else chars.addAll(s.chars());
            nullable |= s.nullable();
            if (i < re.length() && re.charAt(i) == '|') { i++; continue; }
            return known ? new First(chars, nullable) : UNKNOWN;
        }
    }

    private First sequence() {
        Set<Integer> chars = new TreeSet<>();
        boolean open = true; // every atom so far may be empty, so the next one may start the match
        boolean known = true;
        while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
            First atom = atom();
            int min = quantifierMin();
            if (open) {
                if (atom.chars() == null) known = false;
                else chars.addAll(atom.chars());
                if (!atom.nullable() && min > 0) open = false;
            }
        }
        return known ? new First(chars, open) : UNKNOWN;
    }

    /** One atom; UNKNOWN when it can start with characters this reading does not know. */
    private First atom() {
        char c = re.charAt(i++);
        switch (c) {
            case '(' -> {
                if (re.startsWith("?=", i) || re.startsWith("?!", i) || re.startsWith("?<=", i) || re.startsWith("?<!", i)) {
                    i += re.charAt(i + 1) == '<' ? 3 : 2;
                    alternation();
                    expect(')');
                    return ZERO_WIDTH;
                }
                if (re.startsWith("?:", i)) i += 2;
                else if (re.startsWith("?<", i)) i = re.indexOf('>', i) + 1;
                else if (re.charAt(i) == '?') throw new Unknown(); // flags, atomic groups, ...
                First g = alternation();
                expect(')');
                return g;
            }
            case '[' -> {
                skipClass();
                return UNKNOWN;
            }
            case '.' -> { return UNKNOWN; }
            case '^', '$' -> { return ZERO_WIDTH; }
            case '\\' -> {
                char e = re.charAt(i++);
                if (e == 'd') {
                    Set<Integer> digits = new TreeSet<>();
                    for (int d = '0'; d <= '9'; d++) digits.add(d);
                    return new First(digits, false);
                }
                if ("bBAzZG".indexOf(e) >= 0) return ZERO_WIDTH;
                if (e == 'Q' || e == 'k') throw new Unknown();
                if (Character.isLetterOrDigit(e)) return UNKNOWN;
                return new First(Set.of((int) e), false);
            }
            case '*', '+', '?', '{', ')', '|' -> throw new Unknown();
            default -> {
                return new First(Set.of((int) c), false);
            }
        }
    }

    /** The minimum count of the quantifier after an atom (1 when there is none); skips it. */
    private int quantifierMin() {
        if (i >= re.length()) return 1;
        int min;
        switch (re.charAt(i)) {
            case '?', '*' -> { min = 0; i++; }
            case '+' -> { min = 1; i++; }
            case '{' -> {
                int close = re.indexOf('}', i);
                String body = re.substring(i + 1, close);
                int comma = body.indexOf(',');
                min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
                i = close + 1;
            }
            default -> { return 1; }
        }
        if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) i++; // lazy or possessive
        return min;
    }

    private void skipClass() {
        int depth = 1;
        if (i < re.length() && re.charAt(i) == '^') i++;
        if (i < re.length() && re.charAt(i) == ']') i++; // a leading ] is literal
        while (depth > 0) {
            char c = re.charAt(i++);
            if (c == '\\') i++;
            else if (c == '[') depth++;
            else if (c == ']') depth--;
        }
    }

    private void expect(char c) {
        if (i >= re.length() || re.charAt(i) != c) throw new Unknown();
        i++;
    }
}
