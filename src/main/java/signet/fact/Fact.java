package signet.fact;

import java.util.List;

/** A fact read from one article. Every fact carries its evidence. */
public sealed interface Fact permits AgreementFact, PostFact, PartOfFact, EventFact {
    List<Evidence> evidence();
}
