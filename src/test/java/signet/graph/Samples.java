package signet.graph;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import signet.doc.Article;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;
import signet.fact.DateValue;
import signet.fact.Entity;
import signet.fact.EntityKind;
import signet.fact.EventFact;
import signet.fact.Evidence;
import signet.fact.ExtractionResult;
import signet.fact.Fact;
import signet.fact.PartOfFact;
import signet.fact.PostFact;
import signet.fact.Signatory;
import signet.time.DateBasis;
import signet.time.PartialDate;

/**
 * Two hand-written articles (invented organizations, not taken from any real text) and the
 * extractions a rule set would make of them: a dated MoU, a month-precision agreement signed by a
 * subsidiary, a post, a part-of, an intended agreement, an undated MoU whose date falls back to
 * the publication date, a film premiere and a festival with no named participant.
 */
final class Samples {
    private Samples() {}

    /** The IRI the graph builder gives the fact at {@code index} of a result's fact list (IRIs are content keys, not numbers). */
    static String iri(ExtractionResult r, int index) {
        return new FactGraphBuilder(Iris.defaults()).factIris(r).get(index);
    }

    static final String HASH_1 = "3f2a9c1e5b7d4f6a8c0e2b4d6f8a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a";
    static final String HASH_2 = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";

    static final String TEXT_1 = """
            Northern Film Agency and Baltic union sign memorandum

            KALININGRAD, March 4, 2024 /Nordwire/ -- The Northern Film Agency (NFA) and the Baltic Broadcasting Union \
            signed a memorandum of understanding in Kaliningrad on March 3, 2024, covering news exchange and the \
            co-production of documentaries. Irina Volkova, general director of the Northern Film Agency, signed for the agency.

            It is not the agency's first foreign deal. In October 2015 Polar Pictures, a studio that is part of the \
            Northern Film Agency, signed a cooperation agreement with the Lisbon Screen Institute.

            The two sides also plan to sign a co-production agreement with a Portuguese broadcaster next year.
            """;

    static final String TEXT_2 = """
            Andes Television Network and NFA agree on strategic cooperation

            Lima -- The Andes Television Network and the Northern Film Agency JSC agreed on strategic cooperation, \
            signing a memorandum in Lima on the development of joint channels.

            On Saturday the Andes Television Network hosted the Lima premiere of the film "Silver Tundra", \
            attended by the Northern Film Agency JSC.

            The Arctic Screen Festival first opened in 2022.
            """;

    static final Entity NFA = new Entity(EntityKind.ORGANIZATION, "northern-film-agency", "Northern Film Agency",
            new TreeSet<>(List.of("NFA", "The Northern Film Agency")), Optional.of("NFA"),
            Optional.of("http://www.wikidata.org/entity/Q98765432"), true);
    /** The same organization as another article names it: a second prefLabel in the union graph. */
    static final Entity NFA_AS_JSC = new Entity(EntityKind.ORGANIZATION, "northern-film-agency", "Northern Film Agency JSC",
            new TreeSet<>(), Optional.empty(), Optional.empty(), false);
    static final Entity BBU = Entity.simple(EntityKind.ORGANIZATION, "baltic-broadcasting-union", "Baltic Broadcasting Union");
    static final Entity POLAR = Entity.simple(EntityKind.ORGANIZATION, "polar-pictures", "Polar Pictures");
    static final Entity LISBON = Entity.simple(EntityKind.ORGANIZATION, "lisbon-screen-institute", "Lisbon Screen Institute");
    static final Entity ATN = new Entity(EntityKind.ORGANIZATION, "andes-television-network", "Andes Television Network",
            new TreeSet<>(List.of("ATN")), Optional.of("ATN"), Optional.of("Q11223344"), false);
    static final Entity VOLKOVA = Entity.simple(EntityKind.PERSON, "irina-volkova", "Irina Volkova");
    static final Entity KALININGRAD = Entity.simple(EntityKind.PLACE, "kaliningrad", "Kaliningrad");
    static final Entity LIMA = Entity.simple(EntityKind.PLACE, "lima", "Lima");
    static final Entity SILVER_TUNDRA = Entity.simple(EntityKind.WORK, "silver-tundra", "Silver Tundra");
    static final Entity ARCTIC_FESTIVAL = Entity.simple(EntityKind.WORK, "arctic-screen-festival", "Arctic Screen Festival");

    static Article article1() {
        return article("2024-03-04-nfa-bbu", "txt", HASH_1, TEXT_1, "Northern Film Agency and Baltic union sign memorandum",
                PartialDate.parse("2024-03-04"), "KALININGRAD", "Nordwire");
    }

    static Article article2() {
        return article("2023-06-12 andes nfa", "md", HASH_2, TEXT_2, "Andes Television Network and NFA agree on strategic cooperation",
                PartialDate.parse("2023-06-12"), null, null);
    }

