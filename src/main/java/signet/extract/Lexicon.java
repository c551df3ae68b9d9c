package signet.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the word lists and reference tables that drive extraction. They are tab-separated files on
 * the classpath: {@code lexicons/*.tsv} (language) and {@code reference/*.tsv} (curated entities).
 * Lines starting with {@code #} are comments; a first row starting with {@code name\t} is a header.
 * A missing file is a build error, reported with its name.
 */
public final class Lexicon {
    private Lexicon() {}

    /** The rows of a TSV resource, each padded to at least {@code minColumns} columns. */
    public static List<String[]> rows(String resource, int minColumns) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource on the classpath: " + resource);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (first && line.startsWith("name\t")) { first = false; continue; }
                first = false;
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns) cols = Arrays.copyOf(cols, minColumns);
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i] == null ? "" : cols[i].strip();
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(rows);
    }

    /** The first column of a TSV resource. */
    public static List<String> words(String resource) {
        return rows(resource, 1).stream().map(c -> c[0]).toList();
    }
}
