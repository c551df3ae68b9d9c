package signet.graph;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Resource;

/**
 * The {@code sig:nameKey} of an organization: each of its names in lower case, as SPARQL's
 * {@code LCASE} writes it, so that "the organization called X, in any case" is one index probe
 * ({@code ?org sig:nameKey ?key} with {@code ?key} bound) instead of a comparison with every
 * name in the store, which at 100,000 articles reads close to a million labels per look-up.
 */
public final class NameKey {
    private NameKey() {}

    /** The key of one name: lower case by the root locale, as ARQ's LCASE (no trimming, no folding). */
    public static String of(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Adds one {@code sig:nameKey} per distinct key of the names (blank names have none). */
    public static void addAll(Resource organization, Iterable<String> names) {
        Set<String> keys = new TreeSet<>();
        for (String n : names) if (n != null && !n.isBlank()) keys.add(of(n));
        keys.forEach(k -> organization.addProperty(SIG.nameKey, k));
    }
}
