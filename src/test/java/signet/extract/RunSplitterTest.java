package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stage 1's name boundaries tested alone: {@link RunSplitter} gets one capitalised run of tokens (built with the
 * real word lists and reference data, nothing else of the pipeline) and must split it into names and type each,
 * as {@code extract --forms} later shows them. Every name is invented, except known places.
 * Each row: the run # its mentions in order, "TYPE = text" joined by "; ".
 */
class RunSplitterTest {
    private static final Lexicons LEX = new Lexicons();
    private static final ReferenceData REF = new ReferenceData();
    private static final RunSplitter SPLITTER = new RunSplitter(LEX, REF, new NameWords(LEX, REF));

    private static String split(String run) {
        List<Token> toks = new Tokenizer().tokenize(run, 0);
        List<Mention> out = new ArrayList<>();
        SPLITTER.classifyRun(toks, new Mention[toks.size()], out, 0, toks.size());
        return out.stream().sorted(java.util.Comparator.comparingInt(Mention::from))
                .map(m -> m.type().code + " = " + m.text().strip()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // one name with its head word; a long name with "of" and "and" kept whole
            "Kestrel Media Group#ORG = Kestrel Media Group",
            "Institute of Nordic and Arctic Studies#ORG = Institute of Nordic and Arctic Studies",
            // a person's name glued after an organization's head is another name (untyped here: a bare two-word name
            // becomes a person only by what stands around it, which later stages read: a title, a verb of saying)
            "Coral News Agency Jonas Petraitis#ORG = Coral News Agency; OTH = Jonas Petraitis",
            "Coral News Agency Dr Jonas Petraitis#ORG = Coral News Agency; PER = Dr Jonas Petraitis",
            // a person's two-word name, "of", and an organization's headed name are two names
            "Anna Berg of Kesh Bank#PER = Anna Berg; ORG = Kesh Bank",
            // a known place run into a name with no head word is two names
            "Moscow Piet Dorn#PLC = Moscow; OTH = Piet Dorn",
    })
    void splitsAndTypesOneRun(String run, String expected) {
        assertEquals(expected, split(run), run);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // near misses: one name that holds a place, a name whose "of" is part of it
            "Moscow State University#ORG = Moscow State University",
            "Bank of Kesh#ORG = Bank of Kesh",
    })
    void keepsOneNameWhole(String run, String expected) {
        assertEquals(expected, split(run), run);
    }

}
