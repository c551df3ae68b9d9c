package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.AgreementFact;
import signet.fact.ExtractionResult;

/**
 * Where an organization's name begins and ends, in several wordings per class: long names whose
 * "and"/"of"/"for"/"on" continue the name, a possessive place before a generic body, a capitalised
 * descriptor before a name, a person glued after a name, a title word before a title, credit lines,
 * names in other languages and legal forms written in front. Every organization and person here is
 * invented, so only the rules can find them. The mentions are read as {@code extract --forms}
 * prints them; the parties as the agreement facts name them.
 */
class OrgBoundariesTest {
    private static final RuleExtractor X = new RuleExtractor();

    /** The mentions of the first sentence of {@code text}, as "ORG = name" lines ({@code extract --forms}). */
    static List<String> mentions(String text) {
        String form = X.abstractForms(TestArticles.of(text)).get(0);
        List<String> out = new ArrayList<>();
        for (String line : form.split("\n")) {
            line = line.strip();
            int eq = line.indexOf(" = ");
            if (eq > 0 && line.indexOf('_') > 0) out.add(line.substring(0, line.indexOf('_')) + " = " + line.substring(eq + 3));
        }
        return out;
    }

    static Set<String> parties(String text) {
        ExtractionResult r = X.extract(TestArticles.of(text, "2024-05-06", null));
        Set<String> out = new TreeSet<>();
        for (var f : r.facts()) if (f instanceof AgreementFact a) a.parties().forEach(p -> out.add(p.name()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a head's complement goes on past "and" when what follows has no head of its own
            "The Ministry of Posts and Telecommunications signed a memorandum of understanding with Kestrel Telecom.|Ministry of Posts and Telecommunications",
            "The Council for Scientific and Industrial Research signed an agreement with Kestrel Labs.|Council for Scientific and Industrial Research",
            "The Institute of Nordic and Arctic Studies signed a cooperation agreement with Kestrel University.|Institute of Nordic and Arctic Studies",
            "The Ministry of Supply and Internal Trade of Freedonia signed a deal with Kestrel Foods.|Ministry of Supply and Internal Trade of Freedonia",
            // "on" and "for the" after a head continue its complement
            "The State Committee on Land Management and Geodesy signed an agreement with Kestrel Maps.|State Committee on Land Management and Geodesy",
            "The Kestrel Council for the Promotion of Trade signed an agreement with Borealis Bank.|Kestrel Council for the Promotion of Trade",
            // an acronym in parentheses that spells the whole run keeps it whole
            "The Oil and Natural Gas Corporation (ONGC) signed a memorandum of understanding with Kestrel Power.|Oil and Natural Gas Corporation",
            "The Small and Medium Business Development Agency (SMBDA) signed a memorandum with Kestrel Partners.|Small and Medium Business Development Agency",
            // names in other languages: the head opens the name, "de"/"do"/"des" join it
            "Instituto Borealis signed a cooperation agreement with Kestrel Films.|Instituto Borealis",
            "Banco do Kestrel signed an agreement with Borealis Pictures.|Banco do Kestrel",
            "The Agence Borealienne de Presse signed a memorandum of understanding with Kestrel News Agency.|Agence Borealienne de Presse",
            "Universidad Nacional de Kestrel signed an agreement with Borealis Studios.|Universidad Nacional de Kestrel",
            // an elided article before a capital ("l'Irrigation", "d'Art") and "ir" (Lithuanian "and") stay inside the name
            "The Agence Borealienne de l'Irrigation Durable signed an agreement with Kestrel Farms.|Agence Borealienne de l'Irrigation Durable",
            // legal forms written in front are part of the name; the words after them are no person
            "JSC Kestrel Mineral Water and LLP Borealis signed a distribution agreement.|JSC Kestrel Mineral Water",
            "JSC Kestrel Mineral Water and LLP Borealis signed a distribution agreement.|LLP Borealis",
            // two fields share the head after them: "TV and Radio Company", "Space and Aviation Agency"
            "The National State TV and Radio Company of Ruritania signed an agreement with Kestrel Media.|National State TV and Radio Company of Ruritania",
            "The Kestrel TV and Radio Company signed an agreement with Borealis Media.|Kestrel TV and Radio Company",
            "The Ministry of Posts and Telecommunications of Ruritania signed an agreement with Kestrel Telecom.|Ministry of Posts and Telecommunications of Ruritania",
            "The Ruritanian Space and Aviation Agency signed an agreement with Kestrel Rockets.|Ruritanian Space and Aviation Agency",
            // a list of fields ending in a group of people is one name
            "The Union of Film, Television and Arts Workers signed a memorandum with Borealis Bank.|Union of Film, Television and Arts Workers",
            "The Union of Kestrel Journalists signed an agreement with Borealis Bank.|Union of Kestrel Journalists",
            // a place before a second head names a unit of the first
            "The Kestrel News Agency Moscow Bureau signed an agreement with Borealis Bank.|Kestrel News Agency Moscow Bureau",
            "The Kestrel Media Group Holdings signed an agreement with Borealis Bank.|Kestrel Media Group Holdings",
            "The Kestrel Publishing United Group signed an agreement with Borealis Bank.|Kestrel Publishing United Group",
            // fields listed with commas before the head they share
            "The Agricultural Research, Education, and Extension Organization of Ruritania signed a memorandum with Kestrel Seeds.|Agricultural Research, Education, and Extension Organization of Ruritania",
            "Kestrel Research, Education and Innovation Agency signed an agreement with Borealis Labs.|Kestrel Research, Education and Innovation Agency",
    })
    void longAndForeignNamesStayWhole(String sentence, String name) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains("ORG = " + name), () -> "mentions " + ms);
        assertTrue(parties(sentence).contains(name), () -> "parties " + parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a number after "for" is an amount or a duration, not part of the name before it
            "Kestrel Foods signed an agreement to buy Borealis Dairy from Orion Holdings for 300 million euros.|Orion Holdings",
            "Kestrel Telecom signed a lease with Borealis Towers Group for 15 years.|Borealis Towers Group",
            // a number right after a capitalised word stays in the name
            "Borealis Radio 1 signed an agreement with Kestrel Media.|Borealis Radio 1",
    })
    void anAmountAfterForEndsTheName(String sentence, String name) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.stream().anyMatch(m -> m.endsWith(" = " + name)), () -> "mentions " + ms);
        assertTrue(ms.stream().noneMatch(m -> m.contains(name + " for")), () -> "mentions " + ms);
    }

    /** Capitals joined by "&" with no space are one name ("AT&T" was "at", "&" and a name "T"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "KT&G signed a network agreement with Kestrel Films on Monday.|KT&G + Kestrel Films",
            "Kestrel Films signed a distribution deal with BK&R Inc. on Monday.|BK&R Inc. + Kestrel Films",
            "Q&V and Velsk Foods signed a supply deal.|Q&V + Velsk Foods",
    })
    void capitalsJoinedByAmpersandAreOneName(String sentence, String pair) {
        assertEquals(Set.of(pair.split(" \\+ ")), parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // near misses: a business noun written with "&" (lexicons/word-sets.tsv ampersand-terms) is no party
            "Kestrel Films signed an M&A advisory deal with Velsk Bank.|Kestrel Films + Velsk Bank",
            "Kestrel Films signed an R&D agreement with Velsk Foods.|Kestrel Films + Velsk Foods",
            "Kestrel Films signed an E&P contract with Velsk Oil.|Kestrel Films + Velsk Oil",
    })
    void anAmpersandAbbreviationIsNoParty(String sentence, String pair) {
        assertEquals(Set.of(pair.split(" \\+ ")), parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // coordination of two organizations still splits
            "The Ministry of Culture and Kestrel Pictures signed an agreement.|Ministry of Culture|Kestrel Pictures",
            "The Bank of Shanghai and Borealis Capital signed a memorandum of understanding.|Bank of Shanghai|Borealis Capital",
            "The University of Kestrel and Borealis Film Festival signed a cooperation agreement.|University of Kestrel|Borealis Film Festival",
            "Kestrel TV and Borealis Radio signed a cooperation agreement.|Kestrel TV|Borealis Radio",
            "The Ruritania Space Agency and Kestrel Aviation signed a cooperation agreement.|Ruritania Space Agency|Kestrel Aviation",
            // a second name with a head of its own glued after a first one's head
            "The Kestrel Film Festival Aurora Pictures signed an agreement.|Kestrel Film Festival|Aurora Pictures",
            "Borealis State University Kestrel Hospital signed a cooperation agreement.|Borealis State University|Kestrel Hospital",
            // a list whose last item has a name of its own lists parties
            "Kestrel Research, Borealis Trade and Investment Agency signed an agreement.|Kestrel Research|Borealis Trade and Investment Agency",
    })
    void coordinatedOrganizationsStillSplit(String sentence, String left, String right) {
        Set<String> got = parties(sentence);
        assertEquals(Set.of(left, right), got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a possessive place before a generic public body names it, written after it as its full name is (a bare "Film Fund" is every
            // country's; "Film Fund of Norway" is the one body however the article writes it)
            "Norway's Film Fund signed an agreement with Kestrel Pictures.|Film Fund of Norway|Norway",
            "Tajikistan's Accounts Chamber and Kestrel Audit signed a cooperation agreement.|Accounts Chamber of Tajikistan|Tajikistan",
            "Belarus' State Control Committee signed an agreement with Kestrel Consulting.|State Control Committee of Belarus|Belarus",
            "Kenya's Ministry of Health signed a memorandum of understanding with Kestrel Pharma.|Ministry of Health of Kenya|Kenya",
    })
    void possessivePlaceNamesAGenericBody(String sentence, String body, String place) {
        assertTrue(parties(sentence).contains(body), () -> "parties " + parties(sentence));
        assertTrue(mentions(sentence).contains("PLC = " + place), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a name of its own after a possessive place, or a festival, is not renamed
            "Norway's Kestrel Pictures signed an agreement with Borealis Films.|Kestrel Pictures",
            "Iran's International Film Festival for Children signed an agreement with Borealis Films.|International Film Festival for Children",
    })
    void possessivePlaceBeforeAProperNameSplitsOff(String sentence, String org) {
        assertTrue(parties(sentence).contains(org), () -> "parties " + parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kestrel Films and the Italian News Agency BNX signed a cooperation agreement.|BNX|Italian News Agency BNX",
            "Kestrel Pictures and News Agency Borealis signed a cooperation agreement.|Borealis|News Agency Borealis",
            "Kestrel Films and Public Broadcaster Borealis Vision signed a cooperation agreement.|Borealis Vision|Public Broadcaster Borealis Vision",
    })
    void aCapitalisedDescriptorIsNotPartOfTheName(String sentence, String name, String glued) {
        Set<String> got = parties(sentence);
        assertTrue(got.contains(name), () -> "parties " + got);
        assertFalse(got.contains(glued), () -> "parties " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The deal was signed by Deputy Director of the Kestrel Development Agency Anna Berg.|Kestrel Development Agency|Anna Berg",
            "The document was signed by Chairman of the KDA Board Piet Dorn.|KDA Board|Piet Dorn",
            "The memorandum was signed by Deputy Director of Freedonia's Agency for Entrepreneurship Development Lena Vos.|Agency for Entrepreneurship Development|Lena Vos",
            "The deal was signed by Chairman of the State Committee on Television and Cinematography of Peru Anna Berg.|State Committee on Television and Cinematography of Peru|Anna Berg",
    })
    void aPersonAfterATitlesOrganizationIsSplitOff(String sentence, String org, String person) {
        // the organization's mention ends before the person ("KDA Board" stays untyped: "board" alone is no head)
        List<String> names = mentions(sentence).stream().map(m -> m.substring(m.indexOf(" = ") + 3)).toList();
        assertTrue(names.contains(org), () -> "mentions " + mentions(sentence));
        assertTrue(names.contains(person), () -> "mentions " + mentions(sentence));
    }

    @Test
    void aTitleWordIsNotTheEndOfAnOrganization() {
        List<String> ms = mentions("Freedonia Prime Minister Anna Berg met Kestrel Films executives on Monday.");
        assertTrue(ms.contains("TTL = Prime Minister"), () -> "mentions " + ms);
        assertFalse(ms.stream().anyMatch(m -> m.contains("Prime") && !m.startsWith("TTL")), () -> "mentions " + ms);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Photo: Kestrel Archive / Borealis Press Agency",
            "Source: Borealis News Agency",
            "KESTREL/Anna Berg/File Photo",
            "By Anna Berg, Borealis News Agency",
            "Photo credit: Borealis Media Group",
            "Photo: Anna Berg for Borealis Press Agency",
            "Photo: Anna Berg via Borealis Media Group",
    })
    void creditLinesNameNoOrganization(String line) {
        List<String> ms = mentions(line);
        assertTrue(ms.stream().noneMatch(m -> m.startsWith("ORG") || m.startsWith("PER")), () -> "mentions " + ms);
    }

    @Test
    void aCreditBeforeTheNextSentenceKeepsThatSentencesNames() {
        Set<String> got = parties("Photo: Kestrel Archive\nBorealis Films and Kestrel Pictures signed a cooperation agreement on Monday.");
        assertEquals(Set.of("Borealis Films", "Kestrel Pictures"), got);
    }

    @Test
    void aSentenceOpeningWithByIsProse() {
        Set<String> got = parties("By signing the agreement on Monday, Borealis Films and Kestrel Pictures agreed to share studios.");
        assertTrue(got.contains("Borealis Films") || got.isEmpty(), () -> "parties " + got);
        List<String> ms = mentions("By the end of May, Borealis Films and Kestrel Pictures signed a cooperation agreement in Lima.");
        assertTrue(ms.contains("ORG = Borealis Films") && ms.contains("ORG = Kestrel Pictures"), () -> "mentions " + ms);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an acronym right after the words it spells, its parentheses lost, closes the name
            "Kestrel Air signed an agreement with the Department of Telecom DoT and Borealis Bank.|Department of Telecom",
            "The Ruritania News Agency RNA signed an agreement with Kestrel Media.|Ruritania News Agency",
            "Kestrel Media signed a memorandum with the Borealis Space Research Organisation BSRO on Monday.|Borealis Space Research Organisation",
    })
    void aBareAcronymAfterItsNameClosesIt(String sentence, String name) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains("ORG = " + name), () -> "mentions " + ms);
        assertTrue(parties(sentence).contains(name), () -> "parties " + parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // capitals that spell no name before them stay what they were
            "The Kestrel Media Group KBC signed an agreement with Borealis Bank.|Kestrel Media Group KBC",
            "Kestrel Bank KB signed an agreement with Borealis Media.|Kestrel Bank KB",
    })
    void capitalsThatSpellNothingStay(String sentence, String mention) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.stream().anyMatch(m -> m.endsWith("= " + mention)), () -> "mentions " + ms);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a headline's capitalised verb after an organization's head word ends its name
            "Kestrel State University Signs Memorandum With Borealis College|ORG = Kestrel State University",
            "Borealis News Agency Inks Cooperation Deal|ORG = Borealis News Agency",
            "Kestrel Film Festival Announces Jury|ORG = Kestrel Film Festival",
            // a verb-like word that is part of a name, or after a word that is no head, stays
            "The Kestrel Signs Company signed an agreement with Borealis College.|ORG = Kestrel Signs Company",
            "Borealis Opens Foundation signed an agreement with Kestrel College.|ORG = Borealis Opens Foundation",
    })
    void aHeadlineVerbAfterAHeadEndsTheName(String sentence, String mention) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains(mention), () -> "mentions " + ms);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a possessive of a place the reference data does not know still names the country's generic body
            "Ruritania's Film Fund signed an agreement with Kestrel Pictures.|Film Fund of Ruritania",
            "Borealia's Ministry of Health signed a memorandum of understanding with Kestrel Pharma.|Ministry of Health of Borealia",
            // a body with a name of its own is split from its owner as before
            "Ruritania's Kestrel Pictures signed an agreement with Borealis Bank.|Kestrel Pictures",
            // an acronym's possessive is a company's: its unit keeps its own name
            "KPC's Foreign Cooperation Department signed an agreement with Borealis Bank.|Foreign Cooperation Department",
    })
    void anUnknownPlacesPossessiveNamesAGenericBody(String sentence, String party) {
        assertTrue(parties(sentence).contains(party), () -> "parties " + parties(sentence) + " mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // regions of the world and states are places, never parties or posts' organizations
            "Kestrel Media signed an agreement with Borealis Bank to expand in East Asia and West Africa.|East Asia",
            "Kestrel Media signed an agreement with Borealis Bank to expand in East Asia and West Africa.|West Africa",
            "Ohio, Kestrel Bank and Borealis Bank have signed a definitive merger agreement.|Ohio",
    })
    void regionsAndStatesArePlaces(String sentence, String place) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains("PLC = " + place), () -> "mentions " + ms);
        assertFalse(parties(sentence).contains(place), () -> "parties " + parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a state's name opening an institution's name stays in it
            "The Ohio State University signed an agreement with Borealis Bank.|Ohio State University",
            "The California Institute of Kestrel Arts signed an agreement with Borealis Bank.|California Institute of Kestrel Arts",
    })
    void aStateOpeningANameStaysInIt(String sentence, String name) {
        assertTrue(parties(sentence).contains(name), () -> "parties " + parties(sentence) + " mentions " + mentions(sentence));
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a nationality that opens an official name made only of common words is part of it
            "The Peruvian Council for Export Promotion, Investment and Technology signed a memorandum with Kestrel Bank.|Peruvian Council for Export Promotion, Investment and Technology",
            "Kestrel University signed an agreement with the Norwegian Academy of Medical Sciences.|Norwegian Academy of Medical Sciences",
            "The Chilean Institute of Social Research and Borealis Labs signed a cooperation agreement.|Chilean Institute of Social Research",
            "An agreement was signed between Kestrel Pharma and the Kenyan Chamber of Commerce.|Kenyan Chamber of Commerce",
            "The Mexican National Centre for Scientific Research signed a memorandum of understanding with Borealis Labs.|Mexican National Centre for Scientific Research",
            "The Kenyan Sectoral Professional Association signed a memorandum of understanding with Borealis Labs.|Kenyan Sectoral Professional Association",
    })
    void aNationalityOpeningACommonWordsNameStaysInIt(String sentence, String name) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains("ORG = " + name), () -> "mentions " + ms);
        assertTrue(parties(sentence).contains(name), () -> "parties " + parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // before a name of its own (two proper words, an acronym) or a name the reference data knows, it describes the name
            "The Peruvian Kestrel Ori Group signed an agreement with Borealis Bank.|Kestrel Ori Group",
            "The Norwegian KBX Media Group signed an agreement with Borealis Bank.|KBX Media Group",
            "Kestrel Films signed an agreement with the Chinese Xinhua News Agency.|Xinhua News Agency",
            "The Kenyan Velsk Coral Academy of Sciences signed an agreement with Borealis Bank.|Velsk Coral Academy of Sciences",
            "The Chinese Suzhou Animation Company signed an agreement with Borealis Bank.|Suzhou Animation Company",
    })
    void aNationalityBeforeANameOfItsOwnIsCut(String sentence, String name) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains("ORG = " + name), () -> "mentions " + ms);
        assertTrue(parties(sentence).contains(name), () -> "parties " + parties(sentence));
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a chamber's, an embassy's or an office's "in <place>" is part of its name
            "The American Chamber of Commerce in Ruritania signed a memorandum with Kestrel Bank.|American Chamber of Commerce in Ruritania",
            "Kestrel Films signed an agreement with the Embassy of Ruritania in Freedonia.|Embassy of Ruritania in Freedonia",
            "The Kestrel Trade Office in Lima and Borealis Bank signed a memorandum of understanding.|Kestrel Trade Office in Lima",
            "The Embassy of Ruritania in Lima on Friday signed a cooperation agreement with Kestrel Films.|Embassy of Ruritania in Lima",
            // a committee's "on <fields>" after its "of <place>" complement is part of its name
            "The State Committee of Freedonia on Television, Radio Broadcasting and Cinematography signed an agreement with Kestrel Media.|State Committee of Freedonia on Television, Radio Broadcasting and Cinematography",
            "Kestrel Media signed an agreement with the Council of Ruritania on Culture and Tourism.|Council of Ruritania on Culture and Tourism",
            "The State Committee on Television and Radio signed an agreement with Kestrel Media.|State Committee on Television and Radio",
    })
    void aTailThatTheHeadTakesStaysInTheName(String sentence, String name) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains("ORG = " + name), () -> "mentions " + ms);
        assertTrue(parties(sentence).contains(name), () -> "parties " + parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // after a head that takes no such tail, or before a day, the place and the time are the sentence's
            "Coral Bank in Peru signed an agreement with Kestrel Films.|Coral Bank|PLC = Peru",
            "Kestrel Media met the Ruritania Film Council in Lima and signed a cooperation agreement with it.|Ruritania Film Council|PLC = Lima",
            "The Commission of Ruritania on Monday signed an agreement with Kestrel Media.|Commission of Ruritania|AGR = agreement",
            "The Kestrel Chamber in Lima Anna Berg signed an agreement with Borealis Bank.|Kestrel Chamber|PLC = Lima",
            // a head alone refers back to a named body: the place stays the sentence's
            "The Chamber in Lima signed a memorandum with Borealis Bank on Monday.|Borealis Bank|PLC = Lima",
            // a venue after "at": its place is where the signing happened
            "Kestrel Films and Borealis Bank signed the agreement at the Embassy of Ruritania in Lima.|Embassy of Ruritania|PLC = Lima",
            "Kestrel Films and Borealis Bank signed a memorandum at the Kenyan Chamber of Commerce in Lima on Monday.|Kenyan Chamber of Commerce|PLC = Lima",
    })
    void aTailTheHeadDoesNotTakeStaysOut(String sentence, String name, String other) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains("ORG = " + name), () -> "mentions " + ms);
        assertTrue(ms.contains(other), () -> "mentions " + ms);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a generic second part after "and", with no proper word of its own, is the same organization
            "Kestrel Bank signed a memorandum with the Velsk Chamber of Commerce and Sectorial Association.|Velsk Chamber of Commerce and Sectorial Association",
            "The Coral Chamber of Commerce and Professional Associations signed an agreement with Borealis Films.|Coral Chamber of Commerce and Professional Associations",
            "The Kenyan Chamber of Commerce and Sectoral Association signed an agreement with Borealis Films.|Kenyan Chamber of Commerce and Sectoral Association",
            "The Coral Federation of Employers and Industrial Associations signed an agreement with Borealis Films.|Coral Federation of Employers and Industrial Associations",
    })
    void aGenericSecondPartStaysInTheName(String sentence, String name) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains("ORG = " + name), () -> "mentions " + ms);
        assertTrue(parties(sentence).contains(name), () -> "parties " + parties(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // its own determiner, a proper word, a word that opens a name, or a government body before it: two parties
            "The Coral Chamber of Commerce and the Velsk Sectoral Association signed a memorandum.|Coral Chamber of Commerce|Velsk Sectoral Association",
            "The Coral Chamber of Commerce and Velsk Sectoral Association signed a memorandum.|Coral Chamber of Commerce|Velsk Sectoral Association",
            "The Coral Chamber of Commerce and National Sectoral Association signed a memorandum.|Coral Chamber of Commerce|National Sectoral Association",
            "The Ministry of Trade and Sectoral Association signed a memorandum.|Ministry of Trade|Sectoral Association",
            "The Coral Chamber of Commerce and Kestrel Bank signed a memorandum.|Coral Chamber of Commerce|Kestrel Bank",
    })
    void aSecondPartWithANameOfItsOwnIsAnotherParty(String sentence, String left, String right) {
        assertEquals(Set.of(left, right), parties(sentence));
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a head written in lower case right after a name made of a place and fields closes that name
            "Ruritania Radio and Television corporation Director General Anna Berg signed an agreement with Kestrel Media.|Ruritania Radio and Television Corporation",
            "The Peru Radio and Television corporation signed an agreement with Kestrel Media.|Peru Radio and Television Corporation",
            "Kestrel Media signed an agreement with the National Film and Television company.|National Film and Television Company",
            "The Chilean Broadcasting agency signed an agreement with Kestrel Media.|Chilean Broadcasting Agency",
    })
    void aLowerCaseHeadClosesANameOfFields(String sentence, String name) {
        assertTrue(parties(sentence).contains(name), () -> "parties " + parties(sentence) + " mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // after a name of its own the lower-case word describes it; "group" and verbs never join
            "The Kestrel Media company signed an agreement with Borealis Films.|Kestrel Media",
            "KBX Weichai company signed an agreement with Borealis Films.|KBX Weichai",
            "Kestrel Films signed an agreement with the Velsk Television group of companies.|Kestrel Films",
            "The Velsk Radio SA company signed an agreement with Borealis Films.|Velsk Radio SA",
            "Television company Kestrel Media signed an agreement with Borealis Films.|Kestrel Media",
    })
    void aLowerCaseWordAfterANameOfItsOwnStaysOut(String sentence, String name) {
        Set<String> got = parties(sentence);
        assertTrue(got.contains(name), () -> "parties " + got + " mentions " + mentions(sentence));
        assertTrue(got.stream().noneMatch(p -> p.toLowerCase().endsWith(" company") || p.toLowerCase().endsWith(" group")), () -> "parties " + got);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a quoted name before or after an organization named only by its kind is one organization, named in the text's order
            "The Ministry of Culture signed an agreement with “Kestrel” Interstate TV and Radio Company.|Kestrel Interstate TV and Radio Company",
            "The Ministry of Culture signed an agreement with the TV and Radio Broadcasting Company “Kestrel”.|TV and Radio Broadcasting Company Kestrel",
            "“Aurora” National Film Company and Borealis Bank signed a cooperation agreement.|Aurora National Film Company",
    })
    void aQuotedNameAndItsKindAreOneOrganization(String sentence, String name) {
        assertTrue(parties(sentence).contains(name), () -> "parties " + parties(sentence) + " mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a quoted name after a name of its own, or apart from the kind, stays apart
            "The Ministry of Culture signed an agreement with Kestrel Media “Aurora”.|Kestrel Media|Aurora",
            "The Ministry of Culture signed an agreement with “Kestrel” and the National Film Company.|Kestrel|National Film Company",
    })
    void aQuotedNameApartFromAKindStaysApart(String sentence, String left, String right) {
        Set<String> got = parties(sentence);
        assertTrue(got.contains(left) && got.contains(right), () -> "parties " + got + " mentions " + mentions(sentence));
    }

    @Test
    void anAcronymBeforeAQuotedNameIsItsAcronym() {
        Set<String> got = parties("Kestrel Media signed an agreement with KTRC “Aurora”.");
        assertEquals(Set.of("Kestrel Media", "Aurora"), got);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a place alone before "for" and a purpose is no name
            "Kestrel Bank signed a memorandum with the Council of Kestrel Studies (CKS) of Peru for Joint Research on Oceanography.|Council of Kestrel Studies|Kestrel Bank",
            "Kestrel Bank signed a memorandum with Borealis Labs (BLX) of Chile for Joint Research in Oceanography.|Kestrel Bank|Borealis Labs",
            // with a head after it, it is a name
            "Kestrel Bank signed a memorandum with the Peru for Peace Foundation.|Peru for Peace Foundation|Kestrel Bank",
    })
    void aPlaceBeforeForAndAPurposeIsNoName(String sentence, String a, String b) {
        assertEquals(Set.of(a, b), parties(sentence), () -> "mentions " + mentions(sentence));
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a branch after its organization and a spaced dash is one organization
            "Kestrel Bank signed an MoU with the Council for Borealis Trade - Velsk Sub-Council.|Council for Borealis Trade - Velsk Sub-Council",
            "Borealis Films signed an agreement with Kestrel Bank – Lima Branch on Monday.|Kestrel Bank - Lima Branch",
    })
    void aBranchAfterADashIsPartOfTheName(String sentence, String name) {
        assertTrue(parties(sentence).contains(name), () -> "parties " + parties(sentence) + " mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a dash before another organization or a person separates them
            "Kestrel Bank - Borealis Films signed an agreement.|Kestrel Bank|Borealis Films",
            "Kestrel Bank - Lima Branch and Kestrel Bank signed an agreement.|Kestrel Bank - Lima Branch|Kestrel Bank",
    })
    void aDashBeforeAnotherNameSeparates(String sentence, String left, String right) {
        assertEquals(Set.of(left, right), parties(sentence), () -> "mentions " + mentions(sentence));
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // two member nouns share the head after them; a fair and a guild are organizations
            "The Publishers & Booksellers Guild of Velsk signed an MoU with the Lima Book Fair.|Publishers & Booksellers Guild of Velsk|Lima Book Fair",
            "The Writers and Editors Association signed an MoU with Kestrel Bank.|Writers and Editors Association|Kestrel Bank",
            // a member noun after a name of its own lists another party
            "Kestrel Publishers and Borealis Booksellers Guild signed an MoU.|Kestrel Publishers|Borealis Booksellers Guild",
    })
    void memberNounsShareTheirHead(String sentence, String left, String right) {
        assertEquals(Set.of(left, right), parties(sentence), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an adjective "X-language", "X-speaking" after a possessive is no name of its own
            "Coral Media Group's English-language newspaper Lumo Daily signed an agreement with Kestrel Bank.|Lumo Daily|Kestrel Bank",
            "Coral Media Group's Russian-language channel Lumo 24 signed an agreement with Kestrel Bank.|Lumo 24|Kestrel Bank",
            "Kestrel Bank signed an agreement with Coral Media Group's French-speaking service Lumo Monde.|Kestrel Bank|Lumo Monde",
    })
    void aLanguageAdjectiveAfterAPossessiveIsNoName(String sentence, String left, String right) {
        assertEquals(Set.of(left, right), parties(sentence), () -> "mentions " + mentions(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an abbreviation before "said" is an organization's name, not a person's
            "BGX said its subsidiary Lumo Acquisition will run the merger.|BGX",
            "KSB said it would sign the agreement with Lumo Bank.|KSB",
    })
    void anAbbreviationBeforeSaidIsNoPerson(String sentence, String name) {
        assertFalse(mentions(sentence).contains("PER = " + name), () -> "mentions " + mentions(sentence));
    }
}
