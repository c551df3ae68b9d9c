package signet.fact;

/** What a named thing is. An organization is never a person and vice versa. */
public enum EntityKind {
    ORGANIZATION("org"), PERSON("person"), PLACE("place"), WORK("work");

    private final String segment;

    EntityKind(String segment) { this.segment = segment; }

    /** The IRI path segment for entities of this kind. */
    public String segment() { return segment; }
}
