package signet.store;

import java.util.Objects;

/**
 * What a document's graph was built from: the SHA-256 of the file's bytes and the extractor
 * version. Equal fingerprints mean re-extracting would produce the same graph, so the
 * document can be skipped.
 */
public record Fingerprint(String contentHash, String extractorVersion) {
    public Fingerprint {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
    }

    @Override
    public String toString() { return contentHash + " (extractor " + extractorVersion + ")"; }
}
