package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphLayoutTest {
    private final ParagraphLayout layout = new ParagraphLayout();

    @Test
    void hardWrappedWireLinesAreJoined() {
        String wrapped = """
                OSLO, May 4 (Wire) -- The shipping line and the port authority agreed
                Friday to build a new container terminal, the two said in a joint
                statement.
                The terminal will open in 2027.
                """;
        assertEquals(List.of("OSLO, May 4 (Wire) -- The shipping line and the port authority agreed Friday to build a "
                        + "new container terminal, the two said in a joint statement.", "The terminal will open in 2027."),
                layout.paragraphs(wrapped));
    }

    @Test
    void shortLineAboveCapitalisedTextIsItsOwnParagraph() {
        assertEquals(List.of("Ferry link approved", "The council voted for the new route."),
                layout.paragraphs("Ferry link approved\nThe council voted for the new route.\n"));
    }

    @Test
    void blankLinesSeparateParagraphs() {
        assertEquals(List.of("One.", "Two."), layout.paragraphs("\n\n  One.  \n\n\n\nTwo.\n"));
    }

    @Test
    void allCapitalsHeadlineIsNotJoinedToTheTextBelow() {
        assertEquals(List.of("CORAL MEDIA GROUP CONFIRMS ITS PLAN TO ACQUIRE AMBER STUDIOS LIMITED",
                        "LINDENPORT, RU / CORALWIRE / March 3, 2025 / Coral Media Group said it had signed an agreement."),
                layout.paragraphs("CORAL MEDIA GROUP CONFIRMS ITS PLAN TO ACQUIRE AMBER STUDIOS LIMITED\n"
                        + "LINDENPORT, RU / CORALWIRE / March 3, 2025 / Coral Media Group said it had signed an agreement."));
        // a capitals headline wrapped over two lines stays one paragraph
        assertEquals(List.of("CORAL MEDIA GROUP CONFIRMS ITS PLAN TO ACQUIRE AMBER STUDIOS LIMITED FROM RURITANIAN OWNERS"),
                layout.paragraphs("CORAL MEDIA GROUP CONFIRMS ITS PLAN TO ACQUIRE AMBER STUDIOS LIMITED\nFROM RURITANIAN OWNERS"));
    }
}
