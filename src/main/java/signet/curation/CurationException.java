package signet.curation;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A curation file that cannot be used: it does not parse, or a curation in it lacks what it needs
 * (a curator, a date, the fact it retracts...). The message starts with {@code FILE:LINE:COLUMN:}
 * when the parser knows where, else {@code FILE:}, so an editor can jump to it. Nothing is written
 * to the store when this is thrown.
 */
public final class CurationException extends Exception {
    private final Path file;
    private final long line;
    private final long column;

    /** A problem at a place in a file; line and column are 1-based, -1 when unknown. */
    public CurationException(Path file, long line, long column, String reason) {
        super(location(file, line, column) + reason);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
    }

    /** A problem with a curation in a file, where the parser gives no position (a missing property). */
    public CurationException(Path file, String reason) {
        this(file, -1, -1, reason);
    }

    public Path file() { return file; }
    public long line() { return line; }
    public long column() { return column; }

    private static String location(Path file, long line, long column) {
        if (line < 1) return file + ": ";
        return file + ":" + line + (column < 1 ? "" : ":" + column) + ": ";
    }
}
