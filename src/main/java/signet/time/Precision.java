package signet.time;

/** How much of a calendar date the text actually states. Never pad a coarser date to a finer one. */
public enum Precision {
    YEAR, MONTH, DAY
}
