package signet.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Name comparison for scoring: {@link #norm} folds case, quotes, punctuation and a leading
 * "the"; an aliases file maps every surface form of a name to one canonical name, so that
 * "Gazprom media" in the graph matches "Gazprom-Media Holding" in the gold. The rules are those
 * of {@code norm()} and {@code Names} in the reference {@code score.py}, so both score alike.
 *
 * <p>Aliases file: UTF-8, one name per line, {@code canonical TAB alias|alias|...}; blank lines
 * and lines starting with {@code #} are skipped; a later line wins for a form listed twice.
 */
public final class Names {

    private final Map<String, String> toCanonical;

    private Names(Map<String, String> toCanonical) {
        this.toCanonical = Map.copyOf(toCanonical);
    }

    /** No aliases: names match when their normal forms are equal. */
    public static Names none() {
        return new Names(Map.of());
    }

    /** Reads an aliases file. */
    public static Names load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses the text of an aliases file. */
    public static Names parse(String text) {
        Map<String, String> m = new HashMap<>();
        for (String line : text.split("\r\n|\r|\n")) {
            if (PythonText.strip(line).isEmpty() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            String canonical = norm(tab < 0 ? line : line.substring(0, tab));
            m.put(canonical, canonical);
            if (tab < 0) continue;
            for (String alias : line.substring(tab + 1).split("\\|", -1))
                if (!PythonText.strip(alias).isEmpty()) m.put(norm(alias), canonical);
        }
        return new Names(m);
    }

    /** The canonical form of a name: its normal form, mapped through the aliases. */
    public String canon(String name) {
        String n = norm(name);
        return toCanonical.getOrDefault(n, n);
    }

    /**
     * The normal form of a name or title: NFKC, typographic quotes made plain, lower case,
     * double quotes dropped, every run of characters other than letters, digits, {@code _ ' & . -}
     * turned into one space, trimmed of spaces, dots and hyphens, a leading "the " removed.
     */
    public static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        t = PythonText.strip(t.toLowerCase(Locale.ROOT)).replace("\"", "");
        StringBuilder b = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (PythonText.isWord(cp) || cp == '\'' || cp == '&' || cp == '.' || cp == '-') {
                if (gap) b.append(' ');
                gap = false;
                b.appendCodePoint(cp);
            } else {
                gap = true; // a space, or anything else: runs of them become one space
            }
        }
        if (gap) b.append(' ');
        String r = PythonText.strip(b.toString(), " .-");
        return r.startsWith("the ") ? r.substring(4) : r;
    }
}
