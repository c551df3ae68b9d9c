package signet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A real, independent Fuseki server ({@code jena-fuseki-server} 6.0.0, copied into
 * {@code target/fuseki-server/} by the build) running as its own process on a free loopback port,
 * for tests that need "some other SPARQL store" (ingest --to, serve --remote). A separate process,
 * not a classpath dependency: the jar is shaded and its Jena classes would clash with ours.
 *
 * <pre>{@code
 * try (FusekiProcess fuseki = FusekiProcess.builder().dataset("ds").update(true).start()) {
 *     fuseki.datasetUrl();   // http://127.0.0.1:PORT/ds   (GSP on PUT ?graph=, query, update)
 *     fuseki.sparqlUrl();    // http://127.0.0.1:PORT/ds/sparql
 * }
 * }</pre>
 * Started with the JDK running the tests; its output goes to a log file ({@link #log()}), which
 * the start-up failure message includes.
 */
public final class FusekiProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final String dataset;
    private final Path workDir;
    private final Path logFile;

    private FusekiProcess(Process process, int port, String dataset, Path workDir, Path logFile) {
        this.process = process;
        this.port = port;
        this.dataset = dataset;
        this.workDir = workDir;
        this.logFile = logFile;
    }

    public static Builder builder() { return new Builder(); }

    /** Options of the server; {@link #start()} launches it and waits until it answers queries. */
    public static final class Builder {
        private String dataset = "ds";
        private boolean update;
        private Path tdb2;
        private String heap = "512m";
        private final List<String> extra = new ArrayList<>();

        private Builder() {}

        /** Dataset name, served at {@code /NAME} (default {@code ds}). */
        public Builder dataset(String name) { this.dataset = Objects.requireNonNull(name); return this; }

        /**
         * Allow SPARQL Update and Graph Store Protocol writes. Fuseki 6 makes an in-memory dataset
         * updatable even without it (checked: PUT answers 201); a read-only server needs
         * {@link #tdb2} without update (PUT then answers 405).
         */
        public Builder update(boolean on) { this.update = on; return this; }

        /** Serve this TDB2 directory instead of an in-memory dataset (no other process may have it open). */
        public Builder tdb2(Path dir) { this.tdb2 = dir; return this; }

        /** The server's maximum heap, e.g. {@code 1g} (default 512m). */
        public Builder heap(String xmx) { this.heap = Objects.requireNonNull(xmx); return this; }

        /** More command-line options for the server (see {@code java -jar jena-fuseki-server.jar --help}). */
        public Builder arg(String option) { extra.add(option); return this; }

        public FusekiProcess start() throws IOException, InterruptedException {
            Path jar = jar();
            int port = freePort();
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-jar", jar.toString(),
                    "--port", Integer.toString(port), "--localhost"));
            if (tdb2 != null) Files.createDirectories(tdb2); // Fuseki refuses a missing folder
            if (tdb2 != null) cmd.addAll(List.of("--tdb2", "--loc", tdb2.toString()));
            else cmd.add("--mem");
            if (update) cmd.add("--update");
            cmd.addAll(extra);
            cmd.add("/" + dataset);
            // the server writes a run/ folder (configuration, logs) into its working directory: a temporary one
            Path work = Files.createTempDirectory("fuseki-" + port + "-");
            Path log = work.resolve("server.log");
            Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            FusekiProcess f = new FusekiProcess(p, port, dataset, work, log);
            try {
                f.awaitReady();
            } catch (IOException | InterruptedException | RuntimeException e) {
                f.close();
                throw e;
            }
            return f;
        }
    }

    public int port() { return port; }

    /** {@code http://127.0.0.1:PORT} */
    public String baseUrl() { return "http://127.0.0.1:" + port; }

    /** The dataset: Graph Store Protocol, query and update all answer here. */
    public String datasetUrl() { return baseUrl() + "/" + dataset; }

    /** The query endpoint. */
    public String sparqlUrl() { return datasetUrl() + "/sparql"; }

    /** The update endpoint (only with {@link Builder#update}). */
    public String updateUrl() { return datasetUrl() + "/update"; }

    /** The Graph Store Protocol endpoint. */
    public String gspUrl() { return datasetUrl() + "/data"; }

    /** Everything the server printed so far. */
    public String log() {
        try {
            return Files.readString(logFile);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public boolean isAlive() { return process.isAlive(); }

    /** Stops the server (and its child processes) and waits for it. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(workDir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // a leftover folder in the temp directory is harmless
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ask = URI.create(sparqlUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive())
                throw new IllegalStateException("Fuseki exited with status " + process.exitValue() + " before answering:\n" + log());
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Fuseki did not answer on " + sparqlUrl() + " within " + START_TIMEOUT.toSeconds() + " s:\n" + log());
    }

    private static Path jar() {
        String configured = System.getProperty("signet.fusekiServerJar");
        Path jar = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("signet.home", "."), "target", "fuseki-server", "jena-fuseki-server-6.0.0.jar");
        if (!Files.isRegularFile(jar))
            throw new IllegalStateException("no Fuseki server jar at " + jar + "; `mvn process-test-resources` copies it there "
                    + "(maven-dependency-plugin, execution copy-fuseki-server)");
        return jar;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    @Override
    public String toString() { return "FusekiProcess[" + datasetUrl() + "]"; }
}
