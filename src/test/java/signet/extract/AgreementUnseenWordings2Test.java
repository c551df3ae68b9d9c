package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who signed with whom where one sentence tells two signings or names more organizations than signed: a second
 * signing's subject after a purpose clause with no comma or joiner ("... to promote capacity building the Ministry
 * of Ports signed ..."), an appositive subject after ", and" ("and the two central banks, A and B, concluded"), a
 * "between" list in a purpose clause ("with B to promote cooperation between C and D"), a city set off by
 * commas after an institution's name ("the National Academy of Judges, Lakeport, and ..."), bodies of names the
 * text does not name ("between the akimats of A and B"), an older agreement's list ("replacing an earlier deal
 * with C"), a person who signs "on behalf of" an organization, a denied second signing ("but C has not
 * signed"), a name with a verb of its own after the list (", and C welcomed the move"), and a helper after
 * the sides ("A and B signed in cooperation with C"). Each class with its near misses. Every organization is invented; "¶" in a case starts a new sentence.
 */
class AgreementUnseenWordings2Test {
    private static final RuleExtractor X = new RuleExtractor();
    private static final String NEW_SENTENCE = "¶";

    /** Each signed agreement as "A + B" (parties sorted), the agreements sorted and joined by "; ". */
    private static String signed(String text) {
        return TestArticles.signed(X.extract(TestArticles.of(text.replace(NEW_SENTENCE, "\n"), "2024-03-10", null)), false);
    }

    private static void check(String text, String expected) {
        assertEquals(expected == null ? "" : expected, signed(text), text);
    }

