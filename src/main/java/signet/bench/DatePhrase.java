package signet.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A date as an article writes it ("on March 3, 2024", "in May 2023", "on Tuesday", "last year")
 * and the gold value a careful reader derives from it, at the precision written
 * ({@code 2024-03-03}, {@code 2023-05}, {@code 2023}). Relative wordings are relative to the
 * article's own date, which every generated article states.
 *
 * @param text the phrase with its preposition, or "" when the sentence gives no date
 * @param gold the gold value, or "" with an empty text
 */
record DatePhrase(String text, String gold) {

    static final DatePhrase NONE = new DatePhrase("", "");

    /** The wordings, each with the share of draws it gets. */
    private enum Wording {
        FULL_MONTH_FIRST(18), FULL_DAY_FIRST(10), SAME_YEAR(8), WEEKDAY(14), YESTERDAY(6), TODAY(5),
        MONTH_YEAR(12), EARLIER_THIS_MONTH(6), LAST_MONTH(5), YEAR(10), LAST_YEAR(6);

        final int weight;

        Wording(int weight) { this.weight = weight; }

        static final int TOTAL = java.util.Arrays.stream(values()).mapToInt(w -> w.weight).sum();
    }

    /** A date on or before {@code published}, worded in one of the ways above. */
    static DatePhrase past(LocalDate published, RandomGenerator random) {
        int r = random.nextInt(Wording.TOTAL);
        Wording wording = Wording.values()[0];
        for (Wording w : Wording.values()) {
            r -= w.weight;
            if (r < 0) { wording = w; break; }
        }
        return switch (wording) {
            case FULL_MONTH_FIRST -> day(published.minusDays(1 + random.nextInt(400)), "on %2$s %1$d, %3$d");
            case FULL_DAY_FIRST -> day(published.minusDays(1 + random.nextInt(400)), "on %1$d %2$s %3$d");
            case SAME_YEAR -> {
                // "on March 3" only reads as this year when that day is earlier this year
                LocalDate d = published.minusDays(1 + random.nextInt(60));
                yield d.getYear() == published.getYear() ? day(d, "on %2$s %1$d") : day(d, "on %2$s %1$d, %3$d");
            }
            case WEEKDAY -> {
                // a bare weekday is the latest such day before the article: one to six days back
                LocalDate d = published.minusDays(1 + random.nextInt(6));
                yield new DatePhrase("on " + weekday(d.getDayOfWeek()), d.toString());
            }
            case YESTERDAY -> new DatePhrase("yesterday", published.minusDays(1).toString());
            case TODAY -> new DatePhrase("today", published.toString());
            case MONTH_YEAR -> {
                YearMonth m = YearMonth.from(published).minusMonths(1 + random.nextInt(18));
                yield new DatePhrase("in " + month(m) + " " + m.getYear(), m.toString());
            }
            case EARLIER_THIS_MONTH -> published.getDayOfMonth() > 3
                    ? new DatePhrase("earlier this month", YearMonth.from(published).toString())
                    : new DatePhrase("yesterday", published.minusDays(1).toString());
            case LAST_MONTH -> new DatePhrase("last month", YearMonth.from(published).minusMonths(1).toString());
            case YEAR -> {
                int y = published.getYear() - 1 - random.nextInt(4);
                yield new DatePhrase("in " + y, Integer.toString(y));
            }
            case LAST_YEAR -> new DatePhrase("last year", Integer.toString(published.getYear() - 1));
        };
    }

    private static DatePhrase day(LocalDate d, String format) {
        return new DatePhrase(String.format(Locale.ROOT, format, d.getDayOfMonth(), month(YearMonth.from(d)), d.getYear()), d.toString());
    }

    static String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String weekday(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
