package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.fromLexicon();

    private static List<String> texts(String text) {
        return SPLITTER.split(text).stream().map(Sentence::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The pact was signed on Sept. 14 in the capital.",
            "Dr. Amal Haddad and Mr. Ivo Petrov signed for the two sides.",
            "Acme Co. Ltd. and Beta Corp. Inc. formed a venture.",
            "Officials from the U.K. and the U.S. attended the ceremony.",
            "H.E. the ambassador and H.H. the emir were present.",
            "The deal, worth 2.5 billion dollars, was signed by J. Smith.",
            "It covers films, series, etc. and will run for No. 3 of the programmes.",
            "\"We will cooperate,\" said the minister.",
            "“Is this the end?” asked the reporter.",
            "Gen. Omar Ali and Lt. Col. Sara Ng met Prof. Kim at St. Mary's hall.",
            "Director-General Ing. Petr Novak and Mag. Eva Huber met Ir. Budi Santoso and Sra. Ana Ruiz.",
            // the Honourable and Shrimati before a name
            "The memorandum was signed by the Minister for Trade, Hon. Kofi Asare, and Smt. Lata Rao.",
            // after a company's legal form the name or the clause goes on: another legal form, a head, a title
            "Coral Media Co. Ltd. signed the deal with Heron Bros. Pictures on Monday.",
            "Kestrel Holdings Inc. CEO Anna Berg signed for the company.",
            "Tarn Trading Co. Chairman Piet Dorn and Coral Pvt. Ltd. were present.",
            "Heron Shipping Corp. Managing Director Anna Berg met Kestrel Ltd. (Norland) officials.",
            // a comma with no space after it glues the honorific to the word before
            "High Commissioner of Ruritania to Kesh,Dr. Anna Berg yesterday said the deal was good."})
    void oneSentence(String sentence) {
        assertEquals(List.of(sentence), texts(sentence));
    }

    @Test
    void splitsAtSentenceEnds() {
        assertEquals(List.of("The MoU was signed on Monday.", "It runs for five years!", "Will it be renewed?", "Nobody knows."),
                texts("The MoU was signed on Monday. It runs for five years! Will it be renewed? Nobody knows."));
    }

    @Test
    void aCompanysLegalFormEndsTheSentenceBeforeANewOne() {
        assertEquals(List.of("The venture is named Coral Green Fuels Pvt Ltd.", "Heron Power Norland Pvt Ltd, the local arm of Heron Group, holds half."),
                texts("The venture is named Coral Green Fuels Pvt Ltd. Heron Power Norland Pvt Ltd, the local arm of Heron Group, holds half."));
        assertEquals(List.of("The deal was signed with Coral Inc.", "The company said it would invest."),
                texts("The deal was signed with Coral Inc. The company said it would invest."));
        assertEquals(List.of("Heron Media signed with Tarn Holdings Ltd.", "Kestrel Bank will finance it."),
                texts("Heron Media signed with Tarn Holdings Ltd. Kestrel Bank will finance it."));
    }

    @Test
    void quoteEndingWithAPeriodEndsTheSentence() {
        assertEquals(List.of("He said: \"It is done.\"", "The talks ended."), texts("He said: \"It is done.\" The talks ended."));
    }

    @Test
    void missingSpaceAfterAPeriodStillSplits() {
        assertEquals(List.of("They agreed on data exchange.", "The accord was inked by both heads.", "Details at agency.ro today."),
                texts("They agreed on data exchange.The accord was inked by both heads.Details at agency.ro today."));
    }

    @Test
    void paragraphBreakAlwaysEndsASentenceAndOffsetsAreTrue() {
        String text = "Harbour deal signed\n\nThe board met in Oslo and agreed\n\non nothing else";
        List<Sentence> sentences = SPLITTER.split(text);
        assertEquals(3, sentences.size());
        for (Sentence s : sentences) assertEquals(s.text(), text.substring(s.start(), s.end()));
        assertEquals(List.of(0, 1, 2), sentences.stream().map(Sentence::paragraph).toList());
        assertEquals(List.of(0, 1, 2), sentences.stream().map(Sentence::index).toList());
    }

    @Test
    void datelineSentenceIsJoinedToTheNext() {
        String text = "Title here\n\nRIGA. LETA The two agencies signed. Second one.";
        List<Sentence> joined = SentenceSplitter.joinThrough(text, SPLITTER.split(text), 12, 18);
        assertEquals(List.of("Title here", "RIGA. LETA The two agencies signed.", "Second one."),
                joined.stream().map(Sentence::text).toList());
    }
}
