package signet.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An article's text as HTML with evidence spans highlighted: each span becomes
 * {@code <mark class="fact" id="ev-HASH" title="…">…</mark>}, all text escaped.
 *
 * <p>Spans may coincide (two facts read from one sentence), nest, or cross. Spans are opened
 * longest first at each position and closed innermost first, so coinciding and nested spans
 * give nested marks whose text is exactly the span. Where two spans cross, the outer mark is
 * closed at the inner's end and reopened after it as a continuation mark without id: ids stay
 * unique, HTML stays well formed, every character of every span stays highlighted.
 */
final class ArticleMarkup {
    private ArticleMarkup() {}

    /**
     * A highlight.
     *
     * @param start 0-based start (Java string index)
     * @param end   end, exclusive
     * @param id    the element id, unique on the page
     * @param title the tooltip: what the span states
     */
    record Span(int start, int end, String id, String title) {
        Span {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The text with the spans marked; spans outside the text or repeating an id are left out. */
    static String render(String text, List<Span> spans) {
        Set<String> ids = new HashSet<>();
        List<Span> usable = spans.stream().filter(s -> s.end() <= text.length() && s.end() > s.start())
                .sorted(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                        .thenComparing(Span::id))
                .filter(s -> ids.add(s.id())).toList();
        TreeSet<Integer> cuts = new TreeSet<>();
        usable.forEach(s -> { cuts.add(s.start()); cuts.add(s.end()); });

        StringBuilder out = new StringBuilder(text.length() + usable.size() * 80);
        Deque<Span> open = new ArrayDeque<>();
        int next = 0;
        int at = 0;
        for (int cut : cuts) {
            out.append(Html.esc(text.substring(at, cut)));
            at = cut;
            closeEndingAt(cut, open, out);
            while (next < usable.size() && usable.get(next).start() == cut) {
                Span s = usable.get(next++);
                out.append("<mark class=\"fact\" id=\"").append(Html.esc(s.id())).append("\" title=\"")
                   .append(Html.esc(s.title())).append("\">");
                open.push(s);
            }
        }
        out.append(Html.esc(text.substring(at)));
        return out.toString();
    }

    /** Closes the spans ending at {@code cut}; spans crossing them are closed and reopened as continuations. */
    private static void closeEndingAt(int cut, Deque<Span> open, StringBuilder out) {
        if (open.stream().noneMatch(s -> s.end() == cut)) return;
        List<Span> reopen = new ArrayList<>();
        while (open.stream().anyMatch(s -> s.end() == cut)) {
            Span top = open.pop();
            out.append("</mark>");
            if (top.end() != cut) reopen.add(top);
        }
        for (int i = reopen.size() - 1; i >= 0; i--) {
            Span s = reopen.get(i);
            out.append("<mark class=\"fact cont\" title=\"").append(Html.esc(s.title())).append("\">");
            open.push(s);
        }
    }

    /**
     * Where a quote is in the text: the stated offsets when the text there is the quote (Java
     * string indexes, as the graph builder writes them), else the same offsets counted in code
     * points, else the quote's place found after its prefix, else its first occurrence.
     */
    static Optional<int[]> locate(String text, int start, int end, String exact, String prefix) {
        if (exact.isEmpty()) return Optional.empty();
        if (start >= 0 && end <= text.length() && start <= end && text.substring(start, end).equals(exact)) {
            return Optional.of(new int[] {start, end});
        }
        if (start >= 0 && end >= start && end <= text.codePointCount(0, text.length())) {
            int s = text.offsetByCodePoints(0, start);
            int e = text.offsetByCodePoints(0, end);
            if (text.substring(s, e).equals(exact)) return Optional.of(new int[] {s, e});
        }
        int found = prefix.isEmpty() ? -1 : text.indexOf(prefix + exact);
        if (found >= 0) return Optional.of(new int[] {found + prefix.length(), found + prefix.length() + exact.length()});
        found = text.indexOf(exact);
        return found < 0 ? Optional.empty() : Optional.of(new int[] {found, found + exact.length()});
    }
}
