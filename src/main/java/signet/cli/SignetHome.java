package signet.cli;

import java.nio.file.Path;

/**
 * Where the project's files are: the {@code signet.home} system property, which the
 * {@code ./signet} launcher sets to its own folder, else the current directory. The default
 * store, the bundled articles, the named queries and the shapes are found under it.
 */
record SignetHome(Path dir) {

    static SignetHome current() {
        String p = System.getProperty("signet.home");
        return new SignetHome(Path.of(p == null || p.isBlank() ? "" : p).toAbsolutePath().normalize());
    }

    Path store() { return dir.resolve("store"); }
    Path articles() { return dir.resolve("data").resolve("articles"); }
    Path queries() { return dir.resolve("queries"); }
    Path shapes() { return dir.resolve("ontology").resolve("shapes.ttl"); }
}
