package signet.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import signet.lexicon.TsvResource;

/**
 * Names and order of properties on the generic property tables ({@code web/property-labels.tsv}):
 * a reader sees "party", "date", "place" first, not IRIs in alphabetical order. Loaded once.
 */
final class PropertyLabels {
    static final String RESOURCE = "web/property-labels.tsv";
    private static final int UNLISTED = 100;

    private record Entry(String label, int order) {}

    private final Map<String, Entry> entries;

    private PropertyLabels(Map<String, Entry> entries) { this.entries = Map.copyOf(entries); }

    static PropertyLabels load() {
        Map<String, Entry> m = new HashMap<>();
        for (TsvResource.Row row : TsvResource.rows(RESOURCE)) {
            try {
                m.put(row.cell(0), new Entry(row.cell(1), Integer.parseInt(row.cell(2))));
            } catch (NumberFormatException e) {
                throw row.error("order must be a number: " + row.cell(2));
            }
        }
        return new PropertyLabels(m);
    }

    String label(String property) {
        Entry e = entries.get(property);
        if (e != null) return e.label();
        return property.substring(Math.max(property.lastIndexOf('/'), property.lastIndexOf('#')) + 1);
    }

    Comparator<String> order() {
        return Comparator.<String>comparingInt(p -> entries.containsKey(p) ? entries.get(p).order() : UNLISTED)
                .thenComparing(this::label);
    }
}
