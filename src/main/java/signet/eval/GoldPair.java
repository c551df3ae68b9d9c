package signet.eval;

import java.util.Objects;

/**
 * Two organizations the article mentions together that did NOT sign with each other (talks, a
 * planned signing, a mere mention): a signing found between them is a reading error worth its
 * own warning.
 */
public record GoldPair(String first, String second) {
    public GoldPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}
