package signet.fact;

import signet.time.DateBasis;
import signet.time.PartialDate;

/** A fact's date with the honesty of where it came from. */
public record DateValue(PartialDate date, DateBasis basis) {
    public DateValue {
        if (date == null || basis == null) throw new IllegalArgumentException("date and basis are required");
    }
}
