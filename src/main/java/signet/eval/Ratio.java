package signet.eval;

/** {@code correct} out of {@code total} checked (agreement dates or places on the pairs found). */
public record Ratio(int correct, int total) {
    public Ratio {
        if (correct < 0 || total < correct) throw new IllegalArgumentException(correct + "/" + total);
    }
}
