package signet.eval;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;

/**
 * The figures of one evaluation, immutable.
 *
 * @param agreements        signed agreements as unordered party pairs per document
 * @param dates             agreement dates right on the pairs found (gold pairs with a date)
 * @param places            agreement places right on the pairs found (gold pairs with a place)
 * @param roles             (document, person, title, organization)
 * @param partOf            (document, child, parent)
 * @param events            (document, date) of events other than signings
 * @param notAgreementPairs pairs the gold lists as not having signed
 * @param notAgreementHits  those of them the graph holds a signing for
 * @param misses            every missed and every false fact, in the reference scorer's wording and order
 */
public record Score(Prf agreements, Ratio dates, Ratio places, Prf roles, Prf partOf, Prf events,
                    int notAgreementPairs, List<NotAgreementHit> notAgreementHits, List<String> misses) {

    public Score {
        notAgreementHits = List.copyOf(notAgreementHits);
        misses = List.copyOf(misses);
    }

    /** The headline: the mean F1 of agreements, roles and part-of (events are reported, not averaged in). */
    public double factF1() {
        return (agreements.f1() + roles.f1() + partOf.f1()) / 3;
    }

    /**
     * The report: with {@code verbose} first every miss (then every not-agreement signed), then one
     * line per figure; the last line is {@code fact-F1 0.xxx}. The lines score.py prints read the same.
     */
    public List<String> lines(boolean verbose) {
        List<String> out = new ArrayList<>();
        if (verbose) {
            misses.forEach(m -> out.add("  " + m));
            notAgreementHits.forEach(h -> out.add("  " + h.describe()));
        }
        out.add(line("agreements", agreements));
        out.add(PythonText.padRight("agreement dates", 16) + " " + dates.correct() + "/" + dates.total() + " correct");
        out.add(PythonText.padRight("agreement places", 16) + " " + places.correct() + "/" + places.total() + " correct");
        out.add(line("roles", roles));
        out.add(line("part-of", partOf));
        out.add(line("events", events));
        out.add(PythonText.padRight("not-agreements", 16) + " " + notAgreementHits.size() + "/" + notAgreementPairs + " signed in the graph");
        out.add("fact-F1 " + PythonText.fixed(factF1(), 3));
        return List.copyOf(out);
    }

    private static String line(String name, Prf t) {
        return PythonText.padRight(name, 16) + " P " + PythonText.fixed(t.precision(), 2) + "  R " + PythonText.fixed(t.recall(), 2)
                + "  F1 " + PythonText.fixed(t.f1(), 2);
    }

    /** The figures as JSON: score.py's keys ([P, R, F1] triples, [correct, total] pairs, fact_f1) plus the not-agreement check. */
    public String toJson() {
        JsonObject o = new JsonObject();
        o.put("agreements", prf(agreements));
        o.put("dates", pair(dates));
        o.put("places", pair(places));
        o.put("roles", prf(roles));
        o.put("part_of", prf(partOf));
        o.put("events", prf(events));
        o.put("fact_f1", JsonNumber.value(factF1()));
        JsonObject na = new JsonObject();
        na.put("pairs", notAgreementPairs);
        na.put("signed", notAgreementHits.size());
        JsonArray hits = new JsonArray();
        for (NotAgreementHit h : notAgreementHits) {
            JsonArray a = new JsonArray();
            a.add(new JsonString(h.doc()));
            a.add(new JsonString(h.first()));
            a.add(new JsonString(h.second()));
            hits.add(a);
        }
        na.put("hits", hits);
        o.put("not_agreements", na);
        return JSON.toString(o);
    }

    private static JsonArray prf(Prf t) {
        JsonArray a = new JsonArray();
        a.add(JsonNumber.value(t.precision()));
        a.add(JsonNumber.value(t.recall()));
        a.add(JsonNumber.value(t.f1()));
        return a;
    }

    private static JsonArray pair(Ratio r) {
        JsonArray a = new JsonArray();
        a.add(JsonNumber.value(r.correct()));
        a.add(JsonNumber.value(r.total()));
        return a;
    }
}
