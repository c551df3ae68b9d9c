package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.ExtractionResult;
import signet.fact.PartOfFact;

/**
 * Part-of in the wordings news uses for it: apposition ("A, a subsidiary of B", "A, B's
 * streaming unit", "A, the official website of B"), ownership ("B, owner of A", "A, a B
 * company"), "A under the Ministry of ...", lists ("B has three subsidiaries including A1 and
 * A2"), units whose own name names their parent ("Media Center of the University of X"), and an
 * arm described instead of named. Every organization is invented, so only the rules can find them;
 * the negative cases are the near misses a looser rule would read as part-of.
 */
class PartOfWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();

    /** Every part-of of a text as "child < parent" with the rule that read it. */
    private static Set<String> partOf(String text) {
        return TestArticles.partOf(X.extract(TestArticles.of(text, "2024-05-02", null)));
    }

    private static Set<String> rules(String text) {
        ExtractionResult r = X.extract(TestArticles.of(text, "2024-05-02", null));
        Set<String> out = new TreeSet<>();
        for (var f : r.facts())
            if (f instanceof PartOfFact p) p.evidence().forEach(e -> out.add(e.rule()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // sentence | expected "child < parent" (one of the facts)
            // apposition, with an abbreviation, in parentheses, with more unit nouns
            "Orion Storage Limited (“OSL”), a wholly-owned subsidiary of Orion Technologies, Inc., announced a deal.|Orion Storage Limited < Orion Technologies, Inc.",
            "Lumo Daily (a unit of Coral Group) reported the news.|Lumo Daily < Coral Group",
            "Aria News, the official website of Coral Group, reported the news.|Aria News < Coral Group",
            "Kestrel Radio, an affiliate of Zephyr Media Group, launched a show.|Kestrel Radio < Zephyr Media Group",
            // a described child, owned by a named parent
            "Kestrel Power Limited (“KPL”), a Kent-based 49 MW storage (“BESS”) development wholly owned by Tarn Energy Limited, was sold.|Kestrel Power Limited < Tarn Energy Limited",
            // possessives
            "Waymo Labs, Orbit Group's self-driving unit, tested new cars.|Waymo Labs < Orbit Group",
            "Films will reach viewers through Coral Media Group's Streamly video platform.|Streamly < Coral Media Group",
            "Coral Media Group's streaming platform Lumo TV gained users.|Lumo TV < Coral Media Group",
            // ownership nouns, both directions
            "Zeta Pictures Group, owner of Lumo Studios, picked up a stake.|Lumo Studios < Zeta Pictures Group",
            "Acme Holdings, the parent company of Bolt Motors, reported profits.|Bolt Motors < Acme Holdings",
            "Waymo Labs, Orbit Group's parent company, reported profits.|Orbit Group < Waymo Labs",
            "Bolt Motors, an Acme Holdings company, reported profits.|Bolt Motors < Acme Holdings",
            "TV Horizon Network, the Zenith Star Group company which manages Lumo, said so.|TV Horizon Network < Zenith Star Group",
            "The Baltic Power Corporation, a Government of Lithuania Undertaking, signed an agreement with Coral Media Group.|Baltic Power Corporation < Government of Lithuania",
            // under, belongs to, affiliated to
            "A memorandum between the Small Business Agency of Ruritania and the Export Development Agency under the Ministry of Trade and Industry of Freedonia was signed.|Export Development Agency < Ministry of Trade and Industry of Freedonia",
            "Baltic Power signed a deal with Delta Oil Corporation, the PSU under the Ministry of Energy, on Monday.|Delta Oil Corporation < Ministry of Energy",
            "Kestrel Radio, which belongs to the Zephyr Media Group, launched a show.|Kestrel Radio < Zephyr Media Group",
            "Norland University, affiliated to the Ministry of Education of Ruritania, opened a campus.|Norland University < Ministry of Education of Ruritania",
            "The Baltic Wire Agency, a member of the Eurasian News Alliance, signed a deal.|Baltic Wire Agency < Eurasian News Alliance",
            // lists: each member is a child
            "Delta Media Holding has three subsidiaries including broadcasters KTV and RNT as well as Orion Film Studios, a leading film distributor.|RNT < Delta Media Holding",
            "Delta Media Holding has three subsidiaries including broadcasters KTV and RNT as well as Orion Film Studios, a leading film distributor.|Orion Film Studios < Delta Media Holding",
            "Coral Media Group's channels Lumo TV, Aria Kids and Norte Sport will carry the series.|Aria Kids < Coral Media Group",
            "The Eurasian News Alliance, which includes the Baltic Wire Agency and Andean Press Service, met in Lima.|Andean Press Service < Eurasian News Alliance",
            "Coral Media Group said its subsidiary Lumo Studios would produce the film.|Lumo Studios < Coral Media Group",
            // a unit whose own name names its parent
            "The Media Center of the University of Karlstad signed a memorandum with Coral Media Group.|Media Center of the University of Karlstad < University of Karlstad",
            "Mark Ulm, director of the Institute of Physics of the Ruritanian Academy of Sciences, spoke.|Institute of Physics of the Ruritanian Academy of Sciences < Ruritanian Academy of Sciences",
            "The Editorial Board of the Senate of Ruritania will publish the texts.|Editorial Board of the Senate of Ruritania < Senate of Ruritania",
            "The Chamber of Deputies of the Congress of the Union signed an agreement with Coral Media Group.|Chamber of Deputies of the Congress of the Union < Congress of the Union",
            "The Construction Department of the North Lakeland Region signed a memorandum with Coral Media Group.|Construction Department of the North Lakeland Region < North Lakeland Region",
            // an arm described, not named: the parent is the article's organization the child's name starts with
            "Korvan Widgets Natural Resources, the Canadian arm of Norway's biggest widget maker, is in talks.\\nWoodpine and Korvan Widgets declined to comment.|Korvan Widgets Natural Resources < Korvan Widgets",
    })
    void wordings(String text, String expected) {
        Set<String> got = partOf(text.replace("\\n", "\n"));
        assertTrue(got.contains(expected), () -> "got " + got);
    }

    /**
     * Classes an audit on unannotated news found missed (invented sentences, several wordings
     * each): an owner the finder left untyped, a possessive broken by a stock ticker or split from
     * a name ending in a period, a noun after the unit noun, studios and portfolios as lists,
     * "operated by" and an owner described, an ownership stated in a relative clause, and a unit
     * whose name the finder split at "of the".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an untyped owner with an ownership noun
            "Upon completion, Harlow's wholly owned subsidiary, Mercer Savings Bank, will merge.|Mercer Savings Bank < Harlow",
            "Quillcorp's subsidiary bank, Plains Federal Bank of the West, will absorb it.|Plains Federal Bank of the West < Quillcorp",
            "Analysts expect Brantix's unit Orvanta Labs to lead the work.|Orvanta Labs < Brantix",
            // a stock ticker or a split possessive between the owner and the unit
            "Norvale Corp.'s (NASDAQ: NRVL) movie studio Halcyon Pictures signed a deal.|Halcyon Pictures < Norvale Corp.",
            "Norvale Media's (NYSE: NRM) streaming service Lumora grew fast.|Lumora < Norvale Media",
            "Karsten Group Corporation's (NYSE: KGC) Karsten Pictures Entertainment signed a licensing deal.|Karsten Pictures Entertainment < Karsten Group Corporation",
            // studios and other units in a possessive list
            "The deal also covers films from Velmont's film studios such as Brightwater, Lanternfly, and Orchid Films.|Lanternfly < Velmont",
            "Norvale Media's studios Halcyon Pictures and Brightwater Films will share costs.|Brightwater Films < Norvale Media",
            // a portfolio of channels, after a relative clause on the owner
            "Novavision, which is backed by Kestrel Capital, has a growing portfolio of channels that include Nova Kino and Nova Sport.|Nova Kino < Novavision",
            "Zephyr Media has a portfolio of stations including Zephyr FM and Zephyr Gold.|Zephyr Gold < Zephyr Media",
            // operated by / owned by, the owner described
            "The deal replaces one with Brightstar, the premium movie network operated by rival studio and distributor Lanternfly.|Brightstar < Lanternfly",
            "Halcyon Air, a regional carrier wholly owned by the Norvale Group, added routes.|Halcyon Air < Norvale Group",
            "The pact with Skylark Air, which is the country's biggest carrier by passengers and owned by Nimbus Holdings, needs approval.|Skylark Air < Nimbus Holdings",
            "Orchid Films, which was long the city's best-known studio and controlled by Velmont Holdings, closed.|Orchid Films < Velmont Holdings",
            // a unit the finder split at "of the"
            // (a unit named only by common words is named with its parent, as the text writes it whole)
            "Tom Reyes, head of the Volunteer Program Secretariat of the Pacific Aid Agency (PAA), visited the school.|Volunteer Program Secretariat of the Pacific Aid Agency < Pacific Aid Agency",
    })
    void wordingsOfTheWildAudit(String text, String expected) {
        Set<String> got = partOf(text);
        assertTrue(got.contains(expected), () -> "got " + got);
    }

    /**
     * Classes a second audit found (issue 13): a parent described before its name, "one of the
     * units of", "A is B's unit", a place between the possessive and the unit noun, membership
     * lists, an owner of several, a region written in lower case, a faculty "of" a university
     * without "the", and a child or parent named in the sentence before ("It is a subsidiary of B").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a described parent
            "Lumo Pay, a subsidiary of Chinese payments giant Coral Bank, signed a deal with Norvik Ventures.|Lumo Pay < Coral Bank",
            "Lumo Pay, a unit of Russian state lender Coral Bank, signed a deal with Norvik Ventures.|Lumo Pay < Coral Bank",
            "Lumo Pay is a subsidiary of Japanese internet company Coral Group.|Lumo Pay < Coral Group",
            "Lumo Pay, owned by Japanese conglomerate Coral Group, signed a deal with Norvik Ventures.|Lumo Pay < Coral Group",
            // one of the units
            "Lumo Pay, one of Coral Bank's subsidiaries, signed a deal with Norvik Ventures.|Lumo Pay < Coral Bank",
            "Lumo Pay, one of the subsidiaries of Coral Bank, signed a deal with Norvik Ventures.|Lumo Pay < Coral Bank",
            "Lumo Pay is one of the regional units of the Coral Group.|Lumo Pay < Coral Group",
            // a possessive predicate, a place before the unit noun
            "Lumo Pay is Coral Bank's subsidiary.|Lumo Pay < Coral Bank",
            "Lumo Americas, Coral Media Group's U.S. arm, signed a deal with Norvik Ventures.|Lumo Americas < Coral Media Group",
            "Coral Media Group's U.S. unit Lumo Americas signed a deal with Norvik Ventures.|Lumo Americas < Coral Media Group",
            // members
            "Lumo Press and Aria Press, members of the Norvik News Alliance, signed a deal with Coral Media Group.|Aria Press < Norvik News Alliance",
            "Norvik News Alliance members Lumo Press and Aria Press signed a deal with Coral Media Group.|Lumo Press < Norvik News Alliance",
            "The Norvik News Alliance, whose members include Lumo Press and Aria Press, met in Velsk.|Aria Press < Norvik News Alliance",
            "Lumo Press, a member organization of the Norvik News Alliance, signed a deal.|Lumo Press < Norvik News Alliance",
            // an owner of several
            "Coral Media Group, which also owns Lumo Press and Aria Press, signed a deal with Norvik Ventures.|Aria Press < Coral Media Group",
            // unit names: a region in lower case, a faculty of a university without "the"
            "The Construction Department of the North Velsk region signed a memorandum with Coral Builders.|Construction Department of the North Velsk region < North Velsk region",
            "The Faculty of Law of Velsk State University signed a deal with Norvik Ventures.|Faculty of Law of Velsk State University < Velsk State University",
            // the organization of the sentence before
            "Lumo Pay signed a deal with Norvik Ventures.\\nIt is a subsidiary of Coral Bank.|Lumo Pay < Coral Bank",
            "Lumo Pay signed a deal with Norvik Ventures on Monday.\\nThe company is a wholly owned subsidiary of Coral Bank.|Lumo Pay < Coral Bank",
            "Lumo Pay signed a deal with Norvik Ventures.\\nIt is owned by Coral Bank.|Lumo Pay < Coral Bank",
            "Coral Bank signed a deal with Norvik Ventures.\\nIts subsidiary Lumo Pay will run the service.|Lumo Pay < Coral Bank",
            "Coral Bank signed a deal with Norvik Ventures.\\nThe bank's unit Lumo Pay will run the service.|Lumo Pay < Coral Bank",
            "Coral Bank signed a deal with Norvik Ventures on Monday.\\nLumo Pay, a subsidiary of the bank, will run the service.|Lumo Pay < Coral Bank",
            // an untyped owner whose last word is a trade; a service; a lower-case unit the finder read as a name; a parenthesis
            "The pact with Skylark, which is the country's largest carrier and owned by Vantor Aviation, needs approval.|Skylark < Vantor Aviation",
            "Lumo Radio, the international service of Ruritanian state broadcaster Coral Radio, signed a deal with Norvik Ventures.|Lumo Radio < Coral Radio",
            "Lumo Radio, the foreign-language service of Coral Radio, signed a deal with Norvik Ventures.|Lumo Radio < Coral Radio",
            "Lumo Records (a Coral Radio company) and Norvik Ventures signed the agreement.|Lumo Records < Coral Radio",
            // untyped owners: possessive with a noun after the child, before a unit noun, in a relative clause, a majority stake
            "Zorvex's Lumora streaming service signed a deal with Norvik Ventures.|Lumora < Zorvex",
            "Lumora, a Zorvex subsidiary, signed a deal with Norvik Ventures.|Lumora < Zorvex",
            "Norvik Ventures signed a deal with Lumora, which Zorvex owns.|Lumora < Zorvex",
            "Lumora, in which Zorvex holds a majority stake, signed a deal with Norvik Ventures.|Lumora < Zorvex",
            "Lumora, 51% owned by Zorvex, signed a deal with Norvik Ventures.|Lumora < Zorvex",
            "Lumora, controlled by Zorvex, signed a deal with Norvik Ventures.|Lumora < Zorvex",
            // "-owned" after an organization the article names
            "Zorvex Group reported profits on Monday. Norvik Ventures signed a deal with Zorvex-owned Lumora.|Lumora < Zorvex Group",
            "ZRX reported profits on Monday. Lumora, the ZRX-owned broadcaster, signed a deal with Norvik Ventures.|Lumora < ZRX",
            // more unit words and verbs: "the A unit of B", "a company affiliated with B", "operated/run by B", "within B", "operates under"
            "Norvik Ventures signed a deal with the Lumora unit of Coral Group.|Lumora < Coral Group",
            "Lumora, a newspaper affiliated to the Velsk Communist Party, signed a deal with Norvik Ventures.|Lumora < Velsk Communist Party",
            "Lumora, operated by the Coral Group, signed a deal with Norvik Ventures.|Lumora < Coral Group",
            "Lumora, run by the Ministry of Culture, signed a deal with Norvik Ventures.|Lumora < Ministry of Culture",
            "Lumora, a subsidiary company of Coral Group, signed a deal with Norvik Ventures.|Lumora < Coral Group",
            "Lumora, a subordinate organization of the Ministry of Culture, signed a deal with Norvik Ventures.|Lumora < Ministry of Culture",
            "Lumora, a unit within the Ministry of Culture, signed a deal with Norvik Ventures.|Lumora < Ministry of Culture",
            "Lumora operates under the Ministry of Culture.|Lumora < Ministry of Culture",
            // official names: a unit, then its government or ministry
            "The Department of Space, Government of the Republic of Ruritania and Norvik Ventures signed a memorandum.|Department of Space < Government of the Republic of Ruritania",
            "The Department of Revenue, Ministry of Finance, signed a memorandum with Norvik Ventures.|Department of Revenue < Ministry of Finance",
    })
    void wordingsOfTheSecondAudit(String text, String expected) {
        Set<String> got = partOf(text.replace("\\n", "\n"));
        assertTrue(got.contains(expected), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // no longer, or jointly (a joint venture is a child of each owner: PartOfUnseenWordingsTest), or a delegation, or an organization of its own that operates under another's rules
            "Lumo Pay, a former subsidiary of Coral Group, signed a deal with Norvik Ventures.",
            "Lumo Pay, formerly a unit of Coral Group, signed a deal with Norvik Ventures.",
            "Lumo Pay is no longer a unit of Coral Group.",
            "Lumo Pay, a subsidiary of Coral Bank and Norvik Ventures, launched a card.",
            "Anna Berg, a member of the Coral Bank delegation, signed a deal with Norvik Ventures.",
            "Lumo Pay, which operates under Coral Bank rules, signed a deal with Norvik Ventures.",
            // relations that are not part-of
            "Lumo Pay, a sister company of Coral Group, signed a deal with Norvik Ventures.",
            "Lumo Pay, the largest shareholder of Coral Group, signed a deal with Norvik Ventures.",
            "Lumo Pay, one of Coral Group's biggest clients, signed a deal with Norvik Ventures.",
            "Lumo Pay is Coral Group's partner company.",
            // "it" after a sentence about a deal, "the bank" after a sentence about an organization that is no bank
            "The deal was signed on Monday by Norvik Ventures and Lumo Pay.\\nIt is a subsidiary of Coral Bank.",
            "Dr Anna Berg signed the deal on Monday.\\nIt is a subsidiary of Coral Bank.",
            "Norvik Ventures signed a deal with Coral Media Group.\\nThe bank's unit Lumo Pay will run the service.",
            // a description in lower case is no unit of its own; lists of bodies are no hierarchy
            "The Ministry of Culture, the Ministry of Finance and Norvik Ventures signed a memorandum.",
            "The Department of Culture, Department of Tourism and Norvik Ventures signed a memorandum.",
            "Coral Media Group, Government of Ruritania and Norvik Ventures signed a memorandum.",
            "The pact with Skylark, which is the country's largest carrier and owned by Anna Berg, needs approval.",
            // a minority owner, an investor, a buyer, "-owned" by a state or a word the article names as no organization
            "Lumora, 26% owned by Zorvex, signed a deal with Norvik Ventures.",
            "Lumora, backed by Zorvex, signed a deal with Norvik Ventures.",
            "Norvik Ventures signed a deal with Lumora, which Zorvex acquired in 2019.",
            "Norvik Ventures signed a deal with state-owned Lumora.",
            "Norvik Ventures signed a deal with Zorvex-owned Lumora.",
            "Lumora, a Moscow company, signed a deal with Norvik Ventures.",
            // a founder, a person who runs it, a unit of a country (a place, not an organization)
            "Lumora, founded by Coral Group in 2010, signed a deal with Norvik Ventures.",
            "Lumora, run by Anna Berg, signed a deal with Norvik Ventures.",
            "Lumora, the official news agency of Kazakhstan, signed a deal with Norvik Ventures.",
    })
    void nearMissesOfTheSecondAudit(String text) {
        Set<String> got = partOf(text.replace("\\n", "\n"));
        assertTrue(got.isEmpty(), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a partner, a person owner, a title that is not ownership
            "Norvik Ventures, a partner of Coral Group, declined to comment.",
            "John Smith, owner of Lumo Studios, declined to comment.",
            "Lumo Studios's owner, Anna Berg, declined to comment.",
            "Zeta Pictures Group, chairman of Lumo Studios, declined to comment.",
            // a unit's name whose tail is its field, a reference, a place, or spliced with an abbreviation
            "The Department of Telecom Services and the Directorate of State Press met on Monday.",
            "The Board of Directors of the Agency met on Monday.",
            "The Chamber of Commerce and Industry of the Russian Federation met on Monday.",
            "The Publicity Department of the Workers Party of Ruritania (WPR) Central Committee met on Monday.",
            // "under" a programme, not a body; "its" after a second organization belongs to that one
            "Coral Media Group signed the deal under the Lumo Studios programme.",
            "The deal was signed under the auspices of the Ministry of Culture.",
            // a person owns, an aside is no unit, a sister is no unit, a unit noun followed by a verb
            "Lumo Studios, which is the city's oldest studio and owned by Anna Berg, closed.",
            "Lumo Studios, the small label operated by Anna Berg, closed.",
            "Coral Group's sister service Lumo TV gained users.",
            "Coral Group's unit said Norvik Ventures would buy it.",
            "Coral Group's partners such as Norvik Ventures and Lumo Studios met.",
    })
    void nearMissesAreNotPartOf(String text) {
        Set<String> got = partOf(text);
        assertTrue(got.isEmpty(), () -> "got " + got);
    }

    @Test
    void aLowerCaseUnitAfterANameDescribesIt() {
        assertEquals(Set.of("Lumo Radio < Coral Radio"), partOf("Lumo Radio, the foreign-language service of Coral Radio, signed a deal with Norvik Ventures."));
    }

    @Test
    void itsBelongsToTheNearestOrganization() {
        Set<String> got = partOf("Coral Media Group signed a deal with Norvik Ventures and its subsidiary Lumo Studios.");
        assertEquals(Set.of("Lumo Studios < Norvik Ventures"), got);
    }

    @Test
    void aUnitNameTailWithoutTheNamesItsParentWhenTheArticleNamesItOrItsHeadHasUnits() {
        // "University" heads organizations that have units; "Services" names a field
        assertEquals(Set.of("Press Service of Baltic State Technical University < Baltic State Technical University"),
                partOf("The Press Service of Baltic State Technical University said so."));
        assertTrue(partOf("The Department of Telecom Services said so.").isEmpty());
        Set<String> got = partOf("Baltic Telecom Services opened an office.\nThe Press Service of Baltic Telecom Services said so.");
        assertEquals(Set.of("Press Service of Baltic Telecom Services < Baltic Telecom Services"), got);
    }

    /** A unit's name that names its parent: after "of" without "the", or before the unit's own words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Anna Berg, director of the International Cooperation Department of Velsk State University, signed the memorandum.|International Cooperation Department of Velsk State University < Velsk State University",
            "The Research Institute of Coral Bank signed a memorandum with Norvik Ventures.|Research Institute of Coral Bank < Coral Bank",
            "The Information Office of Velsk Provincial People's Government signed a memorandum with Coral Media Group.|Information Office of Velsk Provincial People's Government < Velsk Provincial People's Government",
            "The Coral Bank Research Institute signed a memorandum with Norvik Ventures.|Coral Bank Research Institute < Coral Bank",
            "Anna Berg, director of the Velsk State University Press Center, attended the ceremony.|Velsk State University Press Center < Velsk State University",
            "The Velsk State University School of Economics signed a memorandum with Norvik Ventures.|Velsk State University School of Economics < Velsk State University",
            "Anna Berg, director of Xinhua Asia-Pacific Regional Bureau, signed the memorandum.|Asia-Pacific Regional Bureau < Xinhua",
            // a branch named after its organization and a spaced dash
            "Norvik Ventures signed an MoU with the Council for Coral Trade - Velsk Sub-Council.|Council for Coral Trade - Velsk Sub-Council < Council for Coral Trade",
            "Anna Berg, manager of Coral Bank – Velsk Branch, signed the memorandum.|Coral Bank - Velsk Branch < Coral Bank",
    })
    void unitNamesThatNameTheirParent(String text, String expected) {
        Set<String> got = partOf(text);
        assertTrue(got.contains(expected), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a field after "of", a publisher named after a university, a head with no name of its own
            "The Central Bureau of Statistics signed a memorandum with Norvik Ventures.",
            "The State Department of Social Services signed a memorandum with Norvik Ventures.",
            "The Institute of International Relations signed a memorandum with Norvik Ventures.",
            "Velsk University Press signed a memorandum with Norvik Ventures.",
            "The National Bank Service Center signed a memorandum with Norvik Ventures.",
            // two names side by side that are a list or a title, not a unit after its parent
            "Coral Media Group and Norvik Ventures Press Center signed a memorandum.",
            // a field and a generic second part after "of" name the unit's field, not a parent
            "The Velsk Chamber of Commerce and Sectorial Association signed a memorandum with Norvik Ventures.",
            "Norvik Ventures signed a memorandum with the Coral Chamber of Commerce and Professional Associations.",
            // a dash before another organization is no branch
            "Coral Bank - Norvik Ventures signed a memorandum.",
    })
    void unitNamesThatNameNoParent(String text) {
        Set<String> got = partOf(text);
        assertTrue(got.isEmpty(), () -> "got " + got);
    }

    @Test
    void theRuleIdTravelsIntoProvenance() {
        assertEquals(Set.of(PartOfReader.UNIT_NAME_RULE), rules("The Media Center of the University of Karlstad met on Monday."));
        assertEquals(Set.of("partof.under"), rules("The Export Development Agency under the Ministry of Trade of Freedonia met on Monday."));
    }

    @Test
    void aBadWordListRowIsNamedByFileAndLine() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> PartOfReader.Words.load("part-of-words-bad.tsv"));
        assertTrue(e.getMessage().contains("part-of-words-bad.tsv line 3") && e.getMessage().contains("'owns'"), e.getMessage());
    }
}
