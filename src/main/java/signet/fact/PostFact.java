package signet.fact;

import java.util.List;

/**
 * A post a person holds in an organization, as stated by the article (as of its date).
 *
 * @param title normalised lower-case title as written ("general director", "executive vice-chairperson")
 */
public record PostFact(Entity person, String title, Entity organization, List<Evidence> evidence) implements Fact {
    public PostFact {
        evidence = Fact.checkedEvidence(evidence, 0);
    }
}
