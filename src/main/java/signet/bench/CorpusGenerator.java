package signet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import signet.eval.GoldDocument;

/**
 * A deterministic benchmark corpus: synthetic news articles about invented (and a few real)
 * media organizations, and the gold facts each one states, so that the same corpus measures
 * ingest speed and checks that extraction quality holds at scale.
 *
 * <p>Layout written under {@link CorpusConfig#out()}:
 * <pre>
 *   docs/000/000000.txt … docs/099/099999.txt   articles, at most 1000 per folder
 *   gold/000000.json …                          one gold file per article (shared/eval format)
 *   aliases.tsv                                 every surface form of a name → its canonical name
 * </pre>
 * The same config gives byte-identical files. Article {@code i} depends only on the seed and
 * {@code i} (and the name pool, which depends only on the seed), so a 10,000-article corpus is
 * the first tenth of a 100,000-article one with the same seed. Articles are written one at a
 * time: memory does not grow with the corpus.
 */
public final class CorpusGenerator {

    /** Articles per docs/ sub-folder. */
    public static final int FOLDER_SIZE = 1000;

    /** What a run wrote. */
    public record Summary(int articles, long bytes, int agreements, int roles, int partOf, int events, int notAgreements,
                          Duration elapsed) {
        public String line() {
            double s = Math.max(elapsed.toMillis(), 1) / 1000.0;
            return String.format(Locale.ROOT, "%,d articles (%,.1f MB of text) with %,d agreements, %,d roles, %,d part-of, %,d events, "
                    + "%,d non-signings in %.1f s (%,.0f articles/s)", articles, bytes / 1e6, agreements, roles, partOf, events,
                    notAgreements, s, articles / s);
        }
    }

    private final CorpusConfig config;
    private final BenchData data;
    private final World world;
    private final ArticleComposer composer;
    private final int idWidth;

    public CorpusGenerator(CorpusConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.data = BenchData.load();
        this.world = World.build(data, config.seed(), config.organizations());
        this.composer = new ArticleComposer(data, world);
        this.idWidth = Math.max(6, Integer.toString(config.articles() - 1).length());
    }

    public CorpusConfig config() { return config; }

    /** The id of article {@code index} (0-based): zero-padded, six digits or more. */
    public String id(int index) {
        return String.format(Locale.ROOT, "%0" + idWidth + "d", index);
    }

    /** Article {@code index}, computed on its own (nothing is written). */
    public GeneratedArticle article(int index) {
        Objects.checkIndex(index, config.articles());
        return composer.compose(id(index), new SplittableRandom(articleSeed(config.seed(), index)));
    }

    /** The docs/ file of article {@code index}, relative to the corpus folder. */
    public Path docPath(int index) {
        String folder = String.format(Locale.ROOT, "%0" + (idWidth - 3) + "d", index / FOLDER_SIZE);
        return Path.of("docs", folder, id(index) + ".txt");
    }

    /** The aliases file: organizations, people and cities with every form the corpus writes. */
    public String aliases() {
        StringBuilder b = new StringBuilder("# Names in this corpus: canonical name<TAB>other surface forms, separated by |\n");
        for (World.Org o : world.orgs) b.append(o.name()).append('\t').append(String.join("|", o.aliases())).append('\n');
        for (World.Person p : world.people) b.append(p.name()).append('\t').append('\n');
        for (BenchData.City c : data.knownCities) b.append(c.name()).append('\t').append(String.join("|", c.aliases())).append('\n');
        for (BenchData.City c : data.unknownCities) b.append(c.name()).append('\t').append('\n');
        return b.toString();
    }

    /** Writes the corpus; the folder must be new or empty. */
    public Summary write() throws IOException {
        return write(i -> { });
    }

    /**
     * Writes the corpus, telling {@code progress} the number of articles written after each
     * folder of {@value #FOLDER_SIZE}. The folder must be new or empty, so no earlier, larger
     * corpus leaves articles behind.
     */
    public Summary write(IntConsumer progress) throws IOException {
        long start = System.nanoTime();
        Path out = config.out();
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) throw new IOException(out + " is not a folder");
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) throw new IOException(out + " is not empty; give a new folder");
            }
        }
        Path gold = Files.createDirectories(out.resolve("gold"));
        Files.writeString(out.resolve("aliases.tsv"), aliases(), StandardCharsets.UTF_8);
        long bytes = 0;
        int agreements = 0, roles = 0, partOf = 0, events = 0, notAgreements = 0;
        for (int i = 0; i < config.articles(); i++) {
            Path doc = out.resolve(docPath(i));
            if (i % FOLDER_SIZE == 0) Files.createDirectories(doc.getParent());
            GeneratedArticle a = article(i);
            byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
            Files.write(doc, text);
            Files.writeString(gold.resolve(a.id() + ".json"), GoldJson.write(a.gold()), StandardCharsets.UTF_8);
            bytes += text.length;
            GoldDocument g = a.gold();
            agreements += g.agreements().size();
            roles += g.roles().size();
            partOf += g.partOf().size();
            events += g.events().size();
            notAgreements += g.notAgreements().size();
            if ((i + 1) % FOLDER_SIZE == 0 || i + 1 == config.articles()) progress.accept(i + 1);
        }
        return new Summary(config.articles(), bytes, agreements, roles, partOf, events, notAgreements,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Organization names in popularity order (rank 0 first): for tests and reports. */
    public List<String> organizationsByPopularity() {
        List<String> out = new ArrayList<>();
        for (World.Org o : world.orgs) out.add(o.name());
        return List.copyOf(out);
    }

    /**
     * The seed of one article: the corpus seed and the index mixed (SplitMix64's finaliser), so
     * neighbouring articles get unrelated streams rather than shifted copies of one another.
     */
    static long articleSeed(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

}
