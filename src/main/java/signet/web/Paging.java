package signet.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Page numbers of the pages that list in parts (a document's facts and text, an entity's facts,
 * the list pages): read from a request parameter without trusting it, and the links between the parts.
 */
final class Paging {
    private Paging() {}

    /**
     * The largest page number read. Far beyond any real list (a million pages of 100 facts), and
     * small enough that an offset computed from it never overflows an int: a larger number is read
     * as this one (past the end, so the page shows its last part), and one that is not a number as 1.
     */
    static final int MAX_PAGE = 1_000_000;

    /** The 1-based number in parameter {@code name}: 1 when absent or not a number, at most {@link #MAX_PAGE}. */
    static int number(HttpServletRequest req, String name) {
        return number(req.getParameter(name));
    }

    static int number(String value) {
        if (value == null) return 1;
        String v = value.strip();
        if (v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9')) return 1;
        if (v.length() > 12) return MAX_PAGE; // a number too large for any list (it would not fit a long either)
        return (int) Math.max(1, Math.min(MAX_PAGE, Long.parseLong(v)));
    }

    /**
     * The highest page number of a list page ({@code /organizations}, {@code /documents}): ten
     * million rows at {@link ListPages#PAGE_SIZE} a page, far past any list's end, and small
     * enough that no OFFSET computed from it overflows.
     */
    static final int MAX_LIST_PAGE = 100_000;

    /**
     * {@code ?page=N} of a list page, 1 when absent. Stricter than {@link #number}: a list does not
     * know its last page (it is read with LIMIT/OFFSET), so a number it cannot clamp is refused.
     *
     * @throws BadParameterException when it is not a whole number from 1 to {@link #MAX_LIST_PAGE}
     */
    static int listPage(HttpServletRequest req) {
        String p = req.getParameter("page");
        if (p == null || p.isBlank()) return 1;
        String v = p.strip();
        // digits only, and few enough to parse: "1e9", "-1", "+2", "99999999999" are all refused
        if (!v.matches("[0-9]{1,9}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > MAX_LIST_PAGE)
            throw new BadParameterException("parameter page must be a whole number from 1 to " + MAX_LIST_PAGE + ", not '"
                    + (v.length() > 20 ? v.substring(0, 17) + "..." : v) + "'");
        return Integer.parseInt(v);
    }

    /** {@code page} clamped to {@code 1..last}. */
    static int clamp(int page, int last) {
        return Math.max(1, Math.min(page, Math.max(1, last)));
    }

    /** How many pages {@code total} items make at {@code perPage} a page (at least one, an empty list is one page). */
    static int pages(long total, int perPage) {
        return (int) Math.max(1, Math.min(MAX_PAGE, (total + perPage - 1) / perPage));
    }

    /**
     * "← previous · next →" links for page {@code page}: {@code path?query&param=N#fragment}.
     *
     * @param query    other parameters to keep, already encoded, "" for none
     * @param fragment where the link lands on the page ("" for the top)
     * @param label    what is paged ("page", "part of the text"), shown between the links when {@code last} is known (> 0)
     */
    static String links(String path, String query, String param, int page, boolean more, int last, String fragment, String label) {
        String sep = query.isEmpty() ? "?" : "?" + query + "&";
        String hash = fragment.isEmpty() ? "" : "#" + fragment;
        StringBuilder b = new StringBuilder("<p class=\"pager\">");
        if (page > 1) b.append(Html.link(path + sep + param + "=" + (page - 1) + hash, "← previous")).append(' ');
        if (last > 0) b.append(Html.esc(label + " " + page + " of " + last)).append(' ');
        if (more) b.append(Html.link(path + sep + param + "=" + (page + 1) + hash, "next →"));
        return b.append("</p>").toString();
    }
}
