package signet.extract;

import java.util.List;
import java.util.Optional;
import signet.fact.EntityKind;

/** An entity from the curated reference data. */
public record KnownEntity(EntityKind kind, String name, List<String> aliases, Optional<String> acronym,
                          Optional<String> wikidata, String placeType, String country) {
    public KnownEntity {
        aliases = List.copyOf(aliases);
    }

    /** A city, a state's capital included. */
    public boolean isCity() { return "city".equals(placeType) || isCapital(); }

    /** A state's capital (places.tsv type "capital"), which may stand for its state ("Moscow and Beijing signed"). */
    public boolean isCapital() { return "capital".equals(placeType); }
}
