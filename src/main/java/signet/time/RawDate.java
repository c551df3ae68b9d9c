package signet.time;

import java.time.DayOfWeek;

/**
 * A date expression as the text writes it, before it is resolved against a {@link DateContext}.
 * Offsets are local to the searched text, end exclusive.
 */
sealed interface RawDate {
    int start();

    int end();

    default int length() { return end() - start(); }

    default boolean overlaps(int s, int e) { return start() < e && s < end(); }

    /**
     * A calendar date with what the text states of it: {@code year} 0 when the text gives no
     * year ("January 20", "in October"), {@code day} 0 when it gives no day ("October 2015"),
     * {@code month} 0 when it gives only a year.
     */
    record Calendar(int start, int end, int year, int month, int day, Direction direction) implements RawDate {
        boolean yearStated() { return year != 0; }

        Calendar withYear(int y) { return new Calendar(start, end, y, month, day, direction); }

        /** Orders dates that state the same fields: year, then month, then day. */
        int compareKey() { return year * 10_000 + month * 100 + day; }
    }

    /** "Nov. 15-17", "from September 30 to October 6": both ends as written. */
    record Range(int start, int end, Calendar from, Calendar to) implements RawDate {}

    /** "on Wednesday", "last Friday", "next Monday". */
    record Weekday(int start, int end, DayOfWeek day, Direction direction) implements RawDate {}

    /** "yesterday" (DAY, -1), "this year" (YEAR, 0); "the next day" (DAY, +1, from the text's last stated day). */
    record Relative(int start, int end, Precision unit, int offset, boolean fromText) implements RawDate {}
}
