package signet.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The date word lists load, are complete where they must be, and document themselves. */
class DateLexiconTest {

    private final DateLexicon lexicon = DateLexicon.load();

    @Test
    void everyMonthAndWeekdayHasAFullName() {
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), new HashSet<>(lexicon.fullMonths().values()));
        assertEquals(EnumSet.allOf(DayOfWeek.class), EnumSet.copyOf(lexicon.fullWeekdays().values()));
        assertEquals(9, lexicon.month("sept"));
        assertEquals(9, lexicon.month("SEP"));
        assertEquals(0, lexicon.month("Gennaio"));
        assertEquals(DayOfWeek.MONDAY, lexicon.weekday("mon"));
    }

    @Test
    void cuesAndRelativeTermsAreTyped() {
        assertTrue(lexicon.cuesFor(DateLexicon.CueScope.YEAR).stream().anyMatch(c -> c.word().equals("since")));
        assertTrue(lexicon.cuesFor(DateLexicon.CueScope.WEEKDAY).stream().anyMatch(c -> c.word().equals("last") && c.direction() == Direction.LAST));
        assertTrue(lexicon.relativeTerms().contains(new DateLexicon.RelativeTerm("yesterday", Precision.DAY, -1, false)));
        assertTrue(lexicon.notDatePhrases().contains("last week"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dates-months.tsv", "dates-weekdays.tsv", "dates-ordinal-suffixes.tsv", "dates-future-markers.tsv",
            "dates-not-dates.tsv", "dates-relative.tsv", "dates-cues.tsv", "dates-name-nouns.tsv",
            "dates-quantity-words.tsv", "dates-header-words.tsv"})
    void everyLexiconStartsWithAnExplanation(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/lexicons/" + file)) {
            String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            assertTrue(first.startsWith("# ") && first.length() > 40, file + " should open with a comment explaining it");
        }
    }
}
