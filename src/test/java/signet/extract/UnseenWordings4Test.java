package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;
import signet.fact.ExtractionResult;

/**
 * Wordings found by probing the extractor with articles of our own (issue 13, eighth session; every name is
 * invented): a description after a subject ("A, a joint venture between B and C, signed") whose names sign
 * nothing; a unit at a place ("the Moscow bureau of B signed") whose organization signs; an acronym between
 * commas ("X Institute, XI, and ...") that is the name before it, not another party; units and outlets named
 * by nouns the part-of rules did not know ("the video app of B", "the film studio of B", "the publishing house
 * of B"), and "B runs / publishes the website A". Each with its near misses. "¶" starts a new sentence.
 */
class UnseenWordings4Test {
    private static final RuleExtractor X = new RuleExtractor();
    private static final String NEW_SENTENCE = "¶";

    /** Each signed agreement as "kind: A + B" (parties sorted), the agreements sorted and joined by "; ". */
    private static String signed(String text) {
        return TestArticles.signed(X.extract(TestArticles.of(text.replace(NEW_SENTENCE, "\n"), "2025-05-12", null)), true);
    }

    private static String partOf(String text) {
        return String.join("; ", TestArticles.partOf(X.extract(TestArticles.of(text.replace(NEW_SENTENCE, "\n"), "2025-05-12", null))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an indefinite description after the subject names what it is; the names inside sign nothing
            "Ambrel Energy, a joint venture between Orrin Holdings and Tessaly Oil, signed a supply agreement with Kelso Television.|supply agreement: Ambrel Energy + Kelso Television",
            "Ambrel Energy, a venture set up by Orrin Holdings and Tessaly Oil, signed a supply agreement with Kelso Television.|supply agreement: Ambrel Energy + Kelso Television",
            "Ambrel Energy (AE), an affiliate of Orrin Holdings, signed a loan agreement with Kelso Bank.|loan agreement: Ambrel Energy + Kelso Bank",
            "Velsk Radio, a partner of Orrin Holdings since 2019, signed a memorandum with Kelso Television.|memorandum: Kelso Television + Velsk Radio",
            // near misses: the description closes and another party follows; a plain list; a definite "the"
            "Ambrel Energy, a unit of Orrin Holdings, and Tessaly Oil signed a supply agreement with Kelso Television.|supply agreement: Ambrel Energy + Kelso Television + Tessaly Oil",
            "Ambrel Energy, Orrin Holdings and Tessaly Oil signed a supply agreement with Kelso Television.|supply agreement: Ambrel Energy + Kelso Television + Orrin Holdings + Tessaly Oil",
            "On Monday, Ambrel Energy and Kelso Television signed a supply agreement.|supply agreement: Ambrel Energy + Kelso Television",
    })
    void namesInASubjectsDescriptionSignNothing(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a unit at a place signs for its organization, before the verb as after it
            "The Moscow bureau of the Vantor News Agency signed a memorandum with Kelso Television.|memorandum: Kelso Television + Vantor News Agency",
            "The Lima office of Vantor Bank signed a loan agreement with Pell Foods on Monday.|loan agreement: Pell Foods + Vantor Bank",
            "Kelso Television signed a memorandum with the Moscow bureau of the Vantor News Agency.|memorandum: Kelso Television + Vantor News Agency",
            // near miss: a unit the text names by its work, not its place, is the party itself
            "The international department of Vantor Bank signed an agreement with Ostrava Mills.|agreement: Ostrava Mills + international department of Vantor Bank",
    })
    void aUnitAtAPlaceSignsForItsOrganization(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an acronym between commas that spells the name before it is that name
            "A memorandum between Corvane Oceanographic Research Institute, CORI, and the Council of Marine and Industrial Research, CMIR, was signed on Monday.|memorandum: Corvane Oceanographic Research Institute + Council of Marine and Industrial Research",
            "Another MoU between Velsk National Space Promotion and Authorisation Centre, VN-SPACE, and Ostrava Ministry of Posts was signed.|mou: Ostrava Ministry of Posts + Velsk National Space Promotion and Authorisation Centre",
            "Kesh Press Association, KPA, signed an agreement with Tarn Radio.|agreement: Kesh Press Association + Tarn Radio",
            // near miss: a list whose next name does not spell the one before it
            "Kesh Press Association, TRB, and Velsk Daily signed an agreement.|agreement: Kesh Press Association + TRB + Velsk Daily",
    })
    void anAcronymBetweenCommasIsTheNameBeforeIt(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // outlets and units the apposition and possessive rules now know
            "Pixa, the video app of Norvik Media, will promote the films.|Pixa < Norvik Media",
            "Zorro Films, the film studio of Kestrel Broadcasting, will co-produce.|Zorro Films < Kestrel Broadcasting",
            "Lumen Daily, the English-language edition of the Harbin Tribune, reported the signing.|Lumen Daily < Harbin Tribune",
            "Stellan Publishing, the publishing house of Corwin University, will issue a book.|Stellan Publishing < Corwin University",
            "Norvik Media's think tank, the Norvik Institute, joined.|Norvik Institute < Norvik Media",
            "Norvik Media Group and its charity arm, the Norvik Foundation, joined.|Norvik Foundation < Norvik Media Group",
            // an owner's verb with the kind of what it runs
            "Kestrel Broadcasting runs the news website Kestrel Now and the radio station Kestrel FM.|Kestrel FM < Kestrel Broadcasting; Kestrel Now < Kestrel Broadcasting",
            "Norvik Media, which also publishes the tabloid Velsk Star, is based in Velsk.|Velsk Star < Norvik Media",
            "Tarn Air operates the airline Skyline Express.|Skyline Express < Tarn Air",
            // near misses: the publisher of a newspaper owns it (the other way round); a distributor or partner owns nothing
            "Marlow Press, the publisher of the Corwin Gazette, printed it.|Corwin Gazette < Marlow Press",
            "Velsk Films, the distributor of Norvik Media, will show the series.|",
            "Velsk Films, the longtime partner of Norvik Media, will show the series.|",
            "Kestrel Broadcasting runs a training course for Velsk Radio.|",
    })
    void outletsAndUnitsByTheirKind(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a bare title is held at the one organization of its kind the article names
            "The Ministry of Culture of Peru and Kesh Television signed a memorandum on Monday.\\nThe memorandum was signed by Minister Aida Berg and Kesh Television director Asad Khodja.#Aida Berg | minister | Ministry of Culture of Peru; Asad Khodja | director | Kesh Television",
            "The Ministry of Culture of Peru and Kesh Television signed a memorandum on Monday.\\nDeputy Minister Aida Berg said the deal would help both sides.#Aida Berg | deputy minister | Ministry of Culture of Peru",
            "Kesh Television and Velsk State University signed a memorandum on Monday.\\nIt was signed by Rector Ivo Lind.#Ivo Lind | rector | Velsk State University",
            "The University of Tarnow and Kesh Television signed a memorandum on Monday.\\nVice-Rector Ivo Lind attended.#Ivo Lind | vice-rector | University of Tarnow",
            // near misses: two ministries (which one?), none, a title of any kind of organization, a title someone else's
            "The Ministry of Culture of Peru and the Ministry of Trade of Chile signed a memorandum.\\nMinister Aida Berg signed it.#",
            "Kesh Television and Velsk Radio signed a memorandum on Monday.\\nMinister Aida Berg attended.#",
            "The Ministry of Culture of Peru and Kesh Television signed a memorandum on Monday.\\nDirector Aida Berg attended.#",
            "The Ministry of Culture of Peru and Kesh Television signed a memorandum on Monday.\\nPeru's Minister Aida Berg attended.#",
    })
    void aBareTitleIsHeldAtTheSoleOrganizationOfItsKind(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "the Office/Administration of the President of X" is a body, no title
            "The Agency of Information under the Administration of the President of the Republic of Uzbekistan signed a memorandum with Kazinform.|Agency of Information < Administration of the President of the Republic of Uzbekistan",
            "The Velsk Media Council under the Office of the Prime Minister of Peru opened on Monday.|Velsk Media Council < Office of the Prime Minister of Peru",
            // near miss: a title after a plain "of" is still a title ("the visit of the President of Peru")
            "The Velsk Media Council was opened during the visit of the President of Peru.|",
    })
    void anOfficeOfATitleIsABody(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // names right after a plural noun of a post are persons who sign: the agreement keeps its parties
            "Peru and Chile signed a trade accord on May 3, 2024.¶Foreign ministers Lisa Hamm and Karl Dorn signed the accord at a ceremony.|trade accord: Chile + Peru",
            "Peru and Chile signed a trade accord on May 3, 2024.¶Presidents Ana Ruiz and Marco Paz signed the agreement in Lima.|trade accord: Chile + Peru",
            "Kesh Bank and Tarn Steel signed a supply agreement on Monday.¶The chief executives, Anna Berg and Omar Lind, signed it in Oslo.|supply agreement: Kesh Bank + Tarn Steel",
            "Ruritania and Ostravia signed a trade accord.¶Foreign ministers Lisa Hamm and Karl Dorn signed the accord at a ceremony.|trade accord: Ostravia + Ruritania",
            // near misses: organizations after a plural noun that is no post; a post noun with an organization after "of"
            "Broadcasters Kesh Radio and Tarn TV signed a memorandum on Monday.|memorandum: Kesh Radio + Tarn TV",
            "The presidents of Kesh Bank and Tarn Steel signed a supply agreement on Monday.|supply agreement: Kesh Bank + Tarn Steel",
    })
    void namesAfterAPluralPostArePersons(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    /** The places of the signed agreements of an article with no date of its own. */
    private static String placesUndated(String text) {
        ExtractionResult r = X.extract(TestArticles.of(text.replace(NEW_SENTENCE, "\n"), null, null));
        List<String> out = new ArrayList<>();
        for (var f : r.facts())
            if (f instanceof AgreementFact a && a.status() == AgreementStatus.SIGNED) out.add(a.place().map(e -> e.name()).orElse("-"));
        return String.join("; ", out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a month is no place, even when the article has no date to read it against
            "Peru and Chile signed a trade accord in May.|-",
            "Kesh Bank and Tarn Steel signed a supply agreement in March.|-",
            // near miss: a town the gazetteer does not know, right after the verb and "in", is the place
            "Kesh Bank and Tarn Steel signed a supply agreement in Dodoma.|Dodoma",
    })
    void aMonthIsNoPlace(String text, String expected) {
        assertEquals(expected, placesUndated(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a region's adjective (demonyms.tsv lists "African", "European" with no country) makes no state: before this
            // the post was made at a country with no name and the whole article failed ("South African" is read whole since
            // the ninth session: South Africa's)
            "South African President Mary Jones spoke.#Mary Jones | president | South Africa",
            "European Commissioner Anna Berg and African Minister of Trade Ivo Lind met on Monday.#",
            "Kesh Bank signed a memorandum with Tarn Steel.¶Asian Ambassador Lea Park attended.#",
            // near miss: a nationality adjective of a state
            "South Korean President Mary Jones spoke.#Mary Jones | president | South Korea",
    })
    void aRegionsAdjectiveMakesNoState(String text, String expected) {
        TestArticles.assertPosts(X, text.replace(NEW_SENTENCE, "\\n"), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // where the clause names both sides, the signers' own organizations are no further parties
            "An agreement between Kesh Bank and Tarn Steel was signed by Anna Berg, director of Vell Holdings, and Piet Lund, chairman of Orim Agency.|agreement: Kesh Bank + Tarn Steel",
            "Further, an MoU between Kesh Bank and Tarn Steel was exchanged, signed by Chairman of Vell Holdings Anna Berg and Secretary Orim Agency Piet Lund.|agreement: Kesh Bank + Tarn Steel",
            "A loan agreement between Kesh Bank and Tarn Steel was signed on Monday by Anna Berg of Orim Agency and Piet Lund.|loan agreement: Kesh Bank + Tarn Steel",
            // near misses: the sides named only through who signed; a person's description names the side she signs for
            "An agreement was signed by Anna Berg, director of Vell Holdings, and Piet Lund, chairman of Orim Agency.|agreement: Orim Agency + Vell Holdings",
            "Ivo Lind, director of Kesh Bank, Su Li, a representative of the Tarn Steel Company and Ana Ruiz, director of Velsk Radio, signed the memorandum.|memorandum: Kesh Bank + Tarn Steel Company + Velsk Radio",
    })
    void signersOwnOrganizationsAreNoFurtherParties(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    /** The signed agreements as "A + B" pairs with their count, for telling whether one signing was counted twice. */
    private static String pairs(String text) {
        return TestArticles.signed(X.extract(TestArticles.of(text.replace(NEW_SENTENCE, "\n"), "2025-05-12", null)), false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // one plural signing told twice is one agreement
            "Kesh Bank, Tarn Steel sign five new agreements¶Kesh Bank and Tarn Steel have signed eight agreements, including five new and three renewed.|Kesh Bank + Tarn Steel",
            "Norvik Telecom and Aldra Power have signed three agreements.¶The agreements were signed in Lind on Monday.|Aldra Power + Norvik Telecom",
            "Brenn Motors and Salo Foods on Friday signed four memoranda of understanding.¶List of 4 MoUs signed between Brenn Motors and Salo Foods|Brenn Motors + Salo Foods",
            // near misses: another signing of the same sides marked so; plural signings with other sides
            "Kesh Bank and Tarn Steel signed three agreements in 2019.¶In 2023 Kesh Bank and Tarn Steel signed two more agreements.|Kesh Bank + Tarn Steel; Kesh Bank + Tarn Steel",
            "Kesh Bank and Tarn Steel signed three agreements on Monday.¶Kesh Bank and Velsk Mills signed two agreements on Tuesday.|Kesh Bank + Tarn Steel; Kesh Bank + Velsk Mills",
    })
    void onePluralSigningToldTwiceIsOne(String text, String expected) {
        assertEquals(expected, pairs(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a "between" list of who signed: the persons sign, their organizations are the sides
            "The MoU was signed between Anna Berg, chief executive of Kesh Bank, and Bo Lind, chairman of Tarn Steel.|mou: Kesh Bank + Tarn Steel",
            "The MoU was signed between Kesh Bank's chief executive, Anna Berg and Tarn Steel's chairman, Bo Lind.|mou: Kesh Bank + Tarn Steel",
            "The deal was signed at the weekend between John Miller and Mary Jones, the chairmen of Kesh Bank and Tarn Steel.|deal: Kesh Bank + Tarn Steel",
            "A loan accord was signed between Pavel Grinko and Ivo Brankovitch, heads of Kesh Bank and Orlo Group respectively.|loan accord: Kesh Bank + Orlo Group",
            // near misses: a "between" list of organizations; a "with" list
            "The MoU was signed between Kesh Bank and Tarn Steel, the two largest firms of the region.|mou: Kesh Bank + Tarn Steel",
            "Kesh Bank signed the MoU with Tarn Steel and Velsk Mills, the leaders of the region.|mou: Kesh Bank + Tarn Steel + Velsk Mills",
    })
    void aBetweenListOfSignersNamesTheirSides(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a coordinated predicate whose subject names no one: the names after its first verb are that verb's objects
            "The delegation toured Kesh Bank in Lisbon and Tarn Steel in Porto, held talks with local partners, and signed several contracts on metal supply.|",
            "During the trip the mission visited Orlo Holdings and Varn Group, met regional officials and signed a package of supply contracts.|",
            // near misses: a named subject; a participle before the names; no coordination before the verb
            "Kesh Bank visited Tarn Steel and signed a memorandum.|memorandum: Kesh Bank + Tarn Steel",
            "The newly founded Kesh Institute and Tarn Steel signed a memorandum on Monday.|memorandum: Kesh Institute + Tarn Steel",
    })
    void objectsOfAnEarlierVerbDoNotSign(String text, String expected) {
        assertEquals(expected == null ? "" : expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a chain of "the TITLE of ORG, NAME" items: each title goes to the name after it
            "The delegation includes the chief engineer of Tarn Steel, John Miller, the deputy director of the Kesh Port Authority, Mary Jones.#John Miller | chief engineer | Tarn Steel; Mary Jones | deputy director | Kesh Port Authority",
            "Present were the president of Velsk University, Ana Ruiz, the director of the Kesh Museum, Ivo Lind; and others.#Ana Ruiz | president | Velsk University; Ivo Lind | director | Kesh Museum",
            // near miss: a list of "NAME, TITLE of ORG" items is read the other way round
            "The memorandum was signed by Anna Berg, director of Kesh Bank, Ivo Lind, director of Tarn Steel, and Rosa Diaz.#Anna Berg | director | Kesh Bank; Ivo Lind | director | Tarn Steel",
    })
    void aChainOfTitleThenNameGivesEachTitleToTheNameAfterIt(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // plural units after the owner's possessive, an operator, a unit then its body after a comma
            "The two companies will consider enlisting Kesh Energy Corp's engineering arms, Tarn Offshore Engineering Co Ltd and Vell Drilling Services Ltd, as contractors.|Tarn Offshore Engineering Co Ltd < Kesh Energy Corp; Vell Drilling Services Ltd < Kesh Energy Corp",
            "Brask Holding, the operator of the national commercial station Kanal Nord, received a licence.|Kanal Nord < Brask Holding",
            "The award went to John Miller, director of the Office of Rural Credit, Kesh Ministry of Finance.|Office of Rural Credit < Kesh Ministry of Finance",
            "Officials of the Department of Trade, Ministry of Finance, attended.|Department of Trade < Ministry of Finance",
            // near misses: lists of bodies; a unit named head-last; a partner's possessive
            "The Department of Trade, Ministry of Finance, Central Bank and Kesh Bank attended.|",
            "The Department of Trade, the Ministry of Finance and the Central Bank attended.|",
            "Trade Department, Ministry of Finance officials attended.|",
            "The two companies will consider enlisting Kesh Energy Corp's partners, Tarn Offshore Ltd and Vell Drilling Ltd, as contractors.|",
    })
    void pluralArmsOperatorsAndUnitsBeforeTheirBody(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a lower-case field after the owner's possessive title; a bracketed qualifier; the title, the body, the holder
            "\"We grew,\" said Ola Vint, Tarn Steel's president of worldwide sales.#Ola Vint | president of worldwide sales | Tarn Steel",
            "\"We are pleased,\" said Rolf Ekman, Kesh Bank's head of retail lending.#Rolf Ekman | head of retail lending | Kesh Bank",
            "Ajai Lal, COO (India & South Asia), Kesh Telecom, said the deal was good.#Ajai Lal | coo | Kesh Telecom",
            "Deputy Minister, Ministry of Transport John Miller attended.#John Miller | deputy minister | Ministry of Transport",
            // near misses: a report about the field, no portfolio; a name that opens with a plural noun of people
            "Ola Vint, Tarn Steel's president, spoke of worldwide sales.#Ola Vint | president | Tarn Steel",
            "Shareholders of Kesh Telecom Tbk approved the plan, said Ivo Lind, Kesh Telecom Tbk's director of network.#Ivo Lind | director of network | Kesh Telecom Tbk",
    })
    void postsWithAFieldAQualifierOrTheBodyFirst(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a nationality or region adjective makes a body's name proper: the city's possessive is no part of it
            "The Kesh Museum and Oslo's African Art Museum signed a memorandum of understanding.|memorandum of understanding: African Art Museum + Kesh Museum",
            "The Kesh Museum and Lima's Asian Art Museum signed a memorandum.|memorandum: Asian Art Museum + Kesh Museum",
            // near miss: a body named only by generic words keeps its place ("Norway's Film Fund" is not any film fund)
            "The Kesh Museum and Norway's Film Fund signed a memorandum.|memorandum: Film Fund of Norway + Kesh Museum",
    })
    void aNationalityAdjectiveMakesABodysNameProper(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // one field word closing a ministry's complement is the complement's, though it heads companies' names too
            "Brenn Motors signed a supply contract with the Ministry of IT and Telecom.|supply contract: Brenn Motors + Ministry of IT and Telecom",
            "Brenn Motors signed a supply contract with the Ministry of Posts and Telecom on Monday.|supply contract: Brenn Motors + Ministry of Posts and Telecom",
            // near misses: a company after "and"
            "The Ministry of Posts and Kesh Telecom signed a deal.|deal: Kesh Telecom + Ministry of Posts",
            "Brenn Motors signed a deal with the Ministry of Posts and Telecom Velsk.|deal: Brenn Motors + Ministry of Posts + Telecom Velsk",
    })
    void aFieldWordClosesAMinistrysComplement(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a family name written first in capitals, East Asian style, is a person's
            "Kesh University vice president ZHAO Guoxiang met with the delegation.#ZHAO Guoxiang | vice president | Kesh University",
            "Tarn Steel chairman CHEN Wenbo opened the new plant.#CHEN Wenbo | chairman | Tarn Steel",
            // near misses: an acronym with no vowel, an acronym before a word that names an organization
            "Kesh Bank chief executive HSBC Asia attended.#",
            "Secretary-General of NATO Jens Berg spoke.#Jens Berg | secretary-general | NATO",
    })
    void aFamilyNameWrittenFirstInCapitals(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a gerund after "by", "after", "upon" is the verb of the clause's subject
            "Kesh Bank is stepping up its game by signing two memoranda of understanding with Tarn Steel.|memoranda of understanding: Kesh Bank + Tarn Steel",
            "After signing a supply deal with Tarn Steel, Kesh Bank said it would expand.|supply deal: Kesh Bank + Tarn Steel",
            "Kesh Bank marked its anniversary by signing an agreement with Tarn Steel on Monday.|agreement: Kesh Bank + Tarn Steel",
            // near misses: the noun "signing" ("the signing of"), a gerund with no agreement after it, a plan to sign
            "After the signing of the agreement, Kesh Bank said it would expand.|",
            "By signing up more clients, Kesh Bank grew fast.|",
            "Kesh Bank and Tarn Steel signed a memorandum.¶By signing this document, the students of Tarn College got the chance to train there.|memorandum: Kesh Bank + Tarn Steel",
            "Kesh Bank plans to expand after signing a deal with Tarn Steel next year.|",
    })
    void aGerundAfterAPrepositionIsTheSubjectsVerb(String text, String expected) {
        assertEquals(expected == null ? "" : expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // "company" or "firm" alone before a title refers back to the nearest organization, whatever its name
            "A Kesh Radio statement, quoting company chief executive Gita Varma, said the launch was near.#Gita Varma | chief executive | Kesh Radio",
            "Tarn Steel Company said on Monday that firm chairman Ivo Lind would retire.#Ivo Lind | chairman | Tarn Steel Company",
            // near misses: a described organization must have the description's words in its name
            "A Kesh Radio statement, quoting bank chief executive Gita Varma, said the launch was near.#",
    })
    void aGenericNounBeforeATitleRefersBack(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a nationality adjective and "government" name that country's government, written the official way
            "Kesh Bank signed a loan agreement with the Norwegian government on Monday.|loan agreement: Government of Norway + Kesh Bank",
            "The Uzbek government and Kesh Bank signed a memorandum.|memorandum: Government of Uzbekistan + Kesh Bank",
            "The South Korean Government signed a memorandum with Kesh Bank.|memorandum: Government of South Korea + Kesh Bank",
            // near misses: a region's adjective names no country; a plain "government" names none
            "The African government delegation and Kesh Bank signed a memorandum.|",
            "The government and Kesh Bank signed a memorandum.|",
    })
    void aNationalGovernmentIsNamedOfficially(String text, String expected) {
        assertEquals(expected == null ? "" : expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Orim Trade, an agency of the Norwegian government, opened a new office.|Orim Trade < Government of Norway",
            "Orim Trade, a Norwegian government agency, opened a new office.|Orim Trade < Government of Norway",
    })
    void anAgencyOfANationalGovernment(String text, String expected) {
        assertEquals(expected, partOf(text), text);
    }
}
