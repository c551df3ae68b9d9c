package signet.eval;

/**
 * Precision, recall and F1 from true positives, false positives and false negatives, with the
 * reference scorer's conventions for empty cases: nothing to find and nothing found is perfect
 * (1, 1, 1); finding nothing when something was to be found is precision 0.
 */
public record Prf(int truePositives, int falsePositives, int falseNegatives, double precision, double recall, double f1) {

    public static Prf of(int tp, int fp, int fn) {
        if (tp < 0 || fp < 0 || fn < 0) throw new IllegalArgumentException("negative count");
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(tp, fp, fn, p, r, f);
    }
}
