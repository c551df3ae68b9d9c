package signet.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import signet.eval.SystemRows.AgreementRow;
import signet.eval.SystemRows.EventRow;
import signet.eval.SystemRows.PartOfRow;
import signet.eval.SystemRows.RoleRow;

/** The scorer on hand-built gold and query rows (invented organizations). */
class ScorerTest {

    static final String DOC = "https://w3id.org/signet/id/doc/";
    final Scorer scorer = new Scorer(Names.parse("Northwind Film Agency\tNorthwind|NFA\nRiga\tRīga\n"));

    /** A gold document with only agreements. */
    static GoldDocument agreements(String doc, GoldAgreement... ags) {
        return new GoldDocument(doc, "", List.of(ags), List.of(), List.of(), List.of(), List.of());
    }

    static GoldAgreement signed(String date, String place, String... parties) {
        return new GoldAgreement("memorandum of understanding", List.of(parties), date, place, List.of());
    }

    /** Rows of one system agreement: one per party. */
    static List<AgreementRow> rows(String doc, String agreement, String date, String place, String... parties) {
        List<AgreementRow> rows = new ArrayList<>();
        for (String p : parties) rows.add(new AgreementRow(DOC + doc + "/" + agreement, DOC + doc, p, date, place));
        return rows;
    }

    static SystemRows agreementRows(List<List<AgreementRow>> agreements) {
        return new SystemRows(agreements.stream().flatMap(List::stream).toList(), List.of(), List.of(), List.of());
    }

    @Test void nothingToFindAndNothingFoundIsPerfect() {
        Score s = scorer.score(GoldSet.of(List.of(agreements("a.txt"))), new SystemRows(List.of(), List.of(), List.of(), List.of()));
        assertEquals(Prf.of(0, 0, 0), s.agreements());
        assertEquals(1.0, s.agreements().precision());
        assertEquals(1.0, s.roles().f1());
        assertEquals(1.0, s.factF1());
        assertEquals("fact-F1 1.000", s.lines(false).getLast());
        assertTrue(s.misses().isEmpty());
    }

