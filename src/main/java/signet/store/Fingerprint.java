package signet.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What a document's graph was built from: the SHA-256 of the file's bytes, the extractor
 * version and where the document was read from ({@code sig:sourcePath}; empty for a document
 * stored before Signet recorded it). Equal fingerprints mean re-extracting would produce the
 * same graph, so the document can be skipped; the source also tells whether a file may replace
 * a stored document at all (only the same source may).
 */
public record Fingerprint(String contentHash, String extractorVersion, Optional<String> source) {
    public Fingerprint {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        Objects.requireNonNull(source, "source");
    }

    /** A fingerprint with no recorded source. */
    public Fingerprint(String contentHash, String extractorVersion) {
        this(contentHash, extractorVersion, Optional.empty());
    }

    @Override
    public String toString() {
        return contentHash + " (extractor " + extractorVersion + source.map(s -> ", from " + s).orElse("") + ")";
    }
}
