package signet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signet.doc.Article;
import signet.doc.Sentence;
import signet.time.PartialDate;

/**
 * Builds articles from short test texts: one sentence per line (blank lines separate paragraphs),
 * so extraction tests do not depend on the document reader's sentence splitter.
 */
final class TestArticles {
    private TestArticles() {}

    static Article of(String text) { return of(text, null, null); }

    /** A test row's article, published 2025-05-12: "¶" starts a new sentence (the rows of the UnseenWordings tests). */
    static Article ofRow(String text) { return of(text.replace("¶", "\n"), "2025-05-12", null); }

    /** The part-of facts of an extraction as one line, "child < parent" joined by "; ", sorted; empty for none. */
    static String partOfLine(signet.fact.ExtractionResult r) { return String.join("; ", partOf(r)); }

    /** The posts of an extraction as "person | title | organization", sorted. */
    static java.util.Set<String> posts(signet.fact.ExtractionResult r) {
        return r.facts().stream().filter(f -> f instanceof signet.fact.PostFact).map(f -> (signet.fact.PostFact) f)
                .map(p -> p.person().name() + " | " + p.title() + " | " + p.organization().name())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Asserts the posts read from {@code text} (a row's "\\n" starts the next sentence) are exactly
     * {@code expected}: "person | title | organization" separated by ";", empty or null for none.
     */
    static void assertPosts(RuleExtractor x, String text, String expected) {
        java.util.Set<String> want = new java.util.TreeSet<>();
        if (expected != null) java.util.Arrays.stream(expected.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(want::add);
        String article = text.replace("\\n", "\n");
        org.junit.jupiter.api.Assertions.assertEquals(want, posts(x.extract(of(article))), text);
    }

    /**
     * The signed agreements of an extraction, each as "A + B" (parties sorted), with its kind first ("memorandum: A + B")
     * when {@code withKind}; sorted, joined by "; ".
     */
    static String signed(signet.fact.ExtractionResult r, boolean withKind) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (var f : r.facts()) {
            if (!(f instanceof signet.fact.AgreementFact a) || a.status() != signet.fact.AgreementStatus.SIGNED) continue;
            String parties = String.join(" + ", a.parties().stream().map(e -> e.name()).sorted().toList());
            out.add(withKind ? a.kindLabel() + ": " + parties : parties);
        }
        out.sort(null);
        return String.join("; ", out);
    }

    /** The part-of facts of an extraction as "child < parent", sorted. */
    static java.util.Set<String> partOf(signet.fact.ExtractionResult r) {
        return r.facts().stream().filter(f -> f instanceof signet.fact.PartOfFact).map(f -> (signet.fact.PartOfFact) f)
                .map(p -> p.child().name() + " < " + p.parent().name())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    static Article of(String text, String published, String dateline) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+").matcher(text);
        int para = 0, idx = 0, lastEnd = 0;
        while (m.find()) {
            if (text.substring(lastEnd, m.start()).contains("\n\n")) para++;
            String s = m.group();
            int lead = s.length() - s.stripLeading().length();
            String t = s.strip();
            if (!t.isEmpty()) sentences.add(new Sentence(idx++, para, m.start() + lead, m.start() + lead + t.length(), t));
            lastEnd = m.end();
        }
        int[] span = null;
        if (dateline != null) {
            int at = text.indexOf(dateline);
            span = new int[]{at, at + dateline.length()};
        }
        return new Article("test", "test.txt", "0", "txt", Optional.empty(), text, sentences,
                Optional.ofNullable(published).flatMap(PartialDate::parse), Optional.ofNullable(dateline), span, Optional.empty());
    }
}
