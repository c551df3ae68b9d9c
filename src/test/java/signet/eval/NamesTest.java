package signet.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expected values were printed by score.py's own norm(), norm_title(), doc_key() and date_str(). */
class NamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "The Gazprom-Media Holding | gazprom-media holding",
            "“Left Bank” Pictures | left bank pictures",
            "JSC  Gazprom media,  holding. | jsc gazprom media holding",
            "Xi’an Film Studio | xi'an film studio",
            "Société Générale (SG) | société générale sg",
            "`  -The Chairman- ` | chairman",
            "ﬁlm ＡＢＣ | film abc",
            "the | the",
            "A/B & C_d | a b & c_d",
            // Python's \\w has no combining marks: the dot of the lower-cased İ becomes a space.
            "İstanbul | i stanbul"})
    void normalFormsAsScorePyGivesThem(String name, String expected) {
        assertEquals(expected, Names.norm(name));
    }

    @Test void nullAndEmptyAreEmpty() {
        assertEquals("", Names.norm(null));
        assertEquals("", Names.norm(" .- "));
    }

    @Test void aliasesFoldToTheCanonicalName() {
        Names names = Names.parse("""
                # canonical TAB aliases
                Northwind Film Agency\tNorthwind|NFA| |the Northwind agency
                Kestrel Media Holding

                """);
        assertEquals("northwind film agency", names.canon("NFA"));
        assertEquals("northwind film agency", names.canon("The Northwind Agency"));
        assertEquals("northwind film agency", names.canon("northwind"));
        assertEquals("kestrel media holding", names.canon("The Kestrel Media Holding"));
        assertEquals("harbor group", names.canon("Harbor Group"), "an unlisted name is its normal form");
        assertEquals("", names.canon(""), "the blank alias was skipped");
    }

    @Test void aLaterLineWinsForAFormListedTwice() {
        Names names = Names.parse("Alpha Studio\tAS\nAster Systems\tAS\n");
        assertEquals("aster systems", names.canon("AS"));
    }

    @ParameterizedTest
    @CsvSource({"Chief Executive Officer, ceo", "CEO, ceo", "chief executive, ceo", "Director-General, director general",
            "General Director, director general", "The Chairperson, chair", "Vice President, vice president",
            "Vice-President, vice president", "deputy director general, deputy director general",
            "Editor-in-Chief, editor in chief", "executive producer, executive producer"})
    void titlesFoldAsScorePyFoldsThem(String title, String expected) {
        assertEquals(expected, Titles.standard().fold(title));
    }

    @Test void documentKeysAndDates() {
        assertEquals("000_abc", FactKeys.docKey("https://w3id.org/signet/id/doc/000_abc"));
        assertEquals("x", FactKeys.docKey("data/x.html/"));
        assertEquals("x", FactKeys.docKey("file:///a/b#x.txt"));
        assertEquals("x.pdf", FactKeys.docKey("x.pdf"));
        assertEquals("2016-03-04", FactKeys.dateStr(" 2016-03-04T10:00"));
        assertEquals("2015", FactKeys.dateStr("2015-1"));
        assertEquals("2015-10", FactKeys.dateStr("2015-10"));
        assertEquals("", FactKeys.dateStr("March 2015"));
        assertEquals("", FactKeys.dateStr(null));
    }

    @Test void pythonFormatting() {
        // Python rounds the exact binary value half-to-even; String.format would print 0.13 and 0.02.
        assertEquals("0.12", PythonText.fixed(0.125, 2));
        assertEquals("0.01", PythonText.fixed(0.015, 2));
        assertEquals("0.667", PythonText.fixed(2.0 / 3, 3));
        assertEquals("1.000", PythonText.fixed(1.0, 3));
        assertEquals("[\"xi'an\", 'b']", PythonText.repr(java.util.List.of("xi'an", "b")));
        assertEquals("[]", PythonText.repr(java.util.List.of()));
        assertEquals("roles           |", PythonText.padRight("roles", 16) + "|");
    }

    @Test void codePointOrderIsPythonsNotUtf16() {
        String supplementary = new String(Character.toChars(0x1F600)); // sorts after U+FF21 in Python
        assertEquals(-1, Integer.signum(PythonText.CODE_POINT_ORDER.compare("\uFF21", supplementary)));
        assertEquals(1, Integer.signum("\uFF21".compareTo(supplementary)), "Java's own order differs");
        assertEquals(-1, Integer.signum(PythonText.CODE_POINT_ORDER.compare("ab", "abc")));
    }
}
