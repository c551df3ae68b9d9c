package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wordings found by probing the extractor with sentences of our own (issue 13, ninth session; every name is
 * invented) in the shapes the wild review reported missed: an owner's name made an adjective ("the Tarn
 * Holdings-owned broadcaster B") that had become a party; "A is published by B"; a press release's "the Company"
 * that the apposition it stands in describes ("A, a wholly owned subsidiary of the Company"); a company named by a
 * trade word ("Tarn Steel said") that had been typed a person; the sides of the signing the sentence before told
 * ("... under which C will train ... Another memorandum was signed between the two departments"); and institutes
 * named with a list of fields or regions ("Institute of Russian, Eastern European and Central Asian Studies").
 * Each with its near misses. "¶" starts a new sentence.
 */
class UnseenWordings5Test {
    private static final RuleExtractor X = new RuleExtractor();

    private static signet.fact.ExtractionResult read(String text) {
        return X.extract(TestArticles.ofRow(text));
    }

    private static String signed(String text) {
        return TestArticles.signed(read(text), true);
    }

    private static String partOf(String text) {
        return TestArticles.partOfLine(read(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an owner's name made an adjective describes the name after it, and signs nothing
            "The Tarn Holdings-owned broadcaster Nordvision signed a deal with Kesh Radio.|deal: Kesh Radio + Nordvision|Nordvision < Tarn Holdings",
            "Nordvision, a Tarn Holdings-owned broadcaster, signed a deal with Kesh Radio.|deal: Kesh Radio + Nordvision|Nordvision < Tarn Holdings",
            "Kesh Radio signed a deal with the Orvo Group-run station Nordvision.|deal: Kesh Radio + Nordvision|Nordvision < Orvo Group",
            // a backer or a seat is no owner: no part-of, and still no party
            "The Kremlin-funded broadcaster Nordvision signed a deal with Kesh Radio.|deal: Kesh Radio + Nordvision|",
            "Kesh Radio signed a deal with the Tarn Media-backed Nordvision.|deal: Kesh Radio + Nordvision|",
            "The Velsk-based Nordvision signed a deal with Kesh Radio.|deal: Kesh Radio + Nordvision|",
            // near miss: a hyphenated adjective a name holds stays in it
            "The Council of Turkic-speaking States signed a memorandum with Kesh Radio.|memorandum: Council of Turkic-speaking States + Kesh Radio|",
    })
    void anOwnersAdjectiveDescribesTheNameAfterIt(String text, String signed, String partOf) {
        assertEquals(signed, signed(text), text);
        assertEquals(partOf == null ? "" : partOf, partOf(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Tarn Daily is published by the Tarn Press Group.|Tarn Daily < Tarn Press Group",
            "The Velsk Courier, which is published by Orvo Media Group, ran the story.|Velsk Courier < Orvo Media Group",
            // near misses: a person publishes no paper of an organization; a report is no organization
            "The Velsk Courier was published by Anna Berg until 1990.|",
            "The report was published by Kesh Institute on Monday.|",
    })
    void aPaperIsPublishedByItsOwner(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "the Company" (a press release's defined term) and "the company" stand for the business the release is
            // about, never for the organization whose apposition they are in
            "Orvo Group announced that Lumo Brands, LLC, a subsidiary of the Company, has acquired a plant.|Lumo Brands, LLC < Orvo Group",
            "Velsk Foods announced that Velsk Dairy, LLC, a wholly owned subsidiary of the company, has acquired a plant.|Velsk Dairy, LLC < Velsk Foods",
            "Brenn Pharma announced that Brenn Pharma USA, LLC, a wholly owned subsidiary of the Company, has acquired a plant.|Brenn Pharma USA, LLC < Brenn Pharma",
            // near miss: a name of its own that starts with the word
            "Orvo Group said the Company Law was amended.|",
    })
    void theCompanyIsNotTheNameItDescribes(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Brenn Pharma said that the Company signed a supply agreement with Tarn Bank.|supply agreement: Brenn Pharma + Tarn Bank",
            // a name ending in a trade word is a company's, whatever verb follows it
            "Tarn Metals said on Monday it signed a supply agreement with Kesh Bank.|supply agreement: Kesh Bank + Tarn Metals",
            "Velsk Foods announced that it signed a supply agreement with Kesh Bank.|supply agreement: Kesh Bank + Velsk Foods",
            "Tarn Metals said Tarn Metals India, a subsidiary of Tarn Metals, signed a deal with Kesh Bank.|deal: Kesh Bank + Tarn Metals India",
    })
    void aCompanyNamedByItsTradeSigns(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Samantha Power, director of the Kesh Agency, said the deal was good.#Samantha Power | director | Kesh Agency",
            "Anna Steel, director of the Kesh Agency, said the deal was good.#Anna Steel | director | Kesh Agency",
    })
    void aTradeWordThatIsASurnameKeepsThePerson(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the sides of the signing the sentence before told, not every name in its "under which" clause
            "The Ministry of Railways signed an agreement with Kesh Railways under which Velsk will train Kesh Railways staff in Tarn Railways institutes.¶Another memorandum was signed between the two departments on IT services."
                    + "|agreement: Kesh Railways + Ministry of Railways; memorandum: Kesh Railways + Ministry of Railways",
            // near miss: a definite report after it tells the same signing again, it adds none
            "Kesh Radio signed a memorandum with Tarn Television on Monday.¶The memorandum was signed in Velsk.|memorandum: Kesh Radio + Tarn Television",
    })
    void aSigningAfterASigningHasItsSides(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // (articles published 2025-05-12) an earlier signing of the same sides, dated long before, is another agreement
            "Kesh News Agency and Tarn Telegraph Agency have signed an agreement on news exchange.¶The two agencies have cooperated since 2009, when they signed a memorandum of understanding."
                    + "|agreement on news exchange: Kesh News Agency + Tarn Telegraph Agency; memorandum of understanding: Kesh News Agency + Tarn Telegraph Agency",
            "Kesh Radio signed a cooperation agreement with Tarn Television on Monday.¶Kesh Radio and Tarn Television signed their first agreement in March 2019."
                    + "|cooperation agreement: Kesh Radio + Tarn Television; first agreement: Kesh Radio + Tarn Television",
            // near misses: a definite retelling with an old date tells the agreement named before; a recent date is the same signing
            "Kesh Radio and Tarn Television signed a memorandum of understanding.¶The memorandum was signed in Velsk in 2019.|memorandum of understanding: Kesh Radio + Tarn Television",
            "Kesh Radio signed a cooperation agreement with Tarn Television.¶Kesh Radio and Tarn Television signed the agreement in April 2025.|cooperation agreement: Kesh Radio + Tarn Television",
    })
    void anEarlierSigningOfTheSameSidesIsAnother(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Institute of Russian, Eastern European and Central Asian Studies of the Velsk Academy of Sciences hosted the forum."
                    + "|Institute of Russian, Eastern European and Central Asian Studies of the Velsk Academy of Sciences < Velsk Academy of Sciences",
            "The Department of European, Asian and African Affairs of the Velsk Foreign Ministry organised the visit."
                    + "|Department of European, Asian and African Affairs of the Velsk Foreign Ministry < Velsk Foreign Ministry",
    })
    void aUnitNamedWithAListOfRegions(String text, String expected) {
        assertEquals(expected, partOf(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Tarn University signed an agreement with the Institute of Linguistics, Literature and Folklore.|agreement: Institute of Linguistics, Literature and Folklore + Tarn University",
            "Kesh College signed an agreement with the Faculty of Law and Economics of Tarn University.|agreement: Faculty of Law and Economics of Tarn University + Kesh College",
            // near miss: a list of organizations stays a list
            "Tarn University signed agreements with Kesh Institute, Velsk Academy and Orvo College.|agreement: Kesh Institute + Tarn University; agreement: Orvo College + Tarn University; agreement: Tarn University + Velsk Academy",
    })
    void anInstituteNamedWithAListOfFields(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    /** Each signed agreement as "A + B @ place" (parties sorted, "-" for no place), sorted and joined by "; ". */
    private static String signedWhere(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (var f : read(text).facts())
            if (f instanceof signet.fact.AgreementFact a && a.status() == signet.fact.AgreementStatus.SIGNED)
                out.add(String.join(" + ", a.parties().stream().map(e -> e.name()).sorted().toList()) + " @ " + a.place().map(e -> e.name()).orElse("-"));
        out.sort(null);
        return String.join("; ", out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a signing with a state "for collaboration between" bodies no state of the clause names: the states signed
            "Norway has signed a memorandum of understanding with Chile for collaboration between the Kesh Trade Council and the Tarn Export Board.|Chile + Norway @ -",
            // the states' own bodies sign for them; organizations that signed keep the signing whoever cooperates under it
            "Norway has signed a memorandum of understanding with Chile for collaboration between the Ministry of Trade of Norway and the Ministry of Mining of Chile.|Ministry of Mining of Chile + Ministry of Trade of Norway @ -",
            "Kesh Bank has signed a memorandum of understanding with Tarn Steel for collaboration between the Kesh Bank Foundation and the Tarn Steel Academy.|Kesh Bank + Tarn Steel @ -",
            // "in" a place after a side of a "between" list says where that side is; the list goes on
            "A memorandum of understanding was signed between Kesh Heritage Council in Norway and the Tarn Institute in Chile.|Kesh Heritage Council + Tarn Institute @ -",
            "Officials said an agreement was signed between Kesh Bank in Oslo and Tarn Steel to fund the bridge.|Kesh Bank + Tarn Steel @ -",
            // near misses: after the last side it is where they signed; after a "with" list it ends the list
            "A memorandum of understanding was signed between Kesh Bank and Tarn Steel in Oslo recently.|Kesh Bank + Tarn Steel @ Oslo",
            "The Velsk Alliance signed a memorandum with media group Kesh Holding in Oslo, Norway, on Monday.|Kesh Holding + Velsk Alliance @ Oslo",
    })
    void whoSignedAndWhere(String text, String expected) {
        assertEquals(expected, signedWhere(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a name after "in" or "at" is a place or a time, whatever apposition follows; the title after it names its holder
            "In March, in Kesh City, the President of Ruritania, Piet Onder, and the President of Ostravia, Lisa Hamm, signed a treaty.#Lisa Hamm | president | Ostravia; Piet Onder | president | Ruritania",
            "Last week in Tarnby, the Chairman of Velo Bank, Ivo van der Sand, opened a branch.#Ivo van der Sand | chairman | Velo Bank",
            "In May, the President of Ruritania, Luiz Mendes Costa, signed a decree.#Luiz Mendes Costa | president | Ruritania",
            // near miss: a person before the apposition holds the title
            "Anna Berg, the chairman of Velo Bank, opened a branch.#Anna Berg | chairman | Velo Bank",
    })
    void aPlaceOrTimeBeforeAnAppositionIsNoPerson(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an owner's verb before names each followed by a noun of what it is
            "Orvo Media Group owns the Orvo Novosti news agency and the Lumo radio station.|Lumo < Orvo Media Group; Orvo Novosti < Orvo Media Group",
            "Orvo Media Group owns Orvo Novosti and the Lumo brand.|Lumo < Orvo Media Group; Orvo Novosti < Orvo Media Group",
            "Orvo Media Group also operates the Tarn Daily newspaper, Velsk FM and the Lumo TV channel, its chairman said.|Lumo TV < Orvo Media Group; Tarn Daily < Orvo Media Group; Velsk FM < Orvo Media Group",
            // near misses: what it runs is no business; a person owns no unit
            "Orvo Media Group runs the Velsk marathon and the Lumo race.|",
            "Anna Berg owns the Lumo radio station.|",
    })
    void anOwnerOfNamedBusinesses(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // "its" after the clause is the organization the sentence opens with
            "Kesh Institute will help select the titles, said its director, Anna Berg.#Anna Berg | director | Kesh Institute",
            "The Velsk Museum will open a new hall next year, its director Bo Lind told reporters.#Bo Lind | director | Velsk Museum",
            // near miss: a quotation opens the sentence, no organization
            "\"We will help,\" said its director, Anna Berg.#",
    })
    void itsTitleAfterTheClause(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a known organization's name goes on with a list of fields; the longer name is the known one only when its name starts so
            "The Ministry of Digital Development, Communications and Mass Media signed a memorandum with Kesh Radio.|memorandum: Kesh Radio + Ministry of Digital Development, Communications and Mass Media of the Russian Federation",
            "The Ministry of Culture, Sports and Tourism signed a memorandum with Kesh Radio.|memorandum: Kesh Radio + Ministry of Culture, Sports and Tourism",
    })
    void aKnownNameGoesOnWithFields(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // the area a title covers, between the title and its organization
            "Piet Vos, chief executive officer for Europe at Tarn Metals, said the deal was good.#Piet Vos | chief executive officer | Tarn Metals",
            "Piet Vos, managing director for Africa of Tarn Metals, said the deal was good.#Piet Vos | managing director | Tarn Metals",
            "Piet Vos, regional director for Latin America, Tarn Metals, said the deal was good.#Piet Vos | regional director | Tarn Metals",
            // near misses: a country's post; a title for a place and no organization
            "Piet Vos, Ambassador of Ruritania to Kesh, said the deal was good.#Piet Vos | ambassador to kesh | Ruritania",
            "Piet Vos, managing director for Africa, said the deal was good.#",
    })
    void theAreaOfATitle(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // an area noun ends a title's region before the holder's name
            "Governor of the Primorsky Territory Oleg Kozhemyako welcomed the guests.#Oleg Kozhemyako | governor | Primorsky Territory",
            "Governor of the Velsk Region Anna Berg welcomed the guests.#Anna Berg | governor | Velsk Region",
            // near miss: no title before it, one name
            "The Velsk Territory Anna Berg Prize was awarded.#",
    })
    void anAreaNounEndsATitlesRegion(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a field's ministries of two states sign: each state's ministry of that field
            "Peru and Chile held talks in Velsk.¶The foreign ministries of the two countries signed a plan of consultations."
                    + "|plan of consultations: Ministry of Foreign Affairs of Chile + Ministry of Foreign Affairs of Peru",
            "The culture ministries of Peru and Chile signed a memorandum.|memorandum: Ministry of Culture of Chile + Ministry of Culture of Peru",
            // several fields: one signing each (an opening adverb and its comma aside)
            "Peru and Chile held talks in Velsk.¶Besides, health and industry ministries of the two countries signed cooperation agreements."
                    + "|cooperation agreement: Ministry of Health of Chile + Ministry of Health of Peru; cooperation agreement: Ministry of Industry of Chile + Ministry of Industry of Peru",
            // near misses: no field; three states named before
            "Peru and Chile held talks in Velsk.¶The new ministries of the two countries signed a memorandum.|",
            "Peru, Chile and Bolivia held talks in Velsk.¶The foreign ministries of the two countries signed a memorandum.|",
    })
    void aFieldsMinistriesOfTwoStates(String text, String expected) {
        assertEquals(expected == null ? "" : expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an agreement's bracketed short form is part of it: the "between" list after it names the sides
            "The cabinet welcomed the signing of a Memorandum of Understanding (MoU) between Peru and Chile on trade.|memorandum of understanding: Chile + Peru",
            "A Memorandum of Understanding (MoU) was signed between Kesh Bank and Tarn Metals.|memorandum of understanding: Kesh Bank + Tarn Metals",
            // a sentence adverb is no party
            "Meantime, Kesh Bank signed a memorandum with Tarn Metals.|memorandum: Kesh Bank + Tarn Metals",
            "Subsequently, Kesh Bank signed a memorandum with Tarn Metals.|memorandum: Kesh Bank + Tarn Metals",
    })
    void anAgreementsShortFormAndSentenceAdverbs(String text, String expected) {
        assertEquals(expected, signed(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // no comma between the name and the title, a verb of saying after the organization
            "Omar Reyes Managing Director of Vell Telecom said sales rose.#Omar Reyes | managing director | Vell Telecom",
            "Omar Reyes Country Head of Vell Telecom said sales rose.#Omar Reyes | country head | Vell Telecom",
            "Omar Reyes, country head of Vell Telecom, said sales rose.#Omar Reyes | country head | Vell Telecom",
            // an organization the article has typed stays one before "said"
            "Kesh Bank said it has signed a deal with the mobile operator Orvanti Lasko.\\nBo Lind, CTO, Orvanti Lasko said the towers would be built this year.#Bo Lind | cto | Orvanti Lasko",
            // a company named by its trade ("Freight", "Cargo", "Transport") is the business "the company" stands for
            "Norvell Freight reported results on Monday.\\nThe company named Ines Varga as its new president.#Ines Varga | president | Norvell Freight",
            // near miss: the title after a verb is another's
            "Omar Reyes met the Managing Director of Vell Telecom and said sales rose.#",
    })
    void aTitleWithoutCommasBeforeSaid(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // a two-word nationality before a state's title
            "Peru and Sri Lanka signed the deal.\\nSri Lankan President Anna Perera met the minister.#Anna Perera | president | Sri Lanka",
            "Peru and South Africa signed the deal.\\nThe South African President Ivo Dren met the minister.#Ivo Dren | president | South Africa",
            // near miss: "the" and a one-word nationality
            "Peru and Chile signed the deal.\\nThe Chilean President Ivo Dren met the minister.#Ivo Dren | president | Chile",
    })
    void aTwoWordNationality(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an agreement exchanged between two sides in the passive is a signing; exchanged with no sides adds none
            "An MoU was exchanged between Kesh Bank and Tarn Metals on Monday.|mou: Kesh Bank + Tarn Metals",
            "The MoUs were exchanged in the presence of the two prime ministers.|",
            "Kesh Bank and Tarn Metals exchanged views on the memorandum.|",
    })
    void anAgreementExchangedBetweenTwoSides(String text, String expected) {
        assertEquals(expected == null ? "" : expected, signed(text), text);
    }
}
