package signet.bench;

import java.util.Objects;
import signet.eval.GoldDocument;

/**
 * One generated article: its id (the file name without extension), its text, and the facts it
 * states, in the gold format {@code signet evaluate} and score.py read.
 */
public record GeneratedArticle(String id, String text, GoldDocument gold) {
    public GeneratedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(gold, "gold");
    }

    public String fileName() { return id + ".txt"; }
}
