package signet.doc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline at the start of a paragraph: a place in capitals or title case,
 * optionally ", Country", optionally a date, then a wire or agency in parentheses or slashes
 * and/or a separator ({@code – — - -- : .}). Examples: "CHENGDU, China, Jan. 21, 2026
 * /PRNewswire/ —", "KUWAIT, March 7 (KUNA) --", "TEHRAN –", "Shanghai, China -",
 * "Kazan (UNA) -", "ABU DHABI. KAZINFORM ...", "ABU DHABI, (UrduPoint / ... / WAM - 01st Jul,
 * 2021)", "DOVER, DE / ACCESSWIRE / September 28, 2021 / " (a press release's wire and date between
 * slashes). A leading "(MENAFN- ...)" syndication wrapper is skipped. The place may also be an
 * agency name ("BERNAMA, Jan 24 —"): telling the two apart needs a gazetteer, which is the
 * extraction stage's job. Immutable and thread-safe.
 */
final class DatelineFinder {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    /** A word in capitals; "ST." is the one abbreviation a capitalised place name commonly has. */
    private static final String CAPS_WORD = "(?:ST\\.|[A-Z][A-Z'’-]*[A-Z])";
    private static final String TITLE_WORD = "[A-Z][a-zà-ÿ'’-]+";
    private static final Pattern HEAD = Pattern.compile(
            "\\A(?:\\(MENAFN-[^()\\n]{0,80}(?:\\([^()\\n]{0,40}\\))?[^()\\n]{0,20}\\)[ \\t]{0,3})?"
            + "(?<place>(?<caps>" + CAPS_WORD + "(?: " + CAPS_WORD + "){0,3})|" + TITLE_WORD + "(?: " + TITLE_WORD + "){0,2})"
            // "JAKARTA/TOKYO, June 26 (Pacific Wire) -": a story filed from two cities; the first is the dateline's place
            + "(?:/" + CAPS_WORD + "(?: " + CAPS_WORD + "){0,3})?"
            + "(?:, (?!" + MONTH + "\\b)(?<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[A-Z]{2,}(?: [A-Z]{2,}){0,2}))?"
            + "(?:,? (?<date>" + MONTH + "\\.? \\d{1,2}(?:, \\d{4})?|\\d{1,2} " + MONTH + "\\.?(?:,? \\d{4})?))?");
    /** "UrduPoint / Pakistan Point News / WAM - 01st Jul, 2021": sources, then a date. */
    private static final Pattern SOURCE_AND_DATE = Pattern.compile("(?<sources>[^\\n]{1,80}?) [-–—] (?<date>[^\\n]{4,30}\\d{4})");
    /** "/ ACCESSWIRE / September 28, 2021 / ...": a press release's date between slashes after the wire. */
    private static final Pattern SLASHED_DATE = Pattern.compile(
            "(?<date>" + MONTH + "\\.? \\d{1,2} ?, ?\\d{4}|\\d{1,2} " + MONTH + "\\.?,? \\d{4}) ?/ ?");
    private static final Pattern CAPS_AGENCY = Pattern.compile("\\A([A-Z][A-Z-]{2,})(?= )");
    /** "ASTANA. QazMedia Wire - The ...": a wire of up to four capitalised words after the place's period, then a dash. */
    private static final Pattern TITLE_AGENCY = Pattern.compile("\\A(?!(?:The|A|An|This|That|It|He|She|They|We) )((?:[A-Z][A-Za-z]+)(?: [A-Z][A-Za-z]+){0,3}) (?:--|[-–—]) ");
    /** Longest agency text read inside (...) or /.../ . */
    private static final int MAX_AGENCY = 100;

    /**
     * A dateline at the start of a paragraph.
     *
     * @param placeStart  offset of the place in the paragraph
     * @param placeEnd    end (exclusive) of the place
     * @param place       the place as written ("CHENGDU", "ABU DHABI", "Shanghai")
     * @param country     the ", Country" part, if any
     * @param publisher   the wire or agency (PRNewswire, KUNA, KAZINFORM), if any
     * @param dateText    the date written in the dateline ("Jan. 21, 2026", "March 7"), if any
     * @param sourceDate  a date inside the agency bracket ("01st Jul, 2021"), if any
     * @param end         end of the whole dateline (after its separator)
     */
    record Match(int placeStart, int placeEnd, String place, Optional<String> country, Optional<String> publisher,
                 Optional<String> dateText, Optional<String> sourceDate, int end) {}

