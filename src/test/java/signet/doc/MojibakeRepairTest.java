package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MojibakeRepairTest {
    private final MojibakeRepair repair = new MojibakeRepair();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway???s fund bought shares                   | Norway’s fund bought shares
            the port??s new terminal                        | the port’s new terminal
            LIMA, Peru /Wire/ ?? The ministry said          | LIMA, Peru /Wire/ — The ministry said
            ??We will build it together,? said the mayor.   | “We will build it together,” said the mayor.
            called it a ??milestone for the region?.        | called it a “milestone for the region”.
            What now? Nobody knows.                         | What now? Nobody knows.
            Is it signed? ??Not yet,? she said.             | Is it signed? “Not yet,” she said.
            a  wide\u00A0 gap                               | a wide gap
            """)
    void repairs(String input, String expected) {
        assertEquals(expected, repair.repair(input));
    }

    @org.junit.jupiter.api.Test
    void aQuoteOpenedInAnotherParagraphDoesNotTurnAQuestionMarkIntoAQuote() {
        assertEquals("He said “we agree\n\nWill it last? Maybe.", repair.repair("He said ??we agree\n\nWill it last? Maybe."));
    }

    @org.junit.jupiter.api.Test
    void quotesCloseAcrossAWrappedLineButNewlinesStay() {
        assertEquals("asking them to play a role in “conveying the\ntruth.”",
                repair.repair("asking them to play a role in ???conveying the  \ntruth.???"));
    }
}
