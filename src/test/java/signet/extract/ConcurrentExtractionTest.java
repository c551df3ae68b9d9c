package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import signet.doc.Article;
import signet.fact.ExtractionResult;
import signet.ingest.Pipeline;

/**
 * One shared pipeline read, extract and build from several threads at once (as a parallel
 * ingest does) gives, for every article, exactly what one thread gives: no stage keeps state
 * between articles that another thread could see half-written.
 */
class ConcurrentExtractionTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 15;

    /** A file name and its bytes: the seeds and the invented benchmark articles. */
    private record Input(String name, byte[] bytes) {}

    @Test
    void fourThreadsGiveWhatOneThreadGives() throws Exception {
        Pipeline p = Pipeline.standard();
        List<Input> inputs = inputs();
        assertTrue(inputs.size() >= 9, "seeds and invented articles: " + inputs.size());
        List<String> expected = new ArrayList<>();
        for (Input in : inputs) expected.add(render(p, in));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    // each thread its own order, so different articles are in flight at once
                    List<Integer> order = new ArrayList<>();
                    for (int r = 0; r < ROUNDS; r++) for (int i = 0; i < inputs.size(); i++) order.add(i);
                    Collections.shuffle(order, new Random(seed));
                    List<String> problems = new ArrayList<>();
                    for (int i : order) {
                        String got = render(p, inputs.get(i));
                        if (!got.equals(expected.get(i))) problems.add(inputs.get(i).name());
                    }
                    return problems;
                }));
            }
            start.countDown();
            for (Future<List<String>> f : futures) assertEquals(List.of(), f.get(), "articles whose concurrent extraction differed");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Everything the three stages produce for one article, as text. */
    private static String render(Pipeline p, Input in) throws Exception {
        Article a = p.reader().read(in.name(), in.bytes());
        ExtractionResult r = p.extractor().extract(a);
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, p.builder().build(r, p.extractor().version()), Lang.NTRIPLES);
        List<String> triples = new ArrayList<>(List.of(w.toString().split("\n")));
        Collections.sort(triples);
        return a.sentences() + "\n" + a.published() + " " + a.dateline() + "\n" + r.entities() + "\n" + r.facts() + "\n"
                + r.warnings() + "\n" + String.join("\n", triples);
    }

    private static List<Input> inputs() throws Exception {
        Path home = Path.of(System.getProperty("signet.home", "."));
        List<Input> out = new ArrayList<>();
        for (Path dir : List.of(home.resolve("data/articles"), home.resolve("src/test/resources/bench-articles"))) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(x -> x.getFileName().toString().matches("\\d.*\\.(txt|md|html)")).sorted().toList())
                    out.add(new Input(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        return out;
    }
}
