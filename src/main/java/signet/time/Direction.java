package signet.time;

/**
 * Which occurrence of a year-less month or a weekday a cue word points at, relative to the
 * article date. {@code NONE} leaves the choice to the sentence's tense.
 */
enum Direction {
    /** No cue: past or neutral sentences take the most recent occurrence, future ones the next. */
    NONE,
    /** "this September": the occurrence at or after the article date. */
    THIS,
    /** "last Friday", "last March": the most recent occurrence strictly before the article date. */
    LAST,
    /** "next Monday", "next May": the first occurrence strictly after the article date. */
    NEXT
}
