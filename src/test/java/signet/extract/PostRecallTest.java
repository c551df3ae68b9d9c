package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wordings of posts that text nobody tuned for writes and the rules missed: a place between an
 * organization's possessive and the title, relative clauses and verbs of taking a post, a title's
 * abbreviation in brackets, an apposition that does not close before the holder, and titles the
 * lists did not know. Every name is invented. Each row: sentence(s) # expected posts as "person |
 * title | organization" separated by ";" (empty: no post at all); "\\n" starts the next sentence.
 */
class PostRecallTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static void assertPosts(String text, String expected) { TestArticles.assertPosts(X, text, expected); }

    /** post.org-title-name, group q: the place a post covers, between the possessive and the title, stays in the title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Wire's Moscow bureau chief Lina Vorst said the talks went well.#Lina Vorst | moscow bureau chief | Coral Wire",
            "Kestrel Telecom's India chief executive, Tom Hardy, said sales rose.#Tom Hardy | india chief executive | Kestrel Telecom",
            "The agreement was signed by Coral Bank's Europe director Anna Berg.#Anna Berg | europe director | Coral Bank",
            // the place's own title: not Coral Wire's, a post at the place (post.place-title-name)
            "Coral Wire's reporters met Moscow Mayor Ivan Petrov.#Ivan Petrov | mayor | Moscow",
    })
    void placeBetweenPossessiveAndTitle(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.who-heads, post.who-chairs, post.led-by, post.led-by-title: relative clauses. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Greta Anvik, who chairs the board of Marlow Energy, welcomed the guests.#Greta Anvik | chairman | Marlow Energy",
            "Greta Anvik, who chairs the supervisory board of Marlow Energy, welcomed the guests.#Greta Anvik | chairman | Marlow Energy",
            "Greta Anvik, who currently chairs Marlow Energy, welcomed the guests.#Greta Anvik | chairman | Marlow Energy",
            "Dario Fenn, who now heads the Velsk Institute, spoke.#Dario Fenn | head | Velsk Institute",
            "Coral Media Group, which is headed by Dario Fenn, signed the deal.#Dario Fenn | head | Coral Media Group",
            "Coral Media Group, which is led by chief executive Dario Fenn, grew fast.#Dario Fenn | chief executive | Coral Media Group",
            "Norda Textiles, which was headed by its founder Ivo Kranj, opened a plant.#Ivo Kranj | founder | Norda Textiles",
            // a meeting or a delegation is chaired or led, not held as a post
            "Greta Anvik, who chairs the Marlow Energy meeting, welcomed the guests.#",
            "The delegation of Coral Media Group, which is led by Dario Fenn, arrived.#",
    })
    void relativeClauses(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.served-as: "has taken over as", "stepped in as". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Dario Fenn has taken over as chief executive of Coral Media Group.#Dario Fenn | chief executive | Coral Media Group",
            "Dario Fenn took over as director of the Ruritania Film Institute last year.#Dario Fenn | director | Ruritania Film Institute",
            "Dario Fenn stepped in as interim chairman of Coral Media Group.#Dario Fenn | interim chairman | Coral Media Group",
            // taking over a company is no post in it
            "Dario Fenn has taken over Coral Media Group.#",
    })
    void takingOverAPost(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** {TTLS}: a title's abbreviation in brackets after it is no title of its own and no organization. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "\"We are glad,\" Ivo Stan, managing director (MD) and chief executive officer (CEO) at Coral Telecom, said.#Ivo Stan | managing director | Coral Telecom; Ivo Stan | chief executive officer | Coral Telecom",
            "Ivo Stan, chief executive officer (CEO) of Coral Telecom, said it was good.#Ivo Stan | chief executive officer | Coral Telecom",
            "Ivo Stan, Chief Operating Officer (COO), Coral Telecom, said it was good.#Ivo Stan | chief operating officer | Coral Telecom",
            // an organization in brackets after a title, with no "of" before the next one
            "Ivo Stan, Chairman (Coral Bank) said it was good.#",
    })
    void abbreviatedTitles(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * post.title-of-org-name-after-apposition: an apposition that does not close before the holder;
     * post.name-comma-title-of: nothing for the first name when the second closes with a verb of saying.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The institute will cooperate with Borvia, the director of the Coral Institute Anna Berg said.#Anna Berg | director | Coral Institute",
            "The institute will cooperate with Borvia, the director of the Coral Institute, Anna Berg, said.#Anna Berg | director | Coral Institute",
            "The institute will cooperate with Borvia, the director of the Coral Institute, Anna Berg said.#Anna Berg | director | Coral Institute",
            // an apposition that closes: the first name's post
            "Tom Hardy, the director of the Coral Institute, said the plan was ready.#Tom Hardy | director | Coral Institute",
            "The institute will cooperate with Kenya, the director of the Coral Institute Anna Berg said.#Anna Berg | director | Coral Institute",
            // the name after the organization begins a list: the apposition is the first name's
            "Tom Hardy, the director of the Coral Institute, Anna Berg and Ivo Stan said the plan was ready.#Tom Hardy | director | Coral Institute",
            // a list of names: the second name is no director
            "The guests were Tom Hardy, director of the Coral Institute, Anna Berg and Ivo Stan.#Tom Hardy | director | Coral Institute",
    })
    void apposionThatDoesNotClose(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** titles.tsv: titles of universities, agencies, embassies and governments that the lists lacked. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Ivo Stan, the coordinator of the Velsk Cooperation Agency, spoke.#Ivo Stan | coordinator | Velsk Cooperation Agency",
            "Project coordinator Ivo Stan of the Velsk Agency attended.#Ivo Stan | project coordinator | Velsk Agency",
            "Ivo Stan, registrar of Velsk University, spoke.#Ivo Stan | registrar | Velsk University",
            "Ivo Stan, vice-rector of Velsk University, spoke.#Ivo Stan | vice-rector | Velsk University",
            "Ivo Stan, the provost of Velsk University, spoke.#Ivo Stan | provost | Velsk University",
            "Ivo Stan, convener of the Velsk Forum, spoke.#Ivo Stan | convener | Velsk Forum",
            "Ivo Stan, chief economist at Velsk Bank, spoke.#Ivo Stan | chief economist | Velsk Bank",
            "Ivo Stan, chief of staff of the Velsk Army, spoke.#Ivo Stan | chief of staff | Velsk Army",
            "Ivo Stan, political counselor of the Ruritanian Embassy, spoke.#Ivo Stan | political counselor | Ruritanian Embassy",
            "Ruritania and Borvia signed a treaty.\\nRuritanian Premier Ivo Stan attended.#Ivo Stan | premier | Ruritania",
            "Ruritania and Borvia signed a treaty.\\nRuritanian Vice Premier Ivo Stan attended.#Ivo Stan | vice premier | Ruritania",
            // no title: a word that only looks like one, a title that opens an organization's name
            "The Coordinator Hall of Velsk University hosted Ivo Stan.#",
            "Tom Hardy, chairman of the Premier Soccer League, said the deal was good.#Tom Hardy | chairman | Premier Soccer League",
            "Premier Coral Bank chief executive Tom Hardy said the deal was good.#Tom Hardy | chief executive | Premier Coral Bank",
    })
    void titlesTheListsLacked(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.represented-by, name-comma-its-title-after-org, name-title-on-behalf-of, counterpart-from-org-title-name, name-paren-org-title: signatory lines. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The memorandum was signed between Coral Media Group, represented by its director general Dario Fenn, and Velsk University, represented by its rector Ana Lutz.#Dario Fenn | director general | Coral Media Group; Ana Lutz | rector | Velsk University",
            "The memorandum was signed between Coral Media Group, represented by Dario Fenn, its director general, and Velsk University.#Dario Fenn | director general | Coral Media Group",
            "Velsk University was represented by Ana Lutz, its rector.#Ana Lutz | rector | Velsk University",
            "Coral Bank said Tom Hardy, its chief executive, would retire in May.#Tom Hardy | chief executive | Coral Bank",
            "The document was signed by Dario Fenn, Director General, on behalf of Coral Media Group.#Dario Fenn | director general | Coral Media Group",
            "The document was signed by Dario Fenn, Director General, for Coral Media Group, and Ana Lutz, Rector, for Velsk University.#Dario Fenn | director general | Coral Media Group; Ana Lutz | rector | Velsk University",
            "Coral Media Group Director General Dario Fenn and his counterpart from Velsk University, Rector Ana Lutz, signed the memorandum.#Dario Fenn | director general | Coral Media Group; Ana Lutz | rector | Velsk University",
            "Ana Lutz (Velsk University rector) said the deal was good.#Ana Lutz | rector | Velsk University",
            // "its" after an untyped name, and a post at the organization's own partner
            "Anna Berg said Tom Hardy, its chief executive, would retire.#",
            "Dario Fenn, Director General, for his part, thanked Coral Media Group.#",
            "The document was signed by Dario Fenn for Coral Media Group and Ana Lutz for Velsk University.#",
    })
    void signatoryLines(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** its-title-name-verb, name-comma-its-title: "its" opening a sentence after an organization's sentence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Velsk University is old.\\nIts rector Ana Lutz said the deal was good.#Ana Lutz | rector | Velsk University",
            "Velsk University is old.\\nAna Lutz, its rector, said the deal was good.#Ana Lutz | rector | Velsk University",
            // the sentence before opens with no organization
            "In May the deal was signed.\\nIts rector Ana Lutz said the deal was good.#",
            "In May the deal was signed.\\nAna Lutz, its rector, said the deal was good.#",
    })
    void itsAfterTheOrganizationsSentence(String sentences, String expected) {
        assertPosts(sentences, expected);
    }

    /** MentionFinder: honorifics one after another open one person ("Prof. Dr. Anna Berg"), kept out of the name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Velsk University President Prof. Dr. Ana Lutz said the deal was good.#Ana Lutz | president | Velsk University",
            "The deal was signed by Tom Hardy, chairman of Coral Bank, and Prof. Dr. Ana Lutz, rector of Velsk University.#Tom Hardy | chairman | Coral Bank; Ana Lutz | rector | Velsk University",
            "H.E. Dr. Ana Lutz, rector of Velsk University, signed the deal.#Ana Lutz | rector | Velsk University",
            // an abbreviation that ends an organization's name is no honorific: the next person is another
            "Ana Lutz, CEO of Coral Media Co. Dr. Tom Hardy also attended.#",
    })
    void honorificsInARow(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** {POSS}: an unknown name's possessive before the organization is no organization of the post. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Dario Fenn, director of Ruritania's Coral Institute, said the deal was good.#Dario Fenn | director | Coral Institute",
            "The director of Ruritania's Coral Institute, Dario Fenn, said the deal was good.#Dario Fenn | director | Coral Institute",
            "Dario Fenn, director of Kenya's Coral Institute, said the deal was good.#Dario Fenn | director | Coral Institute",
            // the possessive's own post
            "Dario Fenn, director of Coral Bank, said Velsk's plan was good.#Dario Fenn | director | Coral Bank",
    })
    void possessiveBeforeTheOrganization(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** MentionFinder: a name split from the next at "and" keeps its honorific, which makes it a person ("Dr. Anna Berg and Tom Hardy"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Ruritania and Borvia signed a memorandum.\\nThe MoU was signed between Borvia's Health Minister, Dr. Anna Berg and Tom Hardy, Ruritania's Minister of Culture.#Anna Berg | health minister | Ministry of Health of Borvia; Tom Hardy | minister of culture | Ministry of Culture of Ruritania",
            "The deal was signed by Coral Bank chairman Dr. Anna Berg and Tom Hardy.#Anna Berg | chairman | Coral Bank",
            // the second name holds no post of the first's
            "The deal was signed by Dr. Anna Berg and Tom Hardy, who met at Coral Bank.#",
    })
    void honorificBeforeAnAndList(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** title-portfolios.tsv: a government's portfolios joined by "and" stay in the minister's title and the ministry's name keeps its "the". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Ruritania and Borvia signed a memorandum.\\nIt was signed by Ruritania's Minister of Communications and Multimedia, Anna Berg.#Anna Berg | minister of communications and multimedia | Ministry of Communications and Multimedia of Ruritania",
            "Ruritania and Borvia signed a memorandum.\\nIt was signed by Ruritania's Minister of Science and ICT, Anna Berg.#Anna Berg | minister of science and ict | Ministry of Science and Ict of Ruritania",
            "Ruritania and Borvia signed a memorandum.\\nIt was signed by Ruritania's Minister of the Interior and Safety, Anna Berg.#Anna Berg | minister of the interior and safety | Ministry of the Interior and Safety of Ruritania",
            "Ruritania and Borvia signed a memorandum.\\nIt was signed by Ruritania's Minister of Culture and Tourism, Anna Berg.#Anna Berg | minister of culture and tourism | Ministry of Culture and Tourism of Ruritania",
            // a name after "and" is the next party, not a portfolio
            "Ruritania and Borvia signed a memorandum.\\nIt was signed by Ruritania's Minister of Culture and Coral Bank.#",
    })
    void portfoliosJoinedByAnd(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * Headlines and verbs of taking or holding a post: headline-named-title-of, org-possessive-appointed,
     * to-lead-as, to-head, to-head-title, is-org-title, holds-post-of, has-headed, where-name-is-title,
     * title-of-org-is-name, org-title-is-name; at-the-helm and served-as ("doubles as") without a comma.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Dario Fenn named CEO of Coral Media Group#Dario Fenn | ceo | Coral Media Group",
            "Dario Fenn elected chairman of Coral Media Group#Dario Fenn | chairman | Coral Media Group",
            "Dario Fenn appointed Coral Media Group's new chief executive#Dario Fenn | chief executive | Coral Media Group",
            "Dario Fenn, who was appointed as Coral Media Group's chief executive in 2019, spoke.#Dario Fenn | chief executive | Coral Media Group",
            "Dario Fenn to head Coral Media Group#Dario Fenn | head | Coral Media Group",
            "Dario Fenn to chair Velsk Bank#Dario Fenn | chair | Velsk Bank",
            // a story's future: as often a task or a unit
            "Anna Berg will run the stores, while Dario Fenn will head Animation TV.#",
            "Dario Fenn to lead Velsk University as rector#Dario Fenn | rector | Velsk University",
            "Dario Fenn becomes Coral Media Group's first female CEO#Dario Fenn | ceo | Coral Media Group",
            "Dario Fenn has been at the helm of Coral Media Group since 2015.#Dario Fenn | head | Coral Media Group",
            "Dario Fenn was appointed to the post of director of the Velsk Institute.#Dario Fenn | director | Velsk Institute",
            "Dario Fenn assumed the post of chief executive of Coral Media Group in May.#Dario Fenn | chief executive | Coral Media Group",
            "Dario Fenn assumed office as rector of Velsk University in May.#Dario Fenn | rector | Velsk University",
            "Dario Fenn currently holds the position of director of the Velsk Institute.#Dario Fenn | director | Velsk Institute",
            "Dario Fenn has headed Coral Media Group since 2010.#Dario Fenn | head | Coral Media Group",
            "Dario Fenn, who doubles as chairman of Velsk Bank, spoke.#Dario Fenn | chairman | Velsk Bank",
            "Coral Media Group, where Dario Fenn is chief executive, grew fast.#Dario Fenn | chief executive | Coral Media Group",
            "The chief executive of Coral Media Group is Dario Fenn.#Dario Fenn | chief executive | Coral Media Group",
            "Coral Media Group's chief executive is Dario Fenn, who joined in 2015.#Dario Fenn | chief executive | Coral Media Group",
            // a delegation, talks or a meeting is led, not held; a result is no post; a relative of the holder
            "Dario Fenn will head the Coral Media Group delegation at the talks.#",
            "Dario Fenn will chair the Velsk Bank meeting.#",
            "Dario Fenn has led the talks with Coral Media Group.#",
            "Coral Bank has led Velsk Group to record profits.#",
            "The chief executive of Coral Media Group is Dario Fenn's brother.#",
            "Dario Fenn, who was named Coral Media Group's partner of the year, spoke.#",
            // a former post is not read from a description
            "Dario Fenn, a former head of Coral Media Group, spoke.#",
    })
    void headlinesAndVerbsOfAPost(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** state-posts.tsv: high commissioners, consuls, chargés d'affaires are envoys; post.title-name-of-country: "President X of Kenya". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Kenya and India signed a treaty.\\nKenyan High Commissioner to India Anna Berg attended.#Anna Berg | high commissioner to india | Kenya",
            "Kenya and India signed a treaty.\\nAnna Berg, Kenya's High Commissioner to India, attended.#Anna Berg | high commissioner to india | Kenya",
            "Kenya and Azerbaijan signed a treaty.\\nAnna Berg, Kenya's Chargé d'Affaires to Azerbaijan, attended.#Anna Berg | chargé d'affaires to azerbaijan | Kenya",
            "Kenya and Italy signed a treaty.\\nPresident Anna Berg of Kenya attended.#Anna Berg | president | Kenya",
            "Kenya and Italy signed a treaty.\\nCoral Bank chairman Tom Hardy met Foreign Minister Anna Berg of Kenya.#Tom Hardy | chairman | Coral Bank; Anna Berg | foreign minister | Ministry of Foreign Affairs of Kenya",
            "Kenya and Azerbaijan signed a treaty.\\nThe Chargé d'affaires of Kenya in Azerbaijan, Anna Berg, attended.#Anna Berg | chargé d'affaires to azerbaijan | Kenya",
            "Kenya and Italy signed a treaty.\\nAnna Berg, Kenya's honorary consul in Milan, attended.#Anna Berg | honorary consul in milan | Kenya",
            // a list of names and titles: the name after the country is the next one's
            "Kenya and India signed a treaty.\\nThe guests were Tom Hardy, High Commissioner of Kenya to India Anna Berg, and others.#",
            // an organization's consul; a company of the country
            "Anna Berg, the consul of Coral Bank, attended.#Anna Berg | consul | Coral Bank",
            "Kenya and Italy signed a treaty.\\nDirector Anna Berg of Kenya's Coral Bank attended.#Anna Berg | director | Coral Bank",
            // a head of state's country named only in the title's phrase is still the post's state
            "Coral Bank signed a deal.\\nPresident Anna Berg of Kenya attended.#Anna Berg | president | Kenya",
    })
    void envoysAndHeadsOfState(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
}
