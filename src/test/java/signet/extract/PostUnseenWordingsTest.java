package signet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wordings of posts from text nobody tuned for (issue 13, session 5): a diplomat named with the
 * country they are posted to, an organization's governing body inside the title, a unit named
 * with its organization's possessive, honorifics of other countries. Every name is invented.
 * Each row: sentence(s) # expected posts as "person | title | organization" separated by ";"
 * (empty: no post at all); "\\n" starts the next sentence.
 */
class PostUnseenWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static final String LEAD = "Coral Media and Velsk Bank signed a memorandum on Monday.\\n";

    private static void assertPosts(String text, String expected) { TestArticles.assertPosts(X, LEAD + text, expected); }

    /**
     * post.country-title-name: a diplomat whose sentence names the country they are posted to holds the post at the
     * sending country however the article names it (a possessive, an adjective); a city or no destination is as
     * often a passing envoy, and an organization's "brand ambassador" no state's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Ruritania's Ambassador to Mexico, Ms. Lena Ostrova, attended the ceremony.#Lena Ostrova | ambassador to mexico | Ruritania",
            "Ruritania's Ambassador to Kenya Lena Ostrova opened the exhibition.#Lena Ostrova | ambassador to kenya | Ruritania",
            "The Chilean Ambassador to Kenya, Dr. Lena Ostrova, opened the exhibition.#Lena Ostrova | ambassador to kenya | Chile",
            "Kenya's High Commissioner to India, Mr. Tom Mwangi, opened the exhibition.#Tom Mwangi | high commissioner to india | Kenya",
            // a consul's post is in a city
            "The Hungarian Consul General in Velsk, Mr. Zoltan Kertesz, attended the ceremony.#Zoltan Kertesz | consul general in velsk | Hungary",
            "Ruritania's Consul General in Mombasa, Lena Ostrova, attended the ceremony.#Lena Ostrova | consul general in mombasa | Ruritania",
            "The Hungarian Consul General Zoltan Kertesz attended the ceremony.#",
            // a city, or no destination: no post unless the article names the country itself
            "Ruritania's Ambassador to Moscow, Lena Ostrova, attended the ceremony.#",
            "Ruritania's Ambassador, Lena Ostrova, attended the ceremony.#",
            // an organization's ambassador is no state's
            "Coral Media's brand ambassador to Kenya, Lena Ostrova, opened the exhibition.#",
    })
    void diplomatPostedToACountry(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * lexicons/titles.tsv: a governing body after the title ("of the Academic Council", "of the Supervisory Board")
     * is part of the title; the post is at the organization after it, with or without "of".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The memorandum was signed by Ivo Kranj, Rector and Chairman of the Academic Council, Velsk Technical University.#Ivo Kranj | chairman of the academic council | Velsk Technical University; Ivo Kranj | rector | Velsk Technical University",
            "Tom Holm, Chairman of the Supervisory Board of Velsk Bank, spoke.#Tom Holm | chairman of the supervisory board | Velsk Bank",
            "Anna Berg, Chairman of the Board of Trustees of Velsk University, welcomed the guests.#Anna Berg | chairman of the board of trustees | Velsk University",
            "Lina Vorst, chairperson of the Scientific Council of the Coral Institute, attended.#Lina Vorst | chairperson of the scientific council | Coral Institute",
            "Petr Novak, Member of the Editorial Board, Coral Daily, attended.#Petr Novak | member of the editorial board | Coral Daily",
            // a council with a name of its own is an organization
            "Dana Rus, chairman of the Velsk Arts Council, attended.#Dana Rus | chairman | Velsk Arts Council",
    })
    void governingBodyInTheTitle(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.name-comma-title-of: "director of Y's Archive Department" is the unit's director, not Y's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Lina Vorst, director of Velsk Bank's Directorate of Digital Archives, will lead the project.#Lina Vorst | director | Directorate of Digital Archives",
            "Lina Vorst, head of Coral Media's Velsk News Agency, will lead the project.#Lina Vorst | head | Velsk News Agency",
            // no unit after the possessive: the organization's own post
            "Lina Vorst, director of Coral Media, will lead the project.#Lina Vorst | director | Coral Media",
    })
    void unitNamedWithItsOrganizationsPossessive(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** lexicons/honorifics.tsv: "Hon.", "Shri", "Smt." stay out of the holder's name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Signing for the bank, the Chairman, Hon. Kofi Asare, said the pact was historic.#Kofi Asare | chairman | Velsk Bank",
            "Shri Ravi Menon, director of Coral Media, signed the memorandum.#Ravi Menon | director | Coral Media",
            "Smt. Lata Rao, chairperson of Velsk Bank, signed the memorandum.#Lata Rao | chairperson | Velsk Bank",
    })
    void honorificsOfOtherCountries(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** lexicons/titles.tsv: titles of other languages as the text writes them; not a one-word "Presidente" inside a name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The agreement was signed by VFF's délégué général Etienne Morel.#Etienne Morel | délégué général | VFF",
            "Velsk Bank was represented by its directeur général, Awa Fall.#Awa Fall | directeur général | Velsk Bank",
            "Coral Media gerente general Pablo Soto attended the ceremony.#Pablo Soto | gerente general | Coral Media",
            "Lucia Vega, directora of the Museo de Arte Coral, attended.#Lucia Vega | directora | Museo de Arte Coral",
            "Marco Ferri, amministratore delegato of Coral Media, signed the memorandum.#Marco Ferri | amministratore delegato | Coral Media",
            // a one-word title of another language stays part of a name
            "The Banco Presidente signed a loan with Coral Media.#",
    })
    void titlesOfOtherLanguages(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * Regions: a region noun after the name makes it the region's post, not a longer organization the name opens
     * ("Aksu Vocational College"); the marshal heads a Polish region; a head of state's possessive before a
     * lower-case word is still the holder's ("Uruguayan President X's visit").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Velsk Vocational College will train the staff.\\nThe deal was signed by deputy governor of Velsk prefecture Wang Jun.#Wang Jun | deputy governor | Velsk",
            "Velsk Vocational College will train the staff.\\nThe deal was signed by deputy director of Velsk Vocational College Wang Jun.#Wang Jun | deputy director | Velsk Vocational College",
            "The Marshal of the Lesser Velsk Voivodeship, Tomas Wrona, welcomed the guests.#Tomas Wrona | marshal | Lesser Velsk Voivodeship",
            "Tomas Wrona, Marshal of the Velsk Voivodeship, welcomed the guests.#Tomas Wrona | marshal | Velsk Voivodeship",
            "The guests met Field Marshal Ivo Kranj of the Velsk Army.#Ivo Kranj | field marshal | Velsk Army",
            "Brazil and Chile signed two agreements during Uruguayan President Tomas Vela's visit to Brazil.#Tomas Vela | president | Uruguay",
            // a name after the possessive: the holder's party, not another post
            "Kenyan President Tomas Vela's Coral Party won the vote.#",
    })
    void regionsAndStateHeads(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** A photo caption: words of prose after the names make it a caption, whose names are read, not a credit. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Photo: CEO Ann Lee of Velsk Bank at the signing#Ann Lee | ceo | Velsk Bank",
            "Photo: Velsk Bank CEO Ann Lee and Coral Media director Ivo Kranj after the signing#Ann Lee | ceo | Velsk Bank; Ivo Kranj | director | Coral Media",
            // a credit names who took the picture
            "Photo: Ann Lee / Velsk Bank#",
    })
    void photoCaptions(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.for-org-title-name with "was": "Signing for Y was its CEO X"; a gerund opening the sentence is no part of a name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Signing for Velsk Bank was Director-General Ing. Oskar Lind.#Oskar Lind | director-general | Velsk Bank",
            "Signing for the bank was its chairman, Oskar Lind.#Oskar Lind | chairman | Velsk Bank",
            "Representing Velsk Bank was its CEO, Oskar Lind.#Oskar Lind | ceo | Velsk Bank",
            // the title names its own organization
            "Signing for Velsk Bank was Coral Media CEO Oskar Lind.#Oskar Lind | ceo | Coral Media",
    })
    void signingForWas(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * post.subject-comma-title-name-said and post.title-name-after-subject: an officer's words after a sentence about the
     * organization; "President and CEO" is a company's officer (one title no state has), "President" alone is not read.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Mobile will build a plant in Kenya next year, President and CEO Marie Tremblay told analysts.#Marie Tremblay | ceo | Coral Mobile; Marie Tremblay | president | Coral Mobile",
            "Coral Mobile will build a plant in Kenya, chief executive Marie Tremblay said.#Marie Tremblay | chief executive | Coral Mobile",
            "Coral Mobile reported higher profits on Tuesday.\\nPresident and CEO Marie Tremblay told analysts the deal would help.#Marie Tremblay | ceo | Coral Mobile; Marie Tremblay | president | Coral Mobile",
            // another organization in between: the officer may be its
            "Coral Mobile will build a plant with Velsk Bank, chief executive Marie Tremblay said.#",
            // a state's title alone
            "Coral Mobile will build a plant in Kenya, President Marie Tremblay said.#",
            "Coral Mobile reported higher profits on Tuesday.\\nPresident Marie Tremblay told analysts the deal would help.#",
            "Coral Mobile will build a plant in Kenya, Kenyan President Marie Tremblay said.#Marie Tremblay | president | Kenya",
    })
    void officerAfterTheSubject(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.represented-by after a relative clause; post.behalf-of-its-title-name after a sentence's opening "For Y,". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Velsk Bank, which is placed under the Ministry of Finance, was represented by its directeur général, Awa Fall, who signed the document.#Awa Fall | directeur général | Velsk Bank",
            "For Velsk Bank, the memorandum was signed by managing director Jean Mendy.#Jean Mendy | managing director | Velsk Bank",
            "For Velsk Bank, the memorandum was signed by its chairman Jean Mendy.#Jean Mendy | chairman | Velsk Bank",
            // the title names another organization, or no organization opens the sentence
            "For Velsk Bank, the memorandum was signed by Coral Media CEO Jean Mendy.#Jean Mendy | ceo | Coral Media",
            "For the first time, the memorandum was signed by managing director Jean Mendy.#",
    })
    void forAndRepresentedBy(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** A board named by its field is a body of its own, not the board of the words before it; a company's board is its board. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The chairman of the Water Development Board, Ola Fjell, spoke.#Ola Fjell | chairman | Water Development Board",
            "Piet Dorn, Chairman, Railway Board, attended the signing.#Piet Dorn | chairman | Railway Board",
            "Chairman of the Kestrel Board Piet Dorn spoke.#Piet Dorn | chairman of the board | Kestrel",
    })
    void boardsNamedByTheirField(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
}
