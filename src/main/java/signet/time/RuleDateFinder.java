package signet.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in English news text at the precision the text gives (a day, a month or a year)
 * and resolves year-less, weekday and relative dates against a {@link DateContext}.
 *
 * <p>Word lists (month and weekday names, cue words, future markers, phrases that are not
 * dates, ...) come from {@code lexicons/dates-*.tsv}, loaded once by the constructor. Instances
 * are immutable and thread-safe; build one and share it.
 *
 * <p>Work happens in three steps: {@link DateScanner} finds every date expression as written,
 * keeps the longest non-overlapping ones and joins ranges; the sentence before each is checked
 * for future markers ("will", "is set to"); {@link DateResolver} then fills what the text leaves
 * out from the article date, or drops the expression when it cannot.
 */
public final class RuleDateFinder implements DateFinder {

    // what may surround a header date besides weekday names and header words: clock times, zones
    private static final Pattern CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?(?!\\d)|[+-]\\d{2}:?\\d{2}(?!\\d)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.']*");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:|()\\[\\]/\\-\u2013\u2014.]*");
    private static final Pattern BARE_YEAR = Pattern.compile("\\s*((?:19|20)\\d\\d|2100)\\s*");

    private final DateLexicon lexicon;
    private final DateScanner scanner;
    private final DateResolver resolver;

    /** Loads the date lexicons from the class path; fails at once if one is missing or malformed. */
    public RuleDateFinder() {
        this.lexicon = DateLexicon.load();
        this.scanner = new DateScanner(lexicon);
        this.resolver = new DateResolver();
    }

    @Override
    public List<DateMention> find(String text, int baseOffset, DateContext context) {
        Objects.requireNonNull(context, "context");
        if (text == null || text.isEmpty()) return List.of();
        List<DateMention> out = new ArrayList<>();
        for (RawDate raw : scanner.select(text, scanner.candidates(text))) {
            boolean future = scanner.futureBefore(text, raw.start());
            resolver.resolve(raw, context, future).ifPresent(r -> out.add(new DateMention(
                    baseOffset + raw.start(), baseOffset + raw.end(), text.substring(raw.start(), raw.end()),
                    r.date(), r.basis(), r.rangeEnd())));
        }
        return List.copyOf(out);
    }

    /**
     * Parses a string that is only a date, as found in a page header or a metadata field:
     * "29 April 2022", "19 November 2022, 14:12", "2014-10-14 15:07:15", "23-02-2018",
     * "Mon, 11/16/2009 - 19:01", "Jan. 21, 2026", "October 2015", "2016". A weekday, a clock
     * time, a time zone and words such as "Published" or "Updated" may surround it; anything
     * else (more text, a second date, a non-English month) gives empty. Nothing is resolved:
     * the string must state the year.
     */
    public Optional<PartialDate> parseStandalone(String s) {
        if (s == null || s.isBlank() || s.length() > 200) return Optional.empty();
        Matcher bare = BARE_YEAR.matcher(s);
        if (bare.matches()) return Optional.of(PartialDate.ofYear(Integer.parseInt(bare.group(1))));
        List<DateMention> found = find(s, 0, DateContext.NONE);
        if (found.size() != 1 || found.getFirst().basis() != DateBasis.STATED || found.getFirst().rangeEnd() != null) {
            return Optional.empty();
        }
        DateMention m = found.getFirst();
        String rest = s.substring(0, m.start()) + " " + s.substring(m.end());
        return onlyHeaderNoise(rest) ? Optional.of(m.date()) : Optional.empty();
    }

    /** True when what is left beside a header date is only weekdays, times, zones and header words. */
    private boolean onlyHeaderNoise(String rest) {
        String noClock = CLOCK.matcher(rest).replaceAll(" ");
        Matcher w = WORD.matcher(noClock);
        StringBuilder left = new StringBuilder();
        int last = 0;
        while (w.find()) {
            String word = w.group();
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (lexicon.weekday(bare) == null
                    && !lexicon.headerWords().contains(word.toLowerCase(Locale.ROOT))
                    && !lexicon.headerWords().contains(bare.toLowerCase(Locale.ROOT))) {
                return false;
            }
            left.append(noClock, last, w.start());
            last = w.end();
        }
        left.append(noClock, last, noClock.length());
        return SEPARATORS.matcher(left).matches();
    }
}
