package signet.eval;

/**
 * A pair the gold lists under {@code not_agreements} (mentioned together, did not sign) that the
 * graph nevertheless holds {@code signings} signed agreement(s) between.
 *
 * @param doc    the document key
 * @param first  canonical name (the smaller in code-point order)
 * @param second canonical name
 */
public record NotAgreementHit(String doc, String first, String second, int signings) {

    /** The verbose line, in the style of the other misses. */
    public String describe() {
        return "not-agreement signed: " + doc + " " + first + " + " + second + (signings > 1 ? " (" + signings + " agreements)" : "");
    }
}
