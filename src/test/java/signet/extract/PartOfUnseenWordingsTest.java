package signet.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Part-of wordings the rules missed on text nobody tuned for (issue 13, fourth part-of session), in
 * sentences of our own with invented names: an owner named first with its children after the verb,
 * a list before its shared description, a group's companies after "including", "under the
 * Ministry" set off by commas, a joint venture (a child of both owners), an organization's office
 * or bureau in a place, the reverse order ("B and its daughter company A", "A and its parent
 * company B", "B has set up a subsidiary, A"); and the near misses a looser rule would read: a
 * stake, a partner, a rival, a client, a person, a plan, a building.
 */
class PartOfUnseenWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static Set<String> partOf(String text) {
        return TestArticles.partOf(X.extract(TestArticles.of(text.replace("\\n", "\n"), "2024-05-02", null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the owner first, its children after the verb
            "Vesta Broadcasting, which also owns the radio station Kora FM, signed a deal with Tellin Films on Monday.|Kora FM < Vesta Broadcasting",
            "Coral Media Group, which owns the news channel Lumo 24, signed a deal with Kesh Films.|Lumo 24 < Coral Media Group",
            "Coral Media Group owns Lumo TV and two newspapers.|Lumo TV < Coral Media Group",
            "Coral Media Group also owns Lumo TV, Lumo Radio and Lumo News.|Lumo Radio < Coral Media Group",
            "Coral Media Group also owns Lumo TV, Lumo Radio and Lumo News.|Lumo News < Coral Media Group",
            "Coral Media Group owns Lumo TV and Kesh Group owns Tarn Radio.|Lumo TV < Coral Media Group",
            "Delta Holding, which operates Zeta One and Zeta News, signed a deal with Kesh Films.|Zeta News < Delta Holding",
            "Marlow Media Group, whose channels include Marlow One, Marlow Kids and Marlow Sport, signed the deal.|Marlow Kids < Marlow Media Group",
            "Marlow Media Group, whose brands include Marlow One and Marlow Kids, signed the deal.|Marlow One < Marlow Media Group",
            "The Velsk Banking Alliance's members Orsa Bank and Tarn Bank signed the memorandum.|Tarn Bank < Velsk Banking Alliance",
            // a list before its shared description
            "Lumo Radio, Lumo TV and Lumo News, all part of Coral Media Group, signed the deal.|Lumo Radio < Coral Media Group",
            "Lumo Radio, Lumo TV and Lumo News, all part of Coral Media Group, signed the deal.|Lumo TV < Coral Media Group",
            "Lumo Radio and Lumo TV, both subsidiaries of Coral Media Group, signed the deal.|Lumo Radio < Coral Media Group",
            "Lumo Radio and Lumo TV are both units of Coral Media Group.|Lumo TV < Coral Media Group",
            // a group's companies after "including"
            "The Harmon Group of Companies, including Harmon Foods and Harmon Steel, signed a deal with Kesh Films.|Harmon Steel < Harmon Group of Companies",
            "Tarn Holdings, including its units Tarn Bank and Tarn Steel, signed a deal with Kesh Films.|Tarn Bank < Tarn Holdings",
            // "under" a ministry, set off by commas or parentheses
            "The Freedonia Press Agency, under the Ministry of Information, signed a deal with Kesh News.|Freedonia Press Agency < Ministry of Information",
            "The Freedonia Press Agency (under the Ministry of Information) signed a deal with Kesh News.|Freedonia Press Agency < Ministry of Information",
            "The Freedonia Seed Bank, under the supervision of the Ministry of Agriculture, will store the samples.|Freedonia Seed Bank < Ministry of Agriculture",
            // a joint venture is a child of each owner
            "Lumo Power, a joint venture of Coral Energy and Tarn Power, signed a deal with Kesh Films.|Lumo Power < Coral Energy",
            "Lumo Power, a joint venture of Coral Energy and Tarn Power, signed a deal with Kesh Films.|Lumo Power < Tarn Power",
            "Lumo Power, a 50-50 joint venture between Coral Energy and Tarn Power, signed a deal.|Lumo Power < Tarn Power",
            "Lumo Power is a joint venture between Coral Energy and Tarn Power.|Lumo Power < Coral Energy",
            "Lumo Power, jointly owned by Coral Energy and Tarn Power, signed a deal with Kesh Films.|Lumo Power < Tarn Power",
            // an office or bureau in a place, named with its parent
            "Kesh News Agency signed a deal with Tellin Films on Monday.\\nKesh News Agency's Moscow bureau will cover the talks.|Moscow bureau of Kesh News Agency < Kesh News Agency",
            "Kesh News Agency signed a deal with Tellin Films on Monday.\\nThe agency's Beijing bureau will cover the talks.|Beijing bureau of Kesh News Agency < Kesh News Agency",
            "Kesh News Agency signed a deal with Tellin Films on Monday.\\nIts Beijing bureau will cover the talks.|Beijing bureau of Kesh News Agency < Kesh News Agency",
            "The Cairo office of Coral Media Group signed the deal.|Cairo office of Coral Media Group < Coral Media Group",
            "Anna Berg, head of the Cairo office of Coral Media Group, signed the deal.|Cairo office of Coral Media Group < Coral Media Group",
            "Anna Berg, chief of Kesh News Agency's Moscow bureau, signed the deal.|Moscow bureau of Kesh News Agency < Kesh News Agency",
            // the reverse order
            "Coral Financial Group, together with its daughter company Zorvo Bank, signed the deal.|Zorvo Bank < Coral Financial Group",
            "Coral Financial Group and its daughter company Zorvo Bank signed the deal.|Zorvo Bank < Coral Financial Group",
            "Coral Financial Group has set up a subsidiary, Zorvo Bank, to run the project.|Zorvo Bank < Coral Financial Group",
            "Coral Financial Group set up a subsidiary called Zorvo Bank last year.|Zorvo Bank < Coral Financial Group",
            "Coral Financial Group has established a new subsidiary, Zorvo Bank.|Zorvo Bank < Coral Financial Group",
            "Zorvo Bank and its parent company Coral Financial Group signed the deal.|Zorvo Bank < Coral Financial Group",
            "Zorvo Bank said its parent company Coral Financial Group would pay.|Zorvo Bank < Coral Financial Group",
            "Zorvo Bank, together with its parent Coral Financial Group, signed the deal.|Zorvo Bank < Coral Financial Group",
            "Velsk National Technical University and its Technopark signed the deal.|Technopark < Velsk National Technical University",
            // a list after "the subsidiaries of B include"; "became", "has been"; "A is a B subsidiary"
            "The subsidiaries of Coral Group include Lumo Bank and Kesh Leasing.|Kesh Leasing < Coral Group",
            "Lumo Bank became a subsidiary of Coral Group in 2019.|Lumo Bank < Coral Group",
            "Lumo Bank has been part of Coral Group since 2010.|Lumo Bank < Coral Group",
            "Lumo Bank has been a subsidiary of Coral Group since 2010.|Lumo Bank < Coral Group",
            "Lumo Bank is a Coral Group subsidiary.|Lumo Bank < Coral Group",
            // "B-affiliated A" with B named as an organization in the article; a news agency, a daily, a chapter
            "Norvik signed with Coral-affiliated Lumo Bank.\\nCoral Group said so.|Lumo Bank < Coral Group",
            "Norvik signed with Lumo News, Coral Media Group's news agency.|Lumo News < Coral Media Group",
            "Coral Media Group's news agency Lumo News signed the deal.|Lumo News < Coral Media Group",
            "Coral Media Group's English-language newspaper Lumo Daily signed the deal.|Lumo Daily < Coral Media Group",
            "The Cairo chapter of the Coral Bar Association signed the deal.|Cairo chapter of the Coral Bar Association < Coral Bar Association",
            // a channel's name ending with a number, named a child by the wording
            "Norvik signed with Lumo 24, part of the state media holding Coral Segodnya.|Lumo 24 < Coral Segodnya",
            "Lumo 24, a unit of Coral Group, signed.|Lumo 24 < Coral Group",
            "Coral Media Group signed a deal with Tellin Films.\\nIts channel Lumo 24 will air the films.|Lumo 24 < Coral Media Group",
            // the noun of what the child is after its name
            "Norvik signed with Kesh Media, which runs the Lumo 24 news channel.|Lumo 24 < Kesh Media",
            "Coral Media Group publishes the Lumo Daily newspaper.|Lumo Daily < Coral Media Group",
            "The Coral Media Group (CMG) and its Lumo Global channel signed the deal.|Lumo Global < Coral Media Group",
            // a national arm the finder split into a name and a country
            "Kestrel's, the burger chain, named a new chief.\\nThe company named Anna Berg, CEO of Kestrel's USA, as president.|Kestrel's USA < Kestrel's",
            // a description set off by dashes
            "Norvik Ventures signed a deal on Monday.\\nThe partner, Lumo Bank — a unit of Coral Group — will pay.|Lumo Bank < Coral Group",
            "Norvik Ventures signed a deal on Monday.\\nNorvik signed with Lumo Bank - a subsidiary of Coral Group - on Monday.|Lumo Bank < Coral Group",
            "Norvik Ventures signed a deal on Monday.\\nNorvik signed with Lumo Bank – part of Coral Group – on Monday.|Lumo Bank < Coral Group",
            // "its" after an abbreviation that is the only name before it
            "BGX said its subsidiary Lumo Acquisition will run the merger.|Lumo Acquisition < BGX",
            // an abbreviation the article uses opens its unit's name
            "The IAEA signed the deal on Monday.\\nThe IAEA Board of Governors will meet in May.|IAEA Board of Governors < IAEA",
    })
    void wordings(String text, String expected) {
        Set<String> got = partOf(text);
        assertTrue(got.contains(expected), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a stake, rights, a person, the next owner
            "Coral Media Group owns a stake in Lumo TV.|Lumo TV < Coral Media Group",
            "Coral Media Group, which owns the rights to Lumo TV, signed the deal.|Lumo TV < Coral Media Group",
            "Anna Berg owns Lumo TV.|Lumo TV < Anna Berg",
            "Coral Media Group owns Lumo TV and Kesh Group owns Tarn Radio.|Kesh Group < Coral Media Group",
            // partners and clients are no units
            "Marlow Media Group, whose partners include Tellin Films and Kesh Films, signed the deal.|Tellin Films < Marlow Media Group",
            "Marlow Media Group, whose clients include Tellin Films and Kesh Films, signed the deal.|Kesh Films < Marlow Media Group",
            "Lumo Radio and Tellin TV, both partners of Coral Media Group, signed the deal.|Tellin TV < Coral Media Group",
            // "including" after no group, or naming a person
            "Several firms, including Orsa Foods, signed a deal with Kesh Films.|Orsa Foods < Kesh Films",
            "The deal was backed by the Velsk Business Association, including Tarn Bank and Orsa Steel.|Tarn Bank < Velsk Business Association",
            "The deal was backed by Coral Group, including Anna Berg.|Anna Berg < Coral Group",
            // "under" an agreement, a leader or a ministry's plan
            "The Freedonia Press Agency, under the Ministry of Information's plan, will open two bureaus.|Freedonia Press Agency < Ministry of Information",
            "Kesh News signed a deal with the Freedonia Press Agency, under the leadership of Anna Berg.|Freedonia Press Agency < Anna Berg",
            "Kesh signed the deal with Coral Agency, under the Ministry of Trade programme.|Coral Agency < Ministry of Trade",
            // a joint venture agreement or partner is no joint venture
            "Coral Energy and Tarn Power signed a joint venture agreement with Kesh Films.|Kesh Films < Coral Energy",
            "Lumo Power, a joint venture partner of Coral Energy and Tarn Power, signed a deal.|Lumo Power < Coral Energy",
            // an office building
            "Kesh News Agency's Moscow office building was sold to Tarn Bank.|Moscow office of Kesh News Agency < Kesh News Agency",
            // a rival, a partner, a person after "its"; a plan to set up a unit
            "Coral Financial Group and its rival Zorvo Bank signed the deal.|Zorvo Bank < Coral Financial Group",
            "Coral Bank, together with its partners Kesh Bank and Tarn Bank, signed the deal.|Kesh Bank < Coral Bank",
            "Zorvo Bank and its partner Coral Financial Group signed the deal.|Zorvo Bank < Coral Financial Group",
            "Zorvo Bank said its rival Coral Financial Group would pay.|Zorvo Bank < Coral Financial Group",
            "Coral Financial Group plans to set up a subsidiary, Zorvo Bank.|Zorvo Bank < Coral Financial Group",
            "Coral Financial Group set up a meeting with Zorvo Bank.|Zorvo Bank < Coral Financial Group",
            // a dash between partners, a former unit between dashes
            "Norvik Ventures signed a deal on Monday.\\nCoral Group - the partner of Lumo Bank - will pay.|Lumo Bank < Coral Group",
            "Norvik Ventures signed a deal on Monday.\\nLumo Bank - a former unit of Coral Group - will pay.|Lumo Bank < Coral Group",
            // a project, a product, an airport after "runs" or "its"
            "Coral Group runs the Lumo 24 project with Kesh Bank.|Lumo 24 < Coral Group",
            "Coral Group and its Lumo brand signed the deal.|Lumo < Coral Group",
            // a city after a name says where; a country's possessive after a name is no arm
            "Kestrel's, the burger chain, named a new chief.\\nKestrel's Moscow will run it.|Kestrel's Moscow < Kestrel's",
            "Norvik signed with Coral Bank on Monday.\\nThe deal gives Coral Kenya rights.|Coral Kenya < Coral",
            "Kestrel's signed with Norvik Bank on Monday.\\nThe deal gives Kestrel's Kenya streaming rights.|Kestrel's Kenya < Kestrel's",
            // the place of a participle phrase before "is part of" is no child
            "Orsa Line, headquartered in Velsk, has been part of the Calder Maritime group since 2010.|Velsk < Calder Maritime",
            // a date is no channel
            "Norvik signed with Coral Group on December 24, part of the Kesh Plan.|December 24 < Kesh Plan",
            // "its" after a person's name
            "Anna Berg said its subsidiary Lumo Bank would pay.|Lumo Bank < Anna Berg",
            // an acquisition, a client list, a language adjective
            "Lumo Bank, which Coral Group acquired in 2019, signed the deal.|Lumo Bank < Coral Group",
            "The clients of Coral Group include Lumo Bank and Kesh Leasing.|Lumo Bank < Coral Group",
            "Coral Media Group's English-language newspaper Lumo Daily signed the deal.|English-language < Coral Media Group",
            "Norvik signed with Coral-affiliated Lumo Bank.|Lumo Bank < Coral",
            // a family owns, but is no organization
            "Tarn Holdings, which is controlled by the Velsk family, has been selling assets.|Tarn Holdings < Velsk",
            "Coral Foods is owned by the Orsa family.|Coral Foods < Orsa",
    })
    void nearMisses(String text, String wrong) {
        Set<String> got = partOf(text);
        assertFalse(got.contains(wrong), () -> "got " + got);
    }
}
