package signet.fact;

import java.util.List;
import java.util.Optional;

/**
 * Something that happened that is not a signing: a meeting, talks, a festival, a premiere, a
 * launch, a conference.
 *
 * @param kindKey   normalised kind key (e.g. {@code meeting}, {@code premiere}, {@code festival})
 * @param kindLabel the kind as worded ("cultural exchange event")
 * @param organizers organizations or people that held or hosted it
 * @param participants others that took part
 * @param works     creative works it features (a premiered film, a launched festival's name)
 * @param evidence  where it is stated, at most {@link Fact#MAX_EVIDENCE} spans
 * @param evidenceNotKept how many further sentences stated it (beyond the kept evidence)
 */
public record EventFact(String kindKey, String kindLabel, List<Entity> organizers, List<Entity> participants,
                        Optional<DateValue> date, Optional<Entity> place, List<Entity> works,
                        List<Evidence> evidence, int evidenceNotKept) implements Fact {
    public EventFact {
        organizers = List.copyOf(organizers);
        participants = List.copyOf(participants);
        works = List.copyOf(works);
        evidence = Fact.checkedEvidence(evidence, evidenceNotKept);
    }

    /** A fact whose every evidence sentence is kept. */
    public EventFact(String kindKey, String kindLabel, List<Entity> organizers, List<Entity> participants,
                     Optional<DateValue> date, Optional<Entity> place, List<Entity> works, List<Evidence> evidence) {
        this(kindKey, kindLabel, organizers, participants, date, place, works, evidence, 0);
    }
}
