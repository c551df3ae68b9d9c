package signet.fact;

import java.util.List;
import java.util.Optional;

/**
 * An agreement (memorandum, contract, protocol, ...) between two or more parties.
 *
 * @param kindKey    normalised kind, a key of the agreement-kind scheme (e.g. {@code memorandum-of-understanding})
 * @param kindLabel  the kind as the text words it ("memorandum on strategic cooperation")
 * @param status     signed or intended
 * @param parties    the organizations bound by it, in text order, at least two when signed
 * @param signatories who signed, when the text names them
 * @param witnesses  people or organizations present or participating without being parties
 * @param date       signing date at its true precision, if known
 * @param place      signing place, if known
 * @param areas      areas of cooperation as written ("news exchange", "co-production of films")
 * @param evidence   where it is stated, at most {@link Fact#MAX_EVIDENCE} spans
 * @param evidenceNotKept how many further sentences stated it (beyond the kept evidence)
 */
public record AgreementFact(String kindKey, String kindLabel, AgreementStatus status,
                            List<Entity> parties, List<Signatory> signatories, List<Entity> witnesses,
                            Optional<DateValue> date, Optional<Entity> place, List<String> areas,
                            List<Evidence> evidence, int evidenceNotKept) implements Fact {
    public AgreementFact {
        parties = List.copyOf(parties);
        signatories = List.copyOf(signatories);
        witnesses = List.copyOf(witnesses);
        areas = List.copyOf(areas);
        evidence = Fact.checkedEvidence(evidence, evidenceNotKept);
    }

    /** A fact whose every evidence sentence is kept. */
    public AgreementFact(String kindKey, String kindLabel, AgreementStatus status,
                         List<Entity> parties, List<Signatory> signatories, List<Entity> witnesses,
                         Optional<DateValue> date, Optional<Entity> place, List<String> areas, List<Evidence> evidence) {
        this(kindKey, kindLabel, status, parties, signatories, witnesses, date, place, areas, evidence, 0);
    }
}
