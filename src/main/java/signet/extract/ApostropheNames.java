package signet.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names that end in "'s" ("McDonald's", "Sotheby's"): the tokenizer splits the "'s" off as if it were
 * a possessive, so "McDonald's chief executive X" would make X an officer of "McDonald". A name is
 * read with its "'s" when the article itself writes it where no possessive can stand — before a full
 * stop or a comma ("at McDonald's."), before a verb ("McDonald's said", "McDonald's has appointed"),
 * or before "and" and another name that a verb or a mark follows ("McDonald's and Pellam signed") —
 * or when it is a well-known such name (word-sets.tsv "apostrophe-s-names"). "Disney's CEO" alone is
 * a possessive: nothing in it says the name is "Disney's".
 */
final class ApostropheNames {
    /** Well-known names that end in "'s", folded and without it ("mcdonald", "sotheby"). */
    private final Set<String> known;
    /** Words that cannot follow a possessive "'s": verbs of saying, auxiliaries (word-sets.tsv "not-after-possessive"). */
    private final Set<String> verbsAfterName;
    /** Verbs of signing (signing-verbs.tsv): "McDonald's and Pellam signed" names two parties. */
    private final java.util.Map<String, String> signingVerbs;
    /** Marks after which the "'s" cannot have been a possessive. */
    private static final Set<String> CLOSING_MARKS = Set.of(".", ",", ";", ":", ")", "!", "?", "”", "\"");

    ApostropheNames(Lexicons lex) {
        Set<String> k = new HashSet<>();
        for (String n : lex.wordSet("apostrophe-s-names")) k.add(n.endsWith("'s") ? n.substring(0, n.length() - 2) : n);
        this.known = Set.copyOf(k);
        this.verbsAfterName = lex.wordSet("not-after-possessive");
        this.signingVerbs = lex.signingVerbs;
    }

    /** The sentences' mentions with every name that the article shows to end in "'s" taking its "'s". */
    List<MentionFinder.Result> apply(List<MentionFinder.Result> found) {
        Set<String> names = null;
        for (MentionFinder.Result r : found) {
            List<Mention> ms = r.mentions();
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                if (!named(m) || !apostropheAfter(r.tokens(), m)) continue;
                String key = Token.fold(m.name());
                if (known.contains(key) || notPossessive(r.tokens(), ms, i)) {
                    if (names == null) names = new HashSet<>();
                    names.add(key);
                }
            }
        }
        if (names == null) return found;
        List<MentionFinder.Result> out = new ArrayList<>(found.size());
        for (MentionFinder.Result r : found) {
            List<Mention> ms = new ArrayList<>(r.mentions());
            boolean changed = false;
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                if (!named(m) || !apostropheAfter(r.tokens(), m) || !names.contains(Token.fold(m.name()))) continue;
                Token s = r.tokens().get(m.to());
                ms.set(i, new Mention(m.type(), m.from(), m.to() + 1, m.start(), s.end(), m.text() + s.text(),
                        m.name() + "'s", m.known(), m.date(), m.acronym()));
                changed = true;
            }
            out.add(changed ? new MentionFinder.Result(r.tokens(), ms) : r);
        }
        return out;
    }

    private static boolean named(Mention m) {
        return m.type() == MentionType.ORG || m.type() == MentionType.OTHER;
    }

    private static boolean apostropheAfter(List<Token> toks, Mention m) {
        return m.to() < toks.size() && toks.get(m.to()).key().equals("'s");
    }

    /** The "'s" after mention {@code i} is no possessive: a mark, a verb, or "and" another name and a mark or verb follow. */
    private boolean notPossessive(List<Token> toks, List<Mention> ms, int i) {
        int k = ms.get(i).to() + 1;
        if (k >= toks.size()) return true;
        if (closes(toks, k)) return true;
        String w = toks.get(k).key();
        if ((w.equals("and") || w.equals("&")) && i + 1 < ms.size()) {
            Mention next = ms.get(i + 1);
            return next.from() == k + 1 && named(next) && (next.to() >= toks.size() || closes(toks, next.to())
                    || signingVerbs.containsKey(toks.get(next.to()).key()));
        }
        return false;
    }

    private boolean closes(List<Token> toks, int k) {
        return CLOSING_MARKS.contains(toks.get(k).text()) || verbsAfterName.contains(toks.get(k).key());
    }
}
