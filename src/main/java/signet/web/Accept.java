package signet.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP {@code Accept} header (RFC 9110 §12.5.1), parsed once: media ranges with their
 * {@code q} values. The quality of a media type is that of the most specific range matching it
 * ({@code text/turtle} beats {@code text/*} beats {@code *}{@code /*}), so
 * {@code text/*;q=0.1, text/turtle} rates Turtle 1 and plain text 0.1.
 *
 * @param ranges the media ranges in header order
 */
public record Accept(List<Range> ranges) {

    /** One media range; {@code type} and {@code subtype} are lower case, either may be "*". */
    public record Range(String type, String subtype, double q, boolean explicit) {
        /** 2 for type/subtype, 1 for type/any, 0 for the full wildcard; -1 when it does not match. */
        int specificity(String t, String s) {
            if (type.equals("*")) return 0;
            if (!type.equals(t)) return -1;
            if (subtype.equals("*")) return 1;
            return subtype.equals(s) ? 2 : -1;
        }
    }

    public Accept {
        ranges = List.copyOf(ranges);
    }

    /** Anything, {@code *}{@code /*}: what a request without the header takes. */
    private static final Accept ANYTHING = new Accept(List.of(new Range("*", "*", 1, false)));

    /**
     * No header, or one with no media range in it at all ({@code Accept: ;;;}): the client takes
     * anything, {@code *}{@code /*}, and gets the server's default. A header that names ranges but
     * rates them all 0 (or badly) still refuses them: that client did say what it wants.
     */
    public static Accept parse(String header) {
        if (header == null || header.isBlank()) return ANYTHING;
        List<Range> out = new ArrayList<>();
        for (String part : header.split(",")) {
            // -1: keep empty fields, so ";;;" is one empty range, not an empty array
            String[] fields = part.split(";", -1);
            String range = fields[0].strip().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) continue; // not a media range: ignored, as servers do
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String p = fields[i].strip();
                if (p.regionMatches(true, 0, "q=", 0, 2)) q = parseQ(p.substring(2).strip());
            }
            String type = range.substring(0, slash).strip();
            String subtype = range.substring(slash + 1).strip();
            out.add(new Range(type, subtype, q, !type.equals("*") && !subtype.equals("*")));
        }
        return out.isEmpty() ? ANYTHING : new Accept(out);
    }

    private static double parseQ(String s) {
        try {
            double q = Double.parseDouble(s);
            return q < 0 || q > 1 || Double.isNaN(q) ? 0 : q;
        } catch (NumberFormatException e) {
            return 0; // a malformed q makes the range unusable rather than preferred
        }
    }

    /** The quality the client gives a media type (0 = not acceptable). */
    public double quality(String mediaType) {
        String mt = mediaType.toLowerCase(Locale.ROOT);
        int slash = mt.indexOf('/');
        String t = mt.substring(0, slash);
        String s = mt.substring(slash + 1);
        int bestSpec = -1;
        double q = 0;
        for (Range r : ranges) {
            int spec = r.specificity(t, s);
            if (spec > bestSpec || (spec == bestSpec && spec >= 0 && r.q() > q)) {
                bestSpec = spec;
                q = r.q();
            }
        }
        return bestSpec < 0 ? 0 : q;
    }

    /** Whether the header names this exact media type (not through a wildcard) with a quality above 0. */
    public boolean names(String mediaType) {
        String mt = mediaType.toLowerCase(Locale.ROOT);
        return ranges.stream().anyMatch(r -> r.explicit() && (r.type() + "/" + r.subtype()).equals(mt) && r.q() > 0);
    }
}
