package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static signet.extract.OrgBoundariesTest.mentions;
import static signet.extract.OrgBoundariesTest.parties;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Name shapes the capitalised-run finder used to cut: legal forms after a comma or a country in
 * parentheses, brands in mixed case or with a "+", an area noun closing a place inside a name,
 * possessives that open a name ("People's"), lists of fields inside a name, two fields sharing
 * one head, a sentence's first word, initials. Each class has guards against joining too much.
 * Every organization and person here is invented.
 */
class OrgNameShapesTest {

    /** The sentence yields an organization (or untyped name) mention {@code name} that is also an agreement party. */
    private static void assertParty(String sentence, String name) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains("ORG = " + name) || ms.contains("OTH = " + name), () -> "mentions " + ms);
        Set<String> ps = parties(sentence);
        assertTrue(ps.contains(name), () -> "parties " + ps);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kestrel Media, Inc. signed a distribution agreement with Borealis Films.|Kestrel Media, Inc.",
            "Borealis Films signed a licensing agreement with Kestrel Shipping Co., Ltd. on Monday.|Kestrel Shipping Co., Ltd.",
            "Kestrel Holdings, LLC and Borealis Bank signed a loan agreement.|Kestrel Holdings, LLC",
            "Borealis Pictures (UK) Limited signed a co-production agreement with Kestrel Studios.|Borealis Pictures (UK) Limited",
            "Kestrel Foods signed a supply agreement with Borealis Agro (India) Private Limited.|Borealis Agro (India) Private Limited",
    })
    void aLegalFormAfterACommaOrACountryBelongsToTheName(String sentence, String name) {
        assertParty(sentence, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a comma before a name that is no legal form still separates parties
            "Kestrel Media, Borealis Films and Nordic Labs signed an agreement.|Kestrel Media|Borealis Films|Nordic Labs",
    })
    void aCommaBeforeAnotherNameStillSeparates(String sentence, String a, String b, String c) {
        assertEquals(Set.of(a, b, c), parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The streaming service iKestrel signed a content agreement with Borealis Pictures.|iKestrel",
            "eBorealis and Kestrel Films signed a partnership agreement.|eBorealis",
            "Kestrel Films signed a distribution deal with kBOREALIS on Tuesday.|kBOREALIS",
            "KESTREL+ signed a distribution agreement with Borealis Films.|KESTREL+",
            "Borealis Films signed a licensing agreement with Kestrel+ in Oslo.|Kestrel+",
            "Borealis Films signed a licensing agreement with Kestrel TV+ in Oslo.|Kestrel TV+",
    })
    void brandsInMixedCaseOrWithAPlusAreNames(String sentence, String name) {
        assertParty(sentence, name);
    }

    @org.junit.jupiter.api.Test
    void aBrandWithAPlusKeepsItsHeadsType() {
        List<String> ms = mentions("Borealis Films signed a licensing agreement with Kestrel TV+ in Oslo.");
        assertTrue(ms.contains("ORG = Kestrel TV+"), () -> "mentions " + ms);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a hyphenated adjective whose second part is capitalised is no brand
            "The non-EU members of Kestrel Group signed an agreement with Borealis Bank.|non-EU",
            "The pro-Kestrel parties signed a cooperation agreement with Borealis Bank.|pro-Kestrel",
            // two words glued by a typing slip are no brand
            "Anna Berg said thatKESTREL had signed an agreement with Borealis Bank.|thatKESTREL",
    })
    void aPrefixedAdjectiveIsNoBrand(String sentence, String word) {
        assertFalse(mentions(sentence).stream().anyMatch(m -> m.contains(word)), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Construction Department of the North Kestrel region signed an agreement with Borealis Builders.|Construction Department of the North Kestrel region",
            "The Health Office of the Borealis oblast signed a memorandum of understanding with Kestrel Pharma.|Health Office of the Borealis oblast",
            "Kestrel Pharma signed an agreement with the Education Department of the Lower Borealis province.|Education Department of the Lower Borealis province",
    })
    void anAreaNounClosesThePlaceOfAnOrganizationsName(String sentence, String name) {
        assertParty(sentence, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // outside an organization's "of" complement the area noun stays out of names
            "Kestrel Films signed an agreement with Borealis Bank in the North Kestrel region.",
            "The Kestrel region signed no agreement with Borealis Bank.",
    })
    void anAreaNounOutsideANameStaysOut(String sentence) {
        assertFalse(mentions(sentence).stream().anyMatch(m -> m.endsWith(" region")), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The People's Bank of Kestrel signed a currency swap agreement with Borealis Bank.|People's Bank of Kestrel",
            "The Foreign Affairs Office of the People's Government of Kestrel Province signed an agreement with Borealis Trade.|Foreign Affairs Office of the People's Government of Kestrel Province",
            "Kestrel Steel signed a wage agreement with the Workers' Union of Borealis.|Workers' Union of Borealis",
    })
    void aPossessiveThatOpensANameDoesNotSplitIt(String sentence, String name) {
        assertParty(sentence, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Ministry of Transport, Communications and Information Technology signed an agreement with Kestrel Telecom.|Ministry of Transport, Communications and Information Technology",
            "The Ministry of Culture, Tourism and Heritage signed a memorandum of understanding with Borealis Films.|Ministry of Culture, Tourism and Heritage",
            "Kestrel University signed an agreement with the Institute of Economics, Governance, and Public Policy.|Institute of Economics, Governance, and Public Policy",
            "The Department of Asian and African Affairs signed a memorandum of understanding with Kestrel Institute.|Department of Asian and African Affairs",
    })
    void aListOfFieldsInsideANameStaysInIt(String sentence, String name) {
        assertParty(sentence, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a list of parties after a ministry is still a list of parties
            "The Ministry of Health, Kestrel Pharma and Borealis Labs signed an agreement.|Ministry of Health|Kestrel Pharma|Borealis Labs",
            "The Ministry of Culture, Borealis Films and Kestrel Media signed a cooperation agreement.|Ministry of Culture|Borealis Films|Kestrel Media",
            "The Ministry of Culture and Chinese Embassy and Kestrel Media signed a cooperation agreement.|Ministry of Culture|Chinese Embassy|Kestrel Media",
    })
    void aListOfPartiesAfterAMinistryStillSplits(String sentence, String a, String b, String c) {
        assertEquals(Set.of(a, b, c), parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The National Space Promotion and Authorisation Centre signed an agreement with Kestrel Aerospace.|National Space Promotion and Authorisation Centre",
            "Borealis Bank signed a memorandum of understanding with the Kestrel Trade Promotion and Investment Agency.|Kestrel Trade Promotion and Investment Agency",
            "The Research and Innovation Council signed a cooperation agreement with Borealis University.|Research and Innovation Council",
            // field nouns of heritage and industry (field-nouns.tsv)
            "The Kestrel Monuments and Heritage Board signed a cooperation agreement with Borealis University.|Kestrel Monuments and Heritage Board",
            "Borealis Bank signed an agreement with the Energy and Petrochemicals Department of Kestrel.|Energy and Petrochemicals Department of Kestrel",
            "The Kestrel Petroleum and Minerals Authority signed an agreement with Borealis Bank.|Kestrel Petroleum and Minerals Authority",
    })
    void twoFieldsShareOneHead(String sentence, String name) {
        assertParty(sentence, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a name of its own before "and" is a party of its own
            "Kestrel Media and Borealis Centre signed a cooperation agreement.|Kestrel Media|Borealis Centre",
            "Borealis Investment Promotion and Kestrel Trade Agency signed an agreement.|Borealis Investment Promotion|Kestrel Trade Agency",
            "Kestrel Chemicals and Borealis Mining Board signed a cooperation agreement.|Kestrel Chemicals|Borealis Mining Board",
    })
    void twoNamesDoNotShareAHead(String sentence, String a, String b) {
        assertEquals(Set.of(a, b), parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Though Kestrel Media Network denied the report, it signed a deal with Borealis Films.|Kestrel Media Network",
            "Although Borealis Bank had doubts, it signed a loan agreement with Kestrel Steel.|Borealis Bank",
            "Despite Kestrel Group's losses, Borealis Bank signed a loan agreement with it.|Borealis Bank",
    })
    void aSentencesFirstWordIsNotPartOfAName(String sentence, String name) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains("ORG = " + name), () -> "mentions " + ms);
        assertFalse(ms.stream().anyMatch(m -> m.contains("Though ") || m.contains("Although ") || m.contains("Despite ")), () -> "mentions " + ms);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A K Berg, chairman of Kestrel Media, signed the agreement with Borealis Films.|PER = A K Berg",
            "A Kestrel Media spokesman said the agreement with Borealis Films was signed.|= Kestrel Media",
    })
    void initialsKeepTheirFirstLetter(String sentence, String mention) {
        assertTrue(mentions(sentence).stream().anyMatch(m -> m.endsWith(mention)), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a month with numbers in a dateline, or a month alone, is a date and never a party
            "KESTREL, Nov 28 (Nordpress) -- Kestrel Films signed an agreement with Borealis Bank.|Nov 28",
            "May 11/2021 (KNA) The Kestrel Chamber of Commerce signed a memorandum of understanding with Borealis Bank.|May 11/2021",
            "Kestrel Group, which has waited since November last, signed the agreement with Borealis Bank.|November",
    })
    void aMonthWithNumbersIsNoName(String sentence, String date) {
        List<String> ms = mentions(sentence);
        assertFalse(ms.stream().anyMatch(m -> m.startsWith("ORG") && m.contains(date) || m.startsWith("OTH") && m.contains(date)), () -> "mentions " + ms);
        assertFalse(parties(sentence).contains(date), () -> "parties " + parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "May Berg, chairwoman of Kestrel Media, signed the agreement with Borealis Films.|PER = May Berg",
            "Kestrel Media signed the agreement with Borealis Films, March Holdings and Nordic Labs.|= March Holdings",
    })
    void aMonthOpeningANameStaysInIt(String sentence, String mention) {
        assertTrue(mentions(sentence).stream().anyMatch(m -> m.endsWith(mention)), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an abbreviated legal form ends the name when a new sentence was left glued after it
            "Anna Berg stepped down as chief executive of Kestrel Media Co. He will be replaced by Piet Dorn.|ORG = Kestrel Media Co.",
            "Piet Dorn joined Borealis Films Inc. The studio signed a deal with Kestrel Media.|ORG = Borealis Films Inc.",
    })
    void aSentenceGluedAfterAnAbbreviationEndsTheName(String sentence, String mention) {
        assertTrue(mentions(sentence).contains(mention), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a name and a country: a company's national arm, not a person
            "Kestrelnet Pakistan said it had signed an agreement with Borealis Bank.|ORG = Kestrelnet Pakistan",
            "Anna Berg, chief executive of Kestrel Mobile Nigeria, signed the agreement with Borealis Bank.|ORG = Kestrel Mobile Nigeria",
            // a country that is also a person's name leaves the person
            "Michael Jordan said he had signed an agreement with Borealis Bank.|PER = Michael Jordan",
            // a person's name after a title stays a person
            "Chairman Anna Berg said the agreement with Borealis Bank was signed.|PER = Anna Berg",
    })
    void aNameAndACountryIsACompanysArm(String sentence, String mention) {
        assertTrue(mentions(sentence).contains(mention), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "on" continues a head's complement ("Committee on Land Management"), but a day or month is when
            "The agreement was signed by Kestrelnet Pakistan and Borealis Bank on Monday.|ORG = Borealis Bank",
            "The Kestrel Council on Tuesday signed an agreement with Borealis Bank.|ORG = Kestrel Council",
    })
    void aDayAfterOnIsNoComplement(String sentence, String mention) {
        assertTrue(mentions(sentence).contains(mention), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // after a title's "of", a person glued between an "X of Y" name and a verb of saying is split off
            "Kestrel University signed an agreement with Borealis College, the head of the international office of the University of Kestrel Piet Dorn said.|ORG = University of Kestrel|PER = Piet Dorn",
            "The manager of the press office of the Academy of Borealis Anna Berg told reporters the agreement was signed.|ORG = Academy of Borealis|PER = Anna Berg",
    })
    void aSpeakerGluedAfterAnOfNameIsSplitOff(String sentence, String org, String person) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains(org) && ms.contains(person), () -> "mentions " + ms);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a head's own name words before the verb stay in the name
            "The director of the Bank of Kestrel Holdings said the agreement was signed.|ORG = Bank of Kestrel Holdings",
            "The director of the University of Borealis Kestrel said the agreement was signed.|ORG = University of Borealis Kestrel",
    })
    void anOfNameBeforeAVerbOfSayingStaysWhole(String sentence, String org) {
        assertTrue(mentions(sentence).contains(org), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a headline run into the sentence: the capitalised "The" opens the next name
            "Kestrel Weekly The Borealis Institute and Kestrel University signed a cooperation agreement.|ORG = Borealis Institute",
            // after "of" a capitalised "The" stays in the name
            "The Bank of The Kestrel Islands signed an agreement with Borealis Films.|ORG = Bank of The Kestrel Islands",
    })
    void aCapitalisedTheInsideARunOpensTheNextName(String sentence, String mention) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains(mention), () -> "mentions " + ms);
        assertFalse(ms.stream().anyMatch(m -> m.contains("Weekly The")), () -> "mentions " + ms);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a direction and a country is a region; a verb opening a sentence is no company
            "Kestrel Motors will cut jobs in North America this year.|North America",
            "Describing Nigeria's media as the largest, Anna Berg said the agreement with Borealis Bank was signed.|Describing Nigeria",
    })
    void aDirectionOrAVerbBeforeACountryIsNoCompany(String sentence, String words) {
        assertFalse(mentions(sentence).contains("ORG = " + words), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an owner's name made an adjective is no part of the name after it ("Kestrel Group-owned Lumo Steel")
            "Borealis Bank signed an agreement with Kestrel Group-owned Lumo Steel.|Lumo Steel",
            "Borealis Bank signed an agreement with Lumo Steel and Kestrel Holdings-run Orsa Air.|Lumo Steel",
            "Borealis Bank signed an agreement with Lumo Steel and Kestrel Holdings-run Orsa Air.|Orsa Air",
    })
    void anOwnersAdjectiveIsNoPartOfTheName(String sentence, String name) {
        assertParty(sentence, name);
    }
}
