package signet.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Expands the paths given to an ingest into the article files to read: folders recursively
 * (in name order, so runs are reproducible), hidden entries and other extensions passed over
 * with a note. Symbolic links are followed, but every folder and file is visited once by its
 * real path, so a link loop or a file reachable twice cannot cause trouble.
 *
 * <p>One instance per run: it remembers what it has visited.
 */
final class InputFiles {

    /** Extensions the document reader understands. */
    static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm");

    private final Consumer<String> notes;
    private final List<IngestReport.Failure> failures = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();
    private int skipped;

    InputFiles(Consumer<String> notes) {
        this.notes = notes;
    }

    /** Expands {@code paths}; call once. */
    InputFiles collect(List<Path> paths) {
        for (Path p : paths) visit(p, true);
        return this;
    }

    List<Path> files() { return List.copyOf(files); }
    List<IngestReport.Failure> failures() { return List.copyOf(failures); }
    int skipped() { return skipped; }

    private void visit(Path path, boolean named) {
        Path name = path.getFileName();
        // Only entries found inside a folder are judged hidden: ".", ".." or ".hidden/x" named
        // on the command line are what the user asked for.
        if (!named && name != null && name.toString().startsWith(".")) {
            skip(path, "hidden");
            return;
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            fail(path, named ? "no such file or directory" : "broken link");
            return;
        } catch (IOException e) {
            fail(path, "cannot resolve: " + e.getMessage());
            return;
        }
        if (!visited.add(real)) { // a link back to something already seen, or a loop: said, not followed
            skip(path, Files.isDirectory(real) ? "a link to a folder already read (" + real + ")" : "the same file as " + real);
            return;
        }
        if (Files.isDirectory(real)) {
            visitDirectory(path);
        } else if (!Files.isRegularFile(real)) {
            fail(path, "not a regular file");
        } else if (!EXTENSIONS.contains(extension(path))) {
            skip(path, "not a .txt, .md or .html file");
        } else {
            files.add(path);
        }
    }

    private void visitDirectory(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            fail(dir, "cannot read directory (" + e.getClass().getSimpleName() + ")");
            return;
        }
        entries.sort(null);
        for (Path entry : entries) visit(entry, false);
    }

    private void skip(Path path, String why) {
        skipped++;
        notes.accept("signet: note: skipping " + path + " (" + why + ")");
    }

    private void fail(Path path, String reason) {
        IngestReport.Failure f = new IngestReport.Failure(path, reason);
        failures.add(f);
        notes.accept(f.message());
    }

    static String extension(Path path) {
        String n = path.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
