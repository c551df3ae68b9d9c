package signet.time;

/** Where a fact's date comes from: this is written into the graph so a reader can judge it. */
public enum DateBasis {
    /** The text states the date itself ("on January 20, 2026", "in October 2015"). */
    STATED,
    /** The text gives a relative or partial date ("on Wednesday", "January 20") resolved against the article's date. */
    RESOLVED,
    /** The text gives no date for the fact; the article's publication date stands in for it. */
    PUBLICATION
}
