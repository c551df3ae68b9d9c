package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state's posts: a nationality (known or only shaped like one: "Ruritanian", "Freedonese") or a
 * country before a head of state's title, or a minister's portfolio. A nationality is never the
 * organization ("Ruritanian Foreign"); a head of state holds the post at the country when the
 * story names the country itself; a minister holds it at the ministry of that portfolio (and that
 * country) the story has named before; otherwise there is no post. Every name is invented.
 * Each row: sentences separated by " // " # expected posts "person | title | organization" separated by ";".
 */
class StatePostsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static void assertPosts(String sentences, String expected) {
        Set<String> want = new TreeSet<>();
        if (expected != null) Arrays.stream(expected.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(want::add);
        assertEquals(want, TestArticles.posts(X.extract(TestArticles.of(sentences.replace(" // ", "\n")))), sentences);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a head of state or government at the country the story names
            "Ruritania and Freedonia signed a trade pact on Monday. // Ruritanian President Marco Ruiz attended the ceremony.#Marco Ruiz | president | Ruritania",
            "Freedonia will open a consulate in Port Coralia. // The plan was announced by Freedonian Deputy Prime Minister Ola Brandt.#Ola Brandt | deputy prime minister | Freedonia",
            "Ruritania hosted the talks. // President Marco Ruiz and his Freedonian counterpart, President Lena Moss, met on Tuesday. // Freedonia sent six ministers.#Lena Moss | president | Freedonia",
            "Leaders of Peru and Chile met in Lima. // Chilean President Ana Soto opened the summit.#Ana Soto | president | Chile",
            "Ruritania and Coral Bank signed a loan. // The state visit of Ruritanian President Marco Ruiz ends on Friday.#Marco Ruiz | president | Ruritania",
            // a minister at the ministry named before, of the same country
            "The Ministry of Foreign Affairs of Ruritania and Coral Bank signed a memorandum. // Ruritanian Foreign Minister Anna Berg was present.#Anna Berg | foreign minister | Ministry of Foreign Affairs of Ruritania",
            "The Freedonese Ministry of Health and the Ruritanian Ministry of Health signed a plan. // Freedonese Health Minister Ana Soto spoke first.#Ana Soto | health minister | Freedonese Ministry of Health",
            "The Ministry of Culture opened the festival on Friday. // Culture Minister Ivo Marek cut the ribbon.#Ivo Marek | culture minister | Ministry of Culture",
            "The fair was organised by the Ministry of Trade of Ruritania. // It was opened by Trade Minister Lena Holt.#Lena Holt | trade minister | Ministry of Trade of Ruritania",
            // a portfolio of several fields keeps them all
            "The Ruritanian Ministry of Labour and Social Policy signed a plan with Coral Bank. // Ruritanian Minister of Labour and Social Policy Ana Soto spoke.#Ana Soto | minister of labour and social policy | Ruritanian Ministry of Labour and Social Policy",
            // co-chairs named after the body they chair, each with a nationality and a title
            "Ruritania and Freedonia signed. // The Ruritanian-Freedonian Trade Commission, co-chaired by Ruritanian Deputy Prime Minister Ola Brandt and Freedonian Finance Minister Ivo Marek, met in May.#Ola Brandt | co-chair | Ruritanian-Freedonian Trade Commission; Ivo Marek | co-chair | Ruritanian-Freedonian Trade Commission; Ola Brandt | deputy prime minister | Ruritania",
            "The Coral Harbor Council, co-chaired by Lena Holt and Ana Soto, will meet in June.#Lena Holt | co-chair | Coral Harbor Council; Ana Soto | co-chair | Coral Harbor Council",
            "The Coral Water Council, co-chaired by mayor Ivo Marek, approved the plan.#Ivo Marek | co-chair | Coral Water Council",
    })
    void statePosts(String sentences, String expected) {
        assertPosts(sentences, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a nationality is never an organization, even one no list knows
            "Ruritanian Foreign Minister Anna Berg visited Coral Television on Monday.#",
            "Freedonese Economy Minister Lars Dahl and Coral Bank chairman Ole Sand met.#Ole Sand | chairman | Coral Bank",
            // the country is named only by the adjective or a possessive: a passing mention
            "Ruritanian President Marco Ruiz visited Coral Television on Monday.#",
            "Coral Wire signed a deal with Ruritania's news agency. // Ruritanian President Marco Ruiz praised it.#",
            // no ministry of that portfolio, or one of another country, or named only after the title
            "The Ministry of Culture opened the festival. // Health Minister Ivo Marek cut the ribbon.#",
            "The Ministry of Trade of Ruritania signed a deal with Coral Bank. // Freedonian Trade Minister Ana Soto attended.#",
            "Culture Minister Ivo Marek spoke first. // The Ministry of Culture later signed the deal.#",
            "The Ministry of Culture of Ruritania and the Ministry of Culture of Freedonia met. // Culture Minister Ivo Marek spoke.#",
            // the title of a title, a country inside an organization's name
            "Ruritania and Coral Bank met. // Adviser to the Ruritanian President Lena Holt spoke.#",
            "Ruritania signed. // Coral Chamber of Commerce in Ruritania President Ivo Marek spoke.#Ivo Marek | president | Coral Chamber of Commerce in Ruritania",
            "The talks were attended by Freedonian Minister of Agriculture and Food Ivo Marek.#",
            // a head of state without a named country, and a company's president
            "The Cabinet met on Monday. // Prime Minister Anton Reyes chaired the meeting.#",
            "Coral's president Dana Quill said the deal matters.#Dana Quill | president | Coral",
            // a first name shaped like a nationality is still a person
            "Adrian Cole, the director of Coral Bank, said the deal matters.#Adrian Cole | director | Coral Bank",
    })
    void noStatePost(String sentences, String expected) {
        assertPosts(sentences, expected);
    }
}