    // ---- a second signing's subject after the first signing's purpose clause, with no comma or joiner ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A memorandum was signed between the Orion Academy and the Lark Institute to promote capacity building the Ministry of Ports signed a memorandum with Kestrel Ltd.|Kestrel Ltd. + Ministry of Ports; Lark Institute + Orion Academy",
            "Coral Bank signed an agreement with Delta Trust to finance new housing the Kestrel Group signed a contract with Orion Shipping.|Coral Bank + Delta Trust; Kestrel Group + Orion Shipping",
            "Coral Bank signed a loan agreement with Delta Bank, and the two central banks, the Bank of Ruritania and the Bank of Borvia, concluded a swap agreement.|Bank of Borvia + Bank of Ruritania; Coral Bank + Delta Bank",
            "Coral Bank signed with Delta Bank, and the central banks, the Bank of Ruritania and the Bank of Borvia, signed a swap line agreement.|Bank of Borvia + Bank of Ruritania; Coral Bank + Delta Bank",
            "Coral Bank signed a memorandum with Delta Trust to promote capacity building and the Ministry of Ports signed another with Kestrel Ltd.|Coral Bank + Delta Trust; Kestrel Ltd. + Ministry of Ports",
            // near misses: a modifier of a name in the first list, a list of the first signing, one appositive subject
            "Coral Bank signed a memorandum with the state-owned Delta Trust and Kestrel Ltd signed another with Orion Shipping.|Coral Bank + Delta Trust; Kestrel Ltd + Orion Shipping",
            "Coral Bank signed a memorandum with Delta Trust and Kestrel Ltd to promote capacity building.|Coral Bank + Delta Trust + Kestrel Ltd",
            "The two central banks, the Bank of Ruritania and the Bank of Borvia, concluded a swap agreement.|Bank of Borvia + Bank of Ruritania",
            "The memorandum between Coral Bank and Delta Trust signed in May was extended.|Coral Bank + Delta Trust",
            "Coral Bank and Delta Trust signed a memorandum to build a port.|Coral Bank + Delta Trust",
    })
    void aSecondSigningsSubjectEndsTheFirstClause(String text, String expected) { check(text, expected); }

    // ---- a "between" list in a purpose clause after the sides says what the agreement is about ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Coral Bank signed a memorandum with Delta Trust to promote cooperation between Kestrel Ltd and Orion Shipping.|Coral Bank + Delta Trust",
            "Coral Bank signed an agreement with Delta Trust for cooperation between the Lark Institute and the Orion Academy.|Coral Bank + Delta Trust",
            // near misses: a state's bodies cooperate for the state that signs; a "between" list right after the agreement
            "Peru signed an agreement with Chile for collaboration between the Ministry of Culture of Peru and the Ministry of Culture of Chile.|Ministry of Culture of Chile + Ministry of Culture of Peru",
            "An agreement between the Lark Institute and the Orion Academy was signed on Monday.|Lark Institute + Orion Academy",
    })
    void aBetweenListInAPurposeClauseNamesNoSide(String text, String expected) { check(text, expected); }

    // ---- a city set off by commas after an institution's name says where it is ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A memorandum was signed between the National Academy of Judges, Lakeport, and the Supreme Court of Borvia.|National Academy of Judges + Supreme Court of Borvia",
            "The National Academy of Judges, Lakeport, and the Supreme Court of Borvia signed a memorandum.|National Academy of Judges + Supreme Court of Borvia",
            "The Coral Institute of Technology, Marwick, signed a memorandum with Delta University.|Coral Institute of Technology + Delta University",
            "Coral University signed a memorandum with Delta University, Quito, and Lark University, Bogota.|Coral University + Delta University + Lark University",
            "A memorandum was signed between Coral University, Lima, and Delta University, Quito.|Coral University + Delta University",
            // near misses: an acronym or a name after a company is a party of a list; a name joined by "and" is one
            "A memorandum was signed between the Coral Institute, KTRA, and Delta Bank.|Coral Institute + Delta Bank + KTRA",
            "A memorandum was signed between Coral Bank, Telenor, and Delta Trust.|Coral Bank + Delta Trust + Telenor",
            "Coral University, Telenor and Delta Bank signed a memorandum.|Coral University + Delta Bank + Telenor",
    })
    void aCityAfterAnInstitutionIsNoParty(String text, String expected) { check(text, expected); }

    // ---- "the akimats of A and B", "the A and B city councils": bodies of the names, which the text does not name ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A memorandum was signed between the akimats of Kestrel and Lakeport.|",
            "A memorandum was signed between the city halls of Kestrel and Lakeport.|",
            "Memorandums were signed between the universities of Kestrel and Lakeport.|",
            "A memorandum was signed between the Kestrel and Lakeport socio-entrepreneurial corporations.|",
            "The Kestrel and Lakeport city councils signed a twinning agreement.|",
            "The Kestrel and Lakeport news agencies signed a memorandum.|",
            // near misses: bodies named in full, people or governments who act for the names, a description after a comma
            "A memorandum was signed between the Akimat of Kestrel and the Akimat of Lakeport.|Akimat of Kestrel + Akimat of Lakeport",
            "A memorandum was signed between representatives of Kestrel Media and Lakeport Radio.|Kestrel Media + Lakeport Radio",
            "A memorandum was signed between the heads of Kestrel Media and Lakeport Radio.|Kestrel Media + Lakeport Radio",
            "A memorandum was signed between the governments of Kestrel and Lakeport.|Kestrel + Lakeport",
            "Coral Bank and Delta Trust officials signed a memorandum.|Coral Bank + Delta Trust",
            "A memorandum was signed between Coral News and Delta Radio, both state media companies.|Coral News + Delta Radio",
    })
    void bodiesOfTheNamesAreNoParties(String text, String expected) { check(text, expected); }

    // ---- an older or another agreement with its own "with" list after the signing's sides ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Coral Bank signed a memorandum with Delta Trust, replacing an earlier deal with the Lark Group.|Coral Bank + Delta Trust",
            "Coral Bank signed a memorandum with Delta Trust, following a similar deal with the Lark Group.|Coral Bank + Delta Trust",
            "Coral Bank signed a memorandum with Delta Trust, like its previous agreement with the Lark Group.|Coral Bank + Delta Trust",
            "Coral Bank signed a memorandum with Delta Trust after an agreement with the Lark Group collapsed.|Coral Bank + Delta Trust",
            // near misses: a second agreement signed in the same breath
            "Coral Bank signed a memorandum with Delta Trust and an agreement with the Lark Group.|Coral Bank + Delta Trust; Coral Bank + Lark Group",
            "Coral Bank signed a memorandum with Delta Trust and, in a separate ceremony, an agreement with the Lark Group.|Coral Bank + Delta Trust; Coral Bank + Lark Group",
    })
    void anOlderAgreementsListIsNoSigning(String text, String expected) { check(text, expected); }

    // ---- who signs "on behalf of" an organization is a person; the organization is the party ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kim Soto signed the memorandum on behalf of Coral Bank with Delta Trust.|Coral Bank + Delta Trust",
            "Kim Soto signed on behalf of Coral Bank a memorandum with Delta Trust.|Coral Bank + Delta Trust",
            "The memorandum was signed by Kim Soto on behalf of Coral Bank and Ana Ruiz on behalf of Delta Trust.|Coral Bank + Delta Trust",
            // near misses: organizations that sign in their own name
            "Delta Trust signed the memorandum with Coral Bank.|Coral Bank + Delta Trust",
            "The memorandum was signed by Coral Bank and Delta Trust.|Coral Bank + Delta Trust",
            "Ana Ruiz, director of Coral Bank, signed the memorandum on behalf of the bank with Delta Trust.|Coral Bank + Delta Trust",
    })
    void anAgentSignsForItsOrganization(String text, String expected) { check(text, expected); }

    // ---- a denied second signing after the first keeps its subject out of the first one's list ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Coral Bank signed the memorandum with Delta Trust, but the Lark Group has not signed.|Coral Bank + Delta Trust",
            "Coral Bank signed the memorandum with Delta Trust, but the Lark Group did not sign.|Coral Bank + Delta Trust",
            "Coral Bank signed the memorandum with Delta Trust, and the Lark Group never signed.|Coral Bank + Delta Trust",
            // near misses: a second signing that took place; a third party of the first list
            "Coral Bank signed the memorandum with Delta Trust, but the Lark Group has signed one with Orion Shipping.|Coral Bank + Delta Trust; Lark Group + Orion Shipping",
            "Coral Bank signed the memorandum with Delta Trust and the Lark Group.|Coral Bank + Delta Trust + Lark Group",
    })
    void aDeniedSecondSigningHasItsOwnSubject(String text, String expected) { check(text, expected); }

    // ---- a name after ", and" / ", but" with a verb of its own opens another clause, not one more party ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Coral Bank signed a memorandum with Delta Trust, and the Lark Group welcomed the move.|Coral Bank + Delta Trust",
            "Coral Bank signed a memorandum with Delta Trust, but the Lark Group criticised the deal.|Coral Bank + Delta Trust",
            "Coral Bank signed a memorandum with Delta Trust, and the Lark Group is considering a similar deal.|Coral Bank + Delta Trust",
            "Coral Bank signed a memorandum with Delta Trust, so the Lark Group will provide funding.|Coral Bank + Delta Trust",
            "Coral Bank signed a memorandum with Delta Trust, and officials from the Lark Group attended.|Coral Bank + Delta Trust",
            // near misses: the last name of a list, described by a participle or a relative clause; a passive list
            "Coral Bank signed a memorandum with Delta Trust, and the Lark Group.|Coral Bank + Delta Trust + Lark Group",
            "Coral Bank signed a memorandum with Delta Trust, Kestrel Ltd, and the Lark Group based in Lima.|Coral Bank + Delta Trust + Kestrel Ltd + Lark Group",
            "Coral Bank signed a memorandum with Delta Trust, Kestrel Ltd, and the Lark Group, which was founded in 1990.|Coral Bank + Delta Trust + Kestrel Ltd + Lark Group",
            "A memorandum between Coral Bank, Delta Trust, and the Lark Group was also signed on Monday.|Coral Bank + Delta Trust + Lark Group",
    })
    void aNameWithAVerbOfItsOwnEndsTheList(String text, String expected) { check(text, expected); }

    // ---- "in cooperation with C" after a subject that names the sides: C helped, it did not sign ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Coral Bank and Delta Trust signed the memorandum in cooperation with the Lark Group.|Coral Bank + Delta Trust",
            "Coral Bank and Delta Trust signed the memorandum in partnership with the Lark Group.|Coral Bank + Delta Trust",
            "Coral Bank and Delta Trust signed a memorandum in collaboration with the Lark Group on Monday.|Coral Bank + Delta Trust",
            // near misses: a third side after "with"; one subject's partner after "with"
            "Coral Bank and Delta Trust signed a memorandum with the Lark Group.|Coral Bank + Delta Trust + Lark Group",
            "Coral Bank signed the memorandum with Delta Trust in cooperation with the Lark Group.|Coral Bank + Delta Trust",
    })
    void aHelperInCooperationIsNoParty(String text, String expected) { check(text, expected); }

    // ---- a name before a verb of saying is the signer when "it" signed ("X said it has signed ...") ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Orion Digital announced that it signed a memorandum with Kesh Studios.|Kesh Studios + Orion Digital",
            "Coral Wire said it has signed a content exchange agreement with Velsk Radio.|Coral Wire + Velsk Radio",
            "Coral Wire said on Tuesday it had inked a deal with Velsk Radio to share video.|Coral Wire + Velsk Radio",
            "Orion Digital said in a statement that it has formally signed a memorandum with Kesh Studios.|Kesh Studios + Orion Digital",
            // a person's statement: "it" opens no signing, or a title marks the name as a person's ("it" is then their
            // organization, as the reader already resolves it)
            "Anna Berg said it was a good day for Velsk Radio.|",
            "CEO Anna Berg said it has signed a deal with Velsk Radio.|",
            "Velsk Radio hired Anna Berg last year. ¶ CEO Anna Berg said the station was growing. ¶ Anna Berg said it has signed a deal with Kesh Studios.|Kesh Studios + Velsk Radio",
            // an intention stays one
            "Orion Digital said it would sign a memorandum with Kesh Studios next year.|",
    })
    void speakerSaysItSigned(String text, String expected) { check(text, expected); }

    // ---- "signed by A and B": an untyped name joined to an organization after it is an organization too ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Under the agreement signed by Orion Digital and Kesh Studios, the two will share content.|Kesh Studios + Orion Digital",
            "The deal was signed by Orion Digital and the Kesh Studios on Monday.|Kesh Studios + Orion Digital",
            "The memorandum was signed on Friday by Lumo Pay and Zenda Telecom.|Lumo Pay + Zenda Telecom",
            // a person joined to an organization that qualifies the next signatory: people who signed, no parties
            "The memorandum was signed by Anna Berg and Kesh Studios chairman Piet Dorn.|",
            "The memorandum was signed by Anna Berg and Coral Bank's Piet Dorn.|",
    })
    void signedByJoinedNames(String text, String expected) { check(text, expected); }
}
