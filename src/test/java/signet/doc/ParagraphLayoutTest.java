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
}
