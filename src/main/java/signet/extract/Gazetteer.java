package signet.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Longest-match look-up of known names over a token sequence. Names of two or more words match
 * case-insensitively; a single-word name or an acronym matches only as written (or fully
 * capitalised when at least four letters), so "Post" or "Spa" in running text is not a hit.
 */
public final class Gazetteer {
    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    private final Tokenizer tokenizer = new Tokenizer();

    private record Entry(List<String> keys, List<String> exact, KnownEntity entity) {}

    /** A match: tokens [from, to) name {@code entity}. */
    public record Match(int from, int to, KnownEntity entity) {}

    public void add(String surface, KnownEntity entity) {
        List<Token> toks = tokenizer.tokenize(surface, 0);
        if (toks.isEmpty()) return;
        List<String> keys = toks.stream().map(Token::key).toList();
        List<String> exact = toks.stream().map(Token::text).toList();
        byFirstToken.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Entry(keys, exact, entity));
    }

    /** The longest known name starting at token {@code i}, if any. */
    public Optional<Match> longestAt(List<Token> tokens, int i) {
        List<Entry> cands = byFirstToken.get(tokens.get(i).key());
        if (cands == null) return Optional.empty();
        Match best = null;
        for (Entry e : cands) {
            int n = e.keys.size();
            if (i + n > tokens.size()) continue;
            if (best != null && n <= best.to() - best.from()) continue;
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) ok = tokens.get(i + k).key().equals(e.keys.get(k));
            if (!ok) continue;
            // "national news agency" in lower case is a description, not the name
            if (!Character.isUpperCase(tokens.get(i).text().charAt(0)) && !Character.isDigit(tokens.get(i).text().charAt(0))) continue;
            if (significantWords(e.keys) < 2) {
                // one-word names: as written, or shouted in full capitals when long enough
                Token t = tokens.get(i);
                String want = e.exact.get(0);
                boolean asWritten = t.text().replace('’', '\'').equals(want.replace('’', '\''));
                boolean shouted = t.isAllCaps() && want.length() >= 4;
                if (!asWritten && !shouted) continue;
            }
            best = new Match(i, i + n, e.entity);
        }
        return Optional.ofNullable(best);
    }

    private static int significantWords(List<String> keys) {
        int n = 0;
        for (String k : keys) if (Character.isLetterOrDigit(k.charAt(0))) n++;
        return n;
    }
}
