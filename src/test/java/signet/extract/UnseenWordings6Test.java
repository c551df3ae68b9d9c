package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.Evidence;

/**
 * Wordings found by probing the extractor with articles of our own (issue 13, tenth session; every name is
 * invented): a group's outlets listed after an apposition of what the group is ("B, the Oslo-based group which
 * includes news channel A1 ..."), outlets named with a noun of what they are after the name ("the A1 network and the
 * newspaper A2"), a group's own verb after another of its clauses ("B is funded by the state and operates two
 * channels, A1 and A2"), a company's short name beside its full name with a legal form and a longer name of another
 * company that shares its words ("Brenlow Pictures" of "Brenlow Pictures, Inc.", not of "Brenlow Pictures
 * International"), two part-of readings that contradict each other, an aside after an appointed person's name ("X,
 * previously director of sales, was also appointed CEO of Y"), the side a signer signed for ("signed for A by its CEO
 * X and for B by chairman Y"), what an organization belongs to before "was represented by", "The memorandum,
 * concluded between A and B, ...", a place before the noun of what a party is ("with Cape Town animation house B"), the
 * official style of a hierarchy ("A depends on B, which in turn is under C") and "Its businesses include A and B". Each with its near misses. "¶" starts a new
 * sentence.
 */
class UnseenWordings6Test {
    private static final RuleExtractor X = new RuleExtractor();

    private static signet.fact.ExtractionResult read(String text) {
        return X.extract(TestArticles.ofRow(text));
    }

