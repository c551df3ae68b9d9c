package signet.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How query values are keyed for comparison with the gold, as in score.py's {@code doc_key} and {@code date_str}. */
final class FactKeys {
    private FactKeys() {}

    // Python's \d is any Unicode decimal digit, hence UNICODE_CHARACTER_CLASS. Linear: no nesting.
    private static final Pattern DATE = Pattern.compile("^\\d{4}(?:-\\d{2})?(?:-\\d{2})?", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EXTENSION = Pattern.compile("\\.(?:txt|md|html?|json)$");

    /** A document is named by its file name without extension, wherever the query put it (IRI, path, fragment). */
    static String docKey(String value) {
        String v = PythonText.strip(value == null ? "" : value);
        int end = v.length();
        while (end > 0 && v.charAt(end - 1) == '/') end--;
        v = v.substring(0, end);
        v = v.substring(v.lastIndexOf('/') + 1);
        v = v.substring(v.lastIndexOf('#') + 1);
        return EXTENSION.matcher(v).replaceFirst("");
    }

    /** The leading {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} of a value, or "". */
    static String dateStr(String value) {
        Matcher m = DATE.matcher(PythonText.strip(value == null ? "" : value));
        return m.find() ? m.group() : "";
    }
}
