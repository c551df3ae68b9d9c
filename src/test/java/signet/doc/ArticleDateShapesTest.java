package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import signet.time.DateContext;
import signet.time.DateMention;
import signet.time.PartialDate;
import signet.time.RuleDateFinder;

/**
 * The article's own date in the header shapes news pages use, read end to end (layout, headline,
 * dateline, publication date), and the near misses: an event date in the first sentence or the
 * headline, two dates on one line, a crawl date. All texts invented.
 */
class ArticleDateShapesTest {
    private static final TextDocumentReader READER = new TextDocumentReader();
    private static final RuleDateFinder DATES = new RuleDateFinder();
    private static final String HEADLINE = "Lindenport ferry operator and Coral Bay harbour board agree on new route";
    private static final String BODY = "The Lindenport Ferry Company and the Coral Bay Harbour Board have signed a ten-year "
            + "agreement on a passenger route between the two towns, both sides said in a joint statement.";

    private static Article read(String text) throws DocumentException {
        return READER.read("shape.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<PartialDate> published(String header) throws DocumentException {
        return read(HEADLINE + "\n" + header + "\n\n" + BODY + "\n").published();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Saturday, 8 February 2025 16:40 CET           ; 2025-02-08
            Tue, 11 March 2025 - 08:05                    ; 2025-03-11
            4 Nov 2024                                     ; 2024-11-04
            Nov 4, 2024, 07:30                             ; 2024-11-04
            Lindenport, 2 June 2024                        ; 2024-06-02
            Porto Vell, Ruritania, 2 June 2024             ; 2024-06-02
            Business Desk | 5 January 2025                 ; 2025-01-05
            5 January 2025 | Energy & Climate              ; 2025-01-05
            5 January 2025 - News release                  ; 2025-01-05
            Opinion – 19 August 2023                       ; 2023-08-19
            2024-06-03 08:15:00 | Economy | 12 | 377        ; 2024-06-03
            09-March-2024                                  ; 2024-03-09
            2023/11/30 17:45                               ; 2023-11-30
            June 2, 2024 Editor: Tomas Vell               ; 2024-06-02
            Writer:Ana Lund Time:2022/04/05 09:10:11 Source:Coral Desk ; 2022-04-05
            """)
    void headerLineShapes(String header, String expected) throws DocumentException {
        assertEquals(PartialDate.parse(expected), published(header), header);
    }

    @Test
    void dateLineBelowAByline() throws DocumentException {
        assertEquals(PartialDate.parse("2025-03-11"), published("By Maren Tolle, Transport Correspondent\n11 March 2025"));
        assertEquals(PartialDate.parse("2025-03-11"), published("By Maren Tolle\nMarch 11, 2025 10:02 am"));
    }

    @Test
    void theDateLineIsNotGluedToTheHeadline() throws DocumentException {
        Article a = read(HEADLINE + "\n17 April 2025\n\n" + BODY + "\n");
        assertEquals(Optional.of(HEADLINE), a.title());
        assertEquals(PartialDate.parse("2025-04-17"), a.published());
    }

    @Test
    void yearlessDatelineTakesTheDateLineAndAWeekdayResolvesBeforeIt() throws DocumentException {
        // 12 March 2025 is a Wednesday: "On Monday" is the 10th, "on Wednesday" the day itself
        Article a = read("Harbour link talks end in two accords\nMar 12, 2025, 10:20\nKORVEN, March 12 (Amber Wire) --\n\n"
                + "On Monday, the Korven Port Board and Delta Freight signed a lease for the east quay. "
                + "The board and the city council signed a second accord on Wednesday.\n");
        assertEquals(PartialDate.parse("2025-03-12"), a.published());
        assertEquals(Optional.of("KORVEN"), a.dateline());
        DateContext ctx = DateContext.of(a.published().orElseThrow());
        List<DateMention> found = DATES.find(a.text(), 0, ctx);
        assertEquals(List.of(PartialDate.ofDay(java.time.LocalDate.of(2025, 3, 10)), PartialDate.ofDay(java.time.LocalDate.of(2025, 3, 12))),
                found.stream().filter(m -> m.text().endsWith("day")).map(DateMention::date).toList());
    }

    @Test
    void yearlessDatelineTakesTheOnlyYearTheTextNames() throws DocumentException {
        Article a = read("Port board signs quay lease\n\nKORVEN, March 12 (Amber Wire) -- The Korven Port Board and Delta "
                + "Freight on Monday signed a lease for the east quay, which will open in 2026.\n");
        assertEquals(PartialDate.parse("2026-03-12"), a.published());
    }

    @Test
    void yearlessDatelineWithTwoYearsInTheTextStaysOpen() throws DocumentException {
        Article a = read("Port board signs quay lease\n\nKORVEN, March 12 (Amber Wire) -- The Korven Port Board, set up "
                + "in 2019, and Delta Freight on Monday signed a lease for the east quay, which will open in 2026.\n");
        assertEquals(Optional.empty(), a.published());
    }

    @Test
    void yearlessBodyDateResolvesAgainstTheArticleDate() throws DocumentException {
        Article a = read(HEADLINE + "\n27 May 2025 - Press release\n\nThe agreement was signed in Lindenport on 23 May by "
                + "the two chief executives.\n");
        DateContext ctx = DateContext.of(a.published().orElseThrow());
        assertEquals(List.of(PartialDate.parse("2025-05-23").orElseThrow()),
                DATES.find("The agreement was signed in Lindenport on 23 May.", 0, ctx).stream().map(DateMention::date).toList());
    }

    @Test
    void pressReleaseDateBetweenSlashes() throws DocumentException {
        Article a = read("Coral Media Group to buy Amber Studios\n\nLINDENPORT, RU / CORALWIRE / March 3, 2025 / Coral Media "
                + "Group said on Monday it had signed an agreement to acquire Amber Studios.\n");
        assertEquals(PartialDate.parse("2025-03-03"), a.published());
        assertEquals(Optional.of("LINDENPORT"), a.dateline());
    }

    // near misses

    @Test
    void anEventDateInTheFirstSentenceIsNotTheArticleDate() throws DocumentException {
        assertEquals(Optional.empty(), read(HEADLINE + "\n\nThe Coral Bay Shipping Forum opened on 3 May 2025.\n\n" + BODY).published());
        assertEquals(Optional.empty(), read(HEADLINE + "\n\nOn 3 May 2025, the two sides signed a lease.\n\n" + BODY).published());
        assertEquals(Optional.empty(), read("Lindenport, 3 May 2025, was the venue of the signing\n\n" + BODY).published());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ruritania and Coral Bay to sign ferry pact on 14 April 2025",
            "Ferry pact signed by Lindenport and Coral Bay harbour chiefs | 14 April 2025 ceremony",
            "Coral Bay ferry operator signs deal with the Ruritanian port authority | 14 April 2025",
    })
    void aDateInAHeadlineIsNotTheArticleDate(String headline) throws DocumentException {
        assertEquals(Optional.empty(), read(headline + "\n\n" + BODY).published());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "3 May 2025 | 9 May 2025",
            "Lindenport, 3 May 2025 - 9 May 2025",
            "Exhibition | 3 May 2025 | 9 June 2025",
    })
    void twoDatesOnOneLineAreNoArticleDate(String header) throws DocumentException {
        assertEquals(Optional.empty(), published(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Retrieved 6 December 2026",
            "Accessed: 6 December 2026 | Archive",
            "Page printed | 6 December 2026",
            "Retrieved:\n6 December 2026",
            "Accessed date: 6 December 2026",
    })
    void aCrawlOrDisplayDateIsNotTheArticleDate(String header) throws DocumentException {
        assertEquals(Optional.empty(), published(header));
    }

    @Test
    void aWrappedLineEndingInAPrepositionKeepsItsDate() {
        ParagraphLayout layout = new ParagraphLayout(s -> s.strip().matches("\\d{1,2} \\p{L}+ \\d{4}"));
        assertEquals(List.of("Harbour deal", "The two boards signed the lease on 3 May 2025", BODY),
                layout.paragraphs("Harbour deal\nThe two boards signed the lease on\n3 May 2025\n\n" + BODY));
        assertEquals(List.of("Harbour deal signed by the port and the ferry company", "3 May 2025", BODY),
                layout.paragraphs("Harbour deal signed by the port and the ferry company\n3 May 2025\n" + BODY));
    }
}
