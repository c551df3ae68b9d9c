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
 * Who is a party of a signing, on wordings no article was tuned for: descriptions inside a list of
 * parties (appositions, relative clauses, parentheses), the organization that reports or announces a
 * signing, several signings in one sentence, and what is said of an agreement without a signing
 * ("reached", "was announced"). Every case comes with the near misses a looser rule would get wrong.
 * Every organization is invented; "¶" in a case starts a new sentence.
 */
class PartyWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static ExtractionResult read(String text) {
        return X.extract(TestArticles.of(text.replace("¶", "\n"), "2024-03-10", null));
    }

    private static List<AgreementFact> agreements(ExtractionResult r, AgreementStatus status) {
        return r.facts().stream().filter(f -> f instanceof AgreementFact a && a.status() == status).map(f -> (AgreementFact) f).toList();
    }

    /** Each signed agreement as "A + B" (parties sorted), agreements separated by "; ". */
    private static Set<String> signed(String text) {
        Set<String> out = new TreeSet<>();
        for (AgreementFact a : agreements(read(text), AgreementStatus.SIGNED))
            out.add(String.join(" + ", a.parties().stream().map(e -> e.name()).sorted().toList()));
        return out;
    }

    private static Set<String> want(String expected) {
        Set<String> out = new TreeSet<>();
        if (expected != null) for (String p : expected.split("; ")) out.add(p);
        return out;
    }

    // ---- class 1: a description inside a list of parties describes the party before it ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an owner in an apposition, with or without an article, in commas or in parentheses
            "Lumio, part of Harbor Media Group, and Keller Group signed a memorandum.|Keller Group + Lumio",
            "Andean Press Service (part of Meridian Media Holding) and Harbor News Agency have signed a memorandum of understanding.|Andean Press Service + Harbor News Agency",
            "Kestrel Systems (a unit of Aurum Holding) inked a deal with Pyra Networks.|Kestrel Systems + Pyra Networks",
            "Pyra Networks signed a contract with Kestrel Systems (part of Aurum Holding).|Kestrel Systems + Pyra Networks",
            "Coral Bank signed a deal with Delta Studios, part of Harbor Media Group, and Orion Films.|Coral Bank + Delta Studios + Orion Films",
            // a relative clause after a party, in the subject or in the list after the verb
            "Norda Bank, which owns Norda Leasing, signed an agreement with Vale Credit.|Norda Bank + Vale Credit",
            "Kestrel Systems, in which Aurum Holding holds a stake, signed a memorandum with Pyra Networks.|Kestrel Systems + Pyra Networks",
            "Coral Bank signed a deal with Delta Studios, which is owned by Harbor Media Group, and Orion Films.|Coral Bank + Delta Studios + Orion Films",
            "Harbor News Agency signed a memorandum with Andean Press Service, which works closely with Coral Television.|Andean Press Service + Harbor News Agency",
            "Harbor News Agency signed a memorandum with Andean Press Service, whose parent company is Coral Holding.|Andean Press Service + Harbor News Agency",
            // near misses: a list stays a list; a name joined after the relative clause is a party
            "Coral Bank signed a deal with Delta Studios, Harbor Media Group and Orion Films.|Coral Bank + Delta Studios + Harbor Media Group + Orion Films",
            "Harbor News Agency, which was founded in 1990, and Andean Press Service signed a memorandum.|Andean Press Service + Harbor News Agency",
            "Coral Bank signed a deal with Delta Studios, which is based in Lima, and Orion Films.|Coral Bank + Delta Studios + Orion Films",
            // the date of a relative clause is not the signing's
            "Alpha Bank and Beta Insurance Company signed a memorandum, which will be implemented next year.|Alpha Bank + Beta Insurance Company",
    })
    void descriptionsInsideTheList(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    // ---- a name in another language is one party: elided articles, "ir" ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kestrel Films signed an agreement with the Haute École d'Art de Borealis.|Haute École d'Art de Borealis + Kestrel Films",
            "Kestrel Films signed an agreement with Borealis Radijas ir Televizija on Monday.|Borealis Radijas ir Televizija + Kestrel Films",
            "The Agence Borealienne de l'Irrigation Durable and the Société d'Aménagement des Terres du Kestrel signed a partnership agreement.|Agence Borealienne de l'Irrigation Durable + Société d'Aménagement des Terres du Kestrel",
            // near misses: an English contraction or possessive is no elided article
            "Kestrel Films signed an agreement with Borealis Studios, the region's largest studio.|Borealis Studios + Kestrel Films",
    })
    void foreignNamesStayWhole(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    // ---- what follows the list of parties, or opens the sentence, is not in it ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an opening phrase before the subject
            "Following talks between Harbor Group and Orion Trust, Coral Bank and Delta Bank signed a memorandum.|Coral Bank + Delta Bank",
            "At a forum hosted by Harbor Group, Coral Bank signed a memorandum with Delta Bank.|Coral Bank + Delta Bank",
            "Witnessed by Harbor Group, Coral Bank and Delta Bank signed a memorandum.|Coral Bank + Delta Bank",
            // a later "with" or "between" that is not joined to the list of parties
            "Coral Bank signed a memorandum with Delta Bank, the lender's second deal after one with Harbor Group last year.|Coral Bank + Delta Bank",
            "Coral Bank signed a memorandum with Delta Bank, and talks with Harbor Group are continuing.|Coral Bank + Delta Bank",
            "Coral Bank signed a memorandum with Delta Bank, a joint venture between Harbor Group and Orion Trust.|Coral Bank + Delta Bank",
            // a clause opened by a participle after the list; owners joined by "and"
            "Coral Bank signed a memorandum with Delta Bank, joining Harbor Group and Orion Trust as partners.|Coral Bank + Delta Bank",
            "Coral Bank signed a memorandum with Delta Bank, replacing Harbor Group as its partner.|Coral Bank + Delta Bank",
            "Coral Bank signed a memorandum with Delta Bank, a joint venture of Harbor Group and Orion Trust.|Coral Bank + Delta Bank",
            // the antecedent of "which signed" is the subject, not the one who congratulates
            "Harbor Group congratulated Coral Bank and Delta Bank, which signed a memorandum on Monday.|Coral Bank + Delta Bank",
            "Coral Bank, which signed a memorandum with Harbor Group last year, is in talks with Delta Bank.|Coral Bank + Harbor Group",
            // an owner whose title holder or unit signs, unnamed, is the party
            "Coral Bank's chief executive signed a memorandum with Delta Bank.|Coral Bank + Delta Bank",
            "Coral Bank's Lima branch signed a memorandum with Delta Bank.|Coral Bank + Delta Bank",
            // near misses: lists joined to the first one are parties; an owner before a named unit is none
            "Coral Bank signed memoranda with Delta Bank and with Harbor Group.|Coral Bank + Delta Bank; Coral Bank + Harbor Group",
            "Coral Bank signed a memorandum with Delta Bank on trade, and a second with Harbor Group on training.|Coral Bank + Delta Bank + Harbor Group",
            "Under the memorandum signed between Coral Bank and Delta Bank, together with Harbor Group, the three will share data.|Coral Bank + Delta Bank + Harbor Group",
            "Coral Group's film studio Delta Pictures signed a deal with Orion Streaming.|Delta Pictures + Orion Streaming",
            "After the talks, Coral Bank and Delta Bank signed a memorandum.|Coral Bank + Delta Bank",
    })
    void beyondTheList(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    // ---- class 2: who reports or announces a signing is no party of it ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Delta Studios signed a deal with Orion Films, as reported by news agency Harbor Wire.|Delta Studios + Orion Films",
            "Delta Studios signed a deal with Orion Films, reported news agency Harbor Wire.|Delta Studios + Orion Films",
            "Delta Studios signed a deal with Orion Films, Harbor Wire quoted the ministry as saying.|Delta Studios + Orion Films",
            "The Coral Ministry of Culture said Delta Studios had signed a deal with Orion Films.|Delta Studios + Orion Films",
            "The Coral Ministry of Culture said on Monday that Delta Studios had signed a deal with Orion Films.|Delta Studios + Orion Films",
            "Harbor Wire reports that Delta Studios has signed a deal with Orion Films.|Delta Studios + Orion Films",
            "In a statement, the Coral Ministry of Culture said Delta Studios signed a deal with Orion Films.|Delta Studios + Orion Films",
            "Delta Studios signed the memorandum with Orion Films at a forum organised by the Harbor Film Council.|Delta Studios + Orion Films",
            "Delta Studios signed the memorandum with Orion Films at a ceremony attended by Ana Ruiz, head of the Harbor Film Council.|Delta Studios + Orion Films",
            "Delta Studios signed the memorandum with Orion Films at an event co-hosted by Harbor Group and Coral Trust.|Delta Studios + Orion Films",
            "Delta Studios signed a memorandum with Orion Films, Harbor Group chief Tom Berg said.|Delta Studios + Orion Films",
            "Delta Studios signed a memorandum with Orion Films, Harbor Group analysts said on Monday.|Delta Studios + Orion Films",
            // an absolute phrase names another role
            "Delta Studios and Orion Films signed a memorandum, with Harbor Group acting as adviser.|Delta Studios + Orion Films",
            "Delta Studios and Orion Films signed a memorandum, with Harbor Group as guarantor.|Delta Studios + Orion Films",
            "Delta Studios signed a memorandum with Orion Films, with Harbor Group providing the funds.|Delta Studios + Orion Films",
            // near misses: the speaker who signed is a party; "signed by" names the signers
            "Delta Studios said it had signed a deal with Orion Films.|Delta Studios + Orion Films",
            "Delta Studios and Orion Films said they had signed a deal.|Delta Studios + Orion Films",
            "The deal was signed by Delta Studios and Orion Films, Harbor Wire reported.|Delta Studios + Orion Films",
            "The memorandum was signed on Monday by Delta Studios and Orion Films.|Delta Studios + Orion Films",
            "Delta Studios signed a memorandum with Orion Films and with Harbor Group.|Delta Studios + Harbor Group + Orion Films",
            "Delta Studios signed a memorandum with Orion Films, Harbor Group and Coral Trust.|Coral Trust + Delta Studios + Harbor Group + Orion Films",
    })
    void theReporterIsNoParty(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    // ---- class 3: several signatories, several signings in one sentence, "the two companies" ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a second clause with its own subject and verb is its own signing
            "Alpha Bank signed a memorandum with Beta Insurance Company, and Gamma Logistics Group signed one with Delta Ports Authority.|Alpha Bank + Beta Insurance Company; Delta Ports Authority + Gamma Logistics Group",
            "Alpha Bank and Beta Insurance Company signed a memorandum, and Gamma Logistics Group and Delta Ports Authority signed a contract.|Alpha Bank + Beta Insurance Company; Delta Ports Authority + Gamma Logistics Group",
            "Alpha Bank signed a memorandum with Beta Insurance Company, but Gamma Logistics Group inked a deal with Delta Ports Authority.|Alpha Bank + Beta Insurance Company; Delta Ports Authority + Gamma Logistics Group",
            // each agreement noun with its own "with" list is its own signing of the subject's
            "Alpha Bank on Monday signed a memorandum with Beta Bank and, in a separate ceremony the same afternoon, an agreement with Gamma Bank.|Alpha Bank + Beta Bank; Alpha Bank + Gamma Bank",
            "Alpha Bank signed a memorandum with Beta Bank and a contract with Gamma Bank.|Alpha Bank + Beta Bank; Alpha Bank + Gamma Bank",
            "Alpha Bank signed a memorandum with Beta Bank and with Gamma Bank.|Alpha Bank + Beta Bank + Gamma Bank",
            // each "between" list of a passive is its own signing
            "Agreements were signed between Alpha Bank and Beta Insurance Company and between Gamma Logistics Group and Delta Ports Authority.|Alpha Bank + Beta Insurance Company; Delta Ports Authority + Gamma Logistics Group",
            "An agreement was signed between Alpha Bank and Beta Insurance Company, and another between Gamma Logistics Group and Delta Ports Authority.|Alpha Bank + Beta Insurance Company; Delta Ports Authority + Gamma Logistics Group",
            // three to five signatories, also with names the finder leaves untyped, after "by"
            "A memorandum was signed by Alpha Bank, Beta Insurance and Gamma Logistics.|Alpha Bank + Beta Insurance + Gamma Logistics",
            "Alpha Bank, Beta Insurance Company, Gamma Logistics Group, Delta Ports Authority and Epsilon Rail Company signed a memorandum.|Alpha Bank + Beta Insurance Company + Delta Ports Authority + Epsilon Rail Company + Gamma Logistics Group",
            // near misses: one list of signatories, one clause; a signatory list of persons brings their organizations
            "Alpha Bank signed a memorandum with Beta Insurance Company, Gamma Logistics Group and Delta Ports Authority.|Alpha Bank + Beta Insurance Company + Delta Ports Authority + Gamma Logistics Group",
            "The memorandum was signed by Ana Ruiz, director of Alpha Bank, and Juan Soto, head of Beta Insurance Company.|Alpha Bank + Beta Insurance Company",
            "The memorandum was signed by the director of Alpha Bank, Anaru Velez, and by the head of Beta Insurance Company, Tomas Ekwueme.|Alpha Bank + Beta Insurance Company",
            // "both sides", "the two companies" stand for the two organizations last named, names the finder left untyped too
            "Alpha Bank and Beta Insurance held talks in Lima.¶The two companies signed a memorandum.|Alpha Bank + Beta Insurance",
            "Alpha Bank and Beta Insurance held talks in Lima.¶The sides inked a deal.|Alpha Bank + Beta Insurance",
            "Alpha Bank and Beta Insurance held talks in Lima.¶A memorandum was signed by both sides.|Alpha Bank + Beta Insurance",
            "Alpha Bank hosted a delegation of Beta Insurance in Lima.¶The two companies signed a memorandum of understanding.|Alpha Bank + Beta Insurance",
            // "the two countries" as the subject: the two states named so far, when only two are
            "The president of Peru arrived in Chile on Monday.¶The two countries signed a memorandum on trade.|Chile + Peru",
            "The president of Peru arrived in Chile on Monday.¶Both countries signed a memorandum on trade.|Chile + Peru",
            "The president of Peru arrived in Chile on Monday.¶The two sides signed a memorandum on trade.|Chile + Peru",
            "The president of Peru met the leaders of Chile and Spain.¶The two countries signed a memorandum on trade.|",
            "The president of Peru arrived in Chile on Monday.¶The two countries' health ministries signed a memorandum.|",
            "The president of Peru arrived in Chile on Monday.¶Besides, the health ministries of the two countries signed a memorandum.|",
            "The president of Peru arrived in Chile on Monday.¶On Tuesday, the two countries signed a memorandum.|Chile + Peru",
            // ... the pair the clause itself names
            "Both sides inked an agreement between the Coral Government and the Harbor Government on transport, as well as a memorandum between the Coral Ministry of Transport and the Harbor Ministry of Works on rail.|Coral Government + Harbor Government; Coral Ministry of Transport + Harbor Ministry of Works",
            // near misses: three organizations leave "the two companies" unresolved
            "Alpha Bank, Beta Insurance Company and Gamma Logistics Group held talks in Lima.¶The two companies signed a memorandum.|",
            "Alpha Bank, Beta Bank and Gamma Bank held talks in Lima.¶The two banks signed a memorandum.|",
    })
    void severalSignings(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    // ---- class 5: a state whose body is named as the signer is no party ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A memorandum between Peru and Chile was signed by the Ministry of Trade of Peru and the Ministry of Economy of Chile.|Ministry of Economy of Chile + Ministry of Trade of Peru",
            "A memorandum between Peru and Chile was signed by the Peruvian Ministry of Trade and the Chilean Ministry of Economy.|Chilean Ministry of Economy + Peruvian Ministry of Trade",
            "An agreement between Peru and Chile was signed by Peru's Ministry of Trade and Chile's Ministry of Economy on Monday.|Ministry of Economy of Chile + Ministry of Trade of Peru",
            // near misses: a state with a named organization of its own; states with their ministers (persons)
            "A memorandum between Chile and Coral Television was signed on Monday.|Chile + Coral Television",
            "A memorandum between Peru and Chile was signed by the Peruvian minister of trade and the Chilean minister of economy.|Chile + Peru",
            "Peru and Chile signed a memorandum on fisheries.|Chile + Peru",
    })
    void theBodiesThatSignedForStates(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    // ---- class 4: an agreement reached or announced is not said to be signed ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Alpha Bank and Beta Insurance Company reached an agreement on the merger.",
            "An agreement was reached between Alpha Bank and Beta Insurance Company.",
            "Alpha Bank and Beta Insurance Company have reached a deal on the sale of the leasing unit.",
            "The deal was announced by Vesta Broadcasting, part of Ostrava Media Group.",
            "The deal between Alpha Bank and Beta Insurance Company was announced in May.",
            "The agreement with Beta Insurance Company was announced on Monday by Alpha Bank.",
    })
    void reachedOrAnnouncedIsNoSigning(String text) {
        assertEquals(Set.of(), signed(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // near misses: announcing that one signed, or a deal in the active voice with its counterpart
            "Alpha Bank on Tuesday announced signing a deal with Beta Insurance Company.|Alpha Bank + Beta Insurance Company",
            "Alpha Bank announced a partnership agreement with Beta Insurance Company.|Alpha Bank + Beta Insurance Company",
            "Alpha Bank and Beta Insurance Company reached an agreement on Friday.¶Alpha Bank and Beta Insurance Company signed the agreement on Monday.|Alpha Bank + Beta Insurance Company",
    })
    void announcingASigningIsOne(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // denials, "neither ... nor", conditions and an adverb after the modal
            "Neither Alpha Bank nor Beta Bank has signed the memorandum.",
            "Alpha Bank denied that it had signed an agreement with Beta Bank.",
            "Alpha Bank denied signing an agreement with Beta Bank.",
            "If Alpha Bank signs a memorandum with Beta Bank, shares will rise.",
            "Unless Alpha Bank signs the contract with Beta Bank, the plant will close.",
            "Alpha Bank may soon sign a memorandum with Beta Bank.",
            "Alpha Bank and Beta Bank will shortly sign a memorandum.",
    })
    void deniedConditionalOrToCome(String text) {
        assertEquals(Set.of(), signed(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // near misses: a denial or a condition in another clause leaves the signing told
            "Alpha Bank signed a memorandum with Beta Bank on Monday, but denied plans for a merger.|Alpha Bank + Beta Bank",
            "Alpha Bank, which signed a memorandum with Beta Bank, said shares will rise if trade grows.|Alpha Bank + Beta Bank",
            "Alpha Bank and Beta Bank soon signed a memorandum.|Alpha Bank + Beta Bank",
    })
    void aDenialElsewhereLeavesTheSigning(String text, String expected) {
        assertEquals(want(expected), signed(text));
    }

    @org.junit.jupiter.api.Test
    void aNameAfterATitlesOrganizationInAByListStaysASignatory() {
        // "by the director of A, NAME, and by ...": the name joined after the organization is the title's holder
        List<AgreementFact> got = agreements(read("The memorandum was signed by the director of Alpha Bank, Anaru Velez, and by the head of Beta Insurance Company, Tomas Ekwueme."), AgreementStatus.SIGNED);
        assertEquals(1, got.size());
        assertEquals(Set.of("Anaru Velez", "Tomas Ekwueme"), got.get(0).signatories().stream().map(x -> x.person().name()).collect(java.util.stream.Collectors.toSet()));
    }

    @org.junit.jupiter.api.Test
    void anAgreementReachedIsKeptAsIntended() {
        ExtractionResult r = read("Alpha Bank and Beta Insurance Company reached an agreement on the merger.");
        assertTrue(agreements(r, AgreementStatus.SIGNED).isEmpty());
        assertEquals(1, agreements(r, AgreementStatus.INTENDED).size());
    }
}