    static ExtractionResult result1() {
        Article a = article1();
        String t = a.text();
        Evidence mou = evidence(t, "The Northern Film Agency (NFA) and the Baltic Broadcasting Union signed", "agreement.signed-with", 0.9);
        Evidence volkova = evidence(t, "Irina Volkova, general director of the Northern Film Agency, signed for the agency.", "post.appositive", 0.8);
        Evidence polar = evidence(t, "In October 2015 Polar Pictures, a studio that is part of the Northern Film Agency, signed a cooperation agreement with the Lisbon Screen Institute.", "agreement.signed-with", 0.85);
        Evidence plan = evidence(t, "The two sides also plan to sign a co-production agreement with a Portuguese broadcaster next year.", "agreement.intended", 0.6);
        List<Fact> facts = List.of(
                new AgreementFact("memorandum-of-understanding", "memorandum of understanding", AgreementStatus.SIGNED,
                        List.of(NFA, BBU), List.of(new Signatory(VOLKOVA, Optional.of(NFA), Optional.of("general director"))), List.of(),
                        Optional.of(new DateValue(PartialDate.parse("2024-03-03").orElseThrow(), DateBasis.STATED)),
                        Optional.of(KALININGRAD), List.of("news exchange", "co-production of documentaries"), List.of(mou, volkova)),
                new PostFact(VOLKOVA, "general director", NFA, List.of(volkova)),
                new AgreementFact("cooperation-agreement", "cooperation agreement", AgreementStatus.SIGNED,
                        List.of(POLAR, LISBON), List.of(), List.of(),
                        Optional.of(new DateValue(PartialDate.ofMonth(2015, 10), DateBasis.STATED)),
                        Optional.empty(), List.of(), List.of(polar)),
                new PartOfFact(POLAR, NFA, List.of(polar)),
                new AgreementFact("co-production-agreement", "co-production agreement", AgreementStatus.INTENDED,
                        List.of(NFA, BBU), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(plan)));
        return new ExtractionResult(a, List.of(NFA, BBU, VOLKOVA, KALININGRAD, POLAR, LISBON), facts, List.of());
    }

    static ExtractionResult result2() {
        Article a = article2();
        String t = a.text();
        Evidence mou = evidence(t, "The Andes Television Network and the Northern Film Agency JSC agreed on strategic cooperation, signing a memorandum in Lima on the development of joint channels.", "agreement.agreed-signing", 0.75);
        Evidence premiere = evidence(t, "On Saturday the Andes Television Network hosted the Lima premiere of the film \"Silver Tundra\", attended by the Northern Film Agency JSC.", "event.premiere", 0.7);
        Evidence festival = evidence(t, "The Arctic Screen Festival first opened in 2022.", "event.festival", 0.5);
        List<Fact> facts = List.of(
                new AgreementFact("strategic-cooperation-agreement", "memorandum on strategic cooperation", AgreementStatus.SIGNED,
                        List.of(ATN, NFA_AS_JSC), List.of(), List.of(),
                        Optional.of(new DateValue(PartialDate.parse("2023-06-12").orElseThrow(), DateBasis.PUBLICATION)),
                        Optional.of(LIMA), List.of("joint channels"), List.of(mou)),
                new EventFact("film-premiere", "premiere", List.of(ATN), List.of(NFA_AS_JSC),
                        Optional.of(new DateValue(PartialDate.parse("2023-06-10").orElseThrow(), DateBasis.RESOLVED)),
                        Optional.of(LIMA), List.of(SILVER_TUNDRA), List.of(premiere)),
                new EventFact("festival-opening", "opened", List.of(), List.of(),
                        Optional.of(new DateValue(PartialDate.ofYear(2022), DateBasis.STATED)),
                        Optional.empty(), List.of(ARCTIC_FESTIVAL), List.of(festival)));
        return new ExtractionResult(a, List.of(ATN, NFA_AS_JSC, LIMA), facts, List.of());
    }

    static Evidence evidence(String text, String exact, String rule, double confidence) {
        int start = text.indexOf(exact);
        if (start < 0) throw new IllegalArgumentException("not in the text: " + exact);
        return new Evidence(start, start + exact.length(), exact, rule, confidence);
    }

    private static Article article(String id, String format, String hash, String text, String title,
                                   Optional<PartialDate> published, String dateline, String publisher) {
        int[] span = null;
        if (dateline != null) {
            int at = text.indexOf(dateline);
            span = new int[]{at, at + dateline.length()};
        }
        return new Article(id, id + "." + format, hash, format, Optional.of(title), text, List.of(), published,
                Optional.ofNullable(dateline), span, Optional.ofNullable(publisher));
    }
}
