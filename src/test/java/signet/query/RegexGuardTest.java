package signet.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import signet.store.Tdb2Store;

/**
 * Regular expressions in queries keep ARQ's meaning and stop at the query's time-out
 * ({@link RegexGuard}), on a real TDB2 store through {@link QueryRunner}.
 */
class RegexGuardTest {

    /** Backtracks for hours on Java's engine: 2^28 ways to split the a's, times the nesting. */
    static final String RUNAWAY_TEXT = "aaaaaaaaaaaaaaaaaaaaaaaaaaaa!";
    static final String RUNAWAY_PATTERN = "^(((a+)+)+)+b";
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir Path tmp;
    Tdb2Store store;

    @BeforeEach void setUp() {
        store = Tdb2Store.open(tmp.resolve("db"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                PREFIX ex: <https://example.org/>
                ex:rosatom ex:name "Rosatom State Corporation" .
                ex:safran ex:name "Safran Group"@fr .
                ex:gazprom ex:name "Gazprom Neft" ; ex:text "%s" .
                """.formatted(RUNAWAY_TEXT), Lang.TURTLE).parse(g);
        store.replaceGraph("https://w3id.org/signet/id/graph/doc1", g);
    }

    @AfterEach void tearDown() { store.close(); }

    String csv(String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset(), TIMEOUT).run(NamedQuery.parse("t", sparql, "test"), Map.of(), ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    static final String PREFIXES = """
            PREFIX ex: <https://example.org/>
            PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
            PREFIX sparql: <http://www.w3.org/ns/sparql#>
            PREFIX apf: <http://jena.apache.org/ARQ/property#>
            """;

    @Test void theFunctionsKeepTheirMeaning() {
        assertEquals("n\nRosatom State Corporation\n", csv(PREFIXES + "SELECT ?n { ?o ex:name ?n FILTER REGEX(?n, 'state', 'i') }"));
        assertEquals("n\nGazprom Neft\n", csv(PREFIXES + "SELECT ?n { ?o ex:name ?n FILTER fn:matches(?n, '^G') }"));
        assertEquals("n\nSafran Group\n", csv(PREFIXES + "SELECT ?n { ?o ex:name ?n FILTER sparql:regex(?n, 'roup$') }"));
        assertEquals("n\nGazprom Neft\n",
                csv(PREFIXES + "SELECT ?n { ?o ex:name ?n FILTER <java:org.apache.jena.sparql.function.library.FN_Matches>(?n, 'Neft') }"));
        // groups, the language tag kept, an unchanged string returned as it was
        assertEquals("r\nGroup Safran\n", csv(PREFIXES + "SELECT ?r { ex:safran ex:name ?n BIND(REPLACE(?n, '(\\\\w+) (\\\\w+)', '$2 $1') AS ?r) FILTER(LANG(?r) = 'fr') }"));
        assertEquals("r\nGazprom-Neft\n", csv(PREFIXES + "SELECT ?r { ex:gazprom ex:name ?n BIND(fn:replace(?n, ' ', '-') AS ?r) }"));
        assertEquals("r\nRosatom State Corporation\n", csv(PREFIXES + "SELECT ?r { ex:rosatom ex:name ?n BIND(sparql:replace(?n, 'x', 'y') AS ?r) }"));
        // an empty match is replaced once, as in ARQ
        assertEquals("r\n-abc\n", csv(PREFIXES + "SELECT ?r { BIND(REPLACE('abc', 'x*', '-') AS ?r) }"));
        assertEquals("t\nNeft\n", csv(PREFIXES + "SELECT ?t { ?t apf:strSplit ('Gazprom  ,  Neft' ',') FILTER(?t != 'Gazprom') }"));
        // in EXISTS, GROUP_CONCAT and ORDER BY too
        assertEquals("n\nSafran Group\n", csv(PREFIXES + "SELECT ?n { ?o ex:name ?n FILTER EXISTS { ?o ex:name ?m FILTER REGEX(?m, 'Saf') } }"));
        assertEquals("all\nGazpromNeft\n", csv(PREFIXES + "SELECT (GROUP_CONCAT(REPLACE(?n, ' ', '')) AS ?all) { ex:gazprom ex:name ?n }"));
        // a bad pattern is an evaluation error (the row is dropped), not a server error
        assertEquals("n\n", csv(PREFIXES + "SELECT ?n { ?o ex:name ?n FILTER REGEX(?n, ?n + '(') }"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT ?x { BIND(REGEX('%1$s', '%2$s') AS ?x) }",
            "SELECT ?t { ?o ex:text ?t FILTER REGEX(?t, '%2$s') }",
            "SELECT ?x { BIND(REPLACE('%1$s', '%2$s', 'x') AS ?x) }",
            "SELECT ?x { BIND(fn:matches('%1$s', '%2$s') AS ?x) }",
            "SELECT ?x { BIND(fn:replace('%1$s', '%2$s', 'x') AS ?x) }",
            "SELECT ?x { BIND(sparql:regex('%1$s', '%2$s') AS ?x) }",
            "SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.FN_Matches>('%1$s', '%2$s') AS ?x) }",
            "SELECT ?x { ?x apf:strSplit ('%1$s' '%2$s') }",
            "SELECT ?o { ?o ex:name ?n FILTER NOT EXISTS { ?o ex:text ?t FILTER REGEX(?t, '%2$s') } }",
            "SELECT ?o { ?o ex:name ?n } ORDER BY REPLACE(CONCAT('%1$s', ?n), '%2$s', '')",
    })
    // without the guard the match runs for hours: fail instead of hanging the build
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRunawayPatternStopsAtTheTimeOut(String form) {
        String sparql = PREFIXES + form.formatted(RUNAWAY_TEXT, RUNAWAY_PATTERN);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        assertThrows(QueryCancelledException.class, () -> csv(sparql));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < TIMEOUT.toSeconds() + 2, "answered after " + seconds + " s: " + form);
        assertTrue(threads.getCurrentThreadCpuTime() - cpu < (TIMEOUT.toSeconds() + 2) * 1_000_000_000L, "stopped computing: " + form);
    }
}
