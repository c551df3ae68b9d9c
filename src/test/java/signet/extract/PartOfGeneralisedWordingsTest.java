package signet.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Part-of wordings of issue 13's invented-article audit, in sentences of our own with invented
 * names: an owner named first ("B also owns the hotel chain A", "B, whose retail arm A"), a
 * participle phrase before "is part of", "which operates under the Ministry", a descriptor between
 * "of" and the parent, membership of a body whose name holds "and", a unit referred to by a noun
 * ("the academy", "the museum"), and the near misses: a place after an owner's possessive, a unit
 * still to be set up, a state's ministry.
 */
class PartOfGeneralisedWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static Set<String> partOf(String text) {
        return TestArticles.partOf(X.extract(TestArticles.of(text.replace("\\n", "\n"), "2024-05-02", null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // parent first
            "Hartwell Holdings also owns the airline Hartwell Air.|Hartwell Air < Hartwell Holdings",
            "Brisa Capital owns the bakery chain Dolce Forno and two hotels.|Dolce Forno < Brisa Capital",
            "Orsa Finance Group, whose consumer arm Orsa Bank has 900 branches, opened an office.|Orsa Bank < Orsa Finance Group",
            "Kelvin Media, whose news channel Kelvin 24 reaches two million homes, signed a deal with Tolle Films.|Kelvin 24 < Kelvin Media",
            // a participle phrase between the child and "is part of"
            "Tarrow Rail, headquartered in Lisbon, is part of the Tarrow Transport group.|Tarrow Rail < Tarrow Transport",
            "Nimba Freight, based in Rotterdam, is a subsidiary of Castor Logistics.|Nimba Freight < Castor Logistics",
            // "which operates under"
            "The Office for Coastal Data, which operates under the Ministry of Fisheries, and the Kelso Institute signed a memorandum on Monday.|Office for Coastal Data < Ministry of Fisheries",
            "The Velsk Seed Bank, which works under the Ministry of Agriculture, will store the samples.|Velsk Seed Bank < Ministry of Agriculture",
            // a descriptor between "of" and the parent names the parent, not a word of the child
            "Grenfell Foods, the frozen-food subsidiary of private equity firm Ashby Partners, signed a deal.|Grenfell Foods < Ashby Partners",
            "Lantern Pay is a subsidiary of the Danish group Holm Holding.|Lantern Pay < Holm Holding",
            // membership of a body whose name holds "and"
            "The Coral Press Agency, founded in 1951, has been a member of the Union of Adriatic and Alpine Broadcasters since 2002.|Coral Press Agency < Union of Adriatic and Alpine Broadcasters",
            "Tellin News Agency is a member of the Association of Baltic and Nordic Agencies.|Tellin News Agency < Association of Baltic and Nordic Agencies",
            // a unit referred to by a noun of its name, named in the sentence before
            "On Monday, broadcaster Harbor Daily and the Welton Academy of Film agreed to set up a joint studio.\\nThe academy, an affiliate of Welton City University, will send 30 trainees a year.|Welton Academy of Film < Welton City University",
            "The Pell National Museum and the Oster Foundation signed an agreement on Monday to restore 40 paintings.\\nUnder the agreement, the museum will lend the paintings.\\nThe restoration workshop of the museum, the Pell Conservation Lab, will do the work.|Pell Conservation Lab < Pell National Museum",
            // a ministry named by its field: the article's one ministry of that field
            "The Ministry of Labour and Social Affairs of Ruritania and the Ostrel Ministry of Education signed an agreement.\\nThe Job Placement Office, which operates under the Ruritanian labour ministry, will run the centres.|Job Placement Office < Ministry of Labour and Social Affairs of Ruritania",
            "Kesh signed with the Ministry of Health of Tavria on Monday.\\nThe Tavrian Blood Service, which works under the health ministry, will test the kits.|Tavrian Blood Service < Ministry of Health of Tavria",
            // "the group's" refers to the organization the sentence before is about
            "Coral Media Group has signed a licensing agreement with Tellin Films.\\nThe films will also stream on Coral Go, the group's video service.|Coral Go < Coral Media Group",
            "Brisa Bank opened two branches on Monday.\\nCustomers can also use Brisa Direct, the bank's online platform.|Brisa Direct < Brisa Bank",
            // an owner named by a short form of a name given before
            "Coral Media Group has signed a licensing agreement with Tellin Films.\\nUnder the deal, Coral's stations Coral Plus and Coral Junior will air 40 films a year.|Coral Plus < Coral Media Group",
    })
    void wordings(String text, String expected) {
        Set<String> got = partOf(text);
        assertTrue(got.contains(expected), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the place a participle phrase names is no child
            "Tarrow Rail, headquartered in Lisbon, is part of the Tarrow Transport group.|Lisbon < Tarrow Transport",
            // a facility after the owner's possessive is a place, not a unit
            "Pelco Energy's Varna terminal is run by Pelco Ports.|Varna < Pelco Energy",
            "Under the plan, Orvane Group's Kesla plant will close.|Kesla < Orvane Group",
            // a unit still to be set up is no existing unit
            "The council endorsed a plan to set up a Polar Studies Institute under the Ministry of Science.|Polar Studies Institute < Ministry of Science",
            "The cabinet approved a proposal to establish a National Seed Agency under the Ministry of Agriculture.|National Seed Agency < Ministry of Agriculture",
            // a state's ministry keeps the state in its name; it is no unit of the state
            "Ostrel's Ministry of Transport and Trevia Rail Company signed a memorandum on Monday.|Ostrel's Ministry of Transport < Ostrel",
            // owning a stake, or a person owning, is no part-of
            "Vensa Group owns a stake in Bramley Foods.|Bramley Foods < Vensa Group",
            "Anna Berg owns the studio Lumo Pictures.|Lumo Pictures < Anna Berg",
            // a field ministry the article does not name, or names twice over, is no parent
            "The Job Placement Office, which operates under the Ruritanian labour ministry, will run the centres.|Job Placement Office < Ruritanian",
            "The Ministry of Labour of Ruritania and the Ministry of Labour of Ostrel signed an agreement.\\nThe Job Placement Office, which operates under the labour ministry, will run it.|Job Placement Office < Ministry of Labour of Ruritania",
            // "the group's partner" is no unit; a noun that names no organization before refers to none
            "Coral Media Group has signed a licensing agreement with Tellin Films.\\nThe films will also stream on Lumo, the group's streaming partner.|Lumo < Coral Media Group",
            "Coral Media Group has signed a licensing agreement with Tellin Films.\\nThe films will also air on Kesh One, the broadcaster's main channel.|Kesh One < Coral Media Group",
            // "its" after a date is no owner
            "The agreement comes after Coral's move in May to sell its music channel Coral Beat.|Coral Beat < May",
            // a noun that names two organizations of the sentence before refers to neither
            "Welton Academy of Film and Brisa Academy of Music signed a deal.\\nThe academy, an affiliate of Welton City University, will host it.|Brisa Academy of Music < Welton City University",
    })
    void nearMisses(String text, String wrong) {
        Set<String> got = partOf(text);
        assertFalse(got.contains(wrong), () -> "got " + got);
    }
}
