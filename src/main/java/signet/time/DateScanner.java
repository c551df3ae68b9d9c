package signet.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import signet.time.DateLexicon.CueScope;
import signet.time.RawDate.Calendar;
import signet.time.RawDate.Range;
import signet.time.RawDate.Relative;
import signet.time.RawDate.Weekday;

/**
 * Finds date expressions in text as written ({@link RawDate}s), without resolving them.
 * The regular expressions are built once from the {@link DateLexicon}; every one is a sequence
 * of literal alternations and single-level quantifiers, so matching stays linear in the text
 * length (no nested quantifiers that could backtrack without bound). Immutable, thread-safe.
 */
final class DateScanner {

    /**
     * One rule: a stable name (for readers and debugging), the words one of which every match
     * contains, a pattern, and how a match becomes a candidate (null when a check rejects it).
     */
    private record Rule(String id, Anchors anchors, Pattern pattern, Function<MatchContext, RawDate> build) {}

    /**
     * Lower-case strings one of which every match of a pattern contains (a month form, a cue
     * word, the digits a year starts with). A sentence that contains none of them cannot match,
     * so the pattern is not run at all: most sentences name no month and no year, and running
     * fourteen patterns over each was most of the extraction time. Derived from the same
     * lexicon entries as the pattern, never listed by hand; a superset test, so it cannot drop a
     * match. Strings that contain a shorter one ("january" / "jan") are left out: redundant.
     */
    private record Anchors(List<String> words) {
        static Anchors of(Collection<String> forms) {
            List<String> lower = forms.stream().map(f -> f.toLowerCase(Locale.ROOT)).distinct().toList();
            if (lower.stream().anyMatch(String::isEmpty)) throw new IllegalArgumentException("empty anchor");
            return new Anchors(lower.stream().filter(w -> lower.stream().noneMatch(o -> !o.equals(w) && w.contains(o))).sorted().toList());
        }

        /**
         * The longest word of each phrase: a match contains every word of its phrase (phrases
         * allow any spacing between words), and the longest is usually the rarest ("earlier this
         * week" → "earlier", "in the coming days" → "coming", not "in").
         */
        static Anchors keyWords(Collection<String> phrases) {
            return of(phrases.stream().map(p -> Arrays.stream(p.strip().split("\\s+"))
                    .max(Comparator.comparingInt(String::length)).orElseThrow()).toList());
        }

        boolean occurIn(String lowerText) {
            for (String w : words) if (lowerText.contains(w)) return true;
            return false;
        }
    }

    /** Every year the patterns accept (YEAR_DIGITS) starts with one of these. */
    private static final Anchors YEARS = Anchors.of(List.of("19", "20", "2100"));

    /** A match together with the text it was found in. */
    private record MatchContext(String text, Matcher m) {
        String g(String name) { return m.group(name); }

        boolean has(String name) { return m.group(name) != null; }
    }

    // Building blocks. A day or year must not be glued to other digits, decimals or thousands.
    private static final String NUM_BEFORE = "(?<![\\w.,:/\\-\u2013\u2014])";
    private static final String YEAR_DIGITS = "(?:19\\d\\d|20\\d\\d|2100)";
    private static final String YEAR_AFTER = "(?!\\w)(?![.,:/]\\d)";
    private static final String RANGE_DASH = "\\s*[-\u2013\u2014]\\s*";
    private static final String RANGE_WORD = "\\s+(?<conn>to|through|until|till|and)\\s+";

    private final DateLexicon lexicon;
    private final List<Rule> rules;
    private final Pattern notDates;
    private final Anchors notDateWords;
    private final Pattern future;
    private final Map<String, Direction> cueDirections;

    DateScanner(DateLexicon lexicon) {
        this.lexicon = lexicon;
        this.cueDirections = lexicon.cues().stream()
                .collect(Collectors.toUnmodifiableMap(DateLexicon.Cue::word, DateLexicon.Cue::direction, (a, b) -> a));
        this.notDateWords = Anchors.keyWords(lexicon.notDatePhrases());
        this.notDates = Pattern.compile(firstCharGuard(lexicon.notDatePhrases(), true) + "(?i:" + phrases(lexicon.notDatePhrases()) + ")");
        this.future = Pattern.compile(firstCharGuard(lexicon.futureMarkers(), true) + "(?i:" + phrases(lexicon.futureMarkers()) + ")");
        this.rules = buildRules();
    }

