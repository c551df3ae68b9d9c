package signet.doc;

import signet.lexicon.TsvResource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import signet.time.PartialDate;
import signet.time.Precision;

/**
 * The article's own date, by priority: the crawler's header date; a labelled date near the top
 * ("PUBLISHED : 23-02-2018", "Updated : 2017-07-05"; labels in {@code doc-date-labels.tsv});
 * a full date in the dateline ("CHENGDU, China, Jan. 21, 2026 /PRNewswire/"); a header line
 * before the body that is only a date ("29 April 2022", "Friday, 14 March 2025 09:12 GMT"),
 * a place and a date ("Lisbon, 4 June 2025") or a date joined to a section name or label by
 * | or a dash ("Business | 3 May 2025", "3 May 2025 - Press release"); a date inside the
 * dateline's source bracket ("(UrduPoint / ... / WAM - 01st Jul, 2021)"). A year-less dateline
 * date ("March 7") is completed with the year of a coarser candidate, else with the only year
 * the text names. A date the line marks as a crawl or display date ("Retrieved 5 May 2025";
 * words in {@code dates-display-markers.tsv}) and a line with two dates are never taken.
 * Immutable and thread-safe.
 */
final class PublicationDateFinder {
    /** Only the top of a page carries its date; further down a date line belongs to the story. */
    static final int HEADER_PARAGRAPHS = 8;
    /** A labelled date sits in a short byline or header line. */
    static final int MAX_LABELLED_LINE = 300;
    /** A header date line with its place or labels is short. */
    static final int MAX_HEADER_LINE = 150;
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    /** A year named in the text (for a year-less dateline when the page has no date of its own). */
    private static final Pattern TEXT_YEAR = Pattern.compile("(?<![\\d.,/-])(?:19[5-9]\\d|20\\d\\d)(?![\\d%])");
    /** Separators between a header date and a section name or label ("Business | 3 May 2025", "3 May 2025 Editor: A. Name"). */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile(" +(?:\\||[-–—•·]) +| (?=\\p{Lu}\\p{L}+ ?: ?\\S)");
    /** The next labelled field on a header line ("... Source:Coral Desk"), which ends a labelled date. */
    private static final Pattern NEXT_FIELD = Pattern.compile(" \\p{L}+ ?:");
    /** A section name or label beside a header date: a few words or a number, no sentence. */
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\d][\\p{L}\\d&'’.,:/ -]{0,39}");
    private static final int MAX_LABEL_WORDS = 4;
    /** A place before a header date: capitalised words, optionally ", Country". */
    private static final Pattern PLACE = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|de|da|del|do|la|le|am|upon|on|of))*(?:, \\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)*)?");
    /** Capitalised words that open a sentence or name a date, not a place ("On 3 May 2025", "Monday, ..."). */
    private static final Set<String> NOT_PLACE = Set.of("on", "by", "from", "since", "until", "till", "in", "at",
            "as", "of", "date", "dated", "the", "this", "that", "last", "next", "today", "yesterday", "tomorrow",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");

    private final DateLines dates;
    private final Pattern labelled;
    private final Set<String> displayMarkers;

    PublicationDateFinder(DateLines dates, List<String> labels) {
        this(dates, labels, List.of());
    }

    PublicationDateFinder(DateLines dates, List<String> labels, List<String> displayMarkers) {
        this.dates = dates;
        this.displayMarkers = displayMarkers.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        String alternation = labels.stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        // "Published: 12 June 2024", "PUBLISHED : 23-02-2018", and at the start of a line also "Published 2022-05-18"
        this.labelled = Pattern.compile("(?:(?<![\\p{L}])(?i:" + alternation + ") ?: ?|^(?i:" + alternation + ") )([^|\\n]{4,60})", Pattern.MULTILINE);
    }

    static PublicationDateFinder fromLexicon(DateLines dates) {
        return new PublicationDateFinder(dates, TsvResource.firstColumn("lexicons/doc-date-labels.tsv"),
                TsvResource.firstColumn("lexicons/dates-display-markers.tsv"));
    }

    /**
     * @param headerDate  the crawler header's date, if any
     * @param paragraphs  the cleaned paragraphs
     * @param bodyStart   index of the first body paragraph (date lines are looked for before it)
     * @param dateline    the dateline of the body, if any
     */
    Optional<PartialDate> find(Optional<PartialDate> headerDate, List<String> paragraphs, int bodyStart,
                               Optional<DatelineFinder.Match> dateline) {
        Optional<PartialDate> best = headerDate.or(() -> labelled(paragraphs))
                .or(() -> dateline.flatMap(DatelineFinder.Match::dateText)
                        .filter(t -> YEAR.matcher(t).find()).flatMap(dates::parseLine))
                .or(() -> standalone(paragraphs, bodyStart))
                .or(() -> dateline.flatMap(DatelineFinder.Match::sourceDate).flatMap(dates::parseLine));
        if (best.isPresent() && best.get().precision() == Precision.DAY) return best;
        Optional<String> yearless = dateline.flatMap(DatelineFinder.Match::dateText).filter(t -> !YEAR.matcher(t).find());
        if (best.isEmpty()) {
            // "RIVERTON, October 9 (Coral Wire) --" on a page without a date: the only year the text names
            return yearless.flatMap(t -> onlyYear(paragraphs).flatMap(y -> dates.resolveInYear(t, y)));
        }
        // a dateline's "March 7" and a coarser date from the header make a day
        Optional<PartialDate> coarse = best;
        Optional<PartialDate> completed = coarse.flatMap(c -> yearless
                .flatMap(t -> dates.resolveInYear(t, c.year()))
                .filter(c::compatibleWith));
        return completed.or(() -> best);
    }

    /** The one year the text names, if it names exactly one. */
    static Optional<Integer> onlyYear(List<String> paragraphs) {
        Integer year = null;
        for (String p : paragraphs) {
            Matcher m = TEXT_YEAR.matcher(p);
            while (m.find()) {
                int y = Integer.parseInt(m.group());
                if (year == null) year = y;
                else if (year != y) return Optional.empty();
            }
        }
        return Optional.ofNullable(year);
    }

    /** A labelled date ("PUBLISHED : 23-02-2018 | 9:50") in the first paragraphs. */
    Optional<PartialDate> labelled(List<String> paragraphs) {
        for (int i = 0; i < Math.min(HEADER_PARAGRAPHS, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (p.length() > MAX_LABELLED_LINE) continue;
            Matcher m = labelled.matcher(p);
            while (m.find()) {
                // "Accessed date: 5 May 2025" is when the page was read, not written
                int lineStart = p.lastIndexOf('\n', m.start()) + 1;
                if (marked(p.substring(lineStart, m.start()))) continue;
                // "Time:2019/07/05 16:01:35 Source:..." — the next labelled field ends this one
                String field = m.group(1);
                Matcher next = NEXT_FIELD.matcher(field);
                Optional<PartialDate> d = dates.parseLine(next.find() ? field.substring(0, next.start()) : field);
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }

    /** A header paragraph before the body that is a date line: only a date, a place and a date, or a date and labels. */
    Optional<PartialDate> standalone(List<String> paragraphs, int bodyStart) {
        for (int i = 0; i < Math.min(Math.min(HEADER_PARAGRAPHS, bodyStart), paragraphs.size()); i++) {
            // "Retrieved:" above a date line: the date is the crawl's
            if (i > 0 && markedLabel(paragraphs.get(i - 1))) continue;
            Optional<PartialDate> d = headerDate(paragraphs.get(i));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /**
     * The date of a header line: a line that is only a date ("Friday, 14 March 2025 09:12 GMT"),
     * a place and a day ("Port Ellery, 27 August 2025"), or a day joined to section names, labels or
     * counters by | or a dash ("University News | 3 December 2025", "2018-05-16 11:30 | Politics | 0").
     * Empty for a line with two dates, a line marked as a crawl or display date, or anything longer.
     */
    Optional<PartialDate> headerDate(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADER_LINE || marked(s)) return Optional.empty();
        Optional<PartialDate> whole = dates.parseLine(s);
        if (whole.isPresent()) return whole;
        String[] parts = LABEL_SEPARATOR.split(s, -1);
        if (parts.length > 6) return Optional.empty();
        Optional<PartialDate> found = Optional.empty();
        for (String part : parts) {
            Optional<PartialDate> d = parts.length == 1 ? placeAndDate(part) : dates.parseLine(part).or(() -> placeAndDate(part));
            if (d.isPresent()) {
                if (found.isPresent()) return Optional.empty();   // two dates: a range or an event, not the page's date
                if (d.get().precision() != Precision.DAY) return Optional.empty();
                found = d;
            } else if (!isLabel(part)) {
                return Optional.empty();
            }
        }
        return found;
    }

    /** "Brussels, 10 July 2025": capitalised place words, a comma, a whole day. */
    private Optional<PartialDate> placeAndDate(String part) {
        int comma = part.indexOf(", ");
        while (comma > 0) {
            String place = part.substring(0, comma);
            if (isPlace(place)) {
                Optional<PartialDate> d = dates.parseLine(part.substring(comma + 2));
                if (d.isPresent()) return d.filter(x -> x.precision() == Precision.DAY);
            }
            comma = part.indexOf(", ", comma + 2);
        }
        return Optional.empty();
    }

    private static boolean isPlace(String s) {
        if (!PLACE.matcher(s).matches() || s.length() > 40) return false;
        Matcher w = WORD.matcher(s);
        if (!w.find()) return false;
        return !NOT_PLACE.contains(w.group().toLowerCase(Locale.ROOT).replace("’", "'"));
    }

    /** A section name, label or counter beside a header date: at most a few words, not a sentence. */
    private static boolean isLabel(String part) {
        String s = part.strip();
        if (!LABEL.matcher(s).matches() || s.endsWith(",")) return false;
        return s.split("[\\s&]+").length <= MAX_LABEL_WORDS;
    }

    /** Whether a paragraph ends in a crawl or display label ("Retrieved:", "Page printed on"). */
    private boolean markedLabel(String paragraph) {
        String p = paragraph.strip();
        if (p.endsWith(":")) p = p.substring(0, p.length() - 1);
        else if (p.split(" ").length > 3) return false;   // "Ruritanian rebels captured" is a headline, not a label
        int from = p.length();
        for (int words = 0; words < 3 && from > 0; words++) from = p.lastIndexOf(' ', from - 1);
        return marked(p.substring(Math.max(0, from)));
    }

    /** Whether text carries a crawl or display-date marker ("Retrieved", "Accessed", "Today"). */
    private boolean marked(String text) {
        if (displayMarkers.isEmpty()) return false;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (displayMarkers.contains(w.group().toLowerCase(Locale.ROOT).replace('’', '\''))) return true;
        }
        return false;
    }

    /** Whether a paragraph is a date line or a labelled date line (so it is no headline). */
    boolean isDateLine(String paragraph) {
        return paragraph.length() <= MAX_LABELLED_LINE
                && (headerDate(paragraph).isPresent() || labelled.matcher(paragraph).find());
    }

    /** Whether a line of the page header is a date line of its own (so the layout keeps it apart). */
    boolean isHeaderDateLine(String line) {
        return line.length() <= MAX_LABELLED_LINE && headerDate(line).isPresent();
    }
}