    @Test void prfEdgeCases() {
        assertEquals(List.of(0.0, 0.0, 0.0), prf(Prf.of(0, 0, 2)), "all missed: precision 0");
        assertEquals(List.of(0.0, 1.0, 0.0), prf(Prf.of(0, 3, 0)), "only false facts: recall 1");
        assertEquals(List.of(2.0 / 3, 2.0 / 3, 2.0 / 3), prf(Prf.of(2, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> Prf.of(-1, 0, 0));
    }

    static List<Double> prf(Prf p) { return List.of(p.precision(), p.recall(), p.f1()); }

    @Test void pairsCountWithMultiplicityAndAliasesFold() {
        // Two signings between the same pair in one article; the graph has three (one spurious),
        // and a three-party signing that it read as two parties only.
        GoldSet gold = GoldSet.of(List.of(agreements("a.txt",
                signed("2024-03-12", "Riga", "Northwind Film Agency", "Baltic Lumen Studios"),
                signed("", "", "NFA", "Baltic Lumen Studios"),
                signed("", "", "Kestrel Media", "Harbor Group", "Northwind"))));
        SystemRows sys = agreementRows(List.of(
                rows("a", "agreement-1", "2024-03-12", "Rīga", "Baltic Lumen Studios", "Northwind"),
                rows("a", "agreement-2", "", "", "Baltic Lumen Studios", "Northwind Film Agency"),
                rows("a", "agreement-3", "", "", "baltic lumen studios", "NFA"),
                rows("a", "agreement-4", "2024", "", "Kestrel Media", "Harbor Group"),
                rows("other", "agreement-1", "", "", "Kestrel Media", "Harbor Group"))); // not annotated: ignored
        Score s = scorer.score(gold, sys);
        // pairs: lumen+northwind gold 2 / system 3; harbor+kestrel 1/1; harbor+northwind 0 of 1; kestrel+northwind 0 of 1
        assertEquals(3, s.agreements().truePositives());
        assertEquals(1, s.agreements().falsePositives());
        assertEquals(2, s.agreements().falseNegatives());
        assertEquals(new Ratio(1, 1), s.dates());
        assertEquals(new Ratio(1, 1), s.places(), "Rīga is an alias of Riga");
        assertEquals(List.of(
                "agreement false: a baltic lumen studios + northwind film agency",
                "agreement missed: a harbor group + northwind film agency",
                "agreement missed: a kestrel media + northwind film agency"), s.misses());
        assertEquals("agreements       P 0.75  R 0.60  F1 0.67", s.lines(false).getFirst());
    }

    @Test void datesAndPlacesAreMatchedBestFirst() {
        // The gold's dated signing must be compared with the system signing bearing that date,
        // not with the first one listed; the undated one takes what is left.
        GoldSet gold = GoldSet.of(List.of(agreements("b.txt",
                signed("", "Tallinn", "Alpha Studio", "Beta Pictures"),
                signed("2023-05-05", "Riga", "Alpha Studio", "Beta Pictures"))));
        SystemRows sys = agreementRows(List.of(
                rows("b", "agreement-1", "", "Tallinn", "Alpha Studio", "Beta Pictures"),
                rows("b", "agreement-2", "2023-05-05", "", "Alpha Studio", "Beta Pictures")));
        Score s = scorer.score(gold, sys);
        assertEquals(Prf.of(2, 0, 0), s.agreements());
        assertEquals(new Ratio(1, 1), s.dates());
        assertEquals(new Ratio(1, 2), s.places());
        assertEquals(List.of("agreement place: b alpha studio + beta pictures: gold Riga, got []"), s.misses());
    }

    @Test void aMonthIsNotTheDayAndTwoDatesAreWrong() {
        GoldSet gold = GoldSet.of(List.of(agreements("c.txt", signed("2015-10-03", "", "Alpha Studio", "Beta Pictures")),
                agreements("d.txt", signed("2016", "", "Alpha Studio", "Beta Pictures"))));
        List<AgreementRow> twoDates = new ArrayList<>(rows("d", "agreement-1", "2016", "", "Alpha Studio", "Beta Pictures"));
        twoDates.add(new AgreementRow(DOC + "d/agreement-1", DOC + "d", "Alpha Studio", "2016-02", ""));
        SystemRows sys = agreementRows(List.of(rows("c", "agreement-1", "2015-10", "", "Alpha Studio", "Beta Pictures"), twoDates));
        Score s = scorer.score(gold, sys);
        assertEquals(new Ratio(0, 2), s.dates());
        assertEquals(List.of("agreement date: c alpha studio + beta pictures: gold 2015-10-03, got ['2015-10']",
                "agreement date: d alpha studio + beta pictures: gold 2016, got ['2016', '2016-02']"), s.misses());
    }

    @Test void rolesFoldTitlesAndNames() {
        GoldDocument g = new GoldDocument("r.txt", "2024-01-01", List.of(),
                List.of(new GoldRole("Anna Kalnina", "Director-General", "Baltic Lumen Studios"),
                        new GoldRole("Mart Saar", "Chief Executive Officer", "NFA"),
                        new GoldRole("Ilse Berg", "chairperson", "Harbor Group")),
                List.of(new GoldPartOf("Harbor Animation", "Harbor Group")), List.of(), List.of());
        SystemRows sys = new SystemRows(List.of(),
                List.of(new RoleRow(DOC + "r", "Anna Kalnina", "general director", "The Baltic Lumen Studios"),
                        new RoleRow(DOC + "r", "Mart Saar", "CEO", "Northwind Film Agency"),
                        new RoleRow(DOC + "r", "Ilse Berg", "president", "Harbor Group"),
                        new RoleRow(DOC + "elsewhere", "Ilse Berg", "president", "Harbor Group")),
                List.of(new PartOfRow(DOC + "r", "Harbor Group", "Harbor Animation")), List.of());
        Score s = scorer.score(GoldSet.of(List.of(g)), sys);
        assertEquals(Prf.of(2, 1, 1), s.roles());
        assertEquals(Prf.of(0, 1, 1), s.partOf(), "part-of is directed");
        assertEquals(List.of("role missed: r | ilse berg | chair | harbor group",
                "role false: r | ilse berg | president | harbor group",
                "part-of missed: r | harbor animation | harbor group",
                "part-of false: r | harbor group | harbor animation"), s.misses());
        assertEquals((1.0 + 2.0 / 3 + 0.0) / 3, s.factF1(), 1e-12);
        List<String> lines = s.lines(false);
        assertEquals("roles            P 0.67  R 0.67  F1 0.67", lines.get(3));
        assertEquals("part-of          P 0.00  R 0.00  F1 0.00", lines.get(4));
        assertEquals("fact-F1 0.556", lines.getLast());
    }

    @Test void eventsAreScoredByDocumentAndDate() {
        GoldDocument g = new GoldDocument("e.txt", "", List.of(), List.of(), List.of(),
                List.of(new GoldEvent("festival", List.of("Harbor Group"), "2025-05-07", "Tallinn"),
                        new GoldEvent("meeting", List.of(), "", "")), List.of());
        SystemRows sys = new SystemRows(List.of(), List.of(), List.of(), List.of(
                new EventRow(DOC + "e", "2025-05-07"), new EventRow(DOC + "e", "2025-05-07"), new EventRow(DOC + "e", "2025-05")));
        Score s = scorer.score(GoldSet.of(List.of(g)), sys);
        assertEquals(Prf.of(1, 1, 1), s.events());
        assertEquals(List.of("event(doc,date) missed: e | ", "event(doc,date) false: e | 2025-05"), s.misses());
        assertEquals(1.0, s.factF1(), "events are not in the headline");
    }

    @Test void notAgreementsSignedAreReported() {
        GoldDocument g = new GoldDocument("n.txt", "", List.of(), List.of(), List.of(), List.of(),
                List.of(new GoldPair("Northwind", "Kestrel Media"), new GoldPair("Alpha Studio", "Beta Pictures")));
        SystemRows sys = agreementRows(List.of(rows("n", "agreement-1", "", "", "Kestrel Media", "Northwind Film Agency")));
        Score s = scorer.score(GoldSet.of(List.of(g)), sys);
        assertEquals(2, s.notAgreementPairs());
        assertEquals(List.of(new NotAgreementHit("n", "kestrel media", "northwind film agency", 1)), s.notAgreementHits());
        List<String> verbose = s.lines(true);
        assertTrue(verbose.contains("  agreement false: n kestrel media + northwind film agency"), verbose.toString());
        assertTrue(verbose.contains("  not-agreement signed: n kestrel media + northwind film agency"), verbose.toString());
        assertTrue(verbose.contains("not-agreements   1/2 signed in the graph"), verbose.toString());
        assertTrue(verbose.getLast().startsWith("fact-F1 "));
    }

    @Test void jsonHasScorePysKeys() {
        Score s = scorer.score(GoldSet.of(List.of(agreements("a.txt"))), new SystemRows(List.of(), List.of(), List.of(), List.of()));
        var o = org.apache.jena.atlas.json.JSON.parse(s.toJson());
        for (String k : List.of("agreements", "dates", "places", "roles", "part_of", "events", "fact_f1", "not_agreements"))
            assertTrue(o.hasKey(k), k);
        assertEquals(1.0, o.get("fact_f1").getAsNumber().value().doubleValue());
        assertEquals(3, o.get("roles").getAsArray().size());
    }
}
