package signet.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Part-of as reporters write it beyond the classic appositions, in sentences of our own with
 * invented names: a publisher and its title, an owner that "has" or "runs" a named channel or
 * service, what a child is said in parentheses, a sister of a unit (the same parent's child), a
 * national arm named by its parent's name and a market, a unit named only by common words (named
 * "X of Parent"), a list of units sharing one "of"; and the near misses a looser rule would read:
 * a partner, a rival, a stake, a place, a person.
 */
class PartOfReporterWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static Set<String> partOf(String text) {
        return TestArticles.partOf(X.extract(TestArticles.of(text.replace("\\n", "\n"), "2024-05-02", null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a publisher owns its title
            "Harwick Press Ltd, publishers of The Velsk Courier, is planning to launch two radio stations.|Velsk Courier < Harwick Press Ltd",
            "Marlow Media Group, the publisher of the Tarrow Daily News, signed a printing deal with Oskar Print on Monday.|Tarrow Daily News < Marlow Media Group",
            "Marlow Media Group, which publishes the Tarrow Daily News, signed a printing deal with Oskar Print.|Tarrow Daily News < Marlow Media Group",
            // an owner that has or runs a named channel or service
            "Coral Media Group has streaming service Lumo and two radio stations.|Lumo < Coral Media Group",
            "Kestrel Broadcasting also runs the news channel Kestrel 24 in the north.|Kestrel 24 < Kestrel Broadcasting",
            "Orsa Holdings operates the airline Orsa Air out of Velsk.|Orsa Air < Orsa Holdings",
            // what the child is, said in parentheses
            "Delta Vision Group runs Zeta One (a Ruritanian news channel in Velsk) and a music station.|Zeta One < Delta Vision Group",
            "Velsk-based Delta Vision Group is looking at launching a news channel abroad.\\nThe company runs Zeta One (a Ruritanian news channel in Velsk) and plans more.|Zeta One < Delta Vision Group",
            // a sister of a unit is a unit of the same parent
            "Coral Media Group's movie studio Lumo Pictures has signed a deal with sister streaming service Lumo Play.|Lumo Play < Coral Media Group",
            "Zeta One, a unit of Delta Vision Group, will share a newsroom with its sister channel Zeta News.|Zeta News < Delta Vision Group",
            "Harwick Press, a subsidiary of Marlow Media Group, signed a deal with Tellin Films.\\nHarwick Press and its sister company Oskar Print will print the books.|Oskar Print < Marlow Media Group",
            // a national arm: the parent's whole name and a country
            "Velmora, the burger chain, named a new chief.\\nThe company also named Anna Berg, chief executive of Velmora USA, as its new president.|Velmora USA < Velmora",
            "The Kestrel Group said its sales rose by a tenth.\\nKestrel Group India opened two plants.|Kestrel Group India < Kestrel Group",
            // a unit named only by common words is named with its parent
            "Coral Energy Corporation's Foreign Cooperation Administration Department signed the deal.|Foreign Cooperation Administration Department of Coral Energy Corporation < Coral Energy Corporation",
            "The deputy director of Coral Energy Corporation's International Department, Anna Berg, said so.|International Department of Coral Energy Corporation < Coral Energy Corporation",
            "A delegation led by Anna Berg, head of the Volunteer Program Secretariat of the Kestrel Cooperation Agency (KCA), visited the academy.|Volunteer Program Secretariat of the Kestrel Cooperation Agency < Kestrel Cooperation Agency",
            // a language before the noun describes the channel
            "Kestrel Media Network's Lumo Tak Hindi news channel has raced to the top.|Lumo Tak < Kestrel Media Network",
            "Kestrel Media Network's Velsk Star English service will launch in May.|Velsk Star < Kestrel Media Network",
            // units listed before a unit whose name ends with its parent share that "of"
            "Experts from the Institute of Soils and Water, Institute of Cash Crops and International Cooperation Division of the Velsk Academy of Agricultural Sciences attended.|Institute of Cash Crops < Velsk Academy of Agricultural Sciences",
            "Experts from the Institute of Soils and Water, Institute of Cash Crops and International Cooperation Division of the Velsk Academy of Agricultural Sciences attended.|Institute of Soils and Water < Velsk Academy of Agricultural Sciences",
            "On Monday, experts from the Faculty of Law and Faculty of History of Velsk State University took part.|Faculty of Law < Velsk State University",
            // a unit written in lower case after its owner's possessive
            "Anna Berg, who most recently led Coral Media Group's parks and consumer products division, has been with the company for 20 years.|parks and consumer products division of Coral Media Group < Coral Media Group",
            "Tom Reyes headed Velsk Energy Corporation's research and development department until May.|research and development department of Velsk Energy Corporation < Velsk Energy Corporation",
            "Velsk Energy Corporation's cloud computing division said on Monday that sales rose.|cloud computing division of Velsk Energy Corporation < Velsk Energy Corporation",
            // the child after its description, closed by a comma
            "A unit of Coral Financial Group, Lumo Bank, signed the deal on Monday.|Lumo Bank < Coral Financial Group",
            "The loan was arranged by a wholly owned subsidiary of Coral Financial Group, Lumo Bank, the bank said.|Lumo Bank < Coral Financial Group",
            // "operates as a subsidiary", "a B member", "B-run A"
            "Lumo Bank, which operates as a subsidiary of Coral Financial Group, signed the deal.|Lumo Bank < Coral Financial Group",
            "Lumo Bank, a Coral Financial Group member, signed the deal.|Lumo Bank < Coral Financial Group",
            "Coral Media Group signed a deal with Kesh Films.\\nUnder it, Coral-run Lumo Radio will air the films.|Lumo Radio < Coral Media Group",
            // a name between the article and the unit noun describes the unit: the child is the name before the comma
            "Lumo Bank, the Ruritanian unit of Coral Financial Group, signed the deal.|Lumo Bank < Coral Financial Group",
            "Lumo Bank, the Velsk branch of Coral Financial Group, signed the deal.|Lumo Bank < Coral Financial Group",
            // "a company of", "reports to", "added to its portfolio"
            "Lumo Steel, a company of the Coral Industrial Group, signed the contract.|Lumo Steel < Coral Industrial Group",
            "The Velsk National Film Agency, which reports directly to the Ministry of Culture, will store the copies.|Velsk National Film Agency < Ministry of Culture",
            "Kesh TV, its main competitor, added the documentary channel Kesh Docs to its own portfolio in May.|Kesh Docs < Kesh TV",
            // a place the finder split from the front of the child's name, and a name it split at "and"
            "Norvik Energy signed an agreement with Coral Petroleum's subsidiary China Lumo Oil and Gas Exploration Company (CLOGEC) on Monday.|China Lumo Oil and Gas Exploration Company < Coral Petroleum",
            // a branch named after its parent and a dash
            "Through the memorandum signed with the Velsk Council for the Promotion of Trade - Kesh Sub-Council, the chamber seeks a partnership.|Velsk Council for the Promotion of Trade - Kesh Sub-Council < Velsk Council for the Promotion of Trade",
            "The Coral Bar Association - Kesh Chapter held a meeting.|Coral Bar Association - Kesh Chapter < Coral Bar Association",
            // a lower-case unit kept in a title before "of ORG"
            "Tom Reyes, head of the international department of Velsk State University, said the talks went well.|international department of Velsk State University < Velsk State University",
            "The talks were led by the manager of the foreign relations office of the Velsk Academy of Arts, Anna Berg.|foreign relations office of the Velsk Academy of Arts < Velsk Academy of Arts",
            // an untyped owner adding a channel to "its" portfolio is no person
            "Kesh Prima, its main competitor, added the documentary channel Prima Docs to its own portfolio in May.|Prima Docs < Kesh Prima",
    })
    void wordings(String text, String expected) {
        Set<String> got = partOf(text);
        assertTrue(got.contains(expected), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a publisher of a report or a person publishing own nothing
            "Harwick Press Ltd, the publisher of a report on Velsk Bank, declined to comment.|Velsk Bank < Harwick Press Ltd",
            "Anna Berg, the publisher of The Velsk Courier, resigned.|Velsk Courier < Anna Berg",
            // a partner, a rival, a signing is no channel the owner has
            "Coral Media Group has rival network Lumo TV to beat.|Lumo TV < Coral Media Group",
            "Coral Media Group has signed network Lumo TV for the rights.|Lumo TV < Coral Media Group",
            "Coral Media Group has partner channel Lumo TV on board.|Lumo TV < Coral Media Group",
            "Coral Media Group runs a joint venture with Lumo TV.|Lumo TV < Coral Media Group",
            // a channel run in parentheses that names no unit noun
            "Delta Vision Group runs Zeta One (a joint venture with Ostrel TV) and a music station.|Zeta One < Delta Vision Group",
            // "sister" of a name that is no known unit relates nothing; a sister city is no unit
            "Lumo Pictures signed a deal with sister streaming service Lumo Play.|Lumo Play < Lumo Pictures",
            "Coral Media Group's movie studio Lumo Pictures has signed a deal with rival streaming service Kesh Play.|Kesh Play < Coral Media Group",
            // a name that starts with a place, or whose first part names no organization, is no national arm
            "Ruritania signed a deal with Kesh. Air Ruritania will fly the route.|Air Ruritania < Ruritania",
            "Radio Velsk signed a deal with Coral Radio Europe.|Coral Radio Europe < Coral Radio",
            // a unit with a name of its own keeps it
            "The head of Coral Energy Corporation's Lumo Division said so.|Lumo Division of Coral Energy Corporation < Coral Energy Corporation",
            // a language that is the name's own last word, with no noun after it, stays
            "Kestrel Media Network's Lumo Hindi will launch in May.|Lumo < Kestrel Media Network",
            // a name that is not a unit, or a pair joined by a comma only, shares no "of"
            "Coral Bank and Research Department of Velsk State University signed a memorandum.|Coral Bank < Velsk State University",
            "Anna Berg, the director of the Department of Asian Affairs, Foreign Affairs Office of the Velsk Provincial Government, attended.|Department of Asian Affairs < Velsk Provincial Government",
            // a unit said only by its size, age or place is no name
            "Anna Berg led Coral Media Group's largest division, the company said.|largest division of Coral Media Group < Coral Media Group",
            "Anna Berg will run Coral Media Group's new overseas division.|new overseas division of Coral Media Group < Coral Media Group",
            "Coral Media Group's division, which makes toys, was sold.|division of Coral Media Group < Coral Media Group",
            // a list after the description names partners, not the unit; a name between two commas is not described
            "A unit of Coral Financial Group, Lumo Bank and Kesh Leasing signed the deal.|Lumo Bank < Coral Financial Group",
            "Lumo Bank, Kesh Leasing, a unit of Coral Financial Group, and Ostrel Bank signed the deal.|Lumo Bank < Coral Financial Group",
            "Lumo Bank, the Ruritanian unit of Coral Financial Group, signed the deal.|Ruritanian < Coral Financial Group",
            // "state-run" names no owner
            "State-run Lumo Radio will air the films.|Lumo Radio < State",
            // a holding, parent or management company of B owns or runs B
            "Lumo Capital, the holding company of Kesh Bank, signed the deal.|Lumo Capital < Kesh Bank",
            "Lumo Asset Management, the management company of the Kesh Growth Fund, signed the deal.|Lumo Asset Management < Kesh Growth Fund",
            // a person reports to an organization; a portfolio of someone else
            "Anna Berg reports to the Coral Media Group board.|Anna Berg < Coral Media Group",
            "Kesh TV added the film Lumo Nights to the festival programme.|Lumo Nights < Kesh TV",
            // two names joined by "and" stay two when the first ends with an organization head
            "Norvik Energy signed an agreement with Coral Petroleum's subsidiary China Lumo Bank and Kesh Trading Company on Monday.|China Lumo Bank and Kesh Trading Company < Coral Petroleum",
            // a dash between two organizations with no branch word relates neither
            "The Coral Bar Association - Kesh Trading Group match ended in a draw.|Coral Bar Association - Kesh Trading Group < Coral Bar Association",
            "The Coral Bar Association - Kesh Trading Group match ended in a draw.|Kesh Trading Group < Coral Bar Association",
            // a title without a unit, or a unit said only by its age, relates no unit
            "Tom Reyes, head of Velsk State University, said the talks went well.|Velsk State University < Velsk State University",
            "Tom Reyes, head of the new department of Velsk State University, said so.|new department of Velsk State University < Velsk State University",
            // a list item that describes the one before it ("the Velsk version of B") names no unit
            "Kesh TV has a growing portfolio of channels that include Kesh Cinema, the Velsk version of Lumo Music and Kesh Kids.|Velsk < Kesh TV",
    })
    void nearMisses(String text, String wrong) {
        Set<String> got = partOf(text);
        assertFalse(got.contains(wrong), () -> "got " + got);
    }
}
