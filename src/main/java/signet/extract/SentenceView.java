package signet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signet.doc.Sentence;

/**
 * A sentence with its mentions, and its <em>abstract form</em>: the lower-cased words with every
 * typed mention replaced by a placeholder such as {@code ORG_3} (the mention's index), e.g.
 * "PER_0 , TTL_1 and TTL_2 of the ORG_3 , emphasized ...". Rules are regular expressions over
 * this form, so they read like the sentences they match. Tokens before {@code skipUntil} (a
 * dateline such as "KUWAIT, March 7 (KUNA) --") are left out, and so are photo-caption marks
 * such as "(L)".
 */
final class SentenceView {
    private static final Pattern CAPTION_MARK = Pattern.compile("[LCR]|left|right|center|centre");
    static final Pattern PLACEHOLDER = Pattern.compile("\\b(ORG|PER|PLC|TTL|DAT|WRK|AGR|OTH)_(\\d+)\\b");

    final Sentence sentence;
    final List<Token> tokens;
    final List<Mention> mentions;
    /** Parts of the abstract form: a mention index (≥0) or -1-tokenIndex for a plain word. */
    final List<Integer> parts = new ArrayList<>();
    final List<Integer> partStart = new ArrayList<>();
    /** The abstract form; a retyped mention changes its placeholder's code (every code has three letters). */
    String form;

    /**
     * Mentions the finder left untyped that are organizations here because a rule promoted their name in an earlier
     * round of the article (RuleExtractor): typed by a rule's slot, not by the finder. Held by the token index their
     * mention starts at (mention indices change when definite references are settled).
     */
    final java.util.Set<Integer> promotedEarlier = new java.util.HashSet<>();

    /** Tokens before this offset are left out of the form (a dateline). */
    private final int skipUntil;

    SentenceView(Sentence sentence, List<Token> tokens, List<Mention> mentions, int skipUntil) {
        this.skipUntil = skipUntil;
        this.sentence = sentence;
        this.tokens = tokens;
        this.mentions = new ArrayList<>(mentions);
        StringBuilder b = new StringBuilder();
        int mi = 0;
        for (int i = 0; i < tokens.size(); ) {
            while (mi < this.mentions.size() && this.mentions.get(mi).to() <= i) mi++;
            Token t = tokens.get(i);
            if (t.start() < skipUntil) { i++; continue; }
            // "(L)", "(C)", "(R)", "(2nd L)" after names in captions
            if (t.text().equals("(") && i + 2 < tokens.size() && tokens.get(i + 2).text().equals(")")
                    && CAPTION_MARK.matcher(tokens.get(i + 1).text()).matches()) { i += 3; continue; }
            if (b.length() > 0) b.append(' ');
            partStart.add(b.length());
            if (mi < this.mentions.size() && this.mentions.get(mi).from() == i) {
                Mention m = this.mentions.get(mi);
                b.append(m.type().code).append('_').append(mi);
                parts.add(mi);
                i = m.to();
            } else {
                // "Kesh Airlines' chief operating officer": a bare apostrophe closing a name that ends in "s" is its
                // possessive, written "'s" in the form so every rule family reads it as one
                boolean possessive = bareApostrophePossessive(tokens, i, mi);
                if (possessive) possessives.add(i);
                b.append(possessive ? "'s" : t.key());
                parts.add(-1 - i);
                i++;
            }
        }
        this.form = b.toString();
    }

    /** Tokens of bare apostrophes read as "'s" (see {@link #bareApostrophePossessive}). */
    private final java.util.Set<Integer> possessives = new java.util.HashSet<>();

    /** A bare apostrophe right after a mention ending in "s" and before a word ("Kesh Airlines' chief"). */
    private boolean bareApostrophePossessive(List<Token> tokens, int i, int mi) {
        Token t = tokens.get(i);
        if (!t.key().equals("'") || mi == 0 || i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()) return false;
        Mention before = mentions.get(mi - 1);
        String text = before.text().strip();
        // (not the closing quotation mark of a quoted name: "the 'Kesh Airlines' brand")
        boolean quoted = before.from() > 0 && tokens.get(before.from() - 1).key().equals("'");
        return before.to() == i && (text.endsWith("s") || text.endsWith("S")) && t.start() == before.end() && !quoted;
    }

    Mention mention(int index) { return mentions.get(index); }

    /** The sentence with other mentions (in order, not overlapping); words no mention covers are plain words of the form. */
    SentenceView with(List<Mention> other) {
        SentenceView v = new SentenceView(sentence, tokens, other, skipUntil);
        v.promotedEarlier.addAll(promotedEarlier);
        return v;
    }

    /** Whether mention {@code index} is an organization only because a rule promoted its name in an earlier round. */
    boolean promotedEarlier(int index) {
        return promotedEarlier.contains(mentions.get(index).from());
    }

    /** Replaces a mention (the same span, a new type or name) and keeps the abstract form in step. */
    void retype(int index, Mention m) {
        mentions.set(index, m);
        for (int p = 0; p < parts.size(); p++) {
            if (parts.get(p) != index) continue;
            int at = partStart.get(p);
            form = form.substring(0, at) + m.type().code + form.substring(at + 3);
            return;
        }
    }

    /** Mentions named by the placeholders inside a matched group of the abstract form. */
    List<Integer> mentionsIn(String group) {
        List<Integer> out = new ArrayList<>();
        if (group == null) return out;
        Matcher m = PLACEHOLDER.matcher(group);
        while (m.find()) out.add(Integer.parseInt(m.group(2)));
        return out;
    }

    /** The part index whose text starts at or contains char offset {@code c} of the form. */
    int partAtChar(int c) {
        int lo = 0, hi = partStart.size() - 1, ans = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (partStart.get(mid) <= c) { ans = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return ans;
    }

    boolean isMention(int part) { return parts.get(part) >= 0; }

    Mention mentionAt(int part) { return parts.get(part) >= 0 ? mentions.get(parts.get(part)) : null; }

    /** The folded word of a plain part, or the placeholder code of a mention part. */
    String word(int part) {
        int p = parts.get(part);
        if (p >= 0) return mentions.get(p).type().code;
        return possessives.contains(-1 - p) ? "'s" : tokens.get(-1 - p).key();
    }

    int size() { return parts.size(); }
}
