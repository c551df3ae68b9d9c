package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;
import signet.fact.ExtractionResult;

/**
 * Shapes of agreement reports beyond "A signed X with B", each in several wordings with the near misses a
 * looser rule would get wrong: a copular list of signatories, a descriptor before a party ("with carmaker B"),
 * a sale ("an agreement to acquire B from C": buyer and seller), agreement nouns such as "programme of
 * cooperation", a place in a purpose clause, a draft that "has not yet been signed". Every organization is
 * invented; "¶" in a case starts a new sentence.
 */
class AgreementShapesTest {
    private static final RuleExtractor X = new RuleExtractor();
    private static final String NEW_SENTENCE = "¶";

    private static ExtractionResult read(String text) {
        return X.extract(TestArticles.of(text.replace(NEW_SENTENCE, "\n"), "2024-03-10", null));
    }

    /** The signed agreements, each as its parties sorted and joined by " + ". */
    private static Set<String> signed(String text) {
        Set<String> out = new TreeSet<>();
        for (var f : read(text).facts()) {
            if (f instanceof AgreementFact a && a.status() == AgreementStatus.SIGNED)
                out.add(String.join(" + ", a.parties().stream().map(e -> e.name()).sorted().toList()));
        }
        return out;
    }

    private static Set<String> want(String expected) {
        Set<String> w = new TreeSet<>();
        if (expected != null) w.addAll(List.of(expected.split("; ")));
        return w;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a copular sentence that lists who signed: one agreement, every organization a party
            "The signatories were Coral Shipping Line, Harbor Ports Authority and Delta Freight.|Coral Shipping Line + Delta Freight + Harbor Ports Authority",
            "Signing the accord were Coral Shipping Line and the Harbor Ports Authority.|Coral Shipping Line + Harbor Ports Authority",
            "Among the signatories: Delta Radio, Orion Film Studios and Meridian Radio Network.|Delta Radio + Meridian Radio Network + Orion Film Studios",
            "The signatories to the charter include pipeline operator Norvik Gas, the Andean Press Service and the Baltic Journalists Union.|Andean Press Service + Baltic Journalists Union + Norvik Gas",
            // the list names the sides of a signing told just before without names
            "Three logistics firms signed a supply agreement on Monday.¶The signatories are Coral Shipping Line, Delta Freight and Orion Logistics.|Coral Shipping Line + Delta Freight + Orion Logistics",
            // no list of who signed
            "The signatories will be Coral Savings Bank and Delta Credit Union.|",
            "The signatories were not named by Coral Television.|",
            "Signing up for the course were students of Coral University and Delta College.|",
    })
    void signatoryLists(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a descriptor before a party's name is no title: the name after it is the party
            "Coral Television signed a distribution agreement with independent producer Orion Film Studios.|Coral Television + Orion Film Studios",
            "Harbor Ports Authority has signed a lease agreement with carmaker Delta Motors.|Delta Motors + Harbor Ports Authority",
            "Meridian Radio Network entered into a content agreement with broadcaster Coral Television on Monday.|Coral Television + Meridian Radio Network",
            // a title before a person is still no party
            "Coral Savings Bank signed an agreement with chief executive Juan Soto.|",
    })
    void descriptorsBeforeParties(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a sale: buyer and seller are the parties, the thing sold and the buyer's owner are not
            "Coral Foods signed an agreement to acquire Delta Dairy from Orion Holdings.|Coral Foods + Orion Holdings",
            "Coral Foods, the food arm of investment group Norvik Capital, signed a deal to buy Delta Dairy from Orion Holdings for 300 million euros.|Coral Foods + Orion Holdings",
            "Orion Holdings has signed an agreement to sell Delta Dairy to Coral Foods.|Coral Foods + Orion Holdings",
            // "from" that names no seller, or no sale at all
            "Coral Foods signed an agreement with Norvik Bank to import cheese from Delta Dairy.|Coral Foods + Norvik Bank",
            "Coral Foods signed an agreement to acquire Delta Dairy from next year.|",
    })
    void sales(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // agreement nouns of diplomacy and research
            "The Ministry of Foreign Affairs of Ruritania and the Ministry of Foreign Affairs of Freedonia signed a programme of cooperation for 2027.|Ministry of Foreign Affairs of Freedonia + Ministry of Foreign Affairs of Ruritania",
            "The Ruritanian Foreign Ministry and the Freedonian Foreign Ministry signed a plan of consultations for the next two years.|Freedonian Foreign Ministry + Ruritanian Foreign Ministry",
            "Coral University and Delta College signed a protocol of intent on student exchange.|Coral University + Delta College",
            // a place in a purpose clause is what the agreement is about, not a side
            "Coral Shipping Line, Delta Freight and the Harbor Ports Authority signed a memorandum to open a rail link between Vesna and central Europe.|Coral Shipping Line + Delta Freight + Harbor Ports Authority",
            "Coral Television and Meridian Radio Network signed an agreement to boost news exchange between Ruritania and Freedonia.|Coral Television + Meridian Radio Network",
            // "between a ... and a ...": a span of time or things, not a list of sides
            "Orion Film Studios struck a deal with Coral Television for the window between a cinema release and a StreamBox premiere.|Coral Television + Orion Film Studios",
            "Orion Film Studios also struck a deal for the window between a cinema release and a StreamBox premiere.|",
            // one subject: the counterpart may still follow the purpose clause's "between"
            "A memorandum was signed to strengthen ties between Coral Television and Meridian Radio Network.|Coral Television + Meridian Radio Network",
    })
    void nounsAndPurposeClauses(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a headline naming the sides by short forms, the body by the bodies that signed: one signing, the body's names
            "Ruritania and Freedonia sign agreement on tourism¶The Ministry of Tourism of Ruritania and the State Tourism Board of Freedonia signed an agreement on tourism in Vesna on Monday.|Ministry of Tourism of Ruritania + State Tourism Board of Freedonia",
            "Coral faculty and Delta Labs sign research agreement¶The Faculty of Physics of Coral University and Delta Labs have signed a research cooperation agreement.|Delta Labs + Faculty of Physics of Coral University",
            // a headline and a body about two different sides stay two signings
            "Coral Television signs deal with Meridian Radio Network¶Coral Television signed a deal with Meridian Radio Network on Monday.¶Orion Film Studios and Delta Radio signed a memorandum on Tuesday.|Coral Television + Meridian Radio Network; Delta Radio + Orion Film Studios",
            // a lead sentence (with its full stop) is no headline: a later signing sharing one party is another one
            "Coral Television signed a deal with Meridian Radio Network on Monday.¶Coral Television signed a deal with Delta Radio on Tuesday.|Coral Television + Delta Radio; Coral Television + Meridian Radio Network",
    })
    void headlineShortForms(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a name no gazetteer lists is the signing place when the dateline gives it as the place
            "VESNA -- Coral Foods and Delta Dairy signed a supply agreement on cooperation in dairy trade in Vesna on Monday.|VESNA|Vesna",
            "ORVALE -- The Coral Chamber and the Delta Council for Foreign Trade signed a memorandum on trade at Orvale yesterday.|ORVALE|Orvale",
            // another unknown name after "in", far from the verb, is not taken for it
            "VESNA -- Coral Foods and Delta Dairy signed a supply agreement on cooperation in dairy trade in Bellmoor Heights on Monday.|VESNA|",
    })
    void datelineCityAsSigningPlace(String text, String dateline, String place) {
        var r = X.extract(TestArticles.of(text, "2024-03-10", dateline));
        List<String> places = r.facts().stream().filter(f -> f instanceof AgreementFact a && a.status() == AgreementStatus.SIGNED)
                .map(f -> ((AgreementFact) f).place().map(e -> e.name()).orElse("")).toList();
        assertEquals(List.of(place == null ? "" : place), places);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a venue after "at" named after its city says where the signing was
            "KESTREL -- Coral Foods and Delta Dairy signed a memorandum during a meeting at the Lima International Book Fair.|KESTREL|Lima",
            "Coral Foods and Delta Dairy signed a memorandum at the Cairo Film Festival on Monday.||Cairo",
            // a party named after a city is not the place
            "Coral Foods signed a memorandum with the Lima Chamber of Commerce on Monday.||",
    })
    void aVenueNamedAfterItsCityIsTheSigningPlace(String text, String dateline, String place) {
        var r = X.extract(TestArticles.of(text, "2024-03-10", dateline == null || dateline.isEmpty() ? null : dateline));
        List<String> places = r.facts().stream().filter(f -> f instanceof AgreementFact a && a.status() == AgreementStatus.SIGNED)
                .map(f -> ((AgreementFact) f).place().map(e -> e.name()).orElse("")).toList();
        assertEquals(List.of(place == null ? "" : place), places);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the headline's generic "deal" gives way to the body's kind
            "Coral Chamber inks deal with Delta Traders Council¶The Coral Chamber and the Delta Council for Foreign Trade signed a memorandum of understanding in Vesna.|memorandum of understanding",
            "Coral Chamber and Delta Traders Council sign memorandum¶Coral Chamber and the Delta Council for Foreign Trade signed an agreement in Vesna.|memorandum",
    })
    void headlineKindGivesWayToTheBody(String text, String kind) {
        List<String> kinds = read(text).facts().stream().filter(f -> f instanceof AgreementFact a && a.status() == AgreementStatus.SIGNED)
                .map(f -> ((AgreementFact) f).kindLabel()).toList();
        assertEquals(List.of(kind), kinds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // two named organizations agreeing to found something together
            "Coral Television and the Harbor Film School agreed to set up a joint production lab.|Coral Television + Harbor Film School",
            "On Friday, Delta Freight and Orion Logistics agreed to establish a joint venture for rail cargo.|Delta Freight + Orion Logistics",
            "Meridian Radio Network and Andean Press Service have agreed to launch a new joint news channel.|Andean Press Service + Meridian Radio Network",
            // no founding together, not both named, or not agreed yet
            "Delta Freight and Orion Logistics agreed to explore a joint bid for the port.|",
            "Delta Freight and Orion Logistics agreed to create a rail cargo service.|",
            "Delta Freight and Orion Logistics could not agree to create a joint venture.|",
            "Delta Freight and Orion Logistics may have agreed to create a joint venture.|",
            "Both companies agreed to form a joint working group.|",
    })
    void agreedToFoundTogether(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an approved draft that the next sentence says is unsigned
            "The government approved a draft agreement between the Coral Ports Authority and the Delta Fisheries Board.¶The agreement has not yet been signed.",
            "The council endorsed a draft memorandum between Coral Television and Meridian Radio Network.¶The memorandum hasn't yet been signed, officials said.",
            "The ministers approved the text of a deal between Orion Logistics and Delta Freight.¶The deal has not been signed yet.",
    })
    void approvedButNotSigned(String text) {
        assertEquals(Set.of(), signed(text));
    }

    /** Each signed agreement as "kind: parties sorted / signatories sorted". */
    private static Set<String> signings(String text) {
        Set<String> out = new TreeSet<>();
        for (var f : read(text).facts()) {
            if (f instanceof AgreementFact a && a.status() == AgreementStatus.SIGNED)
                out.add((a.kindLabel() + ": " + String.join(" + ", a.parties().stream().map(e -> e.name()).sorted().toList())
                        + " / " + String.join(" + ", a.signatories().stream().map(x -> x.person().name()).sorted().toList())).strip());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // persons who sign a new agreement (another kind, "separate", "another") after the article's first
            // one did not sign that one; a nationality before a title is no party and no signer
            "Ruritania and Freedonia met on Monday.¶Coral News Agency and Delta Press Service signed a memorandum of understanding.¶Ruritanian Minister of Culture Anna Weiss and Freedonian Minister of Information Karl Dorn signed a cooperation agreement."
                    + "|memorandum of understanding: Coral News Agency + Delta Press Service /; cooperation agreement: Ministry of Culture of Ruritania + Ministry of Information of Freedonia / Anna Weiss + Karl Dorn",
            "Italy and Kenya met on Monday.¶Coral News Agency and Delta Press Service signed a memorandum of understanding.¶Kenyan Minister of Information Paul Mwangi and Italian Minister of Culture Dino Sala signed a separate memorandum of understanding."
                    + "|memorandum of understanding: Coral News Agency + Delta Press Service /; memorandum of understanding: Ministry of Culture of Italy + Ministry of Information of Kenya / Dino Sala + Paul Mwangi",
            "Italy and Kenya met on Monday.¶Coral News Agency and Delta Press Service signed a memorandum of understanding.¶Minister Paul Mwangi and Minister Dino Sala signed another memorandum."
                    + "|memorandum of understanding: Coral News Agency + Delta Press Service /; memorandum: Coral News Agency + Delta Press Service / Dino Sala + Paul Mwangi",
            // (another memorandum with no sides named: the sides of the sentence before, as for any signing that names none)
            // the same agreement told again (definite, a bare "agreement", the same kind): its signers are the first one's
            "Coral News Agency and Delta Press Service signed a memorandum of understanding.¶The memorandum was signed by Director Anna Weiss and Director Karl Dorn."
                    + "|memorandum of understanding: Coral News Agency + Delta Press Service / Anna Weiss + Karl Dorn",
            "Coral News Agency and Delta Press Service signed a memorandum of understanding.¶Director Anna Weiss and Director Karl Dorn signed the document."
                    + "|memorandum of understanding: Coral News Agency + Delta Press Service / Anna Weiss + Karl Dorn",
            "Coral News Agency and Delta Press Service signed a memorandum of understanding on Monday.¶Director Anna Weiss and Director Karl Dorn signed an agreement at the ceremony."
                    + "|memorandum of understanding: Coral News Agency + Delta Press Service / Anna Weiss + Karl Dorn",
            "Coral News Agency and Delta Press Service signed a memorandum of understanding on Monday.¶Director Anna Weiss and Director Karl Dorn signed a memorandum of understanding in Port Coralia."
                    + "|memorandum of understanding: Coral News Agency + Delta Press Service / Anna Weiss + Karl Dorn",
            // "also" about who signed, not about what: the same agreement
            "Coral News Agency and Delta Press Service signed a memorandum of understanding on Monday.¶For Coral News Agency, it was also signed by Director Anna Weiss."
                    + "|memorandum of understanding: Coral News Agency + Delta Press Service / Anna Weiss",
    })
    void newSigningNotMerged(String text, String expected) {
        assertEquals(want(expected), signings(text));
    }
}
