package signet.doc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signet.time.DateContext;
import signet.time.DateFinder;
import signet.time.DateMention;
import signet.time.PartialDate;

/**
 * Reads a line that is a date and nothing else ("29 April 2022", "19 November 2022, 14:12",
 * "2014-10-14 15:07:15", "Mon, 11/16/2009 - 19:01", "23-02-2018 | 9:50"), as pages print
 * their publication date. A time of day and a weekday are dropped first; the date itself goes
 * to the dates component ({@code parseStandalone} of the rule finder, or any {@link DateFinder}
 * whose single mention must cover the line). All-numeric forms are read here, because only a
 * page header can be trusted to be a date when it is just digits: ISO {@code yyyy-mm-dd} (also
 * {@code yyyy/mm/dd}); a hyphened {@code 01-April-2004} is read as "01 April 2004";
 * {@code dd-mm-yyyy} and {@code dd.mm.yyyy} (European order); {@code mm/dd/yyyy} (US order,
 * unless the first number cannot be a month). Only English words are accepted, so a French
 * crawl stamp ("vendredi 06 dcembre 2019") is not a date. Immutable and thread-safe.
 */
final class DateLines {
    /** A date line is short; anything longer is a sentence that merely contains a date. */
    static final int MAX_DATE_LINE = 60;

    private static final Pattern TIME = Pattern.compile(
            "[\\s,|–—-]*(?:at\\s)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s?\\(?(?:GMT|UTC|[A-Z]{2,4})(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?)?\\s*$");
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?:T.*)?");
    /** "01-April-2004", "5-Jan-2025": a day, a month name and a year joined by hyphens. */
    private static final Pattern HYPHENED = Pattern.compile("^(\\d{1,2})-(\\p{L}{3,9})\\.?-(\\d{4})$");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-.](\\d{1,2})[-.](\\d{4})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> DATE_WORDS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
            "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
            "dec", "december", "of", "the");

    private final DateFinder finder;
    private final Function<String, Optional<PartialDate>> standalone;

    DateLines(DateFinder finder, Function<String, Optional<PartialDate>> standalone) {
        this.finder = finder;
        this.standalone = standalone;
    }

    /** The date a line consists of, if it is one. */
    Optional<PartialDate> parseLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_DATE_LINE) return Optional.empty();
        s = TIME.matcher(s).replaceFirst("");
        s = WEEKDAY.matcher(s).replaceFirst("");
        s = ORDINAL.matcher(s).replaceAll("$1").strip();
        s = HYPHENED.matcher(s).replaceFirst("$1 $2 $3");
        s = s.replace(" ,", ",");   // "September 28 , 2021"
        if (s.isEmpty() || !Character.isLetterOrDigit(s.charAt(s.length() - 1))) return Optional.empty();
        Optional<PartialDate> numeric = numeric(s);
        if (numeric.isPresent()) return numeric;
        if (s.chars().noneMatch(Character::isDigit)) return Optional.empty();
        Matcher words = WORD.matcher(s);
        while (words.find()) {
            if (!DATE_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) return Optional.empty();
        }
        return standalone.apply(s);
    }

    /**
     * A date without a year ("March 7", "Dec 18") read in {@code year}: the finder resolves it
     * with the year as fallback. Empty when it is not such a date.
     */
    Optional<PartialDate> resolveInYear(String text, int year) {
        List<DateMention> found = finder.find(text, 0, new DateContext(Optional.empty(), Optional.of(year)));
        return found.stream().map(DateMention::date).filter(d -> d.year() == year).findFirst();
    }

    /** Coverage check used when the finder has no standalone parser: one mention must span the whole text. */
    static Optional<PartialDate> byCoverage(DateFinder finder, String text) {
        List<DateMention> found = finder.find(text, 0, DateContext.NONE);
        if (found.size() != 1) return Optional.empty();
        DateMention m = found.get(0);
        String rest = text.substring(0, m.start()) + text.substring(Math.min(text.length(), m.end()));
        return rest.chars().anyMatch(Character::isLetterOrDigit) ? Optional.empty() : Optional.of(m.date());
    }

    private static Optional<PartialDate> numeric(String s) {
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) return date(m.group(1), m.group(3), m.group(4));
        if ((m = DAY_FIRST.matcher(s)).matches()) return date(m.group(3), m.group(2), m.group(1));
        if ((m = MONTH_FIRST.matcher(s)).matches()) {
            return Integer.parseInt(m.group(1)) > 12 ? date(m.group(3), m.group(2), m.group(1))
                    : date(m.group(3), m.group(1), m.group(2));
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> date(String year, String month, String day) {
        try {
            return Optional.of(new PartialDate(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
