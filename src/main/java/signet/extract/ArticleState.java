package signet.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import signet.doc.Article;
import signet.doc.Sentence;
import signet.fact.DateValue;
import signet.fact.Evidence;
import signet.time.DateMention;

/**
 * What the readers of one article share: the article, its sentence views, its entity registry
 * and the word lists. Built per article by {@link RuleExtractor}; not shared between threads.
 */
final class ArticleState {
    final Article article;
    final List<SentenceView> views;
    final DocRegistry registry;
    final Lexicons lex;
    final ReferenceData ref;
    final MentionFinder finder;
    /** The dateline's place, when it is a known place. */
    final Optional<KnownEntity> datelinePlace;

    ArticleState(Article article, List<SentenceView> views, DocRegistry registry, Lexicons lex, ReferenceData ref,
                 MentionFinder finder, Optional<KnownEntity> datelinePlace) {
        this.article = article;
        this.views = views;
        this.registry = registry;
        this.lex = lex;
        this.ref = ref;
        this.finder = finder;
        this.datelinePlace = datelinePlace;
    }

    static Evidence evidence(Sentence s, String rule, double confidence) {
        return new Evidence(s.start(), s.end(), s.text(), rule, confidence);
    }

    /**
     * Turns an untyped name into a person or an organization because a rule placed it in a slot
     * of that kind; returns false when its shape forbids it (a place, an all-capital word as a
     * person, ...).
     */
    boolean promote(SentenceView v, int mentionIndex, MentionType to) {
        return promote(v, mentionIndex, to, false);
    }

    /**
     * As {@link #promote(SentenceView, int, MentionType)}; with {@code numbered}, a name that ends with a
     * number after a word of its own ("Lumo 24", a channel a part-of wording names) may become an
     * organization's, though a number in a name otherwise says a date or a quantity.
     */
    boolean promote(SentenceView v, int mentionIndex, MentionType to, boolean numbered) {
        Mention m = v.mentions.get(mentionIndex);
        if (m.type() == to) return true;
        if (m.type() != MentionType.OTHER) return false;
        if (m.name().startsWith(MentionFinder.ANAPHOR)) return false; // "the Federation" that names nothing earlier
        if (to == MentionType.PERSON && !finder.nameShaped(v.tokens, m.from(), m.to())) return false;
        if (to == MentionType.ORG && ref.place(m.name()).isPresent()) return false;
        // "International Marketing", "Public Relations": a department's description, not a name
        if (to == MentionType.ORG && m.to() - m.from() == 1 && lex.notNamesAlone.contains(v.tokens.get(m.from()).key())) return false;
        if (to == MentionType.ORG) {
            // "December 10", "International Marketing": a date or a department's description, not a name
            boolean named = false;
            for (int k = m.from(); k < m.to(); k++) {
                Token t = v.tokens.get(k);
                if (t.isDigit() && !(numbered && k == m.to() - 1 && k > m.from() && numberedName(v, m))) return false;
                if (t.isWord() && !lex.commonWords.contains(t.key()) && !lex.notNamesAlone.contains(t.key())) named = true;
            }
            if (!named) return false;
        }
        v.retype(mentionIndex, m.withType(to));
        DocRegistry.DocEntity e = to == MentionType.PERSON ? registry.person(v.mentions.get(mentionIndex)) : registry.org(v.mentions.get(mentionIndex));
        e.promoted = true;
        return true;
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** "Lumo 24", "Kesh TV 5": capitalised words, none a month or a common word, then one number. */
    private boolean numberedName(SentenceView v, Mention m) {
        for (int k = m.from(); k < m.to() - 1; k++) {
            Token t = v.tokens.get(k);
            if (!t.isWord() || !t.isCapitalized() || MONTHS.contains(t.key()) || lex.commonWords.contains(t.key())) return false;
        }
        return true;
    }

    DocRegistry.DocEntity entity(SentenceView v, int mentionIndex) {
        Mention m = v.mentions.get(mentionIndex);
        return switch (m.type()) {
            case ORG -> registry.org(m);
            case PERSON -> registry.person(m);
            case PLACE -> registry.place(m);
            case WORK -> registry.work(m);
            default -> null;
        };
    }

    /** A date mention as a fact's date, keeping its basis. */
    static DateValue dateValue(DateMention d) {
        return new DateValue(d.date(), d.basis());
    }
}
