package signet.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words a source glued together by losing a space ("areasSri Ruritania", "ProgramBetween Kestrel
 * University") are split back into words, while brands written in mixed case stay whole. All names
 * are invented.
 */
class GluedWordsTest {
    private static List<String> words(String text) {
        return new Tokenizer().tokenize(text, 0).stream().map(Token::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "key areasSri Ruritania has signed|areas Sri Ruritania",
            "the signing of theCooperation Agreement|the Cooperation Agreement",
            "students ofKestrel University|of Kestrel University",
            "Study Abroad ProgramBetween Kestrel University|Program Between Kestrel",
            "Study Abroad Programbetween Kestrel University|Program between Kestrel",
            "a Study ProgramWith Borealis College|Program With Borealis",
            "in November 2018The Kestrel Forum opened|2018 The Kestrel",
    })
    void gluedWordsAreSplit(String text, String expected) {
        String joined = String.join(" ", words(text));
        assertTrue(joined.contains(expected), () -> joined);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "iKestrel|iKestrel", "eBorealis|eBorealis", "KestrelTube|KestrelTube", "McKestrel|McKestrel", "LinkedIn|LinkedIn",
            "GoTo|GoTo", "easyJet|easyJet", "thatKESTREL|thatKESTREL", "Format|Format", "Chairman|Chairman",
            "Tobetween|Tobetween", "KestrelAnd2|KestrelAnd2", "3Kestrel|3Kestrel", "4G|4G", "20th|20th", "2018KESTREL|2018KESTREL", "non-Kestrel|non-Kestrel", "Borealis's|Borealis",
            // identifiers and addresses are no glued words
            "{{hitsCtrl.values}}|hitsCtrl", "see kestrelNews.com|kestrelNews.com", "kestrel.com/pressRoom|pressRoom",
            // a domain name is one word ("Coral.org.cn")
            "editor of Coral.org.cn.|Coral.org.cn", "see KestrelNews.com today|KestrelNews.com",
    })
    void brandsAndOrdinaryWordsStayWhole(String text, String word) {
        List<String> w = words(text);
        assertTrue(w.contains(word), () -> w.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ruritania signs a memorandum with Borealia on key areasSri Ruritania has signed a memorandum of understanding with Borealia.|Sri Ruritania",
    })
    void aGluedPlaceKeepsAllItsWords(String sentence, String mention) {
        List<String> ms = OrgBoundariesTest.mentions(sentence);
        assertTrue(ms.stream().anyMatch(m -> m.endsWith("= " + mention)), () -> ms.toString());
    }
}
