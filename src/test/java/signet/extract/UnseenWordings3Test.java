package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wordings found by probing the extractor with articles of our own (issue 13, seventh session; every name is
 * invented): a further signing marked by "also" whose generic noun its own words make specific ("also signed a
 * loan agreement" after a memorandum), and the dateline's place, which the reference data need not know, never
 * taken for the short form of an organization named after it ("the Velsk bureau of ..." beside "the Velsk
 * Herald"). Each with its near misses. "¶" in a case starts a new sentence.
 */
class UnseenWordings3Test {
    private static final RuleExtractor X = new RuleExtractor();
    private static final String NEW_SENTENCE = "¶";

    /** Each signed agreement as "A + B" (parties sorted), the agreements sorted and joined by "; ". */
    private static String signed(String text) {
        return TestArticles.signed(X.extract(TestArticles.of(text.replace(NEW_SENTENCE, "\n"), "2025-05-12", null)), true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "also" and words of its own before a generic head: another text, signed by the same sides
            "Kesh Bank signed a memorandum with Tarn Steel.¶The two sides also signed a loan agreement worth $5 million.|loan agreement: Kesh Bank + Tarn Steel; memorandum: Kesh Bank + Tarn Steel",
            "Kesh Bank signed a memorandum with Tarn Steel.¶Kesh Bank also signed a loan agreement with Tarn Steel.|loan agreement: Kesh Bank + Tarn Steel; memorandum: Kesh Bank + Tarn Steel",
            "Kesh Bank signed a memorandum with Tarn Steel.¶They also signed a loan agreement.|loan agreement: Kesh Bank + Tarn Steel; memorandum: Kesh Bank + Tarn Steel",
            "Kesh Bank signed a cooperation agreement with Tarn Steel on Monday.¶Kesh Bank also signed a supply deal with Tarn Steel.|cooperation agreement: Kesh Bank + Tarn Steel; supply deal: Kesh Bank + Tarn Steel",
            // near misses: the same words again, no words of its own, no "also"
            "Kesh Bank signed a loan deal with Tarn Steel.¶The two sides also signed a loan agreement worth $5 million.|loan deal: Kesh Bank + Tarn Steel",
            "Kesh Bank signed a memorandum with Tarn Steel on Monday.¶The two companies also signed the agreement in Velsk.|memorandum: Kesh Bank + Tarn Steel",
            "Kesh Bank and Tarn Steel signed a framework agreement on Monday.¶They also signed a framework agreement on training.|framework agreement: Kesh Bank + Tarn Steel",
            "Kesh Bank signs memorandum with Tarn Steel¶Kesh Bank signed a loan agreement with Tarn Steel on Monday.|memorandum: Kesh Bank + Tarn Steel",
    })
    void alsoWithWordsOfItsOwnIsAnotherSigning(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    /** The part-of facts of an article with a dateline, as "child < parent". */
    private static String partOf(String text, String dateline) {
        return String.join("; ", TestArticles.partOf(X.extract(TestArticles.of(text.replace(NEW_SENTENCE, "\n"), "2025-03-03", dateline))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the dateline's place is no short form of an organization named after it, known or not
            "VELSK, March 3 — The Velsk bureau of the Kesh News Agency opened in May.¶The Coral Group's newspaper, the Velsk Herald, published the story.|VELSK|Velsk Herald < Coral Group",
            "TARNOVO, March 3 — Tarnovo is home to the Kesh News Agency's new office.¶Coral Group owns the Tarnovo Courier.|TARNOVO|Tarnovo Courier < Coral Group",
            "MOSCOW, March 3 — The Moscow bureau of the Kesh News Agency opened in May.¶The Coral Group's newspaper, the Moscow Herald, published the story.|MOSCOW|Moscow Herald < Coral Group; Moscow bureau of the Kesh News Agency < Kesh News Agency",
            // near miss: with no dateline, a short form of the one organization named after it is still read as one
            "The Velsk Herald is owned by Coral Group.¶Velsk Herald's editor said the paper would grow.|null|Velsk Herald < Coral Group",
    })
    void datelinePlaceIsNoShortForm(String text, String dateline, String expected) {
        assertEquals(expected, partOf(text, "null".equals(dateline) ? null : dateline), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a newspaper's name ends in a masthead word (lexicons/org-heads.tsv), and "B owns the A" names its owner
            "Coral Group owns the Tarnovo Courier.|Tarnovo Courier < Coral Group",
            "Coral Group also owns the Velsk Chronicle and the Tarnovo Journal.|Tarnovo Journal < Coral Group; Velsk Chronicle < Coral Group",
            "Kesh Holding controls the Orsa Telegraph.|Orsa Telegraph < Kesh Holding",
            "The Velsk Sentinel, a subsidiary of Coral Group, printed the interview.|Velsk Sentinel < Coral Group",
            // near misses: a stake, rights, a person owner, a share of the shares
            "Coral Group owns a stake in the Tarnovo Courier.|",
            "Coral Group owns the rights to the Tarnovo Courier archive.|",
            "Piet Dorn owns the Velsk Herald.|",
            "The state owns 51 percent of the Tarnovo Courier.|",
    })
    void ownerOfANewspaper(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text, null), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // after a title's "of", a region's name closed by its area noun; the person's name glued after it is a person
            "Governor of Tver Region Igor Rudenya attended.#Igor Rudenya | governor | Tver Region",
            "The agreement was signed by Governor of the Velsk Oblast Piet Dorn and Coral Bank.#Piet Dorn | governor | Velsk Oblast",
            "Head of the Kesh Province Anna Berg signed the memorandum with Coral Bank.#Anna Berg | head | Kesh Province",
            // near misses: no person after the area noun; a place inside a name with no head
            "Governor of Tver Region attended.#",
            "Director of Louvre Abu Dhabi Manuel Berg attended.#",
    })
    void personAfterARegionsName(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a bare apostrophe closing a name that ends in "s" is its possessive for posts and agreements too
            "Ali Rahimi, Kesh Airlines' chief operating officer, signed for the carrier.#Ali Rahimi | chief operating officer | Kesh Airlines",
            "Ali Rahimi, Kesh Airlines’ chief operating officer, signed for the carrier.#Ali Rahimi | chief operating officer | Kesh Airlines",
            "Kesh Airlines' chief executive Ali Rahimi said the route would open.#Ali Rahimi | chief executive | Kesh Airlines",
            "Orsa Holdings' managing director, Nina Petrova, signed the contract.#Nina Petrova | managing director | Orsa Holdings",
            // near miss: an apostrophe after a name not ending in "s"
            "Ali Rahimi, Kesh Airline' chief, said so.#",
    })
    void bareApostropheIsAPossessive(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the owner before a bare apostrophe is no party of its unit's signing
            "Coral Holdings' unit Lumo Pay signed the deal with Tarn Bank.|deal: Lumo Pay + Tarn Bank",
            "Orsa Pictures' streaming service Lumo Plus signed a licensing deal with Kesh Studios.|licensing deal: Kesh Studios + Lumo Plus",
            // near miss: the owner itself signs
            "Coral Holdings signed the deal with Tarn Bank.|deal: Coral Holdings + Tarn Bank",
    })
    void ownerBeforeABareApostropheIsNoParty(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a list one parent owns, marked by "both" / "all"; one of a parent's outlets named by a plural noun
            "Brava TV and Orion Radio, both owned by Coral Media, will air it.|Brava TV < Coral Media; Orion Radio < Coral Media",
            "Brava TV, Orion Radio and Kesh FM, all run by Coral Media, will air it.|Brava TV < Coral Media; Kesh FM < Coral Media; Orion Radio < Coral Media",
            "Tarn Radio is one of the stations operated by Coral Broadcasting.|Tarn Radio < Coral Broadcasting",
            "Kesh Bank is among the banks owned by the Velsk Holding.|Kesh Bank < Velsk Holding",
            // near misses: people employed by an organization, a person owner, a regulator
            "Anna Berg and Piet Dorn, both employed by Coral Media, attended.|",
            "Kesh Bank and Tarn Steel, both owned by Anna Berg, signed the deal.|",
            "Kesh Bank is one of the banks regulated by the Velsk Central Bank.|",
    })
    void listsAndOutletsOwnedByOneParent(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text, null), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // the counterpart at the organization named before "counterpart" holds the same title there
            "The memorandum was signed by Kesh Bank president Anna Berg and her Tarn Bank counterpart Piet Dorn.#Anna Berg | president | Kesh Bank; Piet Dorn | president | Tarn Bank",
            "Coral Group chief executive Ivo Marin and his Orsa Holdings counterpart, Lena Kovac, met in Velsk.#Ivo Marin | chief executive | Coral Group; Lena Kovac | chief executive | Orsa Holdings",
            // near miss: a counterpart named by no organization
            "Kesh Bank president Anna Berg and her counterpart Piet Dorn met in Velsk.#Anna Berg | president | Kesh Bank",
    })
    void counterpartAtAnotherOrganization(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // after a signing whose subject names the sides, "after talks between/with ..." names who talked
            "Kesh Bank and Tarn Steel signed a memorandum after talks between Orion Digital and Coral Studios.|memorandum: Kesh Bank + Tarn Steel",
            "Kesh Bank and Tarn Steel signed a memorandum, following talks between Orion Digital and Coral Studios.|memorandum: Kesh Bank + Tarn Steel",
            "Kesh Bank and Tarn Steel signed a memorandum after bilateral talks with Orion Digital.|memorandum: Kesh Bank + Tarn Steel",
            // near misses: one side in the subject, the other after "talks with"; a "between" list of the agreement itself
            "Kesh Bank signed a memorandum after talks with Tarn Steel.|memorandum: Kesh Bank + Tarn Steel",
            "A memorandum between Kesh Bank and Tarn Steel was signed after long talks.|memorandum: Kesh Bank + Tarn Steel",
            // the place of an organization's unit says where it is; the organization after "of" signs
            "Kesh Bank signed a memorandum with the Moscow branch of Tarn Steel.|memorandum: Kesh Bank + Tarn Steel",
            "Kesh Bank signed a memorandum with the Velsk branch of Tarn Steel.|memorandum: Kesh Bank + Tarn Steel",
            "The memorandum was signed between Kesh Bank and the Moscow office of Tarn Steel.|memorandum: Kesh Bank + Tarn Steel",
            // near miss: a place joined to a name is no unit's place
            "Kesh Bank signed a memorandum with Peru and Tarn Steel.|memorandum: Kesh Bank + Peru + Tarn Steel",
    })
    void talksAndUnitsAroundTheSides(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a signing told in a relative clause set off by commas, its subject the names before the verb
            "The memorandum, which Kesh Bank and Tarn Steel signed in 2019, expires this year.|memorandum: Kesh Bank + Tarn Steel",
            "The memorandum, which Kesh Bank signed with Tarn Steel in 2019, expires this year.|memorandum: Kesh Bank + Tarn Steel",
            "The memorandum, which was signed by Kesh Bank and Tarn Steel in 2019, expires this year.|memorandum: Kesh Bank + Tarn Steel",
            // near misses: a relative clause with no signing, a phrase closed by a comma with no "which"
            "Under the memorandum, which expires this year, Kesh Bank finances Tarn Steel.|",
            "Under the agreement, Kesh Bank and Tarn Steel signed nothing new.|",
    })
    void signingInARelativeClause(String text, String expected) {
        assertEquals(expected == null ? "" : expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the witnesses of "in the presence of" end at the "by" that names who signed; their titles are not the list's
            "The agreement was signed in the presence of the mayor by Kesh Bank and Tarn Steel.|agreement: Kesh Bank + Tarn Steel",
            "The agreement was signed in the presence of Mayor Ivo Marin by Kesh Bank and Tarn Steel.|agreement: Kesh Bank + Tarn Steel",
            "The memorandum was signed in the presence of Velsk Mayor Ivo Marin by Kesh Bank and Tarn Steel.|memorandum: Kesh Bank + Tarn Steel",
            // near misses: witnesses after the parties; a "by" inside the witnesses' own phrase names no party
            "Kesh Bank and Tarn Steel signed the agreement in the presence of officials of the Orion Fund.|agreement: Kesh Bank + Tarn Steel",
            "The agreement was signed in the presence of ministers appointed by the Orion Council.|",
    })
    void witnessesEndAtTheSignersBy(String text, String expected) {
        assertEquals(expected == null ? "" : expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a lower-case unit after the organization's possessive stays in the title, as "head of the X department of Y" does
            "Anna Berg, head of Kesh Bank's international department, said the deal was historic.#Anna Berg | head of the international department | Kesh Bank",
            "Anna Berg, director of Tarn Radio's foreign news office, attended.#Anna Berg | director of the foreign news office | Tarn Radio",
            "Anna Berg, head of the international department of Kesh Bank, said the deal was historic.#Anna Berg | head of the international department | Kesh Bank",
            // near misses: a capitalised unit is named itself; no unit noun; a unit noun with more after it
            "Anna Berg, director of Coral Radio's Archive Department, attended.#Anna Berg | director | Archive Department",
            "Anna Berg, head of Kesh Bank's largest branch network, attended.#Anna Berg | head | Kesh Bank",
    })
    void unitInTheOwnersPossessive(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }
}
