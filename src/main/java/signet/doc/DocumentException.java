package signet.doc;

import java.nio.file.Path;

/** A document that cannot be read or understood; the message names the file and the reason. */
public class DocumentException extends Exception {
    private final Path file;

    public DocumentException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public DocumentException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() { return file; }
}
