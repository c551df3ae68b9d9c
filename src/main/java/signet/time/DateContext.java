package signet.time;

import java.util.Optional;

/**
 * What a relative or partial date is resolved against.
 *
 * @param articleDate  the article's own date (publication date or dateline date), if known
 * @param fallbackYear a year to give year-less dates when the article has no date of its own
 *                     (e.g. the only year the text mentions); empty to leave them unresolved
 * @param textDate     the last day the text stated before the searched text, for "the same day",
 *                     "the next day" (a sentence is read after the ones before it); empty when none
 */
public record DateContext(Optional<PartialDate> articleDate, Optional<Integer> fallbackYear, Optional<PartialDate> textDate) {
    public static final DateContext NONE = new DateContext(Optional.empty(), Optional.empty());

    public DateContext(Optional<PartialDate> articleDate, Optional<Integer> fallbackYear) {
        this(articleDate, fallbackYear, Optional.empty());
    }

    /** This context with {@code day} as the last day the text stated (kept when {@code day} is not a whole day). */
    public DateContext afterStating(PartialDate day) {
        if (day == null || day.precision() != Precision.DAY || Optional.of(day).equals(textDate)) return this;
        return new DateContext(articleDate, fallbackYear, Optional.of(day));
    }

    public static DateContext of(PartialDate articleDate) {
        return new DateContext(Optional.ofNullable(articleDate), Optional.empty());
    }
}
