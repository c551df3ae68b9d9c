package signet.eval;

import java.util.List;
import java.util.Objects;

/**
 * A signing the article states.
 *
 * @param kind      the kind of agreement as the annotator named it (not scored)
 * @param parties   the organizations bound by it, as named (at least two to make a pair)
 * @param date      the date at the precision the text gives ({@code 2026-01-20}, {@code 2015-10}, {@code 2016}), or ""
 * @param place     where it was signed, or ""
 * @param witnesses present but not bound (not scored)
 */
public record GoldAgreement(String kind, List<String> parties, String date, String place, List<String> witnesses) {
    public GoldAgreement {
        kind = Objects.requireNonNullElse(kind, "");
        parties = List.copyOf(parties);
        date = Objects.requireNonNullElse(date, "");
        place = Objects.requireNonNullElse(place, "");
        witnesses = List.copyOf(witnesses);
    }
}
