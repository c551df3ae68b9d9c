package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineFinderTest {
    private final DatelineFinder finder = new DatelineFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            GDANSK, Poland, Feb. 3, 2025 /PRNewswire/ — The port signed a deal.      | GDANSK       | PRNewswire | Feb. 3, 2025
            DOHA, March 9 (QNA) -- Qatar News Agency signed an accord.               | DOHA         | QNA        | March 9
            HANOI, Jan 5 (VNA) -- The two agencies met.                              | HANOI        | VNA        | Jan 5
            NAIROBI – Kenya's broadcaster signed a content deal.                     | NAIROBI      | -          | -
            NEW DELHI. PTI The news agencies agreed to share photos.                 | NEW DELHI    | PTI        | -
            Rotterdam, Netherlands - The port authority and the shipping line agreed. | Rotterdam    | -          | -
            SAN JOSE, Dec 18 — The company said it would expand.                     | SAN JOSE     | -          | Dec 18
            BUSAN, Nov. 8 (Yonhap) -- Two firms signed a pact.                       | BUSAN        | Yonhap     | Nov. 8
            Ufa (UNA) - The forum opened on Monday.                                  | Ufa          | UNA        | -
            DOHA, (Gulf Times / QNA - 05th Aug, 2021) The ministry received a team.  | DOHA         | QNA        | -
            BERNAMA, Jan 24 — Two agencies plan to sign a pact.                      | BERNAMA      | -          | Jan 24
            (MENAFN- Kuwait News Agency (KUNA)) KUWAIT, May 2 (KUNA) -- KUNA signed. | KUWAIT       | KUNA       | May 2
            ST. PETERSBURG: The forum closed on Friday.                              | ST. PETERSBURG | -        | -
            MINSK, April 2. /BelTA/ - The two agencies signed a protocol.             | MINSK        | BelTA      | April 2
            VELSKBURG. Kesh Media Wire - The Velsk Orchestra signed a memorandum.    | VELSKBURG    | Kesh Media Wire | -
            LAGOS, Nigeria, June 17, 2025 -/Coral Business Wire/- Kesh Bank signed.  | LAGOS        | Coral Business Wire | June 17, 2025
            JAKARTA/TOKYO, June 26 (Pacific Wire) - Tarn Telekom signed a deal.      | JAKARTA      | Pacific Wire | June 26
            """)
    void datelines(String paragraph, String place, String publisher, String date) {
        DatelineFinder.Match m = finder.find(paragraph).orElseThrow(() -> new AssertionError("no dateline in " + paragraph));
        assertEquals(place, m.place());
        assertEquals(place, paragraph.substring(m.placeStart(), m.placeEnd()));
        assertEquals(Optional.ofNullable(publisher), m.publisher());
        assertEquals(Optional.ofNullable(date), m.dateText());
        assertTrue(m.end() > m.placeEnd());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "China Media Group (CMG) and the broadcaster held an event on Wednesday.",
            "The International Alliance signed a memorandum of understanding.",
            "Photo: delegates pose after the ceremony.",
            "Shanghai-based studios will co-produce two films.",
            "AGERPRES Romanian National News Agency signed a protocol.",
            "Meanwhile, Al-Mannai praised the bureau.",
            "From left: the chief executive and the minister.",
            // a sentence after a capitalised heading word and a period: no wire follows before a dash
            "NOTE. The Kesh Bank and Tarn Steel signed a deal - officials said.",
            "ASTANA. The Kesh Bank - a lender - signed a deal."})
    void notDatelines(String paragraph) {
        assertEquals(Optional.empty(), finder.find(paragraph), paragraph);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LINDENPORT, RU / CORALWIRE / March 3, 2025 / Coral Media Group announced a deal.        | LINDENPORT | CORALWIRE     | March 3, 2025
            Porto Vell, Ruritania / Amber Newswire / 12 May 2024 / The port board said on Monday. | Porto Vell | Amber Newswire | 12 May 2024
            KORVEN, KV / CORALWIRE / June 9 , 2023 / The ferry company signed a lease.             | KORVEN     | CORALWIRE     | June 9 , 2023
            """)
    void pressReleaseWireBetweenSlashesThenADate(String paragraph, String place, String publisher, String date) {
        DatelineFinder.Match m = finder.find(paragraph).orElseThrow(() -> new AssertionError("no dateline in " + paragraph));
        assertEquals(place, m.place());
        assertEquals(Optional.of(publisher), m.publisher());
        assertEquals(Optional.of(date), m.sourceDate());
        assertTrue(paragraph.substring(m.end()).startsWith("The ") || paragraph.substring(m.end()).startsWith("Coral "),
                paragraph.substring(m.end()));
    }
}
