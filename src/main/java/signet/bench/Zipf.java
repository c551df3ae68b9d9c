package signet.bench;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Zipf's law over ranks 0..n-1: rank k is drawn with probability proportional to
 * 1/(k+1)^exponent, so a few names are very common and most are rare. The cumulative
 * distribution is computed once; a draw is one uniform number and a binary search over it.
 * Immutable and thread-safe.
 */
final class Zipf {
    private final double[] cdf;

    private Zipf(double[] cdf) {
        this.cdf = cdf;
    }

    static Zipf of(int n, double exponent) {
        if (n < 1) throw new IllegalArgumentException("n must be at least 1");
        if (!(exponent > 0)) throw new IllegalArgumentException("exponent must be positive");
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / Math.pow(k + 1, exponent);
            cdf[k] = sum;
        }
        for (int k = 0; k < n; k++) cdf[k] /= sum;
        cdf[n - 1] = 1.0; // no rounding gap above the last rank
        return new Zipf(cdf);
    }

    int size() { return cdf.length; }

    /** Probability of rank {@code k}. */
    double probability(int k) {
        return k == 0 ? cdf[0] : cdf[k] - cdf[k - 1];
    }

    /** A rank: the first k with u < cdf[k] for a uniform u in [0, 1). */
    int sample(RandomGenerator random) {
        double u = random.nextDouble();
        int i = Arrays.binarySearch(cdf, u);
        // an exact hit belongs to the next rank (cdf[k] is exclusive); a miss gives the insertion point
        int k = i >= 0 ? i + 1 : -i - 1;
        return Math.min(k, cdf.length - 1);
    }
}
