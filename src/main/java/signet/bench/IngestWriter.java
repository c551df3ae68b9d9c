package signet.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The load test's writer: one thread posting articles to a running server, one after the other,
 * while the query clients run, so the figures say what an ingest costs the readers and what the
 * readers cost the ingest.
 *
 * <p>The contract it is written against: {@code POST {url}/ingest?id=ID} with the article text
 * as the body ({@code Content-Type: text/plain; charset=utf-8}) and HTTP Basic credentials; the
 * server answers 200 or 201 (with a small JSON body) when it stored the article. ID is the file
 * name without {@code .txt}, prefixed with {@value #ID_PREFIX}, so the posts add documents next to
 * the store's own instead of replacing them. Any other status, an IO error or a time-out is an
 * error.
 */
public final class IngestWriter {

    /** The server's ingest route, under the base URL. */
    public static final String PATH = "/ingest";
    /** Prefix of the document ids posted: new documents, never one of the store's. */
    public static final String ID_PREFIX = "load-";
    static final String TEXT_SUFFIX = ".txt";
    /** Errors printed as they happen; later ones are only counted. */
    static final int MAX_PRINTED_ERRORS = 5;

    /** HTTP Basic credentials; the password never appears in {@link #toString()}. */
    public record Credentials(String user, String password) {
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (user.isEmpty() || user.contains(":")) throw new IllegalArgumentException("a user name must be non-empty and without ':'");
        }

        /** The first line of a file (a password file): trailing line break and carriage return dropped. */
        public static Credentials fromPasswordFile(String user, Path file) {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                String password = lines.findFirst().orElse("");
                if (password.isEmpty()) throw new IllegalArgumentException("the first line of " + file + " is empty: no password");
                return new Credentials(user, password);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the password file " + file, e);
            }
        }

        /** The {@code Authorization} header's value. */
        String header() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() { return "Credentials[user=" + user + ", password=***]"; }
    }

    /**
     * What the writer did in the measured window.
     *
     * @param posts      posts started in the window (all awaited)
     * @param errors     how many of them failed
     * @param errorCauses those failures by cause ({@code HTTP 401}, {@code client time-out}, ...)
     * @param warmupErrors posts that failed during the warm-up (not in {@code posts})
     * @param seconds    from the window's start to the end of its last post
     * @param stats      latency of the posts (failed ones too), none when there was no post
     * @param ranOut     true when every article had been posted before the window ended
     * @param firstErrors the first errors, as printed
     */
    public record Result(int posts, int errors, Map<String, Integer> errorCauses, int warmupErrors, double seconds, Optional<QueryBenchmark.Stats> stats, boolean ranOut, List<String> firstErrors) {
        public Result {
            errorCauses = Collections.unmodifiableMap(new TreeMap<>(errorCauses));
            firstErrors = List.copyOf(firstErrors);
        }

        public double perSecond() { return seconds > 0 ? posts / seconds : 0; }
    }

    private final HttpClient http;
    private final URI base;
    private final List<Path> articles;
    private final Credentials credentials;
    private final Duration timeout;
    private final PrintWriter log;

    /**
     * @param base     the server's base URL ({@code http://127.0.0.1:3030})
     * @param articles the files to post, in this order
     * @param timeout  longest one post may take before it counts as an error
     * @param log      where the first errors are printed as they happen
     */
    public IngestWriter(HttpClient http, URI base, List<Path> articles, Credentials credentials, Duration timeout, PrintWriter log) {
        this.http = Objects.requireNonNull(http, "http");
        this.base = Objects.requireNonNull(base, "base");
        this.articles = List.copyOf(articles);
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.log = Objects.requireNonNull(log, "log");
        if (this.articles.isEmpty()) throw new IllegalArgumentException("no articles to post");
    }

    /** Every {@code .txt} file under {@code dir}, any depth, in name order (so runs post the same sequence). */
    public static List<Path> articles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(TEXT_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the articles in " + dir, e);
        }
    }

    /** The document id a file is posted under: {@code load-} and the name without {@code .txt}. */
    public static String id(Path article) {
        String name = article.getFileName().toString();
        return ID_PREFIX + (name.endsWith(TEXT_SUFFIX) ? name.substring(0, name.length() - TEXT_SUFFIX.length()) : name);
    }

    /**
     * Posts articles one after the other until {@code endNanos} (or the last article); posts
     * started before {@code measureFromNanos} (the warm-up) are sent but not counted. Returns
     * when the last post has been answered.
     */
    public Result run(long measureFromNanos, long endNanos) throws InterruptedException {
        Tally tally = new Tally();
        List<String> firstErrors = new ArrayList<>();
        long lastEnd = measureFromNanos;
        int next = 0, warmupErrors = 0;
        while (System.nanoTime() < endNanos && next < articles.size()) {
            Path article = articles.get(next++);
            HttpRequest request = request(article);
            long start = System.nanoTime();
            Exchange.Outcome o = Exchange.send(http, request, timeout);
            long end = System.nanoTime();
            boolean measured = start >= measureFromNanos;
            if (o.failed() && firstErrors.size() < MAX_PRINTED_ERRORS) {
                String line = "ingest " + id(article) + (measured ? "" : " (warm-up)") + ": " + o.problem();
                firstErrors.add(line);
                synchronized (log) {
                    log.println("error: " + line);
                    log.flush();
                }
            }
            if (measured) {
                tally.record(end - start, o);
                lastEnd = end;
            } else if (o.failed()) {
                warmupErrors++;
            }
        }
        boolean ranOut = next == articles.size() && System.nanoTime() < endNanos;
        return new Result(tally.requests(), tally.errors(), tally.causes(), warmupErrors, (lastEnd - measureFromNanos) / 1e9, tally.stats(), ranOut, firstErrors);
    }

    private HttpRequest request(Path article) {
        byte[] text;
        try {
            text = Files.readAllBytes(article);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + article, e);
        }
        URI uri = URI.create(base + PATH + "?id=" + URLEncoder.encode(id(article), StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Authorization", credentials.header())
                .POST(HttpRequest.BodyPublishers.ofByteArray(text)).build();
    }
}
