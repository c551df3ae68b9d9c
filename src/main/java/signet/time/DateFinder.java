package signet.time;

import java.util.List;

/** Finds dates in text and resolves partial or relative ones against a {@link DateContext}. Thread-safe. */
public interface DateFinder {
    /**
     * All dates in {@code text}, left to right, non-overlapping. Offsets are those of {@code text}
     * plus {@code baseOffset}. Relative expressions that cannot be resolved (no article date) are
     * left out, never guessed.
     */
    List<DateMention> find(String text, int baseOffset, DateContext context);
}
