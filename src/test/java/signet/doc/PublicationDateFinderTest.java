package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import signet.time.PartialDate;
import signet.time.RuleDateFinder;

/** Publication dates with the real rule-based date finder of signet.time. */
class PublicationDateFinderTest {
    private static final RuleDateFinder RULES = new RuleDateFinder();
    private static final DateLines LINES = new DateLines(RULES, RULES::parseStandalone);
    private static final PublicationDateFinder FINDER = PublicationDateFinder.fromLexicon(LINES);
    private static final DatelineFinder DATELINES = new DatelineFinder();
    private static final String BODY = "The regional airline and the tourism board signed an agreement to promote "
            + "direct flights between the two cities, officials said at a ceremony attended by both ministers.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 March 2023                 | 2023-03-03
            12 October 2021, 09:45       | 2021-10-12
            2019-06-30 18:02:11          | 2019-06-30
            Tue, 04/13/2010 - 08:15      | 2010-04-13
            25/12/2015                   | 2015-12-25
            07.11.2020                   | 2020-11-07
            September 9, 2024            | 2024-09-09
            """)
    void dateLines(String line, String expected) {
        assertEquals(PartialDate.parse(expected), LINES.parseLine(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lundi 04 mars 2019 10:12:00", "The deal was signed on 3 March 2023.", "Ferry link approved", "14:12"})
    void notDateLines(String line) {
        assertEquals(Optional.empty(), LINES.parseLine(line));
    }

    @Test
    void crawlerHeaderComesFirst() {
        assertEquals(PartialDate.parse("2024-02-02"),
                FINDER.find(PartialDate.parse("2024-02-02"), List.of("PUBLISHED : 01-01-2020", BODY), 1, Optional.empty()));
    }

    @Test
    void labelledDateBeatsAnUnlabelledDateLine() {
        List<String> paragraphs = List.of("mardi 05 mars 2019 08:00:00", "7 July 2015", "Ferry link approved",
                "PUBLISHED : 14-02-2017 | 11:20", BODY);
        assertEquals(PartialDate.parse("2017-02-14"), date(paragraphs));
    }

    @Test
    void labelInsideABylineCounts() {
        assertEquals(PartialDate.parse("2016-08-19"),
                date(List.of("Ferry link approved", "By A. Writer in Bergen (Daily Post) Updated : 2016-08-19", BODY)));
    }

    @Test
    void fullDatelineDate() {
        assertEquals(PartialDate.parse("2025-03-04"),
                date(List.of("LISBON, Portugal, March 4, 2025 /Wire Service/ — " + BODY)));
    }

    @Test
    void standaloneDateLineBeforeTheBody() {
        assertEquals(PartialDate.parse("2020-06-11"), date(List.of("Ferry link approved", "11 June 2020", BODY)));
    }

    @Test
    void aDateLineAfterTheBodyStartsIsNotThePublicationDate() {
        assertEquals(Optional.empty(), date(List.of(BODY, "11 June 2020")));
    }

    @Test
    void bracketedSourceAndDate() {
        assertEquals(PartialDate.parse("2021-07-02"),
                date(List.of("DOHA, (Gulf Daily / QNA - 02nd Jul, 2021) " + BODY)));
    }

    @Test
    void frenchCrawlStampIsNoDate() {
        assertEquals(Optional.empty(), date(List.of("samedi 14 dcembre 2019 10:00:00", "Ferry link approved", BODY)));
    }

    @Test
    void yearlessDatelineDateTakesAKnownYear() {
        List<String> paragraphs = List.of("2023", "RIGA, Nov. 8 (Wire) -- " + BODY);
        assertEquals(PartialDate.parse("2023-11-08"), date(paragraphs));
    }

    private static Optional<PartialDate> date(List<String> paragraphs) {
        int body = 0;
        while (body < paragraphs.size() && paragraphs.get(body).length() < 150) body++;
        Optional<DatelineFinder.Match> dateline = Optional.empty();
        for (String p : paragraphs) {
            dateline = DATELINES.find(p);
            if (dateline.isPresent()) break;
        }
        return FINDER.find(Optional.empty(), paragraphs, body, dateline);
    }
}
