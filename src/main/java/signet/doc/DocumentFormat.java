package signet.doc;

import java.util.Locale;
import java.util.Optional;

/** The input formats a {@link TextDocumentReader} accepts, keyed by file extension. */
enum DocumentFormat {
    TXT("txt"),
    MD("md"),
    HTML("html");

    private final String label;

    DocumentFormat(String label) { this.label = label; }

    /** The value stored in {@link Article#format()}. */
    String label() { return label; }

    /** The format for a file name by its extension (.txt, .md, .html, .htm), case-insensitive. */
    static Optional<DocumentFormat> forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "txt", "text" -> Optional.of(TXT);
            case "md", "markdown" -> Optional.of(MD);
            case "html", "htm" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }
}