    Optional<Match> find(String paragraph) {
        Matcher m = HEAD.matcher(paragraph);
        if (!m.lookingAt()) return Optional.empty();
        boolean caps = m.group("caps") != null;
        int pos = skipSpaces(paragraph, m.end());
        if (pos < paragraph.length() && paragraph.charAt(pos) == ',') pos = skipSpaces(paragraph, pos + 1);
        boolean commaBeforeAgency = pos > m.end() && paragraph.charAt(skipSpaces(paragraph, m.end())) == ',';
        // "TASHKENT, December 10. /Dunyo/ - ...": a period may close the date before the wire
        if (m.group("date") != null && pos + 2 < paragraph.length() && paragraph.charAt(pos) == '.'
                && (paragraph.charAt(skipSpaces(paragraph, pos + 1)) == '/' || paragraph.charAt(skipSpaces(paragraph, pos + 1)) == '('))
            pos = skipSpaces(paragraph, pos + 1);
        String agency = null;
        String slashedDate = null;
        // "LAGOS, Nigeria, June 17, 2025 -/African Business Wire/- ...": the wire between a dash and a slash on each side
        if (pos + 1 < paragraph.length() && "-–—".indexOf(paragraph.charAt(pos)) >= 0 && paragraph.charAt(pos + 1) == '/') pos++;
        if (pos < paragraph.length() && (paragraph.charAt(pos) == '(' || paragraph.charAt(pos) == '/')) {
            char close = paragraph.charAt(pos) == '(' ? ')' : '/';
            int end = paragraph.indexOf(close, pos + 1);
            if (end > pos + 1 && end - pos <= MAX_AGENCY) {
                agency = paragraph.substring(pos + 1, end).strip();
                pos = skipSpaces(paragraph, end + 1);
                if (close == '/') {
                    Matcher sd = SLASHED_DATE.matcher(paragraph).region(pos, paragraph.length());
                    if (sd.lookingAt()) {
                        slashedDate = sd.group("date");
                        pos = skipSpaces(paragraph, sd.end());
                    }
                }
            }
        }
        String separator = separator(paragraph, pos);
        int end = pos + separator.length();
        Optional<String> publisher = Optional.empty();
        Optional<String> sourceDate = Optional.ofNullable(slashedDate);
        if (agency != null) {
            Matcher sd = SOURCE_AND_DATE.matcher(agency);
            if (sd.matches()) {
                sourceDate = Optional.of(sd.group("date").strip());
                agency = sd.group("sources");
            }
            // several sources ("UrduPoint / Pakistan Point News / WAM"): the last is the originating agency
            String[] parts = agency.split("/");
            String last = parts[parts.length - 1].strip();
            if (!last.isEmpty()) publisher = Optional.of(last);
        }
        boolean dash = separator.equals("--") || separator.equals("—") || separator.equals("–") || separator.equals("-");
        boolean valid;
        if (dash || slashedDate != null) {
            valid = true;
        } else if (agency != null) {
            // "China Media Group (CMG) held ...": a bracket alone after title-case words is an acronym, not a wire
            valid = caps || commaBeforeAgency || m.group("date") != null;
        } else if (separator.equals(":")) {
            valid = caps;
        } else if (separator.equals(".") && caps) {
            String rest = paragraph.substring(skipSpaces(paragraph, end));
            Matcher a = CAPS_AGENCY.matcher(rest);
            Matcher t = TITLE_AGENCY.matcher(rest);
            valid = a.find();
            if (valid) publisher = Optional.of(a.group(1));
            else if (t.find()) {
                valid = true;
                publisher = Optional.of(t.group(1));
                end = skipSpaces(paragraph, end) + t.end();
            }
        } else {
            valid = false;
        }
        if (!valid) return Optional.empty();
        return Optional.of(new Match(m.start("place"), m.end("place"), m.group("place"),
                Optional.ofNullable(m.group("country")), publisher, Optional.ofNullable(m.group("date")), sourceDate,
                end));
    }

    /** The separator at {@code pos} if it is followed by a space (so "Shanghai-based" is no dateline), else "". */
    private static String separator(String s, int pos) {
        for (String sep : new String[] {"--", "—", "–", "-", ":", "."}) {
            if (s.startsWith(sep, pos)) {
                int after = pos + sep.length();
                if (after < s.length() && s.charAt(after) == ' ') return sep;
            }
        }
        return "";
    }

    private static int skipSpaces(String s, int pos) {
        while (pos < s.length() && s.charAt(pos) == ' ') pos++;
        return pos;
    }
}
