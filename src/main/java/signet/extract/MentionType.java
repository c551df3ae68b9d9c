package signet.extract;

/** What a span of a sentence names. OTHER is a capitalised run not (yet) known to be anything. */
public enum MentionType {
    ORG("ORG"), PERSON("PER"), PLACE("PLC"), TITLE("TTL"), DATE("DAT"), WORK("WRK"), AGREEMENT("AGR"), OTHER("OTH");

    /** The placeholder prefix in a sentence's abstract form (see {@link SentenceView}). */
    final String code;

    MentionType(String code) { this.code = code; }
}
