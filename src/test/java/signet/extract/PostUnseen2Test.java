package signet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wordings of posts from text nobody tuned for (issue 13, session 6): classes seen among the posts missed on the
 * wild and invented sets, each written anew with invented names. Each row: sentence(s) # expected posts as
 * "person | title | organization" separated by ";" (empty: no post at all); "\\n" starts the next sentence.
 */
class PostUnseen2Test {
    private static final RuleExtractor X = new RuleExtractor();

    private static final String LEAD = "Coral Media and Velsk Bank signed a memorandum on Monday.\\n";

    private static void assertPosts(String text, String expected) { TestArticles.assertPosts(X, LEAD + text, expected); }

    /**
     * post.title-of-org-name: a bracketed aside may close the organization before the holder's name; an aside
     * that runs on into a list ("and"), or a name that is no holder's (a verb between), gives no post.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The CEO of Tern Media Group (which consists of Tern Radio and Tern Print) Ali Rahimi said the deal was good.#Ali Rahimi | ceo | Tern Media Group",
            "The chairman of Coral Holdings (the parent of Coral Bank) Omar Haddad attended the ceremony.#Omar Haddad | chairman | Coral Holdings",
            "The director of the Velsk Film Centre (founded in 1990), Nadia Orlov, opened the festival.#Nadia Orlov | director | Velsk Film Centre",
            // the name after the aside is another's, not the title's holder
            "The CEO of Tern Media Group (which owns Tern Radio) and Ali Rahimi met the press.#",
            "The CEO of Tern Media Group (which owns Tern Radio) met Ali Rahimi.#",
    })
    void bracketedAsideAfterTheOrganization(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * lexicons/titles.tsv (and state-posts.tsv for a chief minister): titles the lexicons lacked. A chief minister
     * holds the post at the state named (no ministry is made up from "Chief"); a word that is no title in that
     * place stays none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Lena Ovri, intendant of the Velsk State Opera, welcomed the guests.#Lena Ovri | intendant | Velsk State Opera",
            "Marta Koss, superintendent of the Velsk School District, said the schools would reopen.#Marta Koss | superintendent | Velsk School District",
            "Piet Dorn, ombudsman of the Velsk Banking Authority, said complaints had risen.#Piet Dorn | ombudsman | Velsk Banking Authority",
            "The agreement was signed by Ivo Marek, state secretary at the Ruritanian Ministry of Culture.#Ivo Marek | state secretary | Ruritanian Ministry of Culture",
            "Dr Jana Holm, head of mission of the Borvian Red Cross, said aid had arrived.#Jana Holm | head of mission | Borvian Red Cross",
            "The document was signed by Kenji Mori, Representative Director of Kestrel Power.#Kenji Mori | representative director | Kestrel Power",
            "The deal was signed by Hiroshi Tamura, Managing Executive Officer, Kestrel Power.#Hiroshi Tamura | managing executive officer | Kestrel Power",
            "The delegation was headed by the khokim of Velsk region, Bakhtiyor Nazarov.#Bakhtiyor Nazarov | khokim | Velsk",
            "Chief Minister Arun Dasgupta of Tarnia met the delegation.#Arun Dasgupta | chief minister | Tarnia",
            // a federation's or a union's minister: "Federal" extends the title, "Union" in an organization's name stays there
            "Anna Berg, Federal Minister of Health of Tarnia, attended.#Anna Berg | federal minister of health | Ministry of Health of Tarnia",
            "European Union Commissioner Anna Berg attended.#Anna Berg | commissioner | European Union",
            "The Tarnia Federal Reserve Bank said rates would rise.#",
            // a chief minister with no state named: no post, and no "Ministry of Chief"
            "Chief Minister Arun Dasgupta met the delegation.#",
            // "state" and "secretary" apart are no state secretary
            "Ivo Marek, secretary of the state railway board, attended.#",
    })
    void titlesTheLexiconLacked(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * DocRegistry.orgsSpeaking: a single word before a verb of saying that is the short form of an organization
     * the article names in full ("Savanna said" after "Savanna Telekom PLC") is that organization, so its later
     * mentions keep their posts; a word of a person's name ("Kamau said"), or one a title or an honorific marks as
     * a person's, stays a person.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Savo Telekom PLC said on Monday it would buy Tern Fiber.\\nSavo said it agreed to negotiate with Tern.\\nThe deal was inked by Savo's chief commercial officer, Amina Wekesa.#Amina Wekesa | chief commercial officer | Savo Telekom PLC",
            "Savo Telekom PLC said on Monday it would buy Tern Fiber.\\nSavo says the talks are going well.\\nSavo's managing director, Peter Njoroge, told analysts the fibre was missing.#Peter Njoroge | managing director | Savo Telekom PLC",
            // a name an honorific marks as a person's stays one (the organization's short form is not resolved to it)
            "Mr Savo met the press on Monday.\\nSavo Telekom PLC said on Monday it would buy Tern Fiber.\\nSavo said the price was fair.\\nSavo's managing director, Peter Njoroge, spoke.#Peter Njoroge | managing director | Savo",
            // a person's surname before "said" stays the person's
            "Tern Fiber Networks Ltd said on Monday it would sell.\\nThe sale was announced by Tern Fiber's chief executive, Jane Tern.\\nTern said the price was fair.#Jane Tern | chief executive | Tern Fiber Networks Ltd",
    })
    void anOrganizationsShortFormBeforeSaid(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * post.described-org-title-name: a place before the description ("the Kazan festival") is part of what the
     * organization's name must have; a place that is not in the name of any organization before gives no post.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The Kazan International Film Festival and Coral Cinema signed a memorandum.\\nThe document was inked by Kazan festival executive director Lilia Garayeva.#Lilia Garayeva | executive director | Kazan International Film Festival",
            "The Lima Children's Museum opened a new wing.\\nThe Lima museum's curator Rosa Quispe said visitors were welcome.#Rosa Quispe | curator | Lima Children's Museum",
            // the festival before is not the Paris one
            "The Kazan Film Festival opened on Monday.\\nParis festival director Jean Roux attended.#",
    })
    void describedOrganizationWithAPlace(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * post.org-time-appointed-name: a description of the person between the verb and the name when "as" and the
     * title follow ("named veteran banker X as its new CEO"); no "as", no post (the words may be the title's).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The Velsk Press Agency on Friday named veteran senior executive Ola Berg as its new CEO.#Ola Berg | ceo | Velsk Press Agency",
            "Tern Airways has appointed former pilot Mia Lund as chief executive.#Mia Lund | chief executive | Tern Airways",
            // a title after the name that has its own organization is a post there
            "Tern Airways has appointed former pilot Mia Lund as chief executive of Tern Cargo.#Mia Lund | chief executive | Tern Cargo",
            "Tern Airways has praised former pilot Mia Lund as a hero.#",
    })
    void appointedWithADescriptionOfThePerson(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
    /**
     * post.name-title-said-after-subject: "X, chairman and managing director, said" after a sentence whose subject is
     * an organization (an apposition after it may name another: "the Y-promoted company"); nothing when the sentence
     * before names another organization too, opens otherwise, or for a state's title alone.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Tarn Telefilms, the Marek-promoted media company, on Tuesday announced that it had won the licence.\\nSunil Rao, chief executive, said at the company's meeting that the channel would launch.#Sunil Rao | chief executive | Tarn Telefilms",
            "Tarn Telefilms has won a licence for its sports channel.\\nSunil Rao, chairman and managing director, told shareholders the channel would launch in May.#Sunil Rao | chairman and managing director | Tarn Telefilms",
            // another organization in the sentence before: the officer may be either's
            "Tarn Telefilms signed a deal with Borka Studios on Monday.\\nSunil Rao, chairman, said the deal was good.#",
            // the sentence before opens with no organization
            "On Monday the licence was granted to Tarn Telefilms.\\nSunil Rao, chairman, said the deal was good.#",
            // a state's title alone
            "Tarn Telefilms signed a deal on Monday.\\nAnna Varga, President, said the deal was good.#",
    })
    void officerSpeakingAfterASentenceAboutTheOrganization(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * lexicons/titles.tsv, lexicons/state-posts.tsv: "chairman and managing director" (with "and" or "&") is one
     * title, as its abbreviation "CMD" is; "Head of State" is a state's head, at the country its nationality names.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Ravi Kumar, Chairman & Managing Director of Tern Steel, signed the agreement.#Ravi Kumar | chairman and managing director | Tern Steel",
            "Anna Berg, chairman and managing director of Coral Oil, signed the agreement.#Anna Berg | chairman and managing director | Coral Oil",
            // other pairs stay two titles
            "Mira Holm, chairman and CEO of Tern Steel, attended.#Mira Holm | chairman | Tern Steel; Mira Holm | ceo | Tern Steel",
            "The Angolan Head of State, Ivo Marek, arrived in Velsk on Monday.#Ivo Marek | head of state | Angola",
            // no country named: no post
            "The Head of State, Ivo Marek, arrived in Velsk on Monday.#",
    })
    void titlesWrittenAsOne(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
    /**
     * RelationReader.wholeUnitName: a unit named by a department word, then "of" and its organization, is named whole
     * in the post as in the part-of ("Volunteer Program Secretariat of the Coral Cooperation Agency"); a unit with
     * the possessive before it keeps its own name.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Goto Saburo, head of the Volunteer Program Secretariat of the Coral Cooperation Agency, visited the academy.#Goto Saburo | head | Volunteer Program Secretariat of the Coral Cooperation Agency",
            "Lina Vorst, director of the International Department of Tern University, spoke first.#Lina Vorst | director | International Department of Tern University",
            "The deputy director of the Foreign Cooperation Department of Tern Oil, Zhang Ming, said the deal was good.#Zhang Ming | deputy director | Foreign Cooperation Department of Tern Oil",
            "Lina Vorst, director of Tern University's Directorate of Digital Archives, will lead the project.#Lina Vorst | director | Directorate of Digital Archives",
    })
    void unitNamedWithItsOrganization(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
    /**
     * post.described-org-title-name: a word that opens a clause before the description ("which", "and") is no part of
     * it ("The memorandum, which festival director X described as ..."); the description itself must still fit an
     * organization named before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The Tarn Film Festival and Coral Cinema signed a memorandum.\\nThe memorandum, which festival director Ana Ruiz described as historic, creates a fund.#Ana Ruiz | director | Tarn Film Festival",
            "The Tarn Savings Bank opened a branch, and bank chairman Piet Dorn said it was good.#Piet Dorn | chairman | Tarn Savings Bank",
            // no festival named before
            "The Tarn Savings Bank opened a branch.\\nThe branch, which festival director Ana Ruiz opened, is small.#",
    })
    void clauseWordBeforeADescription(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
    /**
     * RelationReader.nationalityAt: a name only shaped like a nationality ("Kesei", ending in -i) with a possessive
     * after it is an organization's ("Kesei's CEO X"), whatever the title; a real nationality stays one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Kesei Power Corporation and Tern signed a deal.\\nKesei Power India, the Indian arm of Kesei Power, will help.\\nKesei's CEO Kenji Mori attended.#Kenji Mori | ceo | Kesei",
            "Kesei Power Corporation and Tern signed a deal.\\nKesei Power India, the Indian arm of Kesei Power, will help.\\nThe deal was witnessed by Kesei's President and Representative Director Kenji Mori.#Kenji Mori | president | Kesei; Kenji Mori | representative director | Kesei",
            // an adjective before the title: a state's or nothing
            "Marovi CEO Kenji Mori attended.#",
            "The Pakistani Prime Minister Imran Ali met the delegation in Pakistan.#Imran Ali | prime minister | Pakistan",
    })
    void possessiveOfANameShapedLikeANationality(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
    /**
     * post.title-name-and-counterpart: "Prime Minister X and her Ugandan counterpart Y" — X's title names no country,
     * the counterpart's does: X holds it at the other of the two countries the story names; not with three countries
     * named, not for a company's title, not when X's own nationality is written (country-title-name reads that).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Kenya and Uganda signed seven agreements.\\nThe agreements were exchanged in the presence of Prime Minister Ruth Auma and her Ugandan counterpart John Okello.#Ruth Auma | prime minister | Kenya; John Okello | prime minister | Uganda",
            "Kenya and Uganda signed seven agreements.\\nPresident Ana Lee and her Kenyan counterpart Tom Mwangi also met.#Ana Lee | president | Uganda; Tom Mwangi | president | Kenya",
            // three countries named: whose is X?
            "Kenya, Uganda and Tanzania signed seven agreements.\\nPresident Ana Lee and her Kenyan counterpart Tom Mwangi also met.#Tom Mwangi | president | Kenya",
            // a company's title
            "Kenya and Uganda signed seven agreements.\\nChairman Ana Lee and her Kenyan counterpart Tom Mwangi also met.#",
    })
    void headOfStateAndTheCounterpartsNationality(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
    /**
     * post.name-comma-title-comma-org: a second organization after "and" that runs into a name makes the title and
     * its organizations that name's ("Mrs A, Senior Minister of State, Ministry of Defence and Ministry of Education
     * Dr B"): no post for A; a name after a comma, or a title of its own, keeps A's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Mr Tan will be accompanied by Mrs Tan, Senior Minister of State, Ministry of Defence and Ministry of Foreign Affairs Dr Omar Salleh, and others.#",
            "The deal was signed by Ravi Das, Director, Coral Bank and Tern Bank Chairman Anna Berg.#Ravi Das | director | Coral Bank; Anna Berg | chairman | Tern Bank",
            "The deal was signed by Ravi Das, Director, Coral Bank and Anna Berg, Chairman, Tern Bank.#Ravi Das | director | Coral Bank; Anna Berg | chairman | Tern Bank",
    })
    void titleListRunningIntoTheNextName(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
    /**
     * post.place-title-name, post.name-comma-title-of-place: a city's or a region's head (mayor, governor, chief
     * minister) holds the post at the place; not at a country (a country's governor is as often a central bank's),
     * not a company's title, not after "in".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Mexico City Mayor Dr Carla Mendes will present the medal.#Carla Mendes | mayor | Mexico City",
            "Lagos Governor Tunde Bakare met the delegation.#Tunde Bakare | governor | Lagos",
            "Lagos Deputy Governor Tunde Bakare met the delegation.#Tunde Bakare | deputy governor | Lagos",
            // a country's governor, a company's title, a place after "in"
            "Kenya Governor Ruth Auma spoke.#",
            "Lagos CEO Tunde Bakare spoke.#",
            "The talks were held in Lagos Governor Tunde Bakare said.#",
    })
    void headOfACityOrARegion(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
    /**
     * post.is-title-of: an adverb between "who" and the verb ("X, who also is a member of the board of Y"); a title
     * with an organization of its own after "of" still reads nothing for the one before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "\"Media must cooperate,\" said Ana Ruiz, who also is a member of the board of the Tarn News Federation.#Ana Ruiz | member of the board | Tarn News Federation",
            "Piet Dorn, who currently is the chairman of Tern Savings Bank, spoke.#Piet Dorn | chairman | Tern Savings Bank",
            "Piet Dorn, who also is a friend of the Tern Savings Bank, spoke.#",
    })
    void adverbBetweenWhoAndTheVerb(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
}
