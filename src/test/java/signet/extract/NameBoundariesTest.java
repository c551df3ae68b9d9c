package signet.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Organization name boundaries in running text, class by class: each row is an invented sentence
 * and a mention its first sentence must hold, as {@code extract --forms} prints it ("ORG = name");
 * near misses a looser rule would get wrong sit next to the cases they guard.
 */
class NameBoundariesTest {

    private static void assertMentions(String sentence, String expected) {
        List<String> got = OrgBoundariesTest.mentions(sentence);
        for (String e : expected.split(";")) assertTrue(got.contains(e.strip()), sentence + " -> " + got + ", expected " + e.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // descriptive words before "and" with no head, descriptive words and a head after it: one name
            "The Norland Monuments and Heritage Board signed a memorandum with Coral Bank.|ORG = Norland Monuments and Heritage Board",
            "Officials of the Tarn Historical and Local Lore Museum met the delegation.|ORG = Tarn Historical and Local Lore Museum",
            "The Energy and Petrochemicals Department of the Government of Norland signed an agreement with Kestrel Power.|ORG = Energy and Petrochemicals Department of the Government of Norland",
            "Heron Media signed the deal with the Tarn Fine Arts and Crafts Museum on Monday.|ORG = Tarn Fine Arts and Crafts Museum",
            "The Norland Wildlife and Forestry Service signed an agreement with Tarn Timber.|ORG = Norland Wildlife and Forestry Service",
            "A delegation of the Kestrel Cultural and Natural Heritage Agency visited Tarn.|ORG = Kestrel Cultural and Natural Heritage Agency",
            // near misses: a proper word or a head before "and", or a proper word after it, make two names
            "Coral Bank and Kestrel Insurance signed a memorandum of understanding.|ORG = Coral Bank",
            "Sony and Warner Bros Pictures signed a distribution agreement.|OTH = Sony; ORG = Warner Bros Pictures",
            "Gazprom and Rosneft signed a supply agreement.|OTH = Gazprom; OTH = Rosneft",
            "The Coral Museum and the Heron Library signed a cooperation agreement.|ORG = Coral Museum; ORG = Heron Library",
            "Coral Holdings and Heron Energy Company signed a joint venture agreement.|ORG = Coral Holdings; ORG = Heron Energy Company",
            "Tarn Communications and Heron Media Group signed an agreement.|ORG = Heron Media Group",
            "The Norland Monuments Agency and Heritage Board signed an agreement.|ORG = Norland Monuments Agency",
            // fields joined again after the "and", and the next name after the head
            "Heron Energy signed an agreement with Norland National Oil and Gas Exploration and Development Company on Monday.|ORG = Norland National Oil and Gas Exploration and Development Company",
            "Heron Oil and Gas Exploration Company and Coral Bank signed an agreement.|ORG = Heron Oil and Gas Exploration Company; ORG = Coral Bank",
            "Norland Oil and Heron Gas Exploration Company signed an agreement.|ORG = Norland Oil; ORG = Heron Gas Exploration Company",
            // the last field of a list in a head's complement may take "the"; a party after it may not
            "The Ministry of Information, Communications and the Digital Economy signed an agreement with Heron Media.|ORG = Ministry of Information, Communications and the Digital Economy",
            "The Ministry of Transport, Tourism and the Creative Economy of Tarn met Coral Bank.|ORG = Ministry of Transport, Tourism and the Creative Economy of Tarn",
            "The Ministry of Health, Kestrel Pharma and the Coral Bank signed an agreement.|ORG = Ministry of Health; ORG = Coral Bank",
            // the possessive of a word that opens names ("Children's", "Women's") stays inside the name across "and"
            "The director of the Zero Plus International Children's and Youth Film Festival signed the memorandum.|ORG = Zero Plus International Children's and Youth Film Festival",
            "The Kestrel Children's and Youth Theatre signed an agreement with Coral Bank.|ORG = Kestrel Children's and Youth Theatre",
            "The Norland Women's and Children's Hospital signed an agreement with Tarn Health.|ORG = Norland Women's and Children's Hospital",
            "Kestrel Children's and Coral Bank signed an agreement.|ORG = Coral Bank",
            // a possessive after the "and" of a complement owns what follows: another name
            "It was signed before Anna Berg, Secretary, Ministry of Power and Kestrel's President Piet Dorn.|ORG = Ministry of Power; OTH = Kestrel",
            "The Ministry of Culture and Heron's chief executive attended the signing.|ORG = Ministry of Culture; OTH = Heron",
            "The Ministry of Posts and Telecommunications signed an agreement with Kestrel Telecom.|ORG = Ministry of Posts and Telecommunications",
    })
    void andInsideOneName(String sentence, String expected) {
        assertMentions(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a person's name glued after the organization of a title ends at the organization's head, weak heads too
            "Chairman of Norland Railway Board Anna Berg said the agreement would help.|ORG = Norland Railway Board; PER = Anna Berg",
            "Director General of Tarn Water Development Board Piet Dorn signed for the Norland side.|ORG = Tarn Water Development Board; PER = Piet Dorn",
            "Chairman, Tarn Railway Board Piet van Dorn, said the line would open next year.|ORG = Tarn Railway Board; PER = Piet van Dorn",
            "The Chairman Norland Investment Board Anna Berg signed for Norland.|ORG = Norland Investment Board; PER = Anna Berg",
            "Chief Executive of Kestrel Media Anna Berg said the deal was good.|PER = Anna Berg",
            // a proper word may open the organization before its head
            "Secretary of the Norland Ministry of Railways Piet Dorn was present.|ORG = Norland Ministry of Railways; PER = Piet Dorn",
            // near misses: no title before, or generic words after the head, keep one name
            "The director of Coral Film Heritage Foundation visited Tarn.|ORG = Coral Film Heritage Foundation",
            "The Norland Investment Board signed a memorandum with Coral Bank.|ORG = Norland Investment Board",
            "Delegates of Tarn Media Heritage Group met the minister.|ORG = Tarn Media Heritage Group",
    })
    void personGluedAfterAnOrganization(String sentence, String expected) {
        assertMentions(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a military chief of staff: the staff is the title's, the forces after it the organization
            "The Chief of the General Staff of the Norland Armed Forces met the delegation.|TTL = Chief of the General Staff; ORG = Norland Armed Forces",
            "Tarn's Chief of General Staff Anna Berg signed the agreement with Coral Aviation.|TTL = Chief of General Staff; PER = Anna Berg",
            "The agreement was signed by the Chief of Defence Staff of the Heron Navy.|TTL = Chief of Defence Staff; ORG = Heron Navy",
            "The Chief of Staff of the Tarn Air Force visited Coral Aviation.|TTL = Chief of Staff; ORG = Tarn Air Force",
    })
    void aTitlesWordsStayInTheTitle(String sentence, String expected) {
        assertMentions(sentence, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a title modifier that is a name's only proper word opens it
            "General Motors signed an agreement with Coral Batteries.|ORG = General Motors",
            "Delhi based Senior Group of Companies signed a memorandum with Heron Media.|ORG = Senior Group of Companies",
            "Chief Executive Anna Berg signed for General Electric.|ORG = General Electric",
            "Kestrel Motors and Coral Airlines signed an agreement.|ORG = Kestrel Motors; ORG = Coral Airlines",
            // near misses: after "the" a description; a proper word after it is no name with it
            "The General Secretariat approved the deal with Coral Bank.|ORG = Coral Bank",
            "Senior Kestrel officials signed the agreement with Coral Bank.|ORG = Coral Bank",
            // a spaced "&" between a proper word and a capitalised word joins one name
            "Procter & Gamble signed an agreement with Heron Retail.|OTH = Procter & Gamble",
            "Marks & Spencer Group signed a deal with Tarn Textiles.|ORG = Marks & Spencer Group",
            "Ernst & Young and Coral Bank signed an agreement.|OTH = Ernst & Young; ORG = Coral Bank",
            // near misses: two names with heads, or two after "between"
            "Coral Bank & Heron Insurance signed a memorandum.|ORG = Coral Bank; ORG = Heron Insurance",
            "The deal between Norland & Tarn was signed on Monday.|OTH = Norland",
    })
    void theFirstWordOfAName(String sentence, String expected) {
        assertMentions(sentence, expected);
    }
}
