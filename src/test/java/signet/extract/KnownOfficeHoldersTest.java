package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.lexicon.TsvResource;

/**
 * A head of state or government a story titles without its country ("Prime Minister Narendra Modi arrived")
 * holds the post at the country lexicons/office-holders.tsv gives — only when the title right before the name
 * is that office's and the article's date falls within the term; the sentences are ours, the office holders
 * real (reference data). A rule that reads the country from the sentence keeps its post.
 * Each row: publication date (empty: none) # sentences separated by " // " # expected posts separated by ";".
 */
class KnownOfficeHoldersTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static void assertPosts(String published, String sentences, String expected) {
        Set<String> want = new TreeSet<>();
        if (expected != null) Arrays.stream(expected.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(want::add);
        String text = sentences.replace(" // ", "\n");
        assertEquals(want, TestArticles.posts(X.extract(TestArticles.of(text, published, null))), sentences);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
            // the title right before the name, within the term
            "2019-08-16#Coral Media and Velsk Bank signed a memorandum. // Preparations to welcome Prime Minister Narendra Modi are underway.#Narendra Modi | prime minister | India",
            "2019-08-16#Coral Media and Velsk Bank signed a memorandum in the presence of President Gurbanguly Berdimuhamedov.#Gurbanguly Berdimuhamedov | president | Turkmenistan",
            "2015-06-01#The Velsk Film Fund was praised by Chancellor Angela Merkel on Monday.#Angela Merkel | chancellor | Germany",
            "2010-03-02#Coral Media signed a deal with Velsk Bank. // Prime Minister Vladimir Putin welcomed it.#Vladimir Putin | prime minister | Russia",
            // the surname alone after the full name, and a distinctive surname alone
            "2019-08-16#Coral Media signed a deal with Velsk Bank. // On Friday, Prime Minister Modi will visit the Velsk Library.#Modi | prime minister | India",
            // accents as the story writes them
            "2024-02-10#Coral Media signed a deal with Velsk Bank. // President Luiz Inácio Lula da Silva attended.#Luiz Inácio Lula da Silva | president | Brazil",
            "2019-05-20#The Velsk Film Fund and Coral Media signed a memorandum witnessed by President Ilham Aliyev.#Ilham Aliyev | president | Azerbaijan",
            "2016-02-01#Coral Media signed a deal with Velsk Bank. // Prime Minister Benjamin Netanyahu praised it.#Benjamin Netanyahu | prime minister | Israel",
            // the sentence names the country: the reading rules keep their post, nothing is added twice
            "2019-08-16#Coral Media signed a deal with Velsk Bank. // Indian Prime Minister Narendra Modi attended.#Narendra Modi | prime minister | India",
    })
    void titledWithoutCountry(String published, String sentences, String expected) { assertPosts(published, sentences, expected); }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
            // outside the term: the same person held another office, or none
            "2023-08-16#Coral Media signed a deal with Velsk Bank in the presence of Prime Minister Shinzo Abe.#",
            "2010-03-02#Coral Media signed a deal with Velsk Bank. // President Vladimir Putin welcomed it.#",
            "2022-02-01#Coral Media signed a deal with Velsk Bank. // Prime Minister Benjamin Netanyahu praised it.#",
            // an undated article: the term cannot be checked
            "#Coral Media signed a deal with Velsk Bank. // Prime Minister Narendra Modi welcomed it.#",
            // another title than the office's
            "2019-08-16#Coral Media signed a deal with Velsk Bank. // Minister Narendra Modi welcomed it.#",
            "2019-08-16#Coral Media signed a deal with Velsk Bank. // Chairman Xi Jinping welcomed it.#",
            // a title not right before the name
            "2019-08-16#Coral Media signed a deal with Velsk Bank. // The prime minister thanked Narendra Modi.#",
            // a name the list does not hold: nothing made up
            "2019-08-16#Coral Media signed a deal with Velsk Bank. // President Marco Ruiz welcomed it.#",
            // after the day an open-ended row was last checked: its term may have ended
            "2031-05-01#Coral Media signed a deal with Velsk Bank. // President Xi Jinping welcomed it.#",
    })
    void noPost(String published, String sentences, String expected) { assertPosts(published, sentences, expected); }

    /** Every row of the list: known country, a head's title, a term that ends after it starts, a check date. */
    @Test
    void everyRowIsWellFormed() {
        Lexicons lex = new Lexicons();
        Set<String> countries = new TreeSet<>();
        for (String[] c : TsvResource.table("reference/places.tsv", 3)) if ("country".equals(c[2])) countries.add(c[0]);
        int rows = 0;
        for (String[] c : TsvResource.table("lexicons/office-holders.tsv", 6)) {
            rows++;
            String row = String.join(" | ", c);
            assertTrue(countries.contains(c[2]), "no such country in reference/places.tsv: " + row);
            assertTrue(Set.of("president", "prime minister", "premier", "chancellor").contains(c[1]), "not a head's title: " + row);
            java.time.LocalDate from = java.time.LocalDate.parse(c[3]), checked = java.time.LocalDate.parse(c[5]);
            assertTrue("-".equals(c[4]) || java.time.LocalDate.parse(c[4]).isAfter(from), "a term that ends before it starts: " + row);
            assertTrue(checked.isAfter(from), "checked before the term began: " + row);
            for (String n : c[0].split("\\|")) assertEquals(Lexicons.officeKey(n), n, "write names folded, without accents: " + row);
        }
        assertTrue(rows > 50 && !lex.officeHolders.isEmpty(), "the list loads");
    }
}
