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
 * folder ({@code crawl} → id {@code 2024/index}); a file given by itself by its path relative to
 * the current directory, or, when it lies outside it, by its name. The source recorded with it
 * (what decides whether it may replace a stored document) puts the name of that folder first
 * ({@code crawl/2024/index.html}): {@code ingest day1} and then {@code ingest day2}, each holding
 * an {@code index.html}, give two files of id {@code index} from two sources, so the second is
 * refused instead of replacing the first. A folder's name, not its absolute path, so a store
 * keeps recognising its files after the folder moved or on another machine.
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

    /**
     * The folder ids are relative to: ids are relative to {@code path}; a folder given to the ingest
     * reads nothing outside {@code real}; sources start with {@code real}'s name.
     */
    private record Root(Path path, Path real) {
        String source(Path relative) {
            Path name = real.getFileName();
            String below = DocumentIds.source(relative);
            return name == null ? below : DocumentIds.source(name) + "/" + below;
        }
    }

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
        else if (isArticle(path, real)) namedFile(path, real);
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
        else if (isArticle(path, real)) add(path, root, root.path().relativize(path));
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

    /** A file given by itself: named by its path under the working directory, else by its name (its folder the root). */
    private void namedFile(Path path, Path real) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = absolute.startsWith(workingDirectory) ? workingDirectory : absolute.getParent();
        Path rootReal;
        try {
            rootReal = root.toRealPath();
        } catch (IOException e) { // the file resolved, so its folder does: only a race gets here
            rootReal = real.getParent();
        }
        add(path, new Root(root, rootReal), root.relativize(absolute));
    }

    private void add(Path path, Root root, Path relative) {
        String id = DocumentIds.of(relative);
        DocumentIds.problem(id).ifPresentOrElse(
                problem -> fail(path, "cannot be stored under the id '" + id + "' its path gives: " + problem + "; rename it"),
                () -> files.add(new SourceFile(path, id, root.source(relative), DocumentIds.withoutExtension(path.getFileName().toString()))));
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
