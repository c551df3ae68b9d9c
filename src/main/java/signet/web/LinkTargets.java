package signet.web;

import java.util.Locale;

/**
 * Which link targets a page may put in an {@code href}. IRIs on the pages come from the graph
 * (anything a writer uploaded: {@code owl:sameAs <javascript:...>}) and from queries a URL carries
 * ({@code BIND(IRI("javascript:...") AS ?x)} on {@code /query}), so a link is made only to what
 * cannot run or embed anything when clicked: an {@code http(s)} URL, or a path on this server
 * (our own IRIs are linked as {@code /page/...}). Everything else — {@code javascript:},
 * {@code data:}, {@code vbscript:}, {@code file:}, a relative reference, or anything with a space
 * or control character a browser would strip before reading the scheme — is shown as text.
 *
 * <p>An allow-list rather than a list of bad schemes: a browser's URL parser forgives case,
 * leading blanks and tabs inside the scheme ({@code " JaVa\tScript:"}), and new dangerous
 * schemes need no change here.
 */
public final class LinkTargets {
    private LinkTargets() {}

    /** The schemes linked to, in lower case with their "://". */
    private static final String[] WEB_SCHEMES = {"http://", "https://"};

    /** Whether {@code href} may be the target of a link on our pages. */
    public static boolean isSafe(String href) {
        if (href == null || href.isEmpty()) return false;
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            // browsers drop leading C0 controls and spaces, and tabs and newlines anywhere
            if (c <= 0x20 || c == 0x7F) return false;
        }
        char first = href.charAt(0);
        if (first == '#' || first == '?') return true;
        if (first == '/') {
            // "//host" and "/\host" are another host, not a path of ours
            return href.length() == 1 || (href.charAt(1) != '/' && href.charAt(1) != '\\');
        }
        String lower = href.toLowerCase(Locale.ROOT);
        for (String scheme : WEB_SCHEMES)
            if (lower.startsWith(scheme) && lower.length() > scheme.length()) return true;
        return false;
    }
}
