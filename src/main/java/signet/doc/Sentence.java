package signet.doc;

/** A sentence of an article's cleaned text: [start, end) offsets into {@link Article#text()}. */
public record Sentence(int index, int paragraph, int start, int end, String text) {
    public Sentence {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (text.length() != end - start) throw new IllegalArgumentException("text does not match span");
    }
}
