package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;
import signet.fact.ExtractionResult;

/**
 * Signings in wordings that the worked-on articles use rarely: the sides given through a meeting and a
 * delegation, a headline's signing whose sides the body names only in "the MoU between A and B", an owner's
 * agreement ("A's agreement with B, signed on Monday"), a light verb ("made a cooperation agreement with B"),
 * a bare kind word or area word read as a name ("Universities", "the Province"), and a heading closed before
 * the sentence. Each class with its near misses. Every organization and person is invented; "¶" in a case
 * starts a new sentence (the first line of a case is a headline when it has no full stop).
 */
class AgreementUnseenWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();
    private static final String NEW_SENTENCE = "¶";

    /** Each signed agreement as "A + B" (parties sorted), one entry per agreement, joined by "; " in order. */
    private static String signed(String text) {
        ExtractionResult r = X.extract(TestArticles.of(text.replace(NEW_SENTENCE, "\n"), "2024-03-10", null));
        Set<String> out = new TreeSet<>();
        int n = 0;
        for (var f : r.facts()) {
            if (!(f instanceof AgreementFact a) || a.status() != AgreementStatus.SIGNED) continue;
            out.add(String.join(" + ", a.parties().stream().map(e -> e.name()).sorted().toList()));
            n++;
        }
        return n == out.size() ? String.join("; ", out) : n + " agreements: " + String.join("; ", out);
    }

    private static void check(String text, String expected) {
        assertEquals(expected == null ? "" : expected, signed(text), text);
    }

    // ---- the sides of a meeting at which the agreement was signed; a delegation from B stands for B ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The memorandum was sealed during a meeting held between the Lark University presiding board and a delegation from Finch University.|Finch University + Lark University",
            "The memorandum was signed at a meeting between Lark University and a delegation from Finch University.|Finch University + Lark University",
            "A cooperation agreement was signed during talks between the Coral Trade Council and representatives from the Delta Chamber of Commerce.|Coral Trade Council + Delta Chamber of Commerce",
            "Coral Bank signed a memorandum with a delegation from Delta Bank on Monday.|Coral Bank + Delta Bank",
            "Representatives of Coral Bank and Delta Bank signed the memorandum, witnessed by Lark Trade Council chairman Juan Soto.|Coral Bank + Delta Bank",
            "A delegation from Coral Bank signed a memorandum with Delta Bank.|Coral Bank + Delta Bank",
            // near misses: a state's officials, and a title's organization signing for another
            "Officials from Peru and Coral Television signed a memorandum with Meridian Radio Network.|Coral Television + Meridian Radio Network",
            "Guests of Coral Bank and Delta Bank attended the signing of a memorandum between Lark University and Finch University.|Finch University + Lark University",
            // near misses: "from" after any other noun still ends the list; a delegation at talks with no signing is no agreement
            "A memorandum was signed between Lark University and Finch University, with guests from the Orion Academy.|Finch University + Lark University",
            "Lark University held talks with a delegation from Finch University on Monday.|",
    })
    void aDelegationFromAnOrganizationStandsForIt(String text, String expected) { check(text, expected); }

    // ---- the same signing told in a headline, a partyless report and "the MoU between A and B" is one ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Universities ink memorandum¶The memorandum was signed on Monday.¶The rector said that the memorandum between Lark University and Finch University focuses on research.|Finch University + Lark University",
            "Banks sign deal¶The agreement was inked in Lima on Monday.¶The agreement between Coral Bank and Delta Bank covers trade finance.|Coral Bank + Delta Bank",
            "The memorandum was signed on Monday.¶The memorandum between Lark University and Finch University focuses on research.|Finch University + Lark University",
            // near misses: an approved or older agreement between two others is not the signing told
            "Universities ink memorandum¶The memorandum was signed on Monday.¶The memorandum between Lark University and Finch University was approved by the cabinet in 2019.|",
            "Universities ink memorandum¶The memorandum was signed on Monday.¶It follows the 2019 agreement between Lark University and Finch University.|",
            // a plural kind word alone in a headline names no party
            "Universities sign memorandum|",
            "Banks ink deal with Coral Insurance|",
    })
    void aHeadlineSigningTakesTheSidesNamedLater(String text, String expected) { check(text, expected); }

    // ---- "the agreement between A and B" in one sentence, "the agreement was signed" in the next ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The cabinet approved the agreement between Peru and Chile on space cooperation.¶The agreement was signed in September 2018.|Chile + Peru",
            "The board reviewed the memorandum between Coral Bank and Delta Bank on Monday.¶The memorandum was signed in Lima last year.|Coral Bank + Delta Bank",
            // near misses: a signing to come, another one, or two agreements named before
            "The cabinet approved the agreement between Peru and Chile on space cooperation.¶The agreement will be signed next month.|",
            "The cabinet approved the agreement between Peru and Chile and the protocol between Peru and Spain.¶The agreement was signed in 2018.|",
            "The cabinet approved the agreement between Peru and Chile on space cooperation.¶Several agreements were signed in 2018.|",
    })
    void aSigningAfterTheAgreementNamedBetweenItsSides(String text, String expected) { check(text, expected); }

    // ---- a relative clause whose subject signed the agreement: "the agreement that A entered into with B" ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The project is the next phase of the supply agreement that Coral Energy entered into with Delta Power in March 2020.|Coral Energy + Delta Power",
            "The plant is covered by the agreement Coral Energy signed with Delta Power last year.|Coral Energy + Delta Power",
            "It builds on the memorandum which Coral Bank and Delta Bank jointly signed in 2019.|Coral Bank + Delta Bank",
            "It builds on the memorandum which Coral Bank has concluded with Delta Bank.|Coral Bank + Delta Bank",
            // near misses: a relative clause to come, a comma after the noun, another verb
            "The deal that Coral Bank will sign with Delta Bank next week covers cards.|",
            "The agreement that Coral Bank discussed with Delta Bank covers cards.|",
            "Under the agreement, Coral Bank concluded its visit to Delta Bank.|",
    })
    void aRelativeClauseSigning(String text, String expected) { check(text, expected); }

    // ---- an acronym of the words before a bracketed qualifier: "HGES" for "Harbor Green Energy Storage (Peru) Limited" ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Harbor Green Energy Storage (Peru) Limited is a unit of Harbor Green Holdings.¶The plant is the next phase of the supply agreement that HGES entered into with Delta Power in March 2020.|Delta Power + Harbor Green Energy Storage (Peru) Limited",
            // near miss: initials that match no such name stay their own name
            "Harbor Green Energy Storage (Peru) Limited is a unit of Harbor Green Holdings.¶The plant is the next phase of the supply agreement that HGT entered into with Delta Power in March 2020.|Delta Power + HGT",
    })
    void anAcronymOfTheWordsBeforeABracket(String text, String expected) { check(text, expected); }

    // ---- "Under an agreement signed on Monday, A will supply B": the main clause names the sides ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Under an agreement signed on Monday, Coral Gas will supply Delta Power with fuel.|Coral Gas + Delta Power",
            "Under the deal, inked in May, Coral Bank buys a stake in Delta Bank.|Coral Bank + Delta Bank",
            // near misses: one organization and a place, three organizations, a person, a plan
            "Under the memorandum signed in Lima, Coral Bank will open branches in Peru.|",
            "Under an agreement signed on Monday, Coral Gas will supply Delta Power and Orion Steel with fuel.|",
            "Under an agreement signed on Monday, Coral Gas will hire Ana Ruiz from Delta Power.|",
            "Under an agreement to be signed next week, Coral Gas will supply Delta Power with fuel.|",
    })
    void theMainClauseAfterUnderASignedAgreement(String text, String expected) { check(text, expected); }

    // ---- co-signers in the subject: "A, along with B, signed" ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Coral Bank, along with Delta Bank, signed a memorandum with Orion Fund.|Coral Bank + Delta Bank + Orion Fund",
            "Coral Bank, together with Delta Bank, has signed an agreement.|Coral Bank + Delta Bank",
            // near miss: a talk partner in the subject is no co-signer
            "Coral Bank, after talks with Delta Bank, signed a memorandum with Orion Fund.|Coral Bank + Orion Fund",
    })
    void coSignersInTheSubject(String text, String expected) { check(text, expected); }

    // ---- "the two banks" when three organizations were named: the two of that kind ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Officials of Coral Savings Bank, Delta Credit Bank and the Orion Trade Council met in Lima on Monday.¶The two banks signed a memorandum on trade finance.|Coral Savings Bank + Delta Credit Bank",
            "Officials of Lark University, Finch University and the Orion Ministry of Education met in Lima on Monday.¶Both universities inked an agreement on student exchange.|Finch University + Lark University",
            // near misses: a noun of no kind, and three of the kind, leave the pair unresolved
            "Officials of Lark University, Finch University and the Orion Ministry of Education met in Lima on Monday.¶The sides signed an agreement on student exchange.|",
            "Officials of Coral Savings Bank, Delta Credit Bank and Orion Bank met in Lima on Monday.¶The two banks signed a memorandum on trade finance.|",
    })
    void theTwoOfTheKindNamed(String text, String expected) { check(text, expected); }

    // ---- an owner's agreement with another, signed ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Coral Media Group's agreement with Delta Radio was signed on Monday.|Coral Media Group + Delta Radio",
            "Orion Bank's new three-year deal with Lark Insurance, signed in Lima, covers bancassurance.|Lark Insurance + Orion Bank",
            "Peru's agreement with Harbor Shipping Company was signed in May.|Harbor Shipping Company + Peru",
            // near misses: an owner of a party is no party; an agreement not said to be signed is none
            "The agreement with Delta Radio, Coral Media Group's partner, was signed on Monday.|",
            "Coral Media Group's agreement with Delta Radio covers news exchange.|",
            "Coral Media Group's talks with Delta Radio were held on Monday.|",
    })
    void anOwnersAgreementWithAnother(String text, String expected) { check(text, expected); }

    // ---- "made an agreement with": a light verb with an indefinite agreement as its object ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Finch Television also made a cooperation agreement with Meridian Radio.|Finch Television + Meridian Radio",
            "Coral Bank made an agreement with Delta Bank on card payments.|Coral Bank + Delta Bank",
            // near misses: another object, a definite one, a plan, or a proposal made by someone
            "The ministry made the deal public on Monday, Coral Bank said.|",
            "Coral Bank made progress on an agreement with Delta Bank.|",
            "Coral Bank made a proposal to Delta Bank about an agreement.|",
            "The proposal made by Orion Bank for an agreement with Delta Bank was rejected.|",
    })
    void aLightVerbWithAnAgreement(String text, String expected) { check(text, expected); }

    // ---- a kind or area word alone, and a heading before the sentence, are no party ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "We met within the framework of a memorandum signed last year between the Province and the Coral Ministry of Agriculture, the governor said.|",
            "The Region signed an agreement with the Coral Ministry of Agriculture.|",
            "<h6>Diplomacy</h6><h4>Coral Institute and the Delta Assembly have signed a cultural agreement.</h4>|Coral Institute + Delta Assembly",
            // near misses: a name that holds such a word is a party
            "The Province of Lark signed an agreement with the Coral Ministry of Agriculture.|Coral Ministry of Agriculture + Province of Lark",
            "Lark Region Development Bank signed an agreement with the Coral Ministry of Agriculture.|Coral Ministry of Agriculture + Lark Region Development Bank",
    })
    void aKindWordOrAHeadingIsNoParty(String text, String expected) { check(text, expected); }

    // ---- two signings in one sentence joined by "and" with no comma: the second's subject is its own ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Coral Judicial Academy signed an MoU with the Tarn Supreme Court to promote training and the Ministry of Rails signed an MoU with the Tarn Railways.|Coral Judicial Academy + Tarn Supreme Court; Ministry of Rails + Tarn Railways",
            "The Coral Judicial Academy signed an MoU with the Tarn Supreme Court and the Ministry of Rails signed an MoU with the Tarn Railways.|Coral Judicial Academy + Tarn Supreme Court; Ministry of Rails + Tarn Railways",
            "Coral Bank signed a deal with Delta Bank on Monday and Lark Insurance signed one with Finch Insurance.|Coral Bank + Delta Bank; Finch Insurance + Lark Insurance",
            // near misses: one signing of a list of parties; "both ... and"; a comma list
            "Coral Bank signed a memorandum with Delta Bank and Lark Insurance on Monday.|Coral Bank + Delta Bank + Lark Insurance",
            "Coral Bank signed a memorandum with both Delta Bank and Lark Insurance.|Coral Bank + Delta Bank + Lark Insurance",
            "The Tarn Ministry of Health and the Lark Ministry of Health signed a memorandum on staff training, and the two central banks, the Bank of Tarn and the Bank of Lark, concluded an agreement.|Bank of Lark + Bank of Tarn; Lark Ministry of Health + Tarn Ministry of Health",
            "Coral Bank and Delta Bank signed a memorandum, and Lark Insurance and Finch Insurance signed another memorandum.|Coral Bank + Delta Bank; Finch Insurance + Lark Insurance",
    })
    void aSecondSigningAfterAndHasItsOwnSubject(String text, String expected) { check(text, expected); }

    // ---- a nationality no list knows, before a description of the next name, is no party ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Coral Media and the Ruritanian state broadcaster RTR signed an agreement on programme exchange.|Coral Media + RTR",
            "Heron Bank signed a memorandum with the Borvese news agency BNA on Monday.|BNA + Heron Bank",
            "Kestrel Films signed a deal with the Tarnish public broadcaster Tarn One.|Kestrel Films + Tarn One",
            // near misses: a name of that shape standing alone, or before its own descriptor and no name
            "The Guardian newspaper and Coral Media signed a deal on Monday.|Coral Media + Guardian",
            "Coral Media signed a deal with Ruritanian Airlines on Monday.|Coral Media + Ruritanian Airlines",
    })
    void anUnknownNationalityDescribesTheNameAfterIt(String text, String expected) { check(text, expected); }
}
