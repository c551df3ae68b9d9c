package signet.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date at the precision the text gives: a day, a month or only a year.
 * {@code month} and {@code day} are 0 when not stated. Immutable and validated.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern LEXICAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day != 0 && month == 0) throw new IllegalArgumentException("a day without a month");
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day);
            }
        }
    }

    public static PartialDate ofDay(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }
    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0); }
    public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0); }

    /** Parses {@code 2026}, {@code 2015-10} or {@code 2026-01-20}. */
    public static Optional<PartialDate> parse(String lexical) {
        Matcher m = LEXICAL.matcher(lexical == null ? "" : lexical.strip());
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The day, when the precision is {@link Precision#DAY}. */
    public Optional<LocalDate> toLocalDate() {
        return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** XSD lexical form at this precision: {@code 2026-01-20}, {@code 2015-10}, {@code 2016}. */
    public String lexical() {
        return switch (precision()) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
        };
    }

    /** The XSD datatype local name for this precision: date, gYearMonth or gYear. */
    public String xsdLocalName() {
        return switch (precision()) {
            case DAY -> "date";
            case MONTH -> "gYearMonth";
            case YEAR -> "gYear";
        };
    }

    /** True when the two could denote the same day (one is a coarsening of the other). */
    public boolean compatibleWith(PartialDate o) {
        if (year != o.year) return false;
        if (month == 0 || o.month == 0) return true;
        if (month != o.month) return false;
        return day == 0 || o.day == 0 || day == o.day;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) c = Integer.compare(month, o.month);
        if (c == 0) c = Integer.compare(day, o.day);
        return c;
    }

    @Override
    public String toString() { return lexical(); }
}
