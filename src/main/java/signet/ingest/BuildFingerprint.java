package signet.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A digest of everything that decides what a document's graph contains: the classes of the
 * reading, date, extraction and graph-building packages and the word lists, rules, reference data
 * and ontology they load. Stored with each document's graph, so an ingest after any change to them
 * (code included, not only rule files) re-extracts unchanged files instead of keeping stale graphs.
 * Computed once per run from the jar or class folder Signet runs from.
 */
public final class BuildFingerprint {
    private static final List<String> PARTS = List.of("signet/doc/", "signet/time/", "signet/extract/", "signet/graph/",
            "lexicons/", "rules/", "reference/", "ontology/");

    private BuildFingerprint() {}

    public static String compute() {
        try {
            Path root = Path.of(BuildFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(root)) {
                digest(root, md);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
                    digest(jar.getPath("/"), md);
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fingerprint the Signet build", e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the Signet build", e);
        }
    }

    private static void digest(Path root, MessageDigest md) throws IOException {
        for (String part : PARTS) {
            Path dir = root.resolve(part);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    md.update(root.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = Files.newInputStream(f)) {
                        md.update(in.readAllBytes());
                    }
                }
            }
        }
    }
}
