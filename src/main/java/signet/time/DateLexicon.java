package signet.time;

import signet.lexicon.TsvResource;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists of the date finder, read once from {@code lexicons/dates-*.tsv} on the class
 * path. Immutable. A malformed line fails loading at once, naming file and line, so a bad edit
 * to a word list cannot silently switch a rule off.
 */
record DateLexicon(
        Map<String, Integer> fullMonths,
        Map<String, Integer> abbreviatedMonths,
        Map<String, DayOfWeek> fullWeekdays,
        Map<String, DayOfWeek> abbreviatedWeekdays,
        List<String> ordinalSuffixes,
        List<String> futureMarkers,
        List<String> notDatePhrases,
        List<RelativeTerm> relativeTerms,
        List<Cue> cues,
        Set<String> nameNouns,
        Set<String> quantityWords,
        Set<String> headerWords) {

    /** What a cue word may introduce. */
    enum CueScope { YEAR, MONTH, WEEKDAY }

    /** A cue word ("in", "since", "last"), what it may introduce and what it does to the date after it. */
    record Cue(String word, Set<CueScope> scopes, Direction direction) {
        Cue {
            scopes = Set.copyOf(scopes);
        }
    }

    /** A phrase such as "yesterday" (DAY, -1) or "last year" (YEAR, -1). */
    /** {@code fromText}: counted from the last day the text stated before it ("the same day"), not from the article's date. */
    record RelativeTerm(String phrase, Precision unit, int offset, boolean fromText) {}

    private static final String DIR = "/lexicons/";

    static DateLexicon load() {
        Map<String, Integer> fullMonths = new LinkedHashMap<>();
        Map<String, Integer> abbrMonths = new LinkedHashMap<>();
        for (String[] row : rows("dates-months.tsv", 3)) {
            int month = integer(row[1], 1, 12, "dates-months.tsv");
            switch (row[2]) {
                case "full" -> fullMonths.put(row[0], month);
                case "abbr" -> abbrMonths.put(row[0], month);
                default -> throw bad("dates-months.tsv", "kind must be full or abbr: " + row[2]);
            }
        }
        Map<String, DayOfWeek> fullDays = new LinkedHashMap<>();
        Map<String, DayOfWeek> abbrDays = new LinkedHashMap<>();
        for (String[] row : rows("dates-weekdays.tsv", 3)) {
            DayOfWeek day = DayOfWeek.of(integer(row[1], 1, 7, "dates-weekdays.tsv"));
            switch (row[2]) {
                case "full" -> fullDays.put(row[0], day);
                case "abbr" -> abbrDays.put(row[0], day);
                default -> throw bad("dates-weekdays.tsv", "kind must be full or abbr: " + row[2]);
            }
        }
        List<RelativeTerm> relatives = new ArrayList<>();
        for (String[] row : rows("dates-relative.tsv", 4)) {
            Precision unit;
            try {
                unit = Precision.valueOf(row[1]);
            } catch (IllegalArgumentException e) {
                throw bad("dates-relative.tsv", "unit must be DAY, MONTH or YEAR: " + row[1]);
            }
            boolean fromText = switch (row[3]) {
                case "article" -> false;
                case "text" -> true;
                default -> throw bad("dates-relative.tsv", "anchor must be article or text: " + row[3]);
            };
            relatives.add(new RelativeTerm(row[0], unit, integer(row[2], -100, 100, "dates-relative.tsv"), fromText));
        }
        List<Cue> cues = new ArrayList<>();
        for (String[] row : rows("dates-cues.tsv", 3)) {
            try {
                Set<CueScope> scopes = EnumSet.noneOf(CueScope.class);
                for (String scope : row[1].split(",")) scopes.add(CueScope.valueOf(scope.strip().toUpperCase(Locale.ROOT)));
                cues.add(new Cue(row[0].toLowerCase(Locale.ROOT), scopes,
                        Direction.valueOf(row[2].toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw bad("dates-cues.tsv", "bad scope or direction in " + String.join(" | ", row));
            }
        }
        return new DateLexicon(Map.copyOf(fullMonths), Map.copyOf(abbrMonths),
                Map.copyOf(fullDays), Map.copyOf(abbrDays),
                words("dates-ordinal-suffixes.tsv"), words("dates-future-markers.tsv"),
                words("dates-not-dates.tsv"), List.copyOf(relatives), List.copyOf(cues),
                lowerSet(words("dates-name-nouns.tsv")), lowerSet(words("dates-quantity-words.tsv")),
                lowerSet(words("dates-header-words.tsv")));
    }

    /** The cue words that may introduce {@code scope}. */
    List<Cue> cuesFor(CueScope scope) {
        return cues.stream().filter(c -> c.scopes().contains(scope)).toList();
    }

    /** Month number for a written form, any case, or 0. */
    int month(String form) {
        String key = capitalise(form);
        return fullMonths.getOrDefault(key, abbreviatedMonths.getOrDefault(key, 0));
    }

    /** Weekday for a written form (full or abbreviated, any case), or null. */
    DayOfWeek weekday(String form) {
        String key = capitalise(form);
        DayOfWeek d = fullWeekdays.get(key);
        return d != null ? d : abbreviatedWeekdays.get(key);
    }

    private static String capitalise(String s) {
        if (s.isEmpty()) return s;
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private static Set<String> lowerSet(List<String> words) {
        Set<String> s = new TreeSet<>();
        for (String w : words) s.add(w.toLowerCase(Locale.ROOT));
        return Set.copyOf(s);
    }

    private static List<String> words(String file) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(file, 1)) out.add(row[0]);
        return List.copyOf(out);
    }

    /** The rows of a date lexicon, each with exactly {@code columns} fields. */
    private static List<String[]> rows(String file, int columns) {
        List<String[]> out = new ArrayList<>();
        for (TsvResource.Row row : TsvResource.rows(DIR + file)) {
            if (row.cells().size() != columns) throw row.error("has " + row.cells().size() + " columns, expected " + columns);
            out.add(row.cells().toArray(String[]::new));
        }
        if (out.isEmpty()) throw bad(file, "no entries");
        return out;
    }

    private static int integer(String s, int min, int max, String file) {
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) throw bad(file, "value out of range " + min + ".." + max + ": " + s);
            return v;
        } catch (NumberFormatException e) {
            throw bad(file, "not a number: " + s);
        }
    }

    private static IllegalStateException bad(String file, String why) {
        return new IllegalStateException("lexicon " + DIR + file + ": " + why);
    }
}
