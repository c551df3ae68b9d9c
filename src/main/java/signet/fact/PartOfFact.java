package signet.fact;

import java.util.List;

/** An organization that is part of (a unit, subsidiary or member of) another. */
public record PartOfFact(Entity child, Entity parent, List<Evidence> evidence) implements Fact {
    public PartOfFact {
        evidence = Fact.checkedEvidence(evidence, 0);
    }
}