    private static String partOf(String text) {
        return TestArticles.partOfLine(read(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an apposition saying what the group is, then "which includes"
            "Tarvel Media Holding, the Oslo-based group which includes news channel Kanal Nord, entertainment broadcaster Fjord TV and the radio station Radio Hamn, named a new chief.|Fjord TV < Tarvel Media Holding; Kanal Nord < Tarvel Media Holding; Radio Hamn < Tarvel Media Holding",
            "Orvo Media, a Kesh-based broadcaster that also includes the channels Orvo One and Orvo Two, signed a deal.|Orvo One < Orvo Media; Orvo Two < Orvo Media",
            "Velsk Holding, the largest private media group, which now includes Velsk Post and Velsk Radio, posted a profit.|Velsk Post < Velsk Holding; Velsk Radio < Velsk Holding",
            // "also", and a noun of what each outlet is after its name
            "Kesh Press is part of the Ulttar Media Holding, which also includes the Ulttar Radio network and the newspaper Ulttar Times.|Kesh Press < Ulttar Media Holding; Ulttar Radio < Ulttar Media Holding; Ulttar Times < Ulttar Media Holding",
            "Tarn Group, which includes the Tarn FM radio station and Tarn Daily, reported higher sales.|Tarn Daily < Tarn Group; Tarn FM < Tarn Group",
            // near misses: the group's apposition runs into a preposition, or what it includes are people or a plan
            "Tarvel Media Holding, the group of Kesh Bank which includes Anna Berg, named a new chief.|",
            "Orvo Media, the broadcaster which includes a plan for Velsk Radio, signed a deal.|",
            "Orvo Media, the broadcaster whose chairman includes Velsk Radio in talks, signed a deal.|",
    })
    void aGroupsOutletsAfterAnApposition(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Daugava Media is funded from the state budget and operates two television channels, Daugava One and Daugava Two, as well as a news portal.|Daugava One < Daugava Media; Daugava Two < Daugava Media",
            "Orvik Group was founded in 1991 and owns the newspapers Orvik Post and Orvik Herald.|Orvik Herald < Orvik Group; Orvik Post < Orvik Group",
            "Tarn Holding is listed in Oslo and has two subsidiaries, Tarn Oil and Tarn Gas.|Tarn Gas < Tarn Holding; Tarn Oil < Tarn Holding",
            // near misses: another name's verb after "and"; the clause's channels are not owned ("signed with")
            "Daugava Media has a deal with Kesh Radio and Velsk TV operates two channels, Velsk Kino and Velsk Sport.|Velsk Kino < Velsk TV; Velsk Sport < Velsk TV",
            "Daugava Media is funded by the state and signed deals with two channels, Velsk One and Velsk Two.|",
    })
    void aGroupsOwnVerbAfterAnotherOfItsClauses(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the short name is the company with the legal form, whatever longer name shares its words
            "Brenlow Pictures, Inc. signed a deal with Daebo Media Group.¶The films will stream on BrenlowPlus, Brenlow Pictures' streaming service.¶Its arm Brenlow Pictures International sells them abroad.|BrenlowPlus < Brenlow Pictures, Inc.",
            "Kesh Shipping Co., Ltd. signed a deal with Tarn Port.¶Kesh Shipping Europe handles the cargo.¶LumoCargo, Kesh Shipping's freight brand, opened an office.|LumoCargo < Kesh Shipping Co., Ltd.",
            // near miss: without a name holding the legal form, a short name shared by two longer names is neither
            "Velsk Pictures Europe signed a deal with Daebo Media Group.¶Velsk Pictures Asia sells the films.¶LumoFilm, Velsk Pictures' streaming service, opened.|LumoFilm < Velsk Pictures",
    })
    void aShortNameIsTheCompanyWithItsLegalForm(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // an aside after the appointed person's name
            "Anna Berg, previously director of digital business, was appointed President Director of Kesh Telecom, replacing Bo Lind.#Anna Berg | president director | Kesh Telecom",
            "Omar Reyes, a former banker, was also appointed chief executive of Tarn Steel.#Omar Reyes | chief executive | Tarn Steel",
            "Lena Holm, 52, has been named chairman of Nordvik Kraft.#Lena Holm | chairman | Nordvik Kraft",
            // a short name before a title and its holder's name, typed a person's after "said", is the organization's
            "Ipak Yuli Film Studio signed a deal with Tarn Films.¶\"This is the first co-production,\" said Ipak Yuli general director Farrukh Tursunov.#Farrukh Tursunov | general director | Ipak Yuli Film Studio",
            // near miss: a person's name before a title that no organization's name starts with
            "Tarn Films signed a deal with Kesh Studio.¶\"It is good,\" said Anna Berg general director Bo Lind.#",
            // "TITLE of the museum NAME": the noun refers back to the museum named before; the name after it holds the title
            "The Kesh National Museum opened an exhibition.¶Director of the museum Anna Berg said it was a success.#Anna Berg | director | Kesh National Museum",
            // near miss: "the museum" before a name of its own describes that name ("the museum Tarn House")
            "Kesh Bank funded the museum Tarn House in 2019.#",
            // a short name that is the full name after a head that opens names in its language, without the legal form
            "Aerolíneas Vía Andina S.A. signed a deal with Tarn Air.¶Vía Andina Express, the cargo arm, was not part of it.¶The deal was signed by Vía Andina CEO Andrés Restrepo.#Andrés Restrepo | ceo | Aerolíneas Vía Andina S.A.",
            // near miss: a person in the aside is not the one appointed
            "Anna Berg, who hired Bo Lind, was appointed chief executive of Tarn Steel.#Anna Berg | chief executive | Tarn Steel",
            // the side each signer signed for
            "The agreement was signed for Velsk Media by its chief executive Hamad Al Mansoori and for Orvo Crescent by chairman Karim Fathy.#Hamad Al Mansoori | chief executive | Velsk Media; Karim Fathy | chairman | Orvo Crescent",
            "Tarn Bank signed for Kesh Port by its director, Li Wei.#Li Wei | director | Kesh Port",
            // near miss: a "for" that names no side of a signing
            "A dinner was held for Kesh Port by President Li Wei.#",
            // what the organization belongs to between it and "was represented"
            "Tarn Films, part of Nairobi-based Simba Arts Group, was represented by its managing director, Wanjiru Kamau.#Wanjiru Kamau | managing director | Tarn Films",
            "Tarn Films, a member of Simba Arts Group, was represented by its director Wanjiru Kamau.#Wanjiru Kamau | director | Tarn Films",
    })
    void postsAfterAsidesAndForTheSideSigned(String text, String expected) {
        TestArticles.assertPosts(X, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an ambiguous signing verb as a participle after the agreement and a comma
            "The memorandum, concluded between the Government of Varnia and the Kesh Prefectural Government, builds on a letter.|memorandum: Government of Varnia + Kesh Prefectural Government",
            // near miss: "concluded" with no agreement before it reports no signing
            "The visit, concluded between talks with Tarn Bank and Velsk Steel, ended on Friday.|",
            // a place before the noun of what the party is
            "Orvo Media signed content deals with Cape Town animation house Fynbos Works and with Kenyan producer Tarn Films.|content deals: Fynbos Works + Orvo Media; content deals: Orvo Media + Tarn Films",
            "Orvo Media signed a deal with the Lagos studio Fynbos Works.|deal: Fynbos Works + Orvo Media",
            // near miss: a place that ends the list ("in Cape Town"), and a place whose words run into no name
            "Orvo Media signed a deal with Fynbos Works in Cape Town on Monday.|deal: Fynbos Works + Orvo Media",
            "Orvo Media signed a deal with Kenya and its largest broadcaster.|deal: Kenya + Orvo Media",
            // "the two universities": the two of that kind named last, across another body named in between
            "Kesh University hosted a delegation of Tarn University on Monday.¶Officials of Velsk Bank also attended.¶The two universities signed a memorandum on exchanges.|memorandum: Kesh University + Tarn University",
            // near miss: three of the kind leave "the two" unresolved
            "Kesh University, Orvo University and Tarn University met on Monday.¶The two universities signed a memorandum on exchanges.|",
            // a body after "under" supervises the one before it and is no side of "the two sides"
            "Delegates of Kesh Academy met officials of KSCE under Tarn Ministry of Education.¶The two sides signed a memorandum.|memorandum: KSCE + Kesh Academy",
            // a company's name that opens with a legal form and a head, or closes with a legal form, is one name
            "PT Bank Kesh Raya Tbk signed a deal with PT Orvo Telekomunikasi Tbk.|deal: PT Bank Kesh Raya Tbk + PT Orvo Telekomunikasi Tbk.",
            "PT Bank Tarn Daya signed a loan agreement with Kesh Steel.|loan agreement: Kesh Steel + PT Bank Tarn Daya",
            // a sentence adverb before a participle is no name and no party
            "Publicly listed lender Kesh Bank signed a deal with Tarn Steel.|deal: Kesh Bank + Tarn Steel",
            // near miss: a person after a bank's name is still split off
            "The chief of Kesh Bank Anna Berg signed a deal with Tarn Steel.|deal: Kesh Bank + Tarn Steel",
            // a country's body written with the possessive and with "of" is one organization, named "BODY of COUNTRY" (so the
            // second sentence retells the one signing, not another pair's)
            "Egypt's Ministry of Culture signed a protocol with the Tarn Museum.¶The protocol was signed by the Ministry of Culture of Egypt and the Tarn Museum in Cairo.|protocol: Ministry of Culture of Egypt + Tarn Museum",
            // the place as the article spells it
            "Türkiye's Ministry of National Education signed a memorandum with Kesh University.|memorandum: Kesh University + Ministry of National Education of Türkiye",
            // a negative pronoun as the object denies the signing
            "Kesh Rail had signed nothing with Tarn Logistics by Friday.|",
            "Kesh Rail has signed none of the deals with Tarn Logistics.|",
            // near miss: "no later than" dates a signing, it denies none
            "Kesh Rail signed no later than May 3 a deal with Tarn Logistics.|deal: Kesh Rail + Tarn Logistics",
            // "Cabinet Secretary for Foreign and Diaspora Affairs" is a title with its portfolio, no two organizations
            "The minutes were signed by Cabinet Secretary for Foreign and Diaspora Affairs Dr. Samuel Chebet and Tarn's Minister of Foreign Affairs Bo Lind.|",
            "The Kesh Ministry of Trade and Tarn Bank signed a deal, witnessed by Cabinet Secretary for Trade Anna Wanjiru.|deal: Kesh Ministry of Trade + Tarn Bank",
            // the states a signer acts for ("on behalf of the governments of A and B")
            "The minutes were signed by the two chairmen on behalf of the governments of the State of Qatar and the Republic of Kazakhstan.|agreement: Kazakhstan + Qatar",
            // near miss: a body on whose behalf one signs is the party, its state is not
            "The memorandum was signed on behalf of the Kesh Press Agency and Tarn Radio by their directors.|memorandum: Kesh Press Agency + Tarn Radio",
            // "another subsidiary of C" describes the side before it; its owner signs nothing
            "An agreement was signed in 2022 between Kesh Bank Ghana Limited, the bank's Ghanaian subsidiary, and Tarn Ghana Limited, another subsidiary of Tarn Africa Group.|agreement: Kesh Bank Ghana Limited + Tarn Ghana Limited",
    })
    void agreementParticiplesAndPlacesBeforeADescription(String text, String expected) {
        assertEquals(expected == null ? "" : expected, TestArticles.signed(read(text), true), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the official style of the hierarchy: "depends on", "which in turn is under", a hyphenated description before "under"
            "The Kesh National Museum depends on the Kesh Heritage Service, which in turn is under the Ministry of Culture of Kesh.|Kesh Heritage Service < Ministry of Culture of Kesh; Kesh National Museum < Kesh Heritage Service",
            "Tarn Telecom, a state-owned company under the Ministry of State Enterprises, has 9,000 employees.|Tarn Telecom < Ministry of State Enterprises",
            // near misses: a dependence for something, on a possessive, or on a body that governs nothing
            "Tarn Airlines depends on the Ministry of Transport for its routes.|",
            "Tarn Airlines depends on the Ministry of Transport's approval.|",
            "Tarn Airlines depends on Velsk Steel.|",
            // what the organization the sentence before is about owns, after "its" and a plural unit noun
            "Velsk Group reported higher sales.¶Its businesses include Velsk Studios, Velsk Channels and the streaming service VelskPlay.|Velsk Channels < Velsk Group; Velsk Studios < Velsk Group; VelskPlay < Velsk Group",
            "Lumo Energy said profits rose.¶Its subsidiaries include Lumo Grid AS and the trading arm Lumo Trading AS.|Lumo Grid AS < Lumo Energy; Lumo Trading AS < Lumo Energy",
            // near misses: partners and clients are no units
            "Velsk Group reported higher sales.¶Its partners include Kesh Bank and Tarn Steel.|",
            "Velsk Group reported higher sales.¶Its clients include Kesh Bank and Tarn Steel.|",
            // an agency's bureau in a city: after "its" with the agency named before in the clause, and without "the"
            "Kesh Press has officially opened its Tbilisi bureau on Monday.|Tbilisi bureau of Kesh Press < Kesh Press",
            "The director said that Tbilisi bureau of Kesh Press will open in May.|Tbilisi bureau of Kesh Press < Kesh Press",
            // near misses: another name between the agency and "its"; "its" bureau's building
            "Kesh Press thanked Tarn Bank for its Tbilisi bureau.|Tbilisi bureau of Tarn Bank < Tarn Bank",
            "Kesh Press has sold its Tbilisi office building.|",
            // a parent written only as an acronym
            "Kesh University signed a strategic cooperation agreement with KSCE under MOE to establish a training base.|KSCE < MOE",
            "The Tarn Service Centre, under MOFA, signed too.|Tarn Service Centre < MOFA",
            // near misses: an acronym before a noun ("under EU rules"), a capitalised name that is no acronym
            "Kesh Bank operates under IMF rules.|",
            "Kesh Bank under Anna Berg grew fast.|",
            // a named owner's portfolio or plural units, with up to four describing words before each outlet
            "Orvo Media's portfolio also includes the general entertainment channels Orvo One and Orvo Drama, the news channel Orvo News and the streaming service OrvoPlay.|Orvo Drama < Orvo Media; Orvo News < Orvo Media; Orvo One < Orvo Media; OrvoPlay < Orvo Media",
            "Velsk Radio's stations are Velsk FM and Velsk Classic.|Velsk Classic < Velsk Radio; Velsk FM < Velsk Radio",
            // near misses: partners, and a portfolio of works
            "Orvo Media's partners include Kesh Radio and Tarn TV.|",
            "Orvo Media's portfolio includes films by Anna Berg and Bo Lind.|",
            // an apposition between the owner and its verb; "its arm" after an opening phrase
            "Tarn, a subsidiary of Saudi conglomerate Velsk Group, operates the Tarn TV network and the pay-TV service Tarn Sports.|Tarn < Velsk Group; Tarn Sports < Tarn; Tarn TV < Tarn",
            "Orvo Media Group reported a profit.¶In September, its production arm, Orvo Studios, signed a deal with Kesh Films.|Orvo Studios < Orvo Media Group",
            // a body of some kind placed under a governing one; "the Agency" referring back; "subordinate to" after a description
            "Velsk Press is a statutory body under the Communications Ministry.|Velsk Press < Communications Ministry",
            "The National Film Fund Agency under the Ministry of Culture of Kesh signed a memorandum.¶Yesterday, Kesh Film Studio, a state unitary enterprise under the Agency, signed an agreement with Tarn Films.|Kesh Film Studio < National Film Fund Agency; National Film Fund Agency < Ministry of Culture of Kesh",
            "The film will be distributed by Kesh Kinoprokat, the state film distribution company subordinate to the Kesh Film Agency.|Kesh Kinoprokat < Kesh Film Agency",
            // near misses: a person is no body; a body under a plan
            "Anna Berg is a member of the board under the Communications Ministry.|",
            "Velsk Press is a statutory body under the 2019 plan.|",
            // owned since a date; a member of a state-owned group that also runs outlets, each with its own verb
            "Lumo Haber has been owned since 2016 by Istanbul-based Lumo Medya Holding.|Lumo Haber < Lumo Medya Holding",
            "Orvo Press is a member of the state-owned Saigon Media Corporation, which also publishes the daily Saigon Evening and runs the television channel SMC-TV.|Orvo Press < Saigon Media Corporation; SMC-TV < Saigon Media Corporation; Saigon Evening < Saigon Media Corporation",
            // a possessive outlet whose description holds a number
            "Tarn News, RTV's 24-hour news channel, will exchange footage.|Tarn News < RTV",
            // "one of the B's sectors"; "under Russia's Ministry of Culture"; a Portuguese daily's name with "do"
            "The Kesh Heritage Board (EKAHB) signed a protocol with Tarn Library.¶The House of Arabic Manuscripts, one of the EKAHB's sectors, will train restorers.|House of Arabic Manuscripts < Kesh Heritage Board",
            "Part of the budget will come from the Kinosfera Fund, which operates under Russia's Ministry of Culture.|Kinosfera Fund < Ministry of Culture of Russia",
            "KNNA, which also publishes the daily Diario do Zambeze, will receive photos.|Diario do Zambeze < KNNA",
            // an aside between the owned company and "is controlled by"
            "Tarn Air, privatized by the Portuguese government in 2022, is controlled by the Lisbon investment group Grupo Velho SGPS.|Tarn Air < Grupo Velho SGPS",
            // near miss: a minority holder
            "Tarn Air, privatized in 2022, is 26% owned by Grupo Velho SGPS.|",
    })
    void theOfficialHierarchyAndWhatTheSubjectOwns(String text, String expected) {
        assertEquals(expected == null ? "" : expected, partOf(text), text);
    }

    private static Drafts.PartOf draft(DocRegistry.DocEntity child, DocRegistry.DocEntity parent, double confidence) {
        return new Drafts.PartOf(child, parent, new Evidence(0, 1, "x", "test", confidence));
    }

    @Test
    void partOfReadingsThatContradictEachOtherGo() {
        var a = new DocRegistry.DocEntity(signet.fact.EntityKind.ORGANIZATION, "a", "A", null);
        var b = new DocRegistry.DocEntity(signet.fact.EntityKind.ORGANIZATION, "b", "B", null);
        var c = new DocRegistry.DocEntity(signet.fact.EntityKind.ORGANIZATION, "c", "C", null);
        // A < B and B < A read with the same confidence: nothing tells which is right, so neither stays
        assertEquals(List.of(), RuleExtractor.withoutCycles(List.of(draft(a, b, 0.75), draft(b, a, 0.75))));
        // the surer reading stays; a pair that contradicts nothing stays
        var sure = draft(a, b, 0.9);
        var other = draft(c, b, 0.7);
        assertEquals(List.of(sure, other), RuleExtractor.withoutCycles(List.of(sure, draft(b, a, 0.75), other)));
    }
}
