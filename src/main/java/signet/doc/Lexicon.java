package signet.doc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tab-separated lexicon from the classpath (src/main/resources/lexicons). Lines starting
 * with {@code #} are comments (every file starts with one saying what it holds) and blank lines
 * are skipped; each row keeps its line number so a bad rule can be reported precisely.
 */
final class Lexicon {
    /** One data row: its cells (trailing empty cells kept) and its 1-based line number. */
    record Row(String resource, int line, List<String> cells) {
        String cell(int i) { return i < cells.size() ? cells.get(i).strip() : ""; }

        IllegalStateException error(String reason) {
            return new IllegalStateException(resource + " line " + line + ": " + reason);
        }
    }

    private Lexicon() {}

    static List<Row> rows(String name) {
        String resource = "/lexicons/" + name;
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing lexicon on the classpath: " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(new Row(resource, number, List.of(line.split("\t", -1))));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** The first column of every row, e.g. a plain word list. */
    static List<String> firstColumn(String name) {
        return rows(name).stream().map(r -> r.cell(0)).filter(s -> !s.isEmpty()).toList();
    }
}
