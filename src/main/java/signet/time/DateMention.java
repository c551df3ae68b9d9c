package signet.time;

/**
 * A date found in text. {@code start}/{@code end} are offsets in the text that was searched
 * (plus the base offset given to the finder), end exclusive. {@code basis} is STATED when the
 * text wrote the full date, RESOLVED when part of it (year, or the day for a weekday) came
 * from the article's date. {@code rangeEnd} is set for "Nov. 15-17" or "from X to Y".
 */
public record DateMention(int start, int end, String text, PartialDate date, DateBasis basis, PartialDate rangeEnd) {
    public DateMention {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (date == null || basis == null) throw new IllegalArgumentException("date and basis are required");
    }

    public DateMention(int start, int end, String text, PartialDate date, DateBasis basis) {
        this(start, end, text, date, basis, null);
    }
}
