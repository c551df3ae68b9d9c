package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;
import signet.fact.ExtractionResult;

/**
 * Who signed, and what is not a signing, in several wordings per class: negations ("have not yet
 * signed", "no agreement has been signed"), intentions and plans ("is expected to sign", "the
 * signing is scheduled"), approvals and talks ("approved the draft memorandum between A and B"),
 * adjectives that look like signing verbs ("a renewed commitment"), and signings dated after the
 * article. Every organization and person is invented; "¶" in a case starts a new sentence.
 */
class SigningWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();
    /** Marks a sentence break inside a one-line case (a CSV cell cannot hold a line break). */
    private static final String NEW_SENTENCE = "¶";

    private static ExtractionResult read(String text, String published) {
        return X.extract(TestArticles.of(text.replace(NEW_SENTENCE, "\n"), published, null));
    }

    private static List<AgreementFact> agreements(ExtractionResult r, AgreementStatus status) {
        return r.facts().stream().filter(f -> f instanceof AgreementFact a && a.status() == status).map(f -> (AgreementFact) f).toList();
    }

    /** Each agreement as "A + B" (parties sorted). */
    private static Set<String> pairs(List<AgreementFact> agreements) {
        Set<String> out = new TreeSet<>();
        for (AgreementFact a : agreements) out.add(String.join(" + ", a.parties().stream().map(e -> e.name()).sorted().toList()));
        return out;
    }

    // ---- class 2: who signed ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // several agreements in one sentence, each with its own pair
            "Memoranda were signed between Harbor News Agency and Andean Press Service, Coral Television and Meridian Radio Network, and Delta Radio and Orion Film Studios.|Andean Press Service + Harbor News Agency; Coral Television + Meridian Radio Network; Delta Radio + Orion Film Studios",
            "Three agreements were signed between Harbor News Agency and Andean Press Service, Coral Television and Meridian Radio Network.|Andean Press Service + Harbor News Agency; Coral Television + Meridian Radio Network",
            "Harbor News Agency signed four memoranda on Monday, one with each of Andean Press Service, Coral Television, Meridian Radio Network and Delta Radio.|Andean Press Service + Harbor News Agency; Coral Television + Harbor News Agency; Delta Radio + Harbor News Agency; Harbor News Agency + Meridian Radio Network",
            "Harbor News Agency and Andean Press Service signed a memorandum, while Coral Television and Meridian Radio Network signed a contract.|Andean Press Service + Harbor News Agency; Coral Television + Meridian Radio Network",
            // a list of signatories in one clause is one agreement
            "Harbor News Agency, Andean Press Service, Coral Television, Meridian Radio Network and Delta Radio signed a memorandum on news exchange.|Andean Press Service + Coral Television + Delta Radio + Harbor News Agency + Meridian Radio Network",
            "A memorandum was signed between Harbor News Agency, Andean Press Service and Coral Television.|Andean Press Service + Coral Television + Harbor News Agency",
            // collective references: the two organizations named last
            "Harbor News Agency and Andean Press Service held talks on Monday.¶The parties signed a memorandum of understanding.|Andean Press Service + Harbor News Agency",
            "Harbor News Agency and Andean Press Service held talks on Monday.¶Both sides inked a memorandum of understanding.|Andean Press Service + Harbor News Agency",
            "Harbor News Agency and Andean Press Service held talks on Monday.¶The two agencies signed a memorandum of understanding.|Andean Press Service + Harbor News Agency",
            "Harbor Savings Bank and Coral Credit Bank met in Lima.¶The two banks signed a memorandum of understanding.|Coral Credit Bank + Harbor Savings Bank",
            // the source of a report and an owner are not the sides a collective reference stands for
            "Harbor News Agency and Andean Press Service held talks on Monday, Coral Wire reported.¶Both sides signed a memorandum of understanding.|Andean Press Service + Harbor News Agency",
            "Harbor News Agency and Andean Press Service, a unit of Meridian Media Holding, held talks on Monday.¶The two agencies signed a memorandum of understanding.|Andean Press Service + Harbor News Agency",
            // passive and nominal forms
            "The ceremony of signing the agreement between Harbor News Agency and Andean Press Service took place in Lima.|Andean Press Service + Harbor News Agency",
            "Under the agreement, signed by Harbor News Agency and Andean Press Service on Monday, the two will exchange news.|Andean Press Service + Harbor News Agency",
            "Coral Television and Meridian Radio Network agreed on a content exchange agreement.¶The signing took place in Lima.|Coral Television + Meridian Radio Network",
            // the same signing told twice is one agreement
            "Harbor News Agency and Andean Press Service struck the deal on Monday.¶It was signed by the directors of the two agencies in Lima.|Andean Press Service + Harbor News Agency",
            // a definite retelling with the parties named differently is the same signing
            // (the states stay the parties when the retelling names only who signed for them, by their titles)
            "Peru and Chile signed a memorandum of understanding on film cooperation on Sunday.¶The memorandum was signed by the head of the Coral Film Agency, Ana Ruiz, and the head of the Andean Cinema Organization, Juan Soto, in Lima.|Chile + Peru",
            "Peru and Chile signed a memorandum of understanding on film cooperation on Sunday.¶The director of the Coral Film Agency and the head of the Andean Cinema Organization signed the memorandum in Lima.|Andean Cinema Organization + Coral Film Agency",
            "Harbor News Agency signed a memorandum of understanding with Andean Press Service on Monday.¶Ana Ruiz, president of Harbor News Agency, and Juan Soto, head of the Andean Press Service Lima Bureau, signed the memorandum in Lima.|Andean Press Service + Harbor News Agency",
            "Harbor Chamber of Commerce and the Andean Chamber of Industry have signed a memorandum of understanding.¶The memorandum was signed by Harbor Chamber of Commerce, the Andean Chamber of Industry and the Andean Traders Forum.|Andean Chamber of Industry + Harbor Chamber of Commerce",
            // a passive retelling that names only who signed, by their titles
            "A memorandum between the Harbor Trade Agency and the Coral Business Council was signed in Lima.¶The document was signed by the chairman of the Harbor Trade Board, Ana Ruiz, and the director of the Coral Business Office, Juan Soto.|Coral Business Council + Harbor Trade Agency",
            "Harbor News Agency and Andean Press Service signed a memorandum on Monday.¶The memorandum was signed by the director general of Harbor Press Office Ana Ruiz and the editor of the Andean Daily Juan Soto.|Andean Press Service + Harbor News Agency",
            // a long "between" list before the passive verb; a country after "of" belongs to the name
            "A memorandum of understanding between the Business Development Agency of Peru and the Coral Promotion Agency under the Harbor Ministry was signed in Lima.|Business Development Agency of Peru + Coral Promotion Agency",
            "An agreement between the National Film Agency of Chile and the Harbor Cinema Fund, the largest film fund of the region, was signed on Monday.|Harbor Cinema Fund + National Film Agency of Chile",
            // an organization named in a party's appositive description is no party
            "Coral Bank, a Peruvian commercial lender, has entered into an agreement with Meridian Payments, a subsidiary of Meridian Holdings, for issuing debit cards.|Coral Bank + Meridian Payments",
            "Meridian Payments, a unit of Meridian Holdings, signed a memorandum with Coral Bank.|Coral Bank + Meridian Payments",
            "Coral Bank signed a deal with Delta Studios, the film distribution arm of Harbor Media Group, and Orion Films.|Coral Bank + Delta Studios + Orion Films",
            "Coral Bank signed a deal with Delta Studios, wholly owned by Harbor Media Group, on Monday.|Coral Bank + Delta Studios",
            "Coral Bank signed a deal with Delta Studios and the Harbor Media Group.|Coral Bank + Delta Studios + Harbor Media Group",
            "Coral Bank signed a deal with Delta Studios, the Harbor Media Group and Orion Films.|Coral Bank + Delta Studios + Harbor Media Group + Orion Films",
            // a government set off after a body's name says whose body it is; a list of governments stays a list
            "A memorandum was signed between the Coral Space Centre, Government of Peru and the Andean Satellite Company, Government of Chile.|Andean Satellite Company + Coral Space Centre",
            "A memorandum was signed between the Government of Peru, the Government of Chile and the Andean Development Bank.|Andean Development Bank + Government of Chile + Government of Peru",
            "Coral Television signed a memorandum with the Government of Peru.|Coral Television + Government of Peru",
            "The Coral Space Centre, Government of Peru and the Andean Satellite Company, Government of Chile signed a memorandum.|Andean Satellite Company + Coral Space Centre",
            "The Government of Peru and the Government of Chile signed a memorandum.|Government of Chile + Government of Peru",
            // each agreement noun with its own "between" list is its own signing
            "The meeting ended with the signing of an agreement between the Coral News Agency and Harbor Radio, as well as a memorandum between the Andean Television Committee and Meridian Broadcasting.|Coral News Agency + Harbor Radio; Andean Television Committee + Meridian Broadcasting",
            "An agreement between the Coral News Agency and Harbor Radio and a protocol between the Andean Television Committee and Meridian Broadcasting were signed on Monday.|Coral News Agency + Harbor Radio; Andean Television Committee + Meridian Broadcasting",
            "The signing of an agreement between the Coral News Agency and Harbor Radio on cooperation between their newsrooms took place in Lima.|Coral News Agency + Harbor Radio",
            // a dateline before a colon is no party; a name set off after a title's complement is a person
            "Port Coralia: The Coral Booksellers Guild signed a memorandum with the Harbor Book Fair on Monday.|Coral Booksellers Guild + Harbor Book Fair",
            "Port Coralia, March 3 (Coral Wire): The Coral Booksellers Guild signed a memorandum with the Harbor Book Fair.|Coral Booksellers Guild + Harbor Book Fair",
            "Coral Television and Meridian Radio Network: the two broadcasters signed a memorandum on Monday.|Coral Television + Meridian Radio Network",
            "The director of Coral Television, Anaru Velez, and the head of Meridian Radio Network, Tomas Ekwueme, signed a memorandum.|Coral Television + Meridian Radio Network",
            // a signing that names no party borrows the organizations of the sentence before, not their owners,
            // and not when its counterpart is stated but not read as a name
            "Coral Television and Meridian Radio Network held talks in Lima.¶A memorandum of understanding was signed after the talks.|Coral Television + Meridian Radio Network",
            "Coral Group's Delta Pictures and Meridian Studios held talks in Lima.¶A memorandum was signed after the talks.|Delta Pictures + Meridian Studios",
            "Coral Television, Meridian Radio Network and Delta Radio held talks in Lima.¶A memorandum was signed after the talks.|Coral Television + Delta Radio + Meridian Radio Network",
            "The forum was attended by Coral Television, Meridian Radio Network, Delta Radio and Orion Film Studios.¶A memorandum was signed on the sidelines.|",
            "The forum was attended by Coral Television, Meridian Radio Network and Delta Radio.¶Several agreements were signed at the forum.|",
            "Coral Television and Meridian Radio Network held talks in Lima.¶It signed an agreement with Harbor Group's subsidiary in Peru.|",
            // a roadmap and a plan of action are signed documents too
            "Coral Television and Meridian Radio Network signed a roadmap for cooperation in sports broadcasting.|Coral Television + Meridian Radio Network",
            "Peru and Chile also signed the plan of action on expansion of trade.|Chile + Peru",
            // the owner before a possessive is no party, also when the name's period splits the possessive
            "Coral Corp.'s film studio Delta Pictures has entered into a deal with Meridian Streaming.|Delta Pictures + Meridian Streaming",
            "Coral Group's film studio Delta Pictures signed a deal with Meridian Streaming.|Delta Pictures + Meridian Streaming",
            "Delta Pictures signed a deal with Coral Corp.'s streaming service Meridian Streaming.|Delta Pictures + Meridian Streaming",
            // near misses: an indefinite second report is another signing
            "Peru and Chile signed a memorandum of understanding on film cooperation on Sunday.¶A separate agreement was signed between the Coral Film Agency and the Andean Cinema Organization.|Chile + Peru; Andean Cinema Organization + Coral Film Agency",
            "Harbor News Agency signed a memorandum with Andean Press Service on Monday.¶On Tuesday, Harbor News Agency signed a memorandum with Coral Television.|Andean Press Service + Harbor News Agency; Coral Television + Harbor News Agency",
            // plural agreements told again ("both memorandums were signed by ...") add no signing
            "Harbor Museums has signed two memorandums of understanding with the Coral Art Museum and with the Andean History Museum.¶Both memorandums were signed by Ana Ruiz, director of the Harbor Gallery, on behalf of Harbor Museums.|Andean History Museum + Harbor Museums; Coral Art Museum + Harbor Museums",
            "Harbor Museums has signed two memorandums of understanding with the Coral Art Museum and with the Andean History Museum.¶The memorandums were signed by Juan Soto, director of the Coral Art Museums, and Eva Lind, director of the Andean History Museum, respectively.|Andean History Museum + Harbor Museums; Coral Art Museum + Harbor Museums",
            // "on behalf of": the organization the signatory acts for, not the one his title names
            "Ana Ruiz, director of the Harbor Gallery, signed the memorandum with the Coral Art Museum on behalf of Harbor Museums.|Coral Art Museum + Harbor Museums",
            "The memorandum was signed by Ana Ruiz, director of the Harbor Gallery, on behalf of Harbor Museums, and Coral Art Museum.|Coral Art Museum + Harbor Museums",
            "Ana Ruiz, director of the Harbor Gallery, signed the memorandum with the Coral Art Museum.|Coral Art Museum + Harbor Gallery",
            // the source of the report, an appositive inside a relative clause, a clause after "whether" are not parties
            "Coral Television inked a deal with Meridian Radio Network, the largest radio group, Daily Wire reported.|Coral Television + Meridian Radio Network",
            "Coral Television and Meridian Online, which runs the portal of the daily, Meridian Times, signed a deal.|Coral Television + Meridian Online",
            "He spoke of a memorandum that was signed between Lima and Quito on Tuesday, Harbor News Agency reported.¶On Tuesday, Coral Television and Meridian Radio Network signed a memorandum.|Coral Television + Meridian Radio Network",
            "Coral Television and Meridian Radio Network met on Monday.¶Besides, the health ministries of the two countries signed cooperation agreements.|",
            // states as the whole subject, and a state after "with" when the subject is a state
            "Belarus and the United Arab Emirates signed a memorandum of understanding on Friday.|Belarus + United Arab Emirates",
            "Peru, Chile and Uzbekistan have signed a memorandum to support joint film production.|Chile + Peru + Uzbekistan",
            "On Monday, Argentina and Spain officially signed a cooperation agreement.|Argentina + Spain",
            "The governments of Peru and Chile signed five cooperation agreements during the visit.|Chile + Peru",
            "On Friday, the government of Peru and the government of Chile signed a memorandum.|Chile + Peru",
            "Officials of the governments of Peru and Chile met before the signing.|",
            "Uzbekistan has signed a memorandum of understanding with Spain for closer cooperation.|Spain + Uzbekistan",
            // states named as the sides of a passive or nominal signing
            "Seven memorandums have been signed between Peru and Chile in the areas of railways and space.|Chile + Peru",
            "Three agreements were signed on Monday between Argentina, Chile and Uzbekistan.|Argentina + Chile + Uzbekistan",
            "The signing of the agreement between Spain and Peru took place in Lima.|Peru + Spain",
            // states joined by a comma in a headline subject
            "Peru, Chile sign seven new memorandums to deepen ties|Chile + Peru",
            "Peru, Chile ink trade pact|Chile + Peru",
            "Uruguay, Peru and Chile sign a memorandum on fisheries|Chile + Peru + Uruguay",
            // nationalities before a plain noun name no party
            "Peruvian, Chilean universities ink memorandum|",
            "Peruvian, Chilean firms sign deals worth millions|",
            // the governments of states in a "between" list are the states
            "A memorandum on fisheries was signed between the governments of Peru and Chile.|Chile + Peru",
            "An agreement was signed on Monday between the government of Peru and the government of Chile.|Chile + Peru",
            "The signing of the memorandum between the governments of Spain and Peru took place in Lima.|Peru + Spain",
            "A memorandum was signed between the government of Peru and Coral Television.|Coral Television + Peru",
            // capitals, each of a different state, as the whole subject stand for their states
            "Lima and Quito have signed 10 memorandums of understanding.|Ecuador + Peru",
            "Moscow and Beijing signed a roadmap on trade.|China + Russia",
            "Dhaka and New Delhi today signed seven memorandums, including one on rail.|Bangladesh + India",
            "Madrid, Lima and Quito signed a memorandum on fisheries.|Ecuador + Peru + Spain",
            // a retelling that names who signed keeps the states; one that names its own sides puts them in the states' place
            "Peru and Chile signed a memorandum on Sunday.¶The memorandum was signed by the director of the Film Agency of Peru, Ana Ruiz, and the director of the Film Office of Chile, Juan Soto.|Chile + Peru",
            "Peru and Chile signed a memorandum on Sunday.¶The memorandum was signed by Ana Ruiz, director of the Coral Film Agency, and Juan Soto, head of the Andean Film Office.|Chile + Peru",
            "Peru and Chile signed a memorandum on Sunday.¶The memorandum was signed between the Coral Film Agency and the Andean Film Office.|Andean Film Office + Coral Film Agency",
            // documents exchanged at a ceremony were signed; views or news exchanged on one were not
            "Peru and Chile on Monday exchanged key Memorandum of Understanding (MoUs) in the presence of the two presidents.|Chile + Peru",
            "Peru and Chile exchanged five memorandums of understanding in the presence of the two presidents.|Chile + Peru",
            "Coral Television and Meridian Radio exchanged the cooperation agreement at a ceremony in Lima.|Coral Television + Meridian Radio",
            "Peru and Chile exchanged views on the draft memorandum.|",
            "Coral Television signed a news exchange agreement with Meridian Radio.|Coral Television + Meridian Radio",
            "Coral Television and Meridian Radio signed an agreement to exchange news.|Coral Television + Meridian Radio",
            "Coral Television and Meridian Radio signed two memorandums on Monday.¶After the signing, senior officials from both sides exchanged the memorandums in the presence of the ministers.|Coral Television + Meridian Radio",
            "Coral Television and Meridian Radio exchanged news on the agreement.|",
            "Peru and Chile today signed a memorandum on fisheries.|Chile + Peru",
            // "the two countries" when the article has named exactly two states
            "The president of Peru arrived in Chile on Monday.¶A memorandum on rail links was signed between the two countries.|Chile + Peru",
            "Peru's minister met his counterpart from Chile.¶The signing of the memorandum between the two nations took place in Lima.|Chile + Peru",
            "Peru, Chile and Spain held talks.¶A memorandum was signed between the two countries.|",
            // an adverb between the auxiliary and the passive verb
            "A memorandum between Peru and Chile was also signed.|Chile + Peru",
            "A memorandum between Coral Bank and Delta Bank was officially signed on Monday.|Coral Bank + Delta Bank",
            "The president of Peru arrived in Chile on Monday.¶A memorandum on Rail Connectivity between the two countries was also signed.|Chile + Peru",
            "The president of Peru arrived in Chile on Monday.¶A memorandum was signed to strengthen relations between the two countries.|",
            // other cities, cities of one state, a twinning of towns, a capital beside a state: no states
            "Shanghai and Mumbai signed a memorandum on tourism.|",
            "Beijing and Shanghai signed a cooperation agreement.|",
            "Moscow and Beijing signed a sister city agreement.|",
            "In Lima, Quito signed a memorandum.|",
            // a state and a named organization are both sides; a state's bodies named without a name are none
            "A memorandum between Peru and the Coral Television network was signed on Monday.|Coral Television + Peru",
            "A memorandum was signed between the railway ministries of Peru and Chile.|",
            // a state that is not the subject is no party
            "In Spain, Coral Television signed a deal with Meridian Radio Network.|Coral Television + Meridian Radio Network",
            "Officials from Peru and Coral Television signed a memorandum with Meridian Radio Network.|Coral Television + Meridian Radio Network",
            // a sentence opener the mention finder took for a name is no party
            "Following the talks, the sides signed a memorandum between Harbor News Agency and Andean Press Service.|Andean Press Service + Harbor News Agency",
            "Although several documents were signed, only a contract between Harbor News Agency and Andean Press Service was signed.|Andean Press Service + Harbor News Agency",
            "Prior to this agreement, Harbor News Agency and Andean Press Service signed two leasing agreements.|Andean Press Service + Harbor News Agency",
            // a description between "with its" and the name
            "Harbor Savings Bank has inked a cooperation agreement with its associate company, Peru's Coral Credit Bank, the bank said.|Coral Credit Bank + Harbor Savings Bank",
            "Coral Television signed a deal with its long-time partner, the Meridian Radio Network.|Coral Television + Meridian Radio Network",
            "Harbor Savings Bank has inked a strategic cooperation agreement with Coral Credit Bank, said the bank on Tuesday.|Coral Credit Bank + Harbor Savings Bank",
            // the source of the report with its own appositive, and a dateline before a dash
            "Harbor Chamber of Commerce signed a memorandum with the Andean Chamber of Industry, the Coral News Agency, Coralpress, reported.|Andean Chamber of Industry + Harbor Chamber of Commerce",
            "LIMA/QUITO (Coral Wire) – Harbor Savings Bank signed a memorandum with Andean Credit Bank on Monday.|Andean Credit Bank + Harbor Savings Bank",
            // a lone surname joined to a signing person is a person, not an organization
            "Fu Lan, president of Coral News Agency and Okafor signed the memorandum.|",
            // the holder of a title signs for the organization the title belongs to
            "The general manager of Coral Television and the director of Meridian Radio Network signed a memorandum on Monday.|Coral Television + Meridian Radio Network",
            "The president of Harbor Savings Bank signed a cooperation agreement with Coral Credit Bank.|Coral Credit Bank + Harbor Savings Bank",
            // a description in apposition to a party is no party
            "Harbor Power Corporation, a State Enterprise, signed a memorandum with Coral Gas Company on Monday.|Coral Gas Company + Harbor Power Corporation",
            "Harbor Power Corporation signed a memorandum with Coral Gas Company, the Energy Unit under Meridian Holdings, to set up a venture.|Coral Gas Company + Harbor Power Corporation",
            "The Coral Institute and the Meridian Assembly, the Upper Chamber of the parliament of Peru, have signed a cultural agreement.|Coral Institute + Meridian Assembly",
            // a list stays a list
            "Harbor News Agency, Andean Press Service, and Coral Television signed a memorandum.|Andean Press Service + Coral Television + Harbor News Agency",
            // a name right after a title is a person, never a party
            "Coral University Vice President OKAFOR Adeyemi and Meridian College signed a cooperation agreement.|Coral University + Meridian College",
            // something other than an agreement was signed
            "Harbor Savings Bank signed a joint article with Coral Credit Bank on regional integration.|",
            "Coral Television signed the guest book with Meridian Radio Network on Monday.|",
            "Coral Television signed a joint venture with Meridian Radio Network on Monday.|Coral Television + Meridian Radio Network",
            "Coral Television signed a three-year deal with Meridian Radio Network on Monday.|Coral Television + Meridian Radio Network",
    })
    void whoSigned(String text, String expected) {
        Set<String> want = new TreeSet<>();
        if (expected != null) for (String p : expected.split("; ")) want.add(p);
        assertEquals(want, pairs(agreements(read(text, "2024-03-10"), AgreementStatus.SIGNED)));
    }

    // ---- how many signings: the scorer counts a pair once per agreement node ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a passive report naming its own sides, or another kind of document, is not a retelling
            "Harbor News Agency and Andean Press Service signed a memorandum on Monday.¶The contract between Coral Television and Meridian Radio Network was signed by Ana Ruiz and Juan Soto.|2",
            "Harbor News Agency and Andean Press Service signed a memorandum on Monday.¶The contract was signed by the director of Coral Television, Ana Ruiz, and the head of Meridian Radio Network, Juan Soto.|2",
            "Harbor News Agency and Andean Press Service signed a memorandum on Monday.¶The document was signed by the director of the Harbor News Office, Ana Ruiz, and the head of the Andean Press Bureau, Juan Soto.|1",
            "Harbor News Agency and Andean Press Service signed a memorandum on Monday.¶The memorandum was signed by the director of the Harbor News Office, Ana Ruiz, and the head of the Andean Press Bureau, Juan Soto, with the participation of the minister.|1",
            // a signing the text marks as a further one stays apart, even with the same parties
            "Peru and Chile signed a memorandum of understanding on trade on Monday.¶Peru and Chile also signed a plan of action on cultural cooperation.|2",
            "Coral Television and Meridian Radio Network signed a memorandum on Monday.¶The two broadcasters signed another memorandum on sports rights.|2",
            "Coral Television and Meridian Radio Network signed a memorandum on Monday.¶Coral Television and Meridian Radio Network also signed a separate contract on sports rights.|2",
            // the same signing told again is one
            "Coral Television and Meridian Radio Network signed a memorandum on Monday.¶The memorandum was also signed in the presence of the minister.|1",
            "Coral Television signed a cooperation agreement with Meridian Radio Network.¶Coral Television also signed the agreement with Meridian Radio Network in Lima.|1",
            "On the second day of the visit, Coral Television signed a memorandum with Meridian Radio Network.¶The memorandum was signed by Coral Television and Meridian Radio Network in Lima.|1",
            "Coral Television and Meridian Radio Network sign memorandum¶Coral Television and Meridian Radio Network signed a memorandum of understanding on Monday in Lima.|1",
            "Peru and Chile signed a memorandum of understanding on film cooperation on Sunday.¶The memorandum was signed by the head of the Coral Film Agency, Ana Ruiz, and the head of the Andean Cinema Organization, Juan Soto, in Lima.|1",
    })
    void signingsCounted(String text, int count) {
        assertEquals(count, agreements(read(text, "2024-03-10"), AgreementStatus.SIGNED).size());
    }

    // ---- class 3: not a signing ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // negations: nothing is stored, signed or intended
            "Harbor News Agency and Andean Press Service have not yet signed the memorandum of understanding.",
            "No agreement has been signed yet between Harbor News Agency and Andean Press Service.",
            "No memorandum was signed between the Baltic Journalists Union and Nordic Broadcasting Corporation during the visit.",
            "Coral Television has still not signed a contract with Meridian Radio Network.",
            "Harbor News Agency and Andean Press Service have yet to sign the agreement.",
            "Harbor News Agency declined to sign the deal with Andean Press Service.",
            "Harbor News Agency and Andean Press Service did not sign the memorandum.",
            "Coral Television signed no deal with Meridian Radio Network during the fair.",
            "The deal between Delta Airways and Orion Aviation has not been signed.",
            "The memorandum between Coral Theatre and Meridian Opera will not be signed this year.",
            "The agreement between Harbor Ports Authority and Coral Shipping Line has never been signed.",
            // "signed off on": an approval
            "Orion Books signed off on a plan to seek a partnership with Coral Publishing.",
            "The board of Coral Television signed off on the deal with Meridian Radio Network.",
            // approvals, authorisations, talks, drafts, strategies: no signing verb reads them as signed
            "The cabinet approved the draft memorandum of understanding between Harbor News Agency and Andean Press Service.",
            "Several agreements and memoranda were signed at the forum.¶The cabinet approved a memorandum of understanding between Harbor News Agency and Andean Press Service.",
            "Several agreements were signed at the forum.¶The council authorised talks on a draft memorandum between Harbor News Agency and Andean Press Service.",
            "Many deals were signed during the summit.¶The ministers discussed a cooperation agreement between Coral Television and Meridian Radio Network.",
            "Harbor News Agency and Andean Press Service decided on a joint strategy for news exchange.",
            "Harbor News Agency and Andean Press Service held talks on a cooperation agreement.",
            "Harbor News Agency and Andean Press Service agreed to explore a partnership agreement.",
            "Harbor News Agency and Andean Press Service are negotiating a memorandum of understanding.",
            "Harbor News Agency and Andean Press Service discussed a draft agreement on news exchange.",
            "Coral Television and Meridian Radio Network discussed a roadmap for cooperation.",
            "Peru and Chile agreed to draw up an action plan on trade.",
            // signing verbs used as adjectives or for something else than an agreement
            "Coral Television will work with a renewed commitment to its partnership with Meridian Radio Network.",
            "Harbor News Agency concluded its visit to Andean Press Service on Monday.",
            "This agreement between Coral Television and Meridian Radio Network has entered into force.",
            "Harbor News Agency and Andean Press Service entered into talks on Tuesday.",
    })
    void notASigning(String text) {
        ExtractionResult r = read(text, "2024-03-10");
        assertEquals(Set.of(), pairs(agreements(r, AgreementStatus.SIGNED)), "nothing signed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // modality as an attribute: the agreement is kept, with status intended, never signed
            "A cooperation agreement between Harbor News Agency and Andean Press Service is to be signed next month.|Andean Press Service + Harbor News Agency",
            "Harbor News Agency is expected to sign a memorandum with Andean Press Service.|Andean Press Service + Harbor News Agency",
            "Harbor News Agency was keen to sign a deal with Andean Press Service.|Andean Press Service + Harbor News Agency",
            "Lawmakers debated whether Harbor News Agency should sign the deal with Andean Press Service.|Andean Press Service + Harbor News Agency",
            "Coral Television must sign the contract with Meridian Radio Network before June.|Coral Television + Meridian Radio Network",
            "Harbor News Agency and Andean Press Service will review their partnership and sign a memorandum of understanding.|Andean Press Service + Harbor News Agency",
            "Coral Television and Meridian Radio Network plan to expand the exchange and sign a new contract.|Coral Television + Meridian Radio Network",
            "The signing of the agreement between Harbor News Agency and Andean Press Service is scheduled for April.|Andean Press Service + Harbor News Agency",
            "The signing ceremony of the memorandum between Coral Television and Meridian Radio Network has been postponed.|Coral Television + Meridian Radio Network",
            "The signing of a protocol between Coral Television and Meridian Radio Network will take place in Lima.|Coral Television + Meridian Radio Network",
            "Harbor News Agency and Andean Press Service reached an agreement in principle to cooperate.|Andean Press Service + Harbor News Agency",
            "Harbor News Agency and Andean Press Service signed a draft agreement on news exchange.|Andean Press Service + Harbor News Agency",
    })
    void intendedNotSigned(String text, String parties) {
        ExtractionResult r = read(text, "2024-03-10");
        assertEquals(Set.of(), pairs(agreements(r, AgreementStatus.SIGNED)), "nothing signed");
        assertTrue(pairs(agreements(r, AgreementStatus.INTENDED)).contains(parties), () -> "intended: " + pairs(agreements(r, AgreementStatus.INTENDED)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "will", "yet", "talks" and "approved" elsewhere in the sentence do not undo a signing
            "The signing of this agreement will improve cooperation between Harbor News Agency and Andean Press Service.|Andean Press Service + Harbor News Agency",
            "Harbor News Agency and Andean Press Service signed yet another agreement on Friday.|Andean Press Service + Harbor News Agency",
            "The cabinet approved the memorandum of understanding signed between Harbor News Agency and Andean Press Service last week.|Andean Press Service + Harbor News Agency",
            "Harbor News Agency signed the memorandum with Andean Press Service after talks held in Lima.|Andean Press Service + Harbor News Agency",
            "Harbor News Agency and Andean Press Service held talks on Monday.¶The two agencies then signed a memorandum of understanding.|Andean Press Service + Harbor News Agency",
            "Coral Television concluded a cooperation protocol with Meridian Radio Network.|Coral Television + Meridian Radio Network",
            "Coral Television and Meridian Radio Network signed a memorandum, which has not been published.|Coral Television + Meridian Radio Network",
            "The deal, which had not been expected, was signed by Coral Bank and Meridian Insurance Company.|Coral Bank + Meridian Insurance Company",
            "Coral Television signed the deal with Meridian Radio Network off the coast of Peru.|Coral Television + Meridian Radio Network",
            "Coral Television has entered into a content sharing and distribution agreement with Meridian Radio Network.|Coral Television + Meridian Radio Network",
            "The accord between Coral Television and Meridian Radio Network was sealed in Lima.|Coral Television + Meridian Radio Network",
            "Coral Television has entered into a strategic partnership with Meridian Radio Network.|Coral Television + Meridian Radio Network",
    })
    void stillASigning(String text, String parties) {
        ExtractionResult r = read(text, "2024-03-10");
        assertEquals(Set.of(parties), pairs(agreements(r, AgreementStatus.SIGNED)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Harbor News Agency and Andean Press Service signed a memorandum on 20 May 2024.|2024-03-10|2024-05-20",
            "Coral Television signed a contract with Meridian Radio Network in 2025.|2024-03-10|2025",
            "Coral Television signed a contract with Meridian Radio Network in June 2024.|2024-03-10|2024-06",
    })
    void aSigningDatedAfterPublicationIsOnlyIntended(String text, String published, String date) {
        ExtractionResult r = read(text, published);
        assertEquals(Set.of(), pairs(agreements(r, AgreementStatus.SIGNED)));
        List<AgreementFact> intended = agreements(r, AgreementStatus.INTENDED);
        assertEquals(1, intended.size());
        assertEquals(date, intended.get(0).date().orElseThrow().date().lexical(), "the stated date is kept");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the same month or year as the publication is not "after" it
            "Coral Television signed a contract with Meridian Radio Network in March 2024.|2024-03-10",
            "Coral Television signed a contract with Meridian Radio Network in 2024.|2024-03-10",
            "Coral Television signed a contract with Meridian Radio Network on 10 March 2024.|2024-03-10",
    })
    void aSigningDatedWithinThePublicationPeriodStaysSigned(String text, String published) {
        assertEquals(Set.of("Coral Television + Meridian Radio Network"), pairs(agreements(read(text, published), AgreementStatus.SIGNED)));
    }
}
