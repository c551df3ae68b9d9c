package signet.doc;

import signet.lexicon.TsvResource;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import signet.time.PartialDate;
import signet.time.Precision;

/**
 * The article's own date, by priority: the crawler's header date; a labelled date near the top
 * ("PUBLISHED : 23-02-2018", "Updated : 2017-07-05"; labels in {@code doc-date-labels.tsv});
 * a full date in the dateline ("CHENGDU, China, Jan. 21, 2026 /PRNewswire/"); a line that is
 * only a date before the body ("29 April 2022"); a date inside the dateline's source bracket
 * ("(UrduPoint / ... / WAM - 01st Jul, 2021)"). A year-less dateline date ("March 7") is
 * completed with the year of a coarser candidate when nothing better is known.
 * Immutable and thread-safe.
 */
final class PublicationDateFinder {
    /** Only the top of a page carries its date; further down a date line belongs to the story. */
    static final int HEADER_PARAGRAPHS = 8;
    /** A labelled date sits in a short byline or header line. */
    static final int MAX_LABELLED_LINE = 300;
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

    private final DateLines dates;
    private final Pattern labelled;

    PublicationDateFinder(DateLines dates, List<String> labels) {
        this.dates = dates;
        String alternation = labels.stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        // "Published: 12 June 2024", "PUBLISHED : 23-02-2018", and at the start of a line also "Published 2022-05-18"
        this.labelled = Pattern.compile("(?:(?<![\\p{L}])(?i:" + alternation + ") ?: ?|^(?i:" + alternation + ") )([^|\\n]{4,60})", Pattern.MULTILINE);
    }

    static PublicationDateFinder fromLexicon(DateLines dates) {
        return new PublicationDateFinder(dates, TsvResource.firstColumn("lexicons/doc-date-labels.tsv"));
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
        // a dateline's "March 7" and a coarser date from the header make a day
        Optional<PartialDate> coarse = best;
        Optional<PartialDate> completed = coarse.flatMap(c -> dateline.flatMap(DatelineFinder.Match::dateText)
                .filter(t -> !YEAR.matcher(t).find())
                .flatMap(t -> dates.resolveInYear(t, c.year()))
                .filter(c::compatibleWith));
        return completed.or(() -> best);
    }

    /** A labelled date ("PUBLISHED : 23-02-2018 | 9:50") in the first paragraphs. */
    Optional<PartialDate> labelled(List<String> paragraphs) {
        for (int i = 0; i < Math.min(HEADER_PARAGRAPHS, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (p.length() > MAX_LABELLED_LINE) continue;
            Matcher m = labelled.matcher(p);
            while (m.find()) {
                Optional<PartialDate> d = dates.parseLine(m.group(1));
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }

    /** A paragraph that is only a date, before the body. */
    Optional<PartialDate> standalone(List<String> paragraphs, int bodyStart) {
        for (int i = 0; i < Math.min(Math.min(HEADER_PARAGRAPHS, bodyStart), paragraphs.size()); i++) {
            Optional<PartialDate> d = dates.parseLine(paragraphs.get(i));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** Whether a paragraph is a date line or a labelled date line (so it is no headline). */
    boolean isDateLine(String paragraph) {
        return paragraph.length() <= MAX_LABELLED_LINE
                && (dates.parseLine(paragraph).isPresent() || labelled.matcher(paragraph).find());
    }
}
