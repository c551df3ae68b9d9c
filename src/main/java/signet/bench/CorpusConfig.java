package signet.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate: how many articles, from which seed, into which folder, drawing names from
 * how many organizations. The same config always yields the same bytes.
 *
 * @param articles      number of articles (at least 1)
 * @param seed          seed of every random choice
 * @param out           the corpus folder (docs/, gold/, aliases.tsv are written inside it)
 * @param organizations size of the name pool organizations are drawn from (Zipf over it)
 */
public record CorpusConfig(int articles, long seed, Path out, int organizations) {

    /** Organizations in the pool by default: enough for a long tail, few enough to repeat. */
    public static final int DEFAULT_ORGANIZATIONS = 1500;

    public CorpusConfig {
        Objects.requireNonNull(out, "out");
        if (articles < 1) throw new IllegalArgumentException("articles must be at least 1, not " + articles);
        if (organizations < 20 || organizations > 2000)
            throw new IllegalArgumentException("organizations must be between 20 and 2000, not " + organizations);
    }

    public CorpusConfig(int articles, long seed, Path out) {
        this(articles, seed, out, DEFAULT_ORGANIZATIONS);
    }
}
