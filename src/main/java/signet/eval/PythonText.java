package signet.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The few Python string behaviours the reference scorer ({@code score.py}) relies on, so that
 * {@code signet evaluate} prints exactly the same figures and wording: Unicode whitespace as
 * {@code str.strip()} sees it, {@code \w} as Python's {@code re} module defines it, string order
 * by code point, {@code "%.2f"} rounding and the {@code repr} of a list of strings.
 */
final class PythonText {
    private PythonText() {}

    /** Python's {@code sorted()} order for strings: by code point (Java's compareTo is by UTF-16 unit). */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    /** Lexicographic order of string tuples, as Python sorts tuples of strings. */
    static final Comparator<List<String>> TUPLE_ORDER = (a, b) -> {
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            int c = CODE_POINT_ORDER.compare(a.get(k), b.get(k));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    };

    /** {@code str.isspace()}: Unicode White_Space plus the ASCII separators Python counts (0x1C–0x1F). */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** {@code \w} of Python's {@code re} on str: letters, Unicode numbers and the underscore (not combining marks). */
    static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code str.strip()} with no argument. */
    static String strip(String s) {
        int start = 0, end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) start += Character.charCount(s.codePointAt(start));
        while (end > start && isSpace(s.codePointBefore(end))) end -= Character.charCount(s.codePointBefore(end));
        return s.substring(start, end);
    }

    /** {@code str.strip(chars)}. */
    static String strip(String s, String chars) {
        int start = 0, end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) start++;
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(start, end);
    }

    /**
     * {@code "%.Nf" % x}: Python rounds the exact binary value half-to-even, whereas Java's
     * {@code String.format} rounds the shortest decimal form half-up (0.125 and 0.015 differ).
     */
    static String fixed(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code "%-Ns" % s}: left-justified in a field of {@code width} characters. */
    static String padRight(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }

    /** {@code str(list_of_strings)}, e.g. {@code ['2026-01-20']} or {@code ["xi'an"]}. */
    static String repr(List<String> items) {
        return items.stream().map(PythonText::repr).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code repr(str)}: single quotes unless the text holds one and no double quote. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (cp == quote) b.append('\\').append(quote);
                    else if (cp < 0x20 || cp == 0x7F) b.append(String.format("\\x%02x", cp));
                    else b.appendCodePoint(cp);
                }
            }
        });
        return b.append(quote).toString();
    }
}
