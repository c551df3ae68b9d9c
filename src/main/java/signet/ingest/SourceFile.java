package signet.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to ingest with the identity its place gives it (see {@link signet.doc.DocumentIds}).
 *
 * @param path   where to read it
 * @param id     the document id ({@code 2024/index})
 * @param source where it was read from, recorded as {@code sig:sourcePath}: the path after the name of
 *               the folder it is relative to ({@code crawl/2024/index.html}):
 *               only a file of the same source may replace the stored document of that id
 * @param formerId the id the same file had before ids were paths (its name without extension), under
 *                 which a store made then may hold it; equal to {@code id} when nothing changed
 */
public record SourceFile(Path path, String id, String source, String formerId) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(formerId, "formerId");
    }

    /** An article posted over HTTP, under the id it was posted with: the id is its whole identity. */
    public static SourceFile upload(Path spooled, String id) {
        return new SourceFile(spooled, id, signet.doc.DocumentIds.UPLOAD_SOURCE, id);
    }
}
