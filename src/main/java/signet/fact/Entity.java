package signet.fact;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A named entity as resolved by extraction. {@code key} is the stable, document-independent slug
 * the IRI is minted from, so the same organization in two articles gets one IRI.
 *
 * @param kind     organization, person, place or work
 * @param key      slug such as {@code gazprom-media-holding}
 * @param name     preferred name
 * @param altNames other surface forms seen in this document or known from reference data
 * @param acronym  acronym, if known (also in altNames)
 * @param wikidata Wikidata Q-id, only where the reference data is certain
 * @param known    true when the entity comes from curated reference data
 */
public record Entity(EntityKind kind, String key, String name, SortedSet<String> altNames,
                     Optional<String> acronym, Optional<String> wikidata, boolean known) {
    public Entity {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("entity key is required");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("entity name is required");
        altNames = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(altNames));
    }

    public static Entity simple(EntityKind kind, String key, String name) {
        return new Entity(kind, key, name, new TreeSet<>(), Optional.empty(), Optional.empty(), false);
    }
}