    private List<Rule> buildRules() {
        String suffix = "(?i:" + alternation(lexicon.ordinalSuffixes()) + ")";
        String yearCues = "(?i:" + alternation(lexicon.cuesFor(CueScope.YEAR).stream().map(DateLexicon.Cue::word).toList()) + ")";
        String monthCues = "(?i:" + alternation(lexicon.cuesFor(CueScope.MONTH).stream().map(DateLexicon.Cue::word).toList()) + ")";
        String weekdayCues = "(?i:" + alternation(lexicon.cuesFor(CueScope.WEEKDAY).stream().map(DateLexicon.Cue::word).toList()) + ")";
        String fullMonths = alternation(casings(lexicon.fullMonths().keySet()));
        String abbrMonths = alternation(casings(lexicon.abbreviatedMonths().keySet()));
        String weekdays = alternation(casings(lexicon.fullWeekdays().keySet()));
        List<String> relativePhrases = lexicon.relativeTerms().stream().map(DateLexicon.RelativeTerm::phrase).toList();
        String relatives = phrases(relativePhrases);
        // First-character guards (see firstCharGuard): the characters a match of each rule can start with.
        String digitFirst = "(?=[0-9])";
        List<String> monthForms = new ArrayList<>(casings(lexicon.fullMonths().keySet()));
        monthForms.addAll(casings(lexicon.abbreviatedMonths().keySet()));
        String monthFirst = firstCharGuard(monthForms, false);
        List<String> yearCueWords = new ArrayList<>(lexicon.cuesFor(CueScope.YEAR).stream().map(DateLexicon.Cue::word).toList());
        String yearCueFirst = firstCharGuard(yearCueWords, true);
        yearCueWords.add("between");
        String yearRangeFirst = firstCharGuard(yearCueWords, true);
        String monthCueFirst = firstCharGuard(lexicon.cuesFor(CueScope.MONTH).stream().map(DateLexicon.Cue::word).toList(), true);
        List<String> weekdayStarts = new ArrayList<>(casings(lexicon.fullWeekdays().keySet()));
        lexicon.cuesFor(CueScope.WEEKDAY).forEach(c -> {
            weekdayStarts.add(c.word());
            weekdayStarts.add(c.word().toUpperCase(Locale.ROOT));
            weekdayStarts.add(c.word().toLowerCase(Locale.ROOT));
        });
        String weekdayFirst = firstCharGuard(weekdayStarts, true);
        String relativeFirst = firstCharGuard(relativePhrases, true);
        Anchors months = Anchors.of(monthForms);
        Anchors fullMonthWords = Anchors.of(lexicon.fullMonths().keySet());
        Anchors weekdayWords = Anchors.of(lexicon.fullWeekdays().keySet());
        Anchors relativeWords = Anchors.keyWords(relativePhrases);

        Function<String, String> month = g -> "(?<![\\w.])(?<" + g + ">(?:" + fullMonths + ")(?![\\w])|(?:" + abbrMonths + ")(?![\\w])\\.?)";
        Function<String, String> day = g -> "(?<" + g + ">[0-3]?\\d)(?:" + suffix + ")?(?![\\w])";
        Function<String, String> year = g -> "(?<" + g + ">" + YEAR_DIGITS + ")" + YEAR_AFTER;
        String range = "(?:" + RANGE_DASH + "|" + RANGE_WORD + ")";

        List<Rule> list = new ArrayList<>();
        // 2026-01-20, 2026/01/20 (a time may follow: 2014-10-14T15:07:15)
        list.add(new Rule("iso", YEARS, Pattern.compile(digitFirst + "(?<![\\w.\\-/])(?<y>" + YEAR_DIGITS + ")(?<s>[-/.])(?<m>0[1-9]|1[0-2])\\k<s>(?<d>[0-3]\\d)(?!\\d)(?![./-]\\d)"),
                c -> day(c, num(c.g("y")), num(c.g("m")), num(c.g("d")))));
        // 20.01.2026 and 23-02-2018 are day first; 11/16/2009 is month first unless that cannot be
        list.add(new Rule("numeric", YEARS, Pattern.compile(digitFirst + "(?<![\\w.\\-/])(?<a>[0-3]?\\d)(?<s>[./-])(?<b>[0-3]?\\d)\\k<s>(?<y>" + YEAR_DIGITS + ")(?!\\w)(?![./-]\\d)"),
                this::numeric));
        // January 20, 2026 / Jan. 21 2026 / January 20th, 2026
        list.add(new Rule("month-day-year", months, Pattern.compile(monthFirst + month.apply("m") + "\\s+" + day.apply("d") + ",?\\s+" + year.apply("y")),
                c -> day(c, num(c.g("y")), month(c.g("m")), num(c.g("d")))));
        // 21 January 2026 / 21st of January, 2026
        list.add(new Rule("day-month-year", months, Pattern.compile(digitFirst + NUM_BEFORE + day.apply("d") + "(?:\\s+of)?\\s+" + month.apply("m") + ",?\\s+" + year.apply("y")),
                c -> day(c, num(c.g("y")), month(c.g("m")), num(c.g("d")))));
        // January 20 / Sep 12 (year from the context). Not "May 20,000".
        list.add(new Rule("month-day", months, Pattern.compile(monthFirst + month.apply("m") + "\\s+" + day.apply("d") + "(?![.,:/]\\d)"),
                c -> notAName(c) ? day(c, 0, month(c.g("m")), num(c.g("d"))) : null));
        // 20 January / 3rd of March
        list.add(new Rule("day-month", months, Pattern.compile(digitFirst + NUM_BEFORE + day.apply("d") + "(?:\\s+of)?\\s+" + month.apply("m")),
                c -> notAName(c) ? day(c, 0, month(c.g("m")), num(c.g("d"))) : null));
        // October 2015 / Oct. 2015 / October of 2015
        list.add(new Rule("month-year", months, Pattern.compile(monthFirst + month.apply("m") + "(?:\\s+of)?,?\\s+" + year.apply("y")),
                c -> new Calendar(c.m().start(), c.m().end(), num(c.g("y")), month(c.g("m")), 0, Direction.NONE)));
        // Nov. 15-17 (, 2022)
        list.add(new Rule("month-day-range", months, Pattern.compile(monthFirst + month.apply("m") + "\\s+" + day.apply("d1") + range + day.apply("d2") + "(?:,?\\s+" + year.apply("y") + ")?"),
                this::monthDayRange));
        // 15-17 November (2022) / (between) 3 and 5 March 2024
        list.add(new Rule("day-month-range", months, Pattern.compile(digitFirst + NUM_BEFORE + day.apply("d1") + range + day.apply("d2") + "(?:\\s+of)?\\s+" + month.apply("m") + "(?:,?\\s+" + year.apply("y") + ")?"),
                this::monthDayRange));
        // (from|between) 2015 (to|and|-) 2018 ; in 2015-2018
        list.add(new Rule("year-range", YEARS, Pattern.compile(yearRangeFirst + "(?<![\\w])(?:(?i:between)|" + yearCues + ")(?:\\s+|-)" + year.apply("y1") + range + year.apply("y2")),
                this::yearRange));
        // in 2013 / since 2016 / mid-2013 — a bare year only with a cue word, and not naming a thing
        list.add(new Rule("cue-year", YEARS, Pattern.compile(yearCueFirst + "(?<![\\w])(?<cue>" + yearCues + ")(?:\\s+|-)" + year.apply("y")),
                c -> notAName(c) && !quantity(c) ? new Calendar(c.m().start("y"), c.m().end(), num(c.g("y")), 0, 0, Direction.NONE) : null));
        // in October / last March / this September — full month names only, never bare ("they may sign");
        // not when a day or year follows ("last May 2024" is a stated month, found by month-year)
        list.add(new Rule("cue-month", fullMonthWords, Pattern.compile(monthCueFirst + "(?<![\\w])(?<cue>" + monthCues + ")(?:\\s+|-)(?<m>" + fullMonths + ")(?![\\w])(?!,?\\s+(?:of\\s+)?\\d)"),
                this::cueMonth));
        // on Wednesday / last Friday / next Monday
        list.add(new Rule("weekday", weekdayWords, Pattern.compile(weekdayFirst + "(?<![\\w])(?:(?<cue>" + weekdayCues + ")\\s+)?(?<wd>" + weekdays + ")(?![\\w])"),
                this::weekday));
        // yesterday / this year / last month
        list.add(new Rule("relative", relativeWords, Pattern.compile(relativeFirst + "(?i:" + relatives + ")"),
                this::relative));
        return List.copyOf(list);
    }

