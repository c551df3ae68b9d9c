package signet.doc;

import java.nio.file.Path;

/** Turns a file (.txt, .md, .html) into a cleaned {@link Article}. Thread-safe. */
public interface DocumentReader {
    /** Reads and cleans a file; the exception names the file and the reason. */
    Article read(Path file) throws DocumentException;

    /** Reads and cleans already loaded bytes; {@code fileName} gives the id and the format. */
    Article read(String fileName, byte[] bytes) throws DocumentException;
}
