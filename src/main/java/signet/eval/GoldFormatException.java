package signet.eval;

import java.nio.file.Path;

/** A gold file (or the folder of them) that cannot be used: names the file and the problem. */
public final class GoldFormatException extends Exception {

    private final transient Path file;

    public GoldFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public GoldFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() { return file; }
}
