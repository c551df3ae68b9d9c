package signet.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import signet.doc.DocumentIds;

/**
 * Expands the paths given to an ingest into the article files to read, each with the id and
 * source its place gives it ({@link DocumentIds}): folders recursively (in name order, so runs are
 * reproducible), hidden entries and other extensions passed over with a note.
 *
 * <p>Identity: a file found in a folder given to the ingest is named by its path relative to that
 * folder ({@code crawl} → {@code 2024/index.html}); a file given by itself by its path relative to
 * the current directory, or, when it lies outside it, by its name, with its absolute path as its
 * source (so another file of that name elsewhere cannot silently replace it).
 *
 * <p>Links: a link found inside a folder is followed only when its real path stays inside that
 * folder (a link to {@code /etc/shadow} or to a whole outside tree is passed over with a note);
 * every folder and file is visited once by its real path, so a link loop or a file reachable twice
 * cannot cause trouble. A path given on the command line is followed wherever it points: the user
 * named it.
 *
 * <p>One instance per run: it remembers what it has visited.
 */
final class InputFiles {

    /** Extensions the document reader understands. */
    static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm");

    /** A folder given to the ingest: ids are relative to {@code path}; nothing outside {@code real} is read. */
    private record Root(Path path, Path real) {}

    private final Consumer<String> notes;
    private final Path workingDirectory;
    private final List<IngestReport.Failure> failures = new ArrayList<>();
    private final List<SourceFile> files = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();
    private int skipped;

    InputFiles(Consumer<String> notes) {
        this(notes, Path.of("").toAbsolutePath());
    }

    /** @param workingDirectory what the ids of files given by themselves are relative to */
    InputFiles(Consumer<String> notes, Path workingDirectory) {
        this.notes = Objects.requireNonNull(notes, "notes");
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** Expands {@code paths}; call once. */
    InputFiles collect(List<Path> paths) {
        for (Path p : paths) named(p);
        return this;
    }

    List<SourceFile> files() { return List.copyOf(files); }
    List<IngestReport.Failure> failures() { return List.copyOf(failures); }
    int skipped() { return skipped; }

    /** A path given on the command line: followed wherever it points (the user named it). Hidden names count too. */
    private void named(Path path) {
        Path real = realPath(path, "no such file or directory");
        if (real == null || !firstVisit(path, real)) return;
        if (Files.isDirectory(real)) visitDirectory(path, new Root(path, real));
        else if (isArticle(path, real)) namedFile(path);
    }

    /** An entry found inside a folder given to the ingest. */
    private void visit(Path path, Root root) {
        // only entries found inside a folder are judged hidden: ".", ".." or ".hidden/x" named on the command line are what the user asked for
        if (path.getFileName().toString().startsWith(".")) {
            skip(path, "hidden");
            return;
        }
        Path real = realPath(path, "broken link");
        if (real == null) return;
        if (!real.startsWith(root.real())) { // a link out of the tree: /etc/shadow, a whole outside folder
            skip(path, "a link to a " + (Files.isDirectory(real) ? "folder" : "file") + " outside " + root.path());
            return;
        }
        if (!firstVisit(path, real)) return;
        if (Files.isDirectory(real)) visitDirectory(path, root);
        else if (isArticle(path, real)) add(path, root.path().relativize(path));
    }

    private Path realPath(Path path, String missing) {
        try {
            return path.toRealPath();
        } catch (NoSuchFileException e) {
            fail(path, missing);
        } catch (IOException e) {
            fail(path, "cannot resolve: " + e.getMessage());
        }
        return null;
    }

    /** A link back to something already seen, or a loop: said, not followed. */
    private boolean firstVisit(Path path, Path real) {
        if (visited.add(real)) return true;
        skip(path, Files.isDirectory(real) ? "a link to a folder already read (" + real + ")" : "the same file as " + real);
        return false;
    }

    private boolean isArticle(Path path, Path real) {
        if (!Files.isRegularFile(real)) {
            fail(path, "not a regular file");
            return false;
        }
        if (!EXTENSIONS.contains(extension(path))) {
            skip(path, "not a .txt, .md or .html file");
            return false;
        }
        return true;
    }

    /** A file given by itself: named by its path under the working directory, else by its name with its absolute path as source. */
    private void namedFile(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(workingDirectory)) {
            add(path, workingDirectory.relativize(absolute));
        } else {
            String source = Normalizer.normalize(absolute.toString(), Normalizer.Form.NFC);
            add(path, DocumentIds.of(absolute.getFileName()), source);
        }
    }

    private void add(Path path, Path relative) {
        String source = DocumentIds.source(relative);
        add(path, DocumentIds.id(source), source);
    }

    private void add(Path path, String id, String source) {
        DocumentIds.problem(id).ifPresentOrElse(
                problem -> fail(path, "cannot be stored under the id '" + id + "' its path gives: " + problem + "; rename it"),
                () -> files.add(new SourceFile(path, id, source, DocumentIds.withoutExtension(path.getFileName().toString()))));
    }

    private void visitDirectory(Path dir, Root root) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            fail(dir, "cannot read directory (" + e.getClass().getSimpleName() + ")");
            return;
        }
        entries.sort(null);
        for (Path entry : entries) visit(entry, root);
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