    /** All candidates, overlapping ones included, except those inside a "not a date" phrase. */
    List<RawDate> candidates(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] blocked = new boolean[text.length()];
        if (notDateWords.occurIn(lower)) {
            Matcher nm = notDates.matcher(text);
            while (nm.find()) Arrays.fill(blocked, nm.start(), nm.end(), true);
        }
        // rules share anchor sets (nine rules need a month form): test each set once per text
        Map<Anchors, Boolean> present = new java.util.IdentityHashMap<>();
        List<RawDate> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (!present.computeIfAbsent(rule.anchors(), a -> a.occurIn(lower))) continue;
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                RawDate raw = rule.build().apply(new MatchContext(text, m));
                if (raw != null && !anySet(blocked, raw.start(), raw.end())) out.add(raw);
            }
        }
        return out;
    }

    /**
     * Keeps the longest candidates that do not overlap (ties: the earlier), drops weekdays that
     * only repeat an adjacent explicit date ("Wednesday (May 15, 2024)"), joins two dates linked
     * by "to", "until" or a dash into a range, and returns them left to right.
     */
    List<RawDate> select(String text, List<RawDate> candidates) {
        List<RawDate> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt(RawDate::length).reversed().thenComparingInt(RawDate::start));
        List<RawDate> chosen = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (RawDate c : byLength) {
            if (!anySet(taken, c.start(), c.end())) {
                chosen.add(c);
                Arrays.fill(taken, c.start(), c.end(), true);
            }
        }
        chosen.sort(Comparator.comparingInt(RawDate::start));
        List<RawDate> kept = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            RawDate c = chosen.get(i);
            if (c instanceof Weekday w && (adjacentDay(text, i > 0 ? chosen.get(i - 1) : null, w.start(), true)
                    || adjacentDay(text, i + 1 < chosen.size() ? chosen.get(i + 1) : null, w.end(), false))) {
                continue;
            }
            kept.add(c);
        }
        return joinRanges(text, kept);
    }

    /** True when a future marker appears in the ~60 characters before {@code start} in the same sentence. */
    boolean futureBefore(String text, int start) {
        int from = Math.max(0, start - 60);
        for (int i = start - 1; i >= from; i--) {
            char ch = text.charAt(i);
            if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                from = i + 1;
                break;
            }
        }
        Matcher m = future.matcher(text);
        m.region(from, start).useTransparentBounds(true).useAnchoringBounds(false);
        int last = -1;
        while (m.find()) last = m.end();
        // "will exchange students under the MoU, which was signed on Monday": a past verb after the marker
        // tells of another, earlier event
        return last >= 0 && !PAST_AFTER_FUTURE.matcher(text).region(last, start).find();
    }

    /** Past auxiliaries and signing verbs (not a passive's "be signed") that, between a future marker and a date, put the date in the past. */
    private static final Pattern PAST_AFTER_FUTURE = Pattern.compile(
            "(?i)\\b(?:was|were|had)\\b|(?<!\\bbe )(?<!\\bbeen )(?<!\\bbeing )\\b(?:signed|inked|sealed|concluded)\\b");

    // --- builders -------------------------------------------------------------------------

    private RawDate numeric(MatchContext c) {
        int a = num(c.g("a")), b = num(c.g("b")), y = num(c.g("y"));
        boolean dayFirst = !c.g("s").equals("/");
        // a slash date is US month/day unless the first number cannot be a month; dotted and
        // dashed dates are day.month unless the second number cannot be a month
        if (dayFirst && b > 12 && a <= 12) dayFirst = false;
        if (!dayFirst && a > 12 && b <= 12) dayFirst = true;
        return dayFirst ? day(c, y, b, a) : day(c, y, a, b);
    }

    private RawDate monthDayRange(MatchContext c) {
        if (c.has("conn") && c.g("conn").equals("and") && !precededBy(c.text(), c.m().start(), "between")) return null;
        int d1 = num(c.g("d1")), d2 = num(c.g("d2")), m = month(c.g("m"));
        int y = c.has("y") ? num(c.g("y")) : 0;
        if (d1 >= d2 || !validDay(y, m, d1) || !validDay(y, m, d2)) return null;
        if (y == 0 && !notAName(c)) return null;
        int s = c.m().start(), e = c.m().end();
        return new Range(s, e, new Calendar(s, e, y, m, d1, Direction.NONE), new Calendar(s, e, y, m, d2, Direction.NONE));
    }

    private RawDate yearRange(MatchContext c) {
        if (c.has("conn") && c.g("conn").equals("and") && !c.text().regionMatches(true, c.m().start(), "between", 0, 7)) return null;
        int y1 = num(c.g("y1")), y2 = num(c.g("y2"));
        if (y1 >= y2 || !notAName(c)) return null;
        int s = c.m().start("y1"), e = c.m().end();
        return new Range(s, e, new Calendar(s, e, y1, 0, 0, Direction.NONE), new Calendar(s, e, y2, 0, 0, Direction.NONE));
    }

    private RawDate cueMonth(MatchContext c) {
        Direction d = cueDirections.getOrDefault(c.g("cue").toLowerCase(Locale.ROOT), Direction.NONE);
        // a directional cue is part of the meaning, so part of the span: "last March"
        int s = d == Direction.NONE ? c.m().start("m") : c.m().start();
        return new Calendar(s, c.m().end(), 0, month(c.g("m")), 0, d);
    }

    private RawDate weekday(MatchContext c) {
        if (!notAName(c)) return null;
        DayOfWeek day = lexicon.weekday(c.g("wd"));
        Direction d = c.has("cue") ? cueDirections.getOrDefault(c.g("cue").toLowerCase(Locale.ROOT), Direction.NONE) : Direction.NONE;
        return new Weekday(c.m().start(), c.m().end(), day, d);
    }

    private RawDate relative(MatchContext c) {
        String phrase = c.m().group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return lexicon.relativeTerms().stream().filter(t -> t.phrase().equals(phrase)).findFirst()
                .map(t -> (RawDate) new Relative(c.m().start(), c.m().end(), t.unit(), t.offset(), t.fromText()))
                .orElse(null);
    }

    private static Calendar day(MatchContext c, int y, int m, int d) {
        return m != 0 && validDay(y, m, d) ? new Calendar(c.m().start(), c.m().end(), y, m, d, Direction.NONE) : null;
    }

    // --- checks ---------------------------------------------------------------------------

    /** False when the words after the match show it names a thing: "2025 China Film Festival", "March 8 Movement". */
    private boolean notAName(MatchContext c) {
        String text = c.text();
        int i = c.m().end();
        for (int word = 0; word < 4; word++) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) i++;
            int s = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
            if (s == i) return true;
            String w = text.substring(s, i);
            if (lexicon.nameNouns().contains(w.toLowerCase(Locale.ROOT))) return false;
            if (!Character.isUpperCase(w.charAt(0))) return true;
        }
        return true;
    }

    /** True when the word after a would-be year shows it counts something: "in 2000 cases". */
    private boolean quantity(MatchContext c) {
        String text = c.text();
        int i = c.m().end();
        while (i < text.length() && text.charAt(i) == ' ') i++;
        if (i < text.length() && text.charAt(i) == '%') return true;
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return s < i && lexicon.quantityWords().contains(text.substring(s, i).toLowerCase(Locale.ROOT));
    }

    private static boolean precededBy(String text, int start, String word) {
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        int s = i - word.length();
        return s >= 0 && text.regionMatches(true, s, word, 0, word.length()) && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)));
    }

    /** Whether {@code other} is an explicit day directly beside a weekday (only spaces, a comma or a bracket between). */
    private static boolean adjacentDay(String text, RawDate other, int edge, boolean otherBefore) {
        boolean explicitDay = other instanceof Range || (other instanceof Calendar cal && cal.day() != 0);
        if (!explicitDay) return false;
        String gap = otherBefore ? text.substring(other.end(), edge) : text.substring(edge, other.start());
        return gap.length() <= 4 && gap.chars().allMatch(ch -> ch == ' ' || ch == ',' || ch == '(' || ch == ')' || ch == '\u00a0');
    }

    private static final Pattern RANGE_GAP = Pattern.compile(RANGE_DASH + "|" + RANGE_WORD);

    /** Joins "September 30" + " to " + "October 6" (and "3 March" "and" "5 March 2024" after "between"). */
    private List<RawDate> joinRanges(String text, List<RawDate> dates) {
        List<RawDate> out = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            RawDate c = dates.get(i);
            if (i + 1 < dates.size() && c instanceof Calendar a && dates.get(i + 1) instanceof Calendar b
                    && a.direction() == Direction.NONE && b.direction() == Direction.NONE
                    && (a.month() == 0) == (b.month() == 0)) {
                Matcher g = RANGE_GAP.matcher(text).region(a.end(), b.start());
                if (g.matches() && (g.group("conn") == null || !g.group("conn").equals("and") || precededBy(text, a.start(), "between"))) {
                    Calendar from = a;
                    if (!a.yearStated() && b.yearStated()) {
                        boolean after = a.month() > b.month() || (a.month() == b.month() && a.day() > b.day());
                        from = a.withYear(after ? b.year() - 1 : b.year());
                    }
                    boolean ordered = from.year() == 0 || b.year() == 0
                            ? from.month() != b.month() || from.day() != b.day()
                            : from.compareKey() < b.compareKey();
                    if (ordered) {
                        out.add(new Range(a.start(), b.end(), from, b));
                        i++;
                        continue;
                    }
                }
            }
            out.add(c);
        }
        return out;
    }

    // --- helpers --------------------------------------------------------------------------

    private int month(String form) {
        return lexicon.month(form.endsWith(".") ? form.substring(0, form.length() - 1) : form);
    }

    private static boolean anySet(boolean[] mask, int start, int end) {
        for (int i = start; i < end; i++) if (mask[i]) return true;
        return false;
    }

    private static int num(String s) { return Integer.parseInt(s); }

    /** A day that exists in that month (in a leap year when the year is not stated). */
    static boolean validDay(int year, int month, int day) {
        if (day < 1 || month < 1 || month > 12) return false;
        return day <= LocalDate.of(year == 0 ? 2000 : year, month, 1).lengthOfMonth();
    }

    /** Each form as written, capitalised and in capitals ("May", "MAY"). */
    private static List<String> casings(Collection<String> forms) {
        List<String> out = new ArrayList<>();
        for (String f : forms) {
            out.add(f);
            out.add(f.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * A zero-width look-ahead that admits only the characters a match can start with: the first
     * characters of {@code starts} (in both cases when the pattern is case-insensitive). Java's
     * regex engine tries every position of the text and, at each, every branch of a long literal
     * alternation (40 month forms, 30 phrases); the guard rejects almost every position with one
     * character test, which made date scanning several times faster. It never changes a result:
     * the set is a superset of what the guarded pattern can match first, so it only skips
     * positions where the pattern would fail anyway. Empty (no guard) when an entry is empty or
     * starts with a space, which a lexicon line cannot, but then the guard would be wrong.
     */
    static String firstCharGuard(Collection<String> starts, boolean ignoreCase) {
        StringBuilder set = new StringBuilder();
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (String w : starts) {
            if (w.isEmpty() || Character.isWhitespace(w.codePointAt(0))) return "";
            int c = w.codePointAt(0);
            seen.add(c);
            if (ignoreCase) {
                seen.add(Character.toLowerCase(c));
                seen.add(Character.toUpperCase(c));
                seen.add(Character.toTitleCase(c));
            }
        }
        if (seen.isEmpty()) return "";
        for (int c : seen) set.append("\\x{").append(Integer.toHexString(c)).append('}');
        return "(?=[" + set + "])";
    }

    /** A regex alternation of literals, longest first so "Sept" is tried before "Sep". */
    private static String alternation(Collection<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /**
     * Whole-phrase alternation: words within a phrase may be separated by any run of spaces, and
     * a phrase edge that is a letter must not touch another letter. A phrase that starts with an
     * apostrophe ("'ll") may follow a word ("they'll").
     */
    private static String phrases(Collection<String> phrases) {
        // The word-start look-behind is written once before each run of phrases that need it,
        // "(?<!…)(?:a|b|c)", not once per phrase: it is zero-width, so this matches exactly what
        // "(?<!…)a|(?<!…)b|(?<!…)c" does, in the same order, but tests the character before a
        // position once instead of once per phrase (it was the costliest part of date scanning).
        List<String> sorted = phrases.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String p : sorted) {
            String body = String.join("\\s+", Arrays.stream(p.split("\\s+")).map(Pattern::quote).toList())
                    + (Character.isLetterOrDigit(p.charAt(p.length() - 1)) ? "(?![\\w])" : "");
            if (Character.isLetterOrDigit(p.charAt(0))) {
                run.add(body);
            } else {
                if (!run.isEmpty()) out.add(WORD_START + "(?:" + String.join("|", run) + ")");
                run.clear();
                out.add(body);
            }
        }
        if (!run.isEmpty()) out.add(WORD_START + "(?:" + String.join("|", run) + ")");
        return String.join("|", out);
    }

    /** Not inside a word, nor right after an apostrophe ("'ll" is a phrase of its own). */
    private static final String WORD_START = "(?<![\\w'’])";
}
