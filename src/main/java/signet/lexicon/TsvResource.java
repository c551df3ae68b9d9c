package signet.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files that drive Signet (word lists under {@code lexicons/},
 * rules under {@code rules/}, curated entities under {@code reference/}) from the classpath.
 * Lines starting with {@code #} are comments (every file opens with one saying what it holds),
 * blank lines are skipped, and every row keeps its line number so a bad entry is reported as
 * {@code lexicons/x.tsv line 12: reason}. One loader for every package, so the conventions
 * cannot drift apart.
 */
public final class TsvResource {
    private TsvResource() {}

    /** One data row: its cells (trailing empty cells kept, each stripped) and its 1-based line number. */
    public record Row(String resource, int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** Cell {@code i}, or "" when the row is shorter. */
        public String cell(int i) { return i < cells.size() ? cells.get(i) : ""; }

        /** An error naming the file and line, for the caller to throw. */
        public IllegalStateException error(String reason) {
            return new IllegalStateException(resource + " line " + line + ": " + reason);
        }
    }

    /** The data rows of a classpath resource such as {@code lexicons/titles.tsv}; a missing file is an error. */
    public static List<Row> rows(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing data file on the classpath: " + path);
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                List<String> cells = new ArrayList<>();
                for (String c : line.split("\t", -1)) cells.add(c.strip());
                rows.add(new Row(path, number, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return List.copyOf(rows);
    }

    /** The first column of every row: a plain word list. */
    public static List<String> firstColumn(String resource) {
        return rows(resource).stream().map(r -> r.cell(0)).filter(s -> !s.isEmpty()).toList();
    }

    /** Rows as arrays padded to at least {@code minColumns} cells, for table-shaped files. */
    public static List<String[]> table(String resource, int minColumns) {
        List<String[]> out = new ArrayList<>();
        for (Row row : rows(resource)) {
            String[] cells = new String[Math.max(minColumns, row.cells().size())];
            for (int i = 0; i < cells.length; i++) cells[i] = row.cell(i);
            out.add(cells);
        }
        return List.copyOf(out);
    }
}
