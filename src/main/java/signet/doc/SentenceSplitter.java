package signet.doc;

import signet.lexicon.TsvResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits cleaned text into sentences with offsets into that text. A paragraph break ("\n\n")
 * always ends a sentence. Inside a paragraph a sentence ends at . ! ? or … (with any closing
 * quotes and brackets after it) when the next word starts with a capital, a digit or an opening
 * quote; it does not end after an abbreviation of {@code doc-abbreviations.tsv} ("Jan. 21",
 * "Dr. Fatima"), an initial ("J. Smith"), a dotted acronym ("U.A.E."), inside a number
 * ("2.5"), or before a lower-case word ("“Why?” he asked"). A period glued to the next
 * sentence ("exchange.The MoU") ends a sentence when a lower-case word precedes it and a
 * capitalised word follows. One linear pass; immutable and thread-safe.
 */
final class SentenceSplitter {
    private static final String TERMINALS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«([";

    private final Set<String> abbreviations;
    /** Legal forms that close a company's name ("Ltd.", "Inc."): a sentence may end after them. */
    private final Set<String> closingForms;
    /** Folded words that go on a name or a sentence after a closing form: legal forms and heads ("Co. Ltd."), titles' first words ("Inc. CEO"). */
    private final Set<String> continuing;

    SentenceSplitter(Set<String> abbreviations) { this(abbreviations, Set.of(), Set.of()); }

    SentenceSplitter(Set<String> abbreviations, Set<String> closingForms, Set<String> continuing) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.closingForms = Set.copyOf(closingForms);
        this.continuing = Set.copyOf(continuing);
    }

    static SentenceSplitter fromLexicon() {
        List<String[]> rows = TsvResource.table("lexicons/doc-abbreviations.tsv", 2);
        Set<String> all = new HashSet<>(), closing = new HashSet<>();
        for (String[] r : rows) {
            all.add(r[0]);
            if (r[1].startsWith("company")) closing.add(r[0]);
        }
        Set<String> continuing = new HashSet<>();
        for (String[] r : TsvResource.table("lexicons/org-heads.tsv", 1)) continuing.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : TsvResource.table("lexicons/titles.tsv", 1)) continuing.add(firstWord(r[0]));
        for (String[] r : TsvResource.table("lexicons/title-portfolios.tsv", 1)) continuing.add(firstWord(r[0]));
        return new SentenceSplitter(all, closing, continuing);
    }

    private static String firstWord(String phrase) {
        String w = phrase.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
        int sp = w.indexOf(' ');
        return sp < 0 ? w : w.substring(0, sp);
    }

    List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int end = text.indexOf("\n\n", pos);
            if (end < 0) end = n;
            if (!text.substring(pos, end).isBlank()) {
                splitParagraph(text, pos, end, paragraph, out);
                paragraph++;
            }
            pos = end + 2;
        }
        return List.copyOf(out);
    }

    private void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (TERMINALS.indexOf(c) < 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && TERMINALS.indexOf(text.charAt(j)) >= 0) j++;
            int k = j;
            while (k < to && CLOSERS.indexOf(text.charAt(k)) >= 0) k++;
            if (endsHere(text, i, j, k, to)) {
                add(text, start, k, paragraph, out);
                start = k;
            }
            i = k;
        }
        add(text, start, to, paragraph, out);
    }

    /** Whether the terminal run [i,j) followed by closers up to k ends a sentence. */
    private boolean endsHere(String text, int i, int j, int k, int to) {
        if (k >= to) return true;
        char next = text.charAt(k);
        boolean lonePeriod = text.charAt(i) == '.' && j - i == 1;
        if (Character.isWhitespace(next)) {
            int m = k;
            while (m < to && Character.isWhitespace(text.charAt(m))) m++;
            if (m >= to) return true;
            char word = text.charAt(m);
            if (!(Character.isUpperCase(word) || Character.isDigit(word) || OPENERS.indexOf(word) >= 0
                    || Character.isLetter(word) && !Character.isLowerCase(word))) return false;
            return !(lonePeriod && k == j && isAbbreviation(text, i)) || closesName(text, i, m, to);
        }
        // "exchange.The MoU": a period glued between a lower-case word and a capitalised one
        return lonePeriod && k == j && i > 0 && Character.isLowerCase(text.charAt(i - 1))
                && Character.isUpperCase(next) && k + 1 < to && Character.isLowerCase(text.charAt(k + 1))
                && !isAbbreviation(text, i);
    }

    /**
     * "... named Coral Green Fuels Pvt Ltd. Heron Power Ltd, the local arm of ...", "with Coral Inc. The company
     * said": after a legal form that closes a company's name, a capitalised word starts a new sentence unless it
     * goes on the name or the clause (another legal form or head, "Co. Ltd."; a title, "Inc. CEO Anna Berg").
     */
    private boolean closesName(String text, int dot, int next, int to) {
        int s = dot;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && OPENERS.indexOf(text.charAt(s - 1)) < 0) s--;
        if (!closingForms.contains(text.substring(s, dot + 1)) || !Character.isUpperCase(text.charAt(next))) return false;
        int e = next;
        while (e < to && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.')) e++;
        String word = text.substring(next, e).toLowerCase(Locale.ROOT);
        return !continuing.contains(word) && !continuing.contains(word.replace(".", ""))
                && !(word.endsWith(".") && continuing.contains(word.substring(0, word.length() - 1)));
    }

    /** Whether the word ending with the period at {@code dot} is an abbreviation, an initial or a dotted acronym. */
    private boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && OPENERS.indexOf(text.charAt(s - 1)) < 0) s--;
        String word = text.substring(s, dot + 1);
        if (abbreviations.contains(word)) return true;
        // "to Nigeria,Dr. Wilfred Machage": a comma with no space after it glues the abbreviation to the word before
        int comma = word.lastIndexOf(',');
        if (comma >= 0 && comma + 1 < word.length() && abbreviations.contains(word.substring(comma + 1))) return true;
        if (word.length() == 2 && Character.isUpperCase(word.charAt(0))) return true; // an initial: "J. Smith"
        return isDottedAcronym(word);
    }

    /** "U.A.E." or "a.k.a.": single letters each followed by a period. */
    private static boolean isDottedAcronym(String word) {
        if (word.length() < 4 || word.length() % 2 != 0) return false;
        for (int i = 0; i < word.length(); i += 2) {
            if (!Character.isLetter(word.charAt(i)) || word.charAt(i + 1) != '.') return false;
        }
        return true;
    }

    /**
     * The sentences, with any sentence lying inside [{@code from}, {@code to}) joined to the one
     * after it in the same paragraph: a dateline such as "ABU DHABI. KAZINFORM ..." is the start
     * of the first sentence, not a sentence of its own.
     */
    static List<Sentence> joinThrough(String text, List<Sentence> sentences, int from, int to) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        int pending = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int start = pending >= 0 ? pending : s.start();
            boolean insideDateline = s.start() >= from && s.end() <= to;
            if (insideDateline && i + 1 < sentences.size() && sentences.get(i + 1).paragraph() == s.paragraph()) {
                pending = start;
                continue;
            }
            pending = -1;
            out.add(new Sentence(out.size(), s.paragraph(), start, s.end(), text.substring(start, s.end())));
        }
        return List.copyOf(out);
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (start < end) out.add(new Sentence(out.size(), paragraph, start, end, text.substring(start, end)));
    }
}
