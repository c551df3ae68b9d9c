package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.Entity;
import signet.fact.ExtractionResult;

/**
 * An organization the reference data knows is named as the article names it, and keeps the one
 * IRI the reference data gives it in every article. The sentences are invented; the known
 * organizations are those of data/reference/organizations.tsv (China Central Television, acronym
 * CCTV, alias "China Central TV"; Sputnik; Xinhua News Agency, alias Xinhua).
 */
class KnownNamesTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static Entity entity(String text, String key) {
        ExtractionResult r = X.extract(TestArticles.of(text, "2024-01-10", null));
        return r.entities().stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + key + " in " + r.entities()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // only the acronym written: the fact says what the sentence says
            "CCTV signed a cooperation agreement with Coral Films on Monday.|china-central-television|CCTV",
            "The deal between Coral Films and CCTV was signed on Monday.|china-central-television|CCTV",
            // an alias written
            "China Central TV signed a cooperation agreement with Coral Films.|china-central-television|China Central TV",
            // the reference name written, with the acronym later: the reference name
            "China Central Television (CCTV) signed a deal with Coral Films. CCTV will air the series.|china-central-television|China Central Television",
            // the longest of the names written
            "Xinhua signed a deal with Coral Films. Xinhua News Agency will share photos.|xinhua-news-agency|Xinhua News Agency",
            "Xinhua signed a deal with Coral Films on Monday.|xinhua-news-agency|Xinhua",
            // a known name with only head words after it is the article's fuller name
            "Sputnik Agency signed a deal with Coral Films on Monday.|sputnik|Sputnik Agency",
            // an acronym in brackets inside the written name is no part of it
            "Anna Berg, vice minister of the Publicity Department of the Communist Party of China (CPC) Central Committee, spoke.|publicity-department-of-the-communist-party-of-china-central-committee|Publicity Department of the Communist Party of China Central Committee",
            // a description glued on is no name: the reference name
            "Xinhua Chinese State News Agency and Coral Television signed a cooperation agreement.|xinhua-news-agency|Xinhua News Agency",
    })
    void namedAsTheArticleNamesIt(String text, String key, String name) {
        Entity e = entity(text, key);
        assertEquals(name, e.name());
        assertTrue(e.known(), "still the known organization");
    }

    @Test
    void theReferenceNameStaysAnAlternativeName() {
        Entity e = entity("CCTV signed a cooperation agreement with Coral Films on Monday.", "china-central-television");
        assertTrue(e.altNames().contains("China Central Television"), () -> "alt names " + e.altNames());
    }
}
