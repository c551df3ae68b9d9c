package signet.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import signet.doc.Article;
import signet.doc.DocumentException;
import signet.fact.ExtractionResult;
import signet.ingest.Pipeline;

/**
 * Throughput of reading and extraction, in articles per second: one operation reads one article
 * from its bytes (decoding, cleaning, sentences, publication date) and extracts its facts, with
 * one {@link Pipeline} shared by all threads, as a parallel ingest uses it. Building and storing
 * the graph are not included.
 *
 * <p>The articles are the bundled seeds ({@code data/articles} under {@code signet.home}) and the
 * invented articles in {@code src/test/resources/bench-articles}; each thread cycles through all of them,
 * so a score is the mean over the set. {@code oneThread} and {@code twoThreads} differ only in
 * the thread count (JMH sums the threads' throughput). Run with {@code bench/jmh}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class ExtractionBenchmark {

    /** A file name (it gives the format and the id) and the file's bytes, read once. */
    record Input(String name, byte[] bytes) {}

    private Pipeline pipeline;
    private List<Input> inputs;

    /** Where each thread is in the list of articles. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup
    public void setUp() throws IOException, URISyntaxException {
        pipeline = Pipeline.standard();
        List<Input> in = new ArrayList<>();
        Path home = Path.of(System.getProperty("signet.home", "."));
        addAll(in, home.resolve("data/articles"));
        addAll(in, Path.of(ExtractionBenchmark.class.getResource("/bench-articles").toURI()));
        if (in.size() < 4) throw new IllegalStateException("too few benchmark articles (" + in.size() + "); is signet.home set?");
        inputs = List.copyOf(in);
    }

    private static void addAll(List<Input> out, Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().matches(".*\\.(txt|md|html)") && !p.getFileName().toString().startsWith("README")).sorted().toList())
                out.add(new Input(f.getFileName().toString(), Files.readAllBytes(f)));
        }
    }

    private ExtractionResult readAndExtract(Cursor c) throws DocumentException {
        Input in = inputs.get(c.next);
        c.next = (c.next + 1) % inputs.size();
        Article a = pipeline.reader().read(in.name(), in.bytes());
        return pipeline.extractor().extract(a);
    }

    @Benchmark
    @Threads(1)
    public ExtractionResult oneThread(Cursor c) throws DocumentException {
        return readAndExtract(c);
    }

    @Benchmark
    @Threads(2)
    public ExtractionResult twoThreads(Cursor c) throws DocumentException {
        return readAndExtract(c);
    }
}
