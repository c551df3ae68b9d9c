package signet.time;

import java.util.Optional;

/**
 * What a relative or partial date is resolved against.
 *
 * @param articleDate  the article's own date (publication date or dateline date), if known
 * @param fallbackYear a year to give year-less dates when the article has no date of its own
 *                     (e.g. the only year the text mentions); empty to leave them unresolved
 */
public record DateContext(Optional<PartialDate> articleDate, Optional<Integer> fallbackYear) {
    public static final DateContext NONE = new DateContext(Optional.empty(), Optional.empty());

    public static DateContext of(PartialDate articleDate) {
        return new DateContext(Optional.ofNullable(articleDate), Optional.empty());
    }
}
