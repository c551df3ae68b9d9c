package signet.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule-based date finder on invented news sentences: forms, precision, spans, resolution, negatives. */
class RuleDateFinderTest {

    private static final RuleDateFinder FINDER = new RuleDateFinder();
    private static final int BASE = 1000;

    private static DateContext article(String lexical) {
        return DateContext.of(PartialDate.parse(lexical).orElseThrow());
    }

    /** Finds with a base offset and checks the contract every mention must keep. */
    private static List<DateMention> find(String text, DateContext ctx) {
        List<DateMention> found = FINDER.find(text, BASE, ctx);
        int previousEnd = BASE;
        for (DateMention m : found) {
            assertEquals(m.text(), text.substring(m.start() - BASE, m.end() - BASE), "span text of " + m);
            assertTrue(m.start() >= previousEnd, "mentions overlap or are out of order: " + found);
            previousEnd = m.end();
        }
        return found;
    }

    private static DateMention only(String text, DateContext ctx) {
        List<DateMention> found = find(text, ctx);
        assertEquals(1, found.size(), () -> "expected one date in «" + text + "» but got " + found);
        return found.getFirst();
    }

    // ---------------------------------------------------------------- stated dates

    static Stream<Arguments> statedDates() {
        return Stream.of(
                Arguments.of("The two companies signed the deal on January 20, 2026 in Shanghai.", "January 20, 2026", "2026-01-20"),
                Arguments.of("The ministry announced on Jan. 21, 2026 that talks had ended.", "Jan. 21, 2026", "2026-01-21"),
                Arguments.of("A memorandum dated Jan 21 2026 was circulated.", "Jan 21 2026", "2026-01-21"),
                Arguments.of("The board met on 21 January 2026 to approve it.", "21 January 2026", "2026-01-21"),
                Arguments.of("It entered into force on the 21st of January, 2026.", "21st of January, 2026", "2026-01-21"),
                Arguments.of("Filed 2026-01-20 with the registry.", "2026-01-20", "2026-01-20"),
                Arguments.of("Meeting minutes (20.01.2026) were published.", "20.01.2026", "2026-01-20"),
                Arguments.of("The contract signed 23-02-2018 runs for five years.", "23-02-2018", "2018-02-23"),
                Arguments.of("Posted 11/16/2009 by the press office.", "11/16/2009", "2009-11-16"),
                Arguments.of("Posted 16/11/2009 by the press office.", "16/11/2009", "2009-11-16"),
                Arguments.of("Posted 05/06/2009 by the press office.", "05/06/2009", "2009-05-06"),
                Arguments.of("Registered 2026/01/20 under number 17.", "2026/01/20", "2026-01-20"),
                Arguments.of("The council met Thursday, Nov. 8, 2018, in Bonn.", "Nov. 8, 2018", "2018-11-08"),
                Arguments.of("Turnover peaked last May 2024 before falling.", "May 2024", "2024-05"),
                Arguments.of("The talks opened on Wednesday (May 15, 2024) in Geneva.", "May 15, 2024", "2024-05-15"),
                Arguments.of("The accord was reached Nov. 8, 2023, officials said.", "Nov. 8, 2023", "2023-11-08"),
                Arguments.of("Shareholders voted on Sept. 12, 2018.", "Sept. 12, 2018", "2018-09-12"),
                Arguments.of("The treaty of 3rd March 1999 still applies.", "3rd March 1999", "1999-03-03"),
                Arguments.of("Kickoff: JANUARY 5, 2025, in Lagos.", "JANUARY 5, 2025", "2025-01-05"),
                Arguments.of("The company was founded in October 2015 in Nairobi.", "October 2015", "2015-10"),
                Arguments.of("Revenue fell in Oct. 2015 after the merger.", "Oct. 2015", "2015-10"),
                Arguments.of("In October of 2015 the pact lapsed.", "October of 2015", "2015-10"),
                Arguments.of("The partnership began in 2013 with a pilot.", "2013", "2013"),
                Arguments.of("Since 2016, the agency has doubled its staff.", "2016", "2016"),
                Arguments.of("The plant should be running by mid-2027.", "2027", "2027"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statedDates")
    void statedDatesKeepTheirPrecision(String sentence, String span, String expected) {
        DateMention m = only(sentence, DateContext.NONE);
        assertEquals(span, m.text());
        assertEquals(expected, m.date().lexical());
        assertEquals(DateBasis.STATED, m.basis());
        assertNull(m.rangeEnd());
    }

    @Test
    void aMonthAndYearIsNeverPaddedToADay() {
        DateMention m = only("The firm opened its Lima office in October 2015.", article("2025-05-10"));
        assertEquals(Precision.MONTH, m.date().precision());
        assertEquals(0, m.date().day());
        assertEquals("gYearMonth", m.date().xsdLocalName());
    }

    // ---------------------------------------------------------------- not dates

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "They may sign later this spring, a spokesman said.",
            "May I ask what the deal contains?",
            "Protesters march on the capital every week.",
            "The studio has produced 300 feature films.",
            "She won gold at the 2016 Olympics.",
            "The 2025 China Film Festival opened with a gala.",
            "Delegates gathered at the Kazan Forum 2024 to talk trade.",
            "More than 10,000 Malaysians applied.",
            "The fund is worth 470 million dollars, or 2.7 billion yuan.",
            "The two sides met last week to discuss tariffs.",
            "The company recently opened a plant in Ghana.",
            "Leaders of the March 8 Movement spoke to reporters.",
            "The network airs Monday Night Football.",
            "The agency handled 2000 cases in total.",
            "A team of 2000 delegates attended the talks.",
            "Security was tightened after the September 11 attacks.",
            "Gennaio 21, 2026 is not English.",
            "Contact jan@example.org or call 2015 5555."})
    void noDateIsFound(String sentence) {
        assertEquals(List.of(), find(sentence, article("2025-05-10")));
    }

    @Test
    void aWeekdayWithoutAnArticleDateIsLeftOut() {
        assertEquals(List.of(), find("The accord was signed on Tuesday in Rome.", DateContext.NONE));
        assertEquals(List.of(), find("The accord was signed yesterday in Rome.", DateContext.NONE));
    }

    @Test
    void aWeekdayNeedsAnArticleDateAtDayPrecision() {
        assertEquals(List.of(), find("The accord was signed on Tuesday in Rome.", article("2025-05")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On Tuesday, the two wire services signed a memorandum.    | 2025-10-07
            The port board signed the lease on Thursday.              | 2025-10-09
            The accord was signed on Friday in Lindenport.            | 2025-10-03
            The accord, signed on 6 October, takes effect in January.  | 2025-10-06
            """)
    void aWeekdayOrYearlessDayIsTheLatestOnOrBeforeAThursdayArticleDate(String sentence, String expected) {
        // 9 October 2025 is a Thursday: its own weekday is that day, any other the latest one before it
        assertEquals(PartialDate.parse(expected).orElseThrow(), find(sentence, article("2025-10-09")).getFirst().date());
    }

    @Test
    void aYearLessDateWithoutAnyYearIsLeftOut() {
        assertEquals(List.of(), find("The accord was signed on January 20 in Rome.", DateContext.NONE));
    }

    // ---------------------------------------------------------------- year-less dates

    @ParameterizedTest(name = "article {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-01-21 | The firms signed the contract on January 20. | January 20 | 2026-01-20",
            "2026-01-10 | The firms signed the contract on December 15. | December 15 | 2025-12-15",
            "2025-05-10 | The deal closed on May 7, sources said. | May 7 | 2025-05-07",
            "2025-05-10 | Results were released Oct 9. | Oct 9 | 2024-10-09",
            "2025-08-30 | The pact was signed August 19 in Tokyo. | August 19 | 2025-08-19",
            "2025-05-10 | Ministers met on 20 January to review it. | 20 January | 2025-01-20",
            "2025-05-10 | The summit will be held on June 20 in Baku. | June 20 | 2025-06-20",
            "2025-11-20 | The summit will be held on January 15 in Baku. | January 15 | 2026-01-15",
            "2025-11-20 | Next round of talks is set to open on February 2. | February 2 | 2026-02-02",
            "2025-05-10 | The factory opened in October. | October | 2024-10",
            "2025-09-10 | The factory will open in October. | October | 2025-10",
            "2025-05-10 | The fair returns this September. | this September | 2025-09",
            "2025-05-10 | Sales peaked last March. | last March | 2025-03",
            "2025-02-10 | Sales peaked last March. | last March | 2024-03"})
    void yearLessDatesTakeTheirYearFromTheArticle(String articleDate, String sentence, String span, String expected) {
        DateMention m = only(sentence, article(articleDate));
        assertEquals(span, m.text());
        assertEquals(expected, m.date().lexical());
        assertEquals(DateBasis.RESOLVED, m.basis());
    }

    @Test
    void fallbackYearIsUsedWithoutArticleDate() {
        DateContext ctx = new DateContext(Optional.empty(), Optional.of(2019));
        DateMention m = only("They signed on August 19 in Lima.", ctx);
        assertEquals("2019-08-19", m.date().lexical());
        assertEquals(DateBasis.RESOLVED, m.basis());
    }

    // ---------------------------------------------------------------- ranges

    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of("The expo will run Nov. 15-17 in Dubai.", "Nov. 15-17", "2025-11-15", "2025-11-17", DateBasis.RESOLVED),
                Arguments.of("The expo ran Nov. 15-17 in Dubai.", "Nov. 15-17", "2024-11-15", "2024-11-17", DateBasis.RESOLVED),
                Arguments.of("The expo ran November 15\u201317, 2022 in Dubai.", "November 15\u201317, 2022", "2022-11-15", "2022-11-17", DateBasis.STATED),
                Arguments.of("The festival runs from September 30 to October 6.", "September 30 to October 6", "2025-09-30", "2025-10-06", DateBasis.RESOLVED),
                Arguments.of("Talks took place between 3 and 5 March 2024.", "3 and 5 March 2024", "2024-03-03", "2024-03-05", DateBasis.STATED),
                Arguments.of("The course lasts from 28 December 2024 to 3 January 2025.", "28 December 2024 to 3 January 2025", "2024-12-28", "2025-01-03", DateBasis.STATED),
                Arguments.of("It ran from December 28 to January 3, 2025.", "December 28 to January 3, 2025", "2024-12-28", "2025-01-03", DateBasis.STATED),
                Arguments.of("The plan covers the years from 2015 to 2018.", "2015 to 2018", "2015", "2018", DateBasis.STATED),
                Arguments.of("Output was cut from January to March 2024.", "January to March 2024", "2024-01", "2024-03", DateBasis.STATED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ranges")
    void rangesGiveStartAndEnd(String sentence, String span, String start, String end, DateBasis basis) {
        DateMention m = only(sentence, article("2025-09-01"));
        assertEquals(span, m.text());
        assertEquals(start, m.date().lexical());
        assertEquals(end, m.rangeEnd().lexical());
        assertEquals(basis, m.basis());
    }

    // ---------------------------------------------------------------- relative dates

    @ParameterizedTest(name = "article {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "2025-05-10 | The ministers met on Wednesday in Oslo. | Wednesday | 2025-05-07",
            "2024-03-07 | The council voted on Thursday to ratify the pact. | Thursday | 2024-03-07",
            "2018-02-23 | The two firms signed Tuesday a supply deal. | Tuesday | 2018-02-20",
            "2019-08-25 | The exhibition will come to an end on Monday. | Monday | 2019-08-26",
            "2025-05-10 | The talks are to be held on Tuesday in Doha. | Tuesday | 2025-05-13",
            "2025-05-09 | The board met last Friday. | last Friday | 2025-05-02",
            "2025-05-12 | They will meet next Monday. | next Monday | 2025-05-19",
            "2025-05-10 | They'll sign the accord on Tuesday. | Tuesday | 2025-05-13",
            "2025-05-10 | The deal is set to close on Friday. | Friday | 2025-05-16",
            "2025-05-06 | Ministers will meet this Thursday. | this Thursday | 2025-05-08",
            "2025-05-10 | Ministers met this Thursday. | this Thursday | 2025-05-08",
            "2025-05-10 | They said they had met on Friday. | Friday | 2025-05-09",
            "2025-05-10 | The agreement was signed today in Paris. | today | 2025-05-10",
            "2025-05-10 | The minister arrived in Seoul yesterday. | yesterday | 2025-05-09",
            "2025-05-10 | Tonight the treaty takes effect. | Tonight | 2025-05-10",
            "2025-05-10 | The vote will take place tomorrow. | tomorrow | 2025-05-11",
            "2025-05-10 | Exports grew sharply this year. | this year | 2025",
            "2025-05-10 | Exports grew sharply last year. | last year | 2024",
            "2025-01-15 | Exports grew sharply last month. | last month | 2024-12",
            "2025-05-10 | Exports grew sharply this month. | this month | 2025-05",
            "2025-05-10 | Prices rose earlier this month, traders said. | earlier this month | 2025-05"})
    void relativeDatesResolveAgainstTheArticleDate(String articleDate, String sentence, String span, String expected) {
        DateMention m = only(sentence, article(articleDate));
        assertEquals(span, m.text());
        assertEquals(expected, m.date().lexical());
        assertEquals(DateBasis.RESOLVED, m.basis());
    }

    /** "The same day", "the next day": counted from the last day the text stated, not from the article's date. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "2025-03-04 | The same day, the ministers signed a protocol. | The same day | 2025-03-04",
            "2025-03-04 | Later that day the two banks signed a loan deal. | Later that day | 2025-03-04",
            "2025-03-04 | Earlier the same day, the delegation visited a port. | Earlier the same day | 2025-03-04",
            "2025-03-04 | The accord was signed the next day in Lima. | the next day | 2025-03-05",
            "2025-03-04 | On the following day the festival opened. | the following day | 2025-03-05",
            "2025-03-04 | A day later, the board approved it. | A day later | 2025-03-05",
            "2025-03-04 | The previous day, the envoys had met in Quito. | The previous day | 2025-03-03"})
    void textAnchoredDatesCountFromTheLastStatedDay(String stated, String sentence, String span, String expected) {
        DateContext ctx = article("2025-06-30").afterStating(PartialDate.parse(stated).orElseThrow());
        DateMention m = only(sentence, ctx);
        assertEquals(span, m.text());
        assertEquals(expected, m.date().lexical());
        assertEquals(DateBasis.RESOLVED, m.basis());
    }

    @Test
    void textAnchoredDatesNeedADayTheTextStated() {
        // no day stated before: never the article's date instead
        assertEquals(List.of(), find("The same day, the ministers signed a protocol.", article("2025-06-30")));
        // a month is not a day to count from
        DateContext month = article("2025-06-30").afterStating(PartialDate.parse("2025-03").orElseThrow());
        assertEquals(List.of(), find("The next day the accord was signed.", month));
        // article-anchored phrases ignore the stated day
        DateContext ctx = article("2025-06-30").afterStating(PartialDate.parse("2025-03-04").orElseThrow());
        assertEquals("2025-06-29", only("The minister arrived yesterday.", ctx).date().lexical());
    }

    @Test
    void relativeYearNeedsOnlyTheArticleYear() {
        assertEquals("2024", only("Exports grew sharply last year.", article("2025")).date().lexical());
        assertEquals(List.of(), find("Exports grew sharply last month.", article("2025")));
    }

    @Test
    void aFutureMarkerInAnEarlierSentenceDoesNotCount() {
        // "will" belongs to the first sentence; the second is past, so Monday is the one before
        DateMention m = only("The firm will grow. It signed on Monday.", article("2025-05-10"));
        assertEquals("2025-05-05", m.date().lexical());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a past verb between the future marker and the date: the date is of that earlier event (2025-05-10 is a Saturday)
            "The two will exchange students under the memorandum, which was signed on Monday. | 2025-05-05",
            "The banks will cooperate under the deal they signed on Monday. | 2025-05-05",
            "They will build the plant under the accord inked in March. | 2025-03",
            // near misses: the marker governs the date
            "The memorandum will be signed on Monday. | 2025-05-12",
            "The signing was scheduled for Monday. | 2025-05-12",
            "The plant will open in March. | 2026-03"})
    void aPastVerbAfterAFutureMarkerTellsOfAnEarlierEvent(String sentence, String expected) {
        assertEquals(expected, only(sentence, article("2025-05-10")).date().lexical());
    }

    // ---------------------------------------------------------------- several in one text

    @Test
    void severalDatesComeLeftToRightWithOffsets() {
        String text = "The MoU was signed on 3 May 2022 and renewed in 2024; the next review is due on Friday.";
        List<DateMention> found = find(text, article("2025-05-06"));
        assertEquals(List.of("2022-05-03", "2024", "2025-05-09"), found.stream().map(m -> m.date().lexical()).toList());
        assertEquals(BASE + text.indexOf("3 May 2022"), found.getFirst().start());
    }

    // ---------------------------------------------------------------- standalone header dates

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "29 April 2022 | 2022-04-29",
            "'19 November 2022, 14:12' | 2022-11-19",
            "2014-10-14 15:07:15 | 2014-10-14",
            "2014-10-14T15:07:15+02:00 | 2014-10-14",
            "23-02-2018 | 2018-02-23",
            "'Mon, 11/16/2009 - 19:01' | 2009-11-16",
            "'01st Jul, 2021' | 2021-07-01",
            "'Jan. 21, 2026' | 2026-01-21",
            "2025-05-10 | 2025-05-10",
            "'Thursday, March 7, 2024 at 9:30 a.m. EST' | 2024-03-07",
            "Published on 3 May 2022 | 2022-05-03",
            "Updated : 2017-07-05 | 2017-07-05",
            "'PUBLISHED : 23-02-2018 | 9:50' | 2018-02-23",
            "October 2015 | 2015-10",
            "2016 | 2016"})
    void standaloneHeaderDates(String header, String expected) {
        assertEquals(Optional.of(expected), FINDER.parseStandalone(header).map(PartialDate::lexical));
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @ValueSource(strings = {"Gennaio 21, 2026", "January 20", "yesterday", "Tuesday", "by the newsroom, 3 May 2022",
            "3 May 2022 and 4 May 2022", "", "   ", "no date here"})
    void standaloneRefusesWhatIsNotJustADate(String header) {
        assertEquals(Optional.empty(), FINDER.parseStandalone(header));
    }

    // ---------------------------------------------------------------- bounds

    @Test
    void aLongLineOfDigitsPunctuationAndMonthWordsIsLinear() {
        StringBuilder sb = new StringBuilder();
        String[] pieces = {"May ", "12", "-", "1999", "/", ".", ", ", "in ", "January ", "3", "rd ", "of ", "Sept", ". ", "2020", " to ", "Monday ", "last ", "11"};
        for (int i = 0; sb.length() < 20_000; i++) sb.append(pieces[(i * 7) % pieces.length]);
        String line = sb.substring(0, 20_000);
        String digits = "1234567890-./, ".repeat(1400).substring(0, 20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            FINDER.find(line, 0, article("2025-05-10"));
            FINDER.find(digits, 0, article("2025-05-10"));
        });
    }

    @Test
    void theFinderIsSharedSafelyAcrossThreads() throws Exception {
        String text = "Signed on Wednesday, reviewed on January 20, 2026 and again in 2027.";
        List<DateMention> expected = FINDER.find(text, 0, article("2025-05-10"));
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<List<DateMention>> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 8; i++) {
            Thread t = Thread.ofVirtual().start(() -> {
                for (int k = 0; k < 200; k++) results.add(FINDER.find(text, 0, article("2025-05-10")));
            });
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        assertEquals(1600, results.size());
        assertTrue(results.stream().allMatch(expected::equals));
    }
}
