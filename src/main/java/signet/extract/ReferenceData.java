package signet.extract;

import signet.lexicon.TsvResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import signet.fact.EntityKind;

/**
 * The curated reference data: known organizations with their aliases and acronyms, and places.
 * Loaded once from {@code reference/organizations.tsv}, {@code reference/places.tsv} and
 * {@code reference/dateline-cities.tsv}; immutable after construction.
 */
public final class ReferenceData {
    private final Gazetteer organizations = new Gazetteer();
    private final Gazetteer places = new Gazetteer();
    private final Map<String, KnownEntity> placesByName = new HashMap<>();
    private final Map<String, String> datelineCities = new HashMap<>();

    public ReferenceData() {
        for (String[] c : TsvResource.table("reference/organizations.tsv", 4)) {
            List<String> aliases = c[1].isEmpty() ? List.of() : Arrays.asList(c[1].split("\\|"));
            KnownEntity e = new KnownEntity(EntityKind.ORGANIZATION, c[0], aliases,
                    c[2].isEmpty() ? Optional.empty() : Optional.of(c[2]),
                    c[3].isEmpty() ? Optional.empty() : Optional.of(c[3]), "", "");
            organizations.add(c[0], e);
            for (String a : aliases) organizations.add(a, e);
            if (!c[2].isEmpty()) organizations.add(c[2], e);
        }
        for (String[] c : TsvResource.table("reference/places.tsv", 5)) {
            List<String> aliases = c[1].isEmpty() ? List.of() : Arrays.asList(c[1].split("\\|"));
            KnownEntity e = new KnownEntity(EntityKind.PLACE, c[0], aliases, Optional.empty(),
                    c[4].isEmpty() ? Optional.empty() : Optional.of(c[4]), c[2], c[3]);
            places.add(c[0], e);
            placesByName.put(Token.fold(c[0]), e);
            for (String a : aliases) {
                places.add(a, e);
                placesByName.putIfAbsent(Token.fold(a), e);
            }
        }
        for (String[] c : TsvResource.table("reference/dateline-cities.tsv", 2)) datelineCities.put(Token.fold(c[0]), c[1]);
    }

    public Gazetteer organizations() { return organizations; }
    public Gazetteer places() { return places; }

    /** A place by any of its names, case-insensitively ("ABU DHABI", "Teheran"). */
    public Optional<KnownEntity> place(String name) {
        return Optional.ofNullable(placesByName.get(Token.fold(name.strip())));
    }

    /**
     * The place a dateline names: "KUWAIT" in a dateline is Kuwait City, not the country.
     */
    public Optional<KnownEntity> datelinePlace(String written) {
        String city = datelineCities.get(Token.fold(written.strip()));
        return city != null ? place(city) : place(written);
    }
}
