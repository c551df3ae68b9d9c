package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An outlet an owner launches, opens or moves into a medium with is its own (rules
 * partof.launched-outlet, partof.foray-with): "Coral Media Group launched a new news channel, Lumo
 * 24"; and the near misses — a product, a campaign, a joint venture, talks, a person's launch, a
 * channel only aired on. Sentences and names are invented.
 */
class PartOfLaunchWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static Set<String> partOf(String text) {
        return TestArticles.partOf(X.extract(TestArticles.of(text, "2024-05-02", null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Coral Media Group launched a new news channel, Lumo 24, on Monday.|Lumo 24 < Coral Media Group",
            "Tarn Group will launch the music channel Tarn Beats in February.|Tarn Beats < Tarn Group",
            "Coral Media Group has launched an English-language newspaper called Coral Daily.|Coral Daily < Coral Media Group",
            "Kesh Broadcasting opened two stations, Kesh FM and Kesh Gold, last year.|Kesh FM < Kesh Broadcasting",
            "Kesh Broadcasting opened two stations, Kesh FM and Kesh Gold, last year.|Kesh Gold < Kesh Broadcasting",
            "Coral Media Group unveiled its new streaming portal Lumo Play in Lagos.|Lumo Play < Coral Media Group",
            "The Tarn Group is finally ready to mark its foray into television with Tarn News and Tarn Music.|Tarn News < Tarn Group",
            "The Tarn Group is finally ready to mark its foray into television with Tarn News and Tarn Music.|Tarn Music < Tarn Group",
            "Kesh Media Group expanded into radio with Kesh FM in 2008.|Kesh FM < Kesh Media Group",
    })
    void launched(String text, String expected) {
        Set<String> got = partOf(text);
        assertTrue(got.contains(expected), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a product, a campaign, a fund: no outlet
            "Coral Bank launched a new product, Lumo Card, on Monday.",
            "Coral Media Group launched a campaign with Tarn Films on Monday.",
            "Coral Bank launched a fund, Lumo Ventures, on Monday.",
            // a joint venture has two owners; talks are no launch
            "Coral Group and Tarn Bank launched a joint venture, Lumo Power, on Monday.",
            "Coral Media Group opened talks with Tarn Films on Monday.",
            // a channel only aired on; a person's launch
            "Coral Media Group will air the series on the news channel Lumo 24.",
            "Anna Berg launched the music channel Lumo Beats in 2019.",
            // a move into a medium with a partner named as such
            "Coral Media Group expanded into radio with the help of its partner, Tarn Films.",
    })
    void notAUnit(String text) {
        assertEquals(Set.of(), partOf(text));
    }
}
