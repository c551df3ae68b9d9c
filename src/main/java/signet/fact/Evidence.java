package signet.fact;

/**
 * Where a fact is stated: a span of the article's cleaned text (normally the sentence, or the
 * sentences, that state it), the rule that read it and how sure that rule is.
 *
 * @param start      start offset in {@code Article.text()}, 0-based
 * @param end        end offset, exclusive
 * @param exact      the text of the span; equals {@code text.substring(start, end)}
 * @param rule       stable rule id, e.g. {@code agreement.signed-with}
 * @param confidence 0..1
 */
public record Evidence(int start, int end, String exact, String rule, double confidence) {
    public Evidence {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (exact.length() != end - start) throw new IllegalArgumentException("exact does not match span");
        if (rule == null || rule.isBlank()) throw new IllegalArgumentException("rule id is required");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of 0..1");
    }
}
