package signet.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.eval.FreshStore;
import signet.eval.GoldAgreement;
import signet.eval.GoldDocument;
import signet.eval.GoldEvent;
import signet.eval.GoldRole;
import signet.eval.GoldSet;
import signet.eval.Names;
import signet.eval.Score;
import signet.eval.Scorer;
import signet.eval.StoreRows;
import signet.ingest.IngestReport;
import signet.ingest.Ingester;
import signet.ingest.Pipeline;

class CorpusGeneratorTest {

    @TempDir Path tmp;

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherText() throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), c = tmp.resolve("c");
        new CorpusGenerator(new CorpusConfig(30, 42, a)).write();
        new CorpusGenerator(new CorpusConfig(30, 42, b)).write();
        new CorpusGenerator(new CorpusConfig(30, 43, c)).write();
        List<Path> names = files(a);
        assertEquals(names, files(b));
        for (Path f : names) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        int differing = 0;
        for (Path f : names)
            if (f.startsWith("docs") && !Files.readString(a.resolve(f)).equals(Files.readString(c.resolve(f)))) differing++;
        assertEquals(30, differing, "every article differs under another seed");
    }

    @Test
    void aSmallerCorpusIsAPrefixOfALargerOne() {
        CorpusGenerator small = new CorpusGenerator(new CorpusConfig(10, 5, tmp));
        CorpusGenerator large = new CorpusGenerator(new CorpusConfig(5000, 5, tmp));
        for (int i = 0; i < 10; i++) assertEquals(small.article(i), large.article(i));
    }

    @Test
    void writesOneArticleAndOneGoldFilePerIndexInFoldersOfAThousand() throws Exception {
        CorpusGenerator.Summary s = new CorpusGenerator(new CorpusConfig(1003, 9, tmp.resolve("c"))).write();
        Path root = tmp.resolve("c");
        assertEquals(1003, s.articles());
        try (Stream<Path> d = Files.list(root.resolve("docs"))) {
            assertEquals(List.of("000", "001"), d.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> d = Files.list(root.resolve("docs/000"))) { assertEquals(1000, d.count()); }
        assertTrue(Files.exists(root.resolve("docs/001/001002.txt")));
        try (Stream<Path> d = Files.list(root.resolve("gold"))) { assertEquals(1003, d.count()); }
        assertTrue(Files.exists(root.resolve("aliases.tsv")));

        GoldSet gold = GoldSet.read(root.resolve("gold")); // the project's own gold reader accepts every file
        assertEquals(1003, gold.documents().size());
        assertEquals("001002.txt", gold.documents().get("001002").doc());
        assertEquals(s.agreements(), gold.all().stream().mapToInt(g -> g.agreements().size()).sum());
        assertTrue(s.agreements() > 800 && s.roles() > 800 && s.partOf() > 100 && s.events() > 200 && s.notAgreements() > 50,
                s::line);
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(tmp.resolve("old.txt"), "x");
        IOException e = assertThrows(IOException.class, () -> new CorpusGenerator(new CorpusConfig(3, 1, tmp)).write());
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    @Test
    void aFewOrganizationsAreVeryCommonAndMostAreRare() {
        CorpusGenerator g = new CorpusGenerator(new CorpusConfig(2000, 11, tmp));
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (int i = 0; i < 2000; i++) {
            for (GoldAgreement a : g.article(i).gold().agreements())
                for (String p : a.parties()) { counts.merge(p, 1, Integer::sum); total++; }
        }
        List<String> byPopularity = g.organizationsByPopularity();
        int top = counts.getOrDefault(byPopularity.get(0), 0);
        double topShare = top / (double) total;
        // Zipf with exponent 1.1 over 1500 names gives rank 0 about 13% (the article cast adds some reuse)
        assertTrue(topShare > 0.08 && topShare < 0.25, "top share " + topShare);
        int top10 = byPopularity.subList(0, 10).stream().mapToInt(n -> counts.getOrDefault(n, 0)).sum();
        assertTrue(top10 / (double) total > 0.3, "top ten share " + top10 / (double) total);
        long seenOnce = counts.values().stream().filter(c -> c == 1).count();
        assertTrue(seenOnce > 100, "a long tail of names seen once: " + seenOnce);
    }

    @Test
    void zipfSamplesFollowTheDistribution() {
        Zipf z = Zipf.of(1000, 1.0);
        RandomGenerator r = new SplittableRandom(3);
        int[] hits = new int[1000];
        int n = 200_000;
        for (int i = 0; i < n; i++) hits[z.sample(r)]++;
        for (int k : new int[] {0, 1, 9, 99}) {
            double expected = z.probability(k) * n;
            assertEquals(expected, hits[k], 5 * Math.sqrt(expected), "rank " + k);
        }
        assertTrue(hits[0] > 2 * hits[1] * 0.9 && hits[0] > hits[999] * 100);
    }

    @Test
    void everyGoldNameOccursInTheArticleText() {
        CorpusGenerator g = new CorpusGenerator(new CorpusConfig(300, 21, tmp));
        for (int i = 0; i < 300; i++) {
            GeneratedArticle a = g.article(i);
            String text = a.text();
            GoldDocument gold = a.gold();
            assertEquals(a.id() + ".txt", gold.doc());
            for (GoldAgreement ag : gold.agreements()) {
                ag.parties().forEach(p -> assertTrue(text.contains(p), () -> a.id() + ": party " + p));
                if (!ag.place().isEmpty()) assertTrue(mentionsPlace(text, ag.place()), () -> a.id() + ": place " + ag.place());
                assertTrue(ag.date().isEmpty() || ag.date().compareTo(gold.published()) <= 0, () -> a.id() + ": a signing after its article");
            }
            for (GoldRole r : gold.roles()) {
                assertTrue(text.contains(r.person()), () -> a.id() + ": person " + r.person());
                assertTrue(text.contains(r.org()), () -> a.id() + ": org " + r.org());
                assertTrue(text.toLowerCase().contains(r.title().toLowerCase()), () -> a.id() + ": title " + r.title());
            }
            gold.partOf().forEach(p -> assertTrue(text.contains(p.child()) && text.contains(p.parent()), () -> a.id() + ": " + p));
            for (GoldEvent e : gold.events()) {
                e.participants().forEach(p -> assertTrue(text.contains(p), () -> a.id() + ": participant " + p));
                assertFalse(e.date().isEmpty(), "an event always has a date written");
            }
            gold.notAgreements().forEach(p -> assertTrue(text.contains(p.first()) && text.contains(p.second())));
        }
    }

    private static final BenchData DATA = BenchData.load();

    /** A city is written by its name or, now and then, one of its aliases ("St. Petersburg"). */
    private static boolean mentionsPlace(String text, String place) {
        if (text.contains(place)) return true;
        return DATA.knownCities.stream().filter(c -> c.name().equals(place))
                .anyMatch(c -> c.aliases().stream().anyMatch(text::contains));
    }

    @Test
    void theRealPipelineReadsMostOfWhatTheCorpusStates() throws Exception {
        Path root = tmp.resolve("corpus");
        new CorpusGenerator(new CorpusConfig(50, 2024, root)).write();
        GoldSet gold = GoldSet.read(root.resolve("gold"));
        Names names = Names.load(root.resolve("aliases.tsv"));
        Score score;
        try (FreshStore fresh = FreshStore.create()) {
            IngestReport report = new Ingester(fresh.store(), Pipeline.standard(), new PrintWriter(new StringWriter())).ingest(List.of(root.resolve("docs")));
            assertFalse(report.hasFailures(), report::summary);
            assertEquals(50, report.documents());
            score = new Scorer(names).score(gold, new StoreRows(Path.of("queries"), Duration.ofMinutes(1)).read(fresh.store().dataset()));
        }
        String lines = String.join("\n", score.lines(false));
        assertTrue(score.factF1() > 0.85, lines);
        assertTrue(score.agreements().recall() > 0.85, lines);
        assertTrue(score.roles().f1() > 0.85, lines);
        assertTrue(score.partOf().f1() > 0.85, lines);
    }
}
