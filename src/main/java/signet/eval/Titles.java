package signet.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import signet.lexicon.TsvResource;

/**
 * Folds common spellings of one post to one title ("CEO", "chief executive officer"), from
 * {@code signet/eval/title-groups.tsv}. Immutable; load it once per scorer.
 */
public final class Titles {

    private static final String RESOURCE = "signet/eval/title-groups.tsv";

    private final Map<String, String> folded;

    private Titles(Map<String, String> folded) {
        this.folded = Map.copyOf(folded);
    }

    /** The groups shipped with Signet (those of the reference scorer). */
    public static Titles standard() {
        Map<String, String> m = new HashMap<>();
        for (TsvResource.Row row : TsvResource.rows(RESOURCE)) {
            List<String> group = row.cells().stream().filter(c -> !c.isEmpty()).toList();
            String first = group.stream().min(PythonText.CODE_POINT_ORDER).orElseThrow(() -> row.error("empty group"));
            // The first group that lists a spelling decides, as in score.py's loop over TITLE_SAME.
            for (String spelling : group) m.putIfAbsent(spelling, first);
        }
        return new Titles(m);
    }

    /** The normal form of a title, with equivalent spellings folded into one. */
    public String fold(String title) {
        String t = Names.norm(title);
        return folded.getOrDefault(t, t);
    }
}
