package signet.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Part-of wordings found by probing the rules with sentences of our own (issue 13, sixth session; invented
 * names): a parent that "consists of", "comprises" or "is made up of" its parts, the same in parentheses after
 * its name, a possessive written with a bare apostrophe ("Coral Holdings' payments unit"), an outlet named after
 * its owner's noun and "the" ("Velsk Media's daily, the Velsk Herald"), a station of a broadcaster; and the near
 * misses a looser rule would read: a supplier or partner named by a unit noun and an agent noun ("Coral Bank's IT
 * service provider"), an association's members, people in a body, a place's plural possessive.
 */
class PartOfUnseen2Test {
    private static final RuleExtractor X = new RuleExtractor();

    private static Set<String> partOf(String text) {
        return TestArticles.partOf(X.extract(TestArticles.of(text.replace("\\n", "\n"), "2024-05-02", null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "B consists of / comprises / is made up of A1 and A2"
            "Tarn Energy Group consists of Tarn Power, Tarn Gas and Tarn Grid.|Tarn Power < Tarn Energy Group",
            "Tarn Energy Group consists of Tarn Power, Tarn Gas and Tarn Grid.|Tarn Grid < Tarn Energy Group",
            "The Velsk Research Council comprises the Institute of Botany and the Institute of Soil Science.|Institute of Soil Science < Velsk Research Council",
            "Coral Media Group is made up of Coral Television and Coral Radio.|Coral Radio < Coral Media Group",
            "Orsa Holding currently consists of Orsa Cement and Orsa Steel, its chairman said.|Orsa Steel < Orsa Holding",
            // the same in parentheses after the parent's name, inside a title phrase
            "The chief executive of Borva Media Group (which consists of Borva News Agency and the English-language daily Borva Herald) Anna Lind attended.|Borva Herald < Borva Media Group",
            "The chief executive of Borva Media Group (which consists of Borva News Agency and the English-language daily Borva Herald) Anna Lind attended.|Borva News Agency < Borva Media Group",
            "Kesh Holding (which comprises Kesh Cement and Kesh Steel) posted a profit.|Kesh Steel < Kesh Holding",
            // a possessive with a bare apostrophe after a name ending in "s"
            "Coral Holdings' payments unit Lumo Pay signed the deal with Tarn Bank.|Lumo Pay < Coral Holdings",
            "Coral Holdings’ payments unit Lumo Pay signed the deal with Tarn Bank.|Lumo Pay < Coral Holdings",
            "Coral Holdings' subsidiaries Lumo Pay and Lumo Card signed the agreement.|Lumo Card < Coral Holdings",
            "Coral Airways' regional unit Lumo Air ordered ten planes.|Lumo Air < Coral Airways",
            // the name after the owner's noun, a comma and "the"
            "Velsk Media's English-language daily, the Velsk Herald, printed the interview.|Velsk Herald < Velsk Media",
            "Velsk Media's news service, the Velsk Wire, printed the interview.|Velsk Wire < Velsk Media",
            "Coral Media Group's streaming platform, the Lumo Plus, added two million users.|Lumo Plus < Coral Media Group",
            // a station of a broadcaster
            "Borva Radio, a station of the Borva Broadcasting Corporation, aired the talk.|Borva Radio < Borva Broadcasting Corporation",
            "Kesh FM, a regional station of Coral Broadcasting Corporation, aired the talk.|Kesh FM < Coral Broadcasting Corporation",
            // the owner's possessive in parentheses; names before a plural unit noun; "a B firm"
            "Lumo Pay (Coral Group's subsidiary) signed the deal with Tarn Bank.|Lumo Pay < Coral Group",
            "Kesh Soft (the Orsa Holding's software arm) won the tender.|Kesh Soft < Orsa Holding",
            "Coral Group's Lumo Pay and Lumo Card units signed the deal with Tarn Bank.|Lumo Card < Coral Group",
            "Coral Media's Lumo One, Lumo Kids and Lumo News channels will be carried by Tarn Cable.|Lumo Kids < Coral Media",
            "Tarn Bank will sign the deal with Lumo Pay, a Coral Group firm.|Lumo Pay < Coral Group",
            // an institute of an academy with a bare apostrophe
            "The Ruritanian Academy of Sciences' Institute of Physics signed the deal with Tarn Bank.|Institute of Physics < Ruritanian Academy of Sciences",
            // a centre, laboratory, body or enterprise of an organization; an institute "at" a university; "a B think tank"
            "The Lumo Research Centre, a research centre of Velsk State University, signed the deal with Tarn Bank.|Lumo Research Centre < Velsk State University",
            "The Kesh Laboratory, a laboratory of the Ruritanian Academy of Sciences, signed the deal with Tarn Bank.|Kesh Laboratory < Ruritanian Academy of Sciences",
            "The Kesh Institute, a research centre at Velsk State University, signed the deal with Tarn Bank.|Kesh Institute < Velsk State University",
            "The Lumo Council, an advisory body of the Ministry of Health, signed the deal with Tarn Bank.|Lumo Council < Ministry of Health",
            "The Lumo Company, an enterprise of the Ministry of Defence, signed the deal with Tarn Bank.|Lumo Company < Ministry of Defence",
            "The Kesh Institute, a Velsk University think tank, signed the deal with Tarn Bank.|Kesh Institute < Velsk University",
            "The Kesh Agency, a Ministry of Culture agency, signed the deal with Tarn Bank.|Kesh Agency < Ministry of Culture",
            // membership set off by parentheses
            "Lumo Bank (a member of the Coral Group) signed the deal with Tarn Bank.|Lumo Bank < Coral Group",
            // an owner's move into a medium with its outlet
            "Kesh Media extended its presence into radio with Kesh FM in 2008.|Kesh FM < Kesh Media",
            "Coral Media Group expanded its footprint into television with Coral One and Coral Kids.|Coral Kids < Coral Media Group",
            // "falls under", "operates under the auspices of", "is among B's subsidiaries", a subordinate institution
            "The Lumo Institute falls under the Ministry of Culture.|Lumo Institute < Ministry of Culture",
            "The Lumo Institute comes directly under the Ministry of Culture, its director said.|Lumo Institute < Ministry of Culture",
            "The Lumo Institute, which operates under the auspices of the Ministry of Culture, signed the deal with Tarn Bank.|Lumo Institute < Ministry of Culture",
            "Lumo Pay is among Coral Group's subsidiaries.|Lumo Pay < Coral Group",
            "Lumo Pay is among the subsidiaries of Coral Group.|Lumo Pay < Coral Group",
            "The Lumo Institute, a subordinate institution of the Ministry of Culture, signed the deal.|Lumo Institute < Ministry of Culture",
            // a member the finder typed an organization, in a sentence where it signs
            "Kesh Bank, a member of the Velsk Banking Association, signed the charter.|Kesh Bank < Velsk Banking Association",
            // a list owned by, belonging to, or controlled by one parent
            "Lumo Pay and Lumo Card belong to Coral Group.|Lumo Card < Coral Group",
            "Lumo Pay and Lumo Card are owned by Coral Group.|Lumo Pay < Coral Group",
            "Lumo Pay and Lumo Card, which are both owned by Coral Group, signed the deal.|Lumo Card < Coral Group",
            "Kesh Bank signed the deal with Lumo Pay and Lumo Card, which belong to Coral Group.|Lumo Card < Coral Group",
            "Coral Group, the owner of Lumo Pay and Lumo Card, signed the deal.|Lumo Card < Coral Group",
            "Coral Group controls Lumo Pay and Lumo Card.|Lumo Pay < Coral Group",
            // several children before or after "the B companies"
            "The Coral Group companies Lumo Pay and Lumo Card signed the deal.|Lumo Card < Coral Group",
            "Lumo Pay and Lumo Card, two Coral Group companies, signed the deal.|Lumo Pay < Coral Group",
            "Coral Group's rivals, the two Kesh Group companies Lumo Pay and Lumo Card, signed the deal.|Lumo Card < Kesh Group",
            // "Among" opening the sentence is no word of the parent's name
            "Among Coral Group's subsidiaries are Lumo Pay and Lumo Card.|Lumo Card < Coral Group",
    })
    void wordings(String text, String expected) {
        Set<String> got = partOf(text);
        assertTrue(got.contains(expected), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a supplier or partner: a unit noun that modifies a noun of someone working for the owner
            "Lumo Tech, Coral Bank's IT service provider, signed the deal.|Lumo Tech < Coral Bank",
            "Kesh Soft, Coral Bank's website developer, signed the deal.|Kesh Soft < Coral Bank",
            "Kesh Logistics, Coral Bank's channel partner, signed the deal.|Kesh Logistics < Coral Bank",
            "Kesh Logistics, Coral Holdings' business partner, signed the deal.|Kesh Logistics < Coral Holdings",
            "Coral Bank's IT service provider Lumo Tech signed the deal.|Lumo Tech < Coral Bank",
            "Coral Bank's newspaper distributor Kesh Logistics signed the deal.|Kesh Logistics < Coral Bank",
            "Coral Bank's platform provider, Kesh Logistics, signed the deal.|Kesh Logistics < Coral Bank",
            // a state's national or state-run outlet: the owner is a country the gazetteer may not know, not an organization
            "The Velsk News Agency and Tarnovia's national wire service, the Tarnovian Information Agency, signed a memorandum.|Tarnovian Information Agency < Tarnovia",
            "Tarnovia's state broadcaster Tarnovian Television aired the ceremony.|Tarnovian Television < Tarnovia",
            "Tarnovia's state-run news agency, the Tarnovian Wire, reported the deal.|Tarnovian Wire < Tarnovia",
            // an association of independent members, a body of people
            "The Velsk Alliance consists of Coral Bank and Kesh Bank.|Coral Bank < Velsk Alliance",
            "The delegation of Coral Holdings consisted of Per Olsen and Anna Lind.|Per Olsen < Coral Holdings",
            "The Velsk Banking Association, whose members include Per Olsen, met on Monday.|Per Olsen < Velsk Banking Association",
            // a plural place's possessive, a closing quote
            "The Borva Islands' national broadcaster Lumo TV signed the deal with Coral Bank.|Lumo TV < Borva Islands",
            "The Velsk Highlands' regional newspaper, the Velsk Herald, printed the story.|Velsk Herald < Velsk Highlands",
            "Readers of 'Coral Daily' magazine Lumo Weekly wrote in.|Lumo Weekly < Coral Daily",
            // partners, rivals, former units
            "Lumo Bank, a partner of Coral Holdings, signed the deal.|Lumo Bank < Coral Holdings",
            "Orsa Air, a rival of Nimbus Air, cut its fares.|Orsa Air < Nimbus Air",
            "The Velsk Gazette, a former subsidiary of Tarn Media, closed.|Velsk Gazette < Tarn Media",
            // an unknown place before an office word; names before a plural noun that is no unit
            "The Velsk office of the Ruritanian News Agency opened on Monday.|Velsk < Ruritanian News Agency",
            "Coral Group's Lumo Pay and Lumo Card deals were signed on Monday.|Lumo Card < Coral Group",
            "Coral Group's Lumo Pay and Lumo Card service providers were paid.|Lumo Card < Coral Group",
            // a town that is a centre of an industry, a branch at an airport, a researcher at a university
            "Velsk, a centre of the Ruritanian textile industry, hosted the talks.|Velsk < Ruritanian",
            "Lumo Bank, a branch at Velsk Airport, opened on Monday.|Lumo Bank < Velsk Airport",
            "Anna Berg, a researcher at Velsk State University, signed the deal.|Anna Berg < Velsk State University",
            "The Lumo Centre, a centre of excellence for Coral Bank, hosted the talks.|Lumo Centre < Coral Bank",
            "Anna Berg moved into radio with Kesh FM in 2008.|Kesh FM < Anna Berg",
            // a signing hosted "under the auspices" of a ministry; "among" B's rivals
            "Kesh Bank signed the deal with Lumo Pay under the auspices of the Ministry of Culture.|Lumo Pay < Ministry of Culture",
            "Kesh Bank and Lumo Pay, under the auspices of the Ministry of Culture, signed the deal.|Lumo Pay < Ministry of Culture",
            "Lumo Pay is among Coral Group's rivals.|Lumo Pay < Coral Group",
            "Lumo Pay, among the clients of Coral Group, signed the deal.|Lumo Pay < Coral Group",
            // a person who signs is made an organization by the signing rules: still no member organization
            "John Smith, a member of the Velsk Banking Association, signed the charter.|John Smith < Velsk Banking Association",
            "Per Olsen, a member of the Velsk Banking Association, signed the charter.|Per Olsen < Velsk Banking Association",
            "Lars Olsen and Maria Lind, both members of the Velsk Banking Association, signed the charter.|Maria Lind < Velsk Banking Association",
            // the singular verb says only the last is owned; a person owns; control of a board or a market
            "Kesh Bank and Lumo Pay, which is owned by Coral Group, signed the deal.|Kesh Bank < Coral Group",
            "Lumo Pay and Lumo Card are owned by Anna Berg.|Lumo Pay < Anna Berg",
            "Coral Group controls Lumo Pay's board.|Lumo Pay < Coral Group",
            "Coral Group, the owner of Lumo Pay and Kesh Bank's partner, signed the deal.|Kesh Bank < Coral Group",
            "The rival Coral Group companies Lumo Pay and Lumo Card signed the deal.|Lumo Pay < Coral Group",
            "Coral Group's rivals, the two Kesh Group companies Lumo Pay and Lumo Card, signed the deal.|Lumo Pay < Coral Group",
            "Among Coral Group's subsidiaries are Lumo Pay and Lumo Card.|Lumo Card < Among Coral Group",
    })
    void nearMisses(String text, String wrong) {
        Set<String> got = partOf(text);
        assertFalse(got.contains(wrong), () -> "got " + got);
    }
}
