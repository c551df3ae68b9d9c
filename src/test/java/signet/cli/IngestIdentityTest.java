package signet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.graph.Iris;
import signet.graph.SIG;
import signet.store.Tdb2Store;

/**
 * A document is identified by where it was read from, through {@code signet ingest} as a user runs
 * it, into real TDB2 stores: a crawler's folders of {@code index.html} are as many documents, two
 * files of one name named in two runs are two documents, only the same source replaces a stored
 * document, and a store made before ids were paths is neither damaged nor silently doubled.
 */
class IngestIdentityTest {

    @TempDir Path tmp;
    /** Files named by themselves are named by their path under the current directory: the project folder, so here. */
    Path underWorkingDir;

    @AfterEach void cleanUp() throws Exception {
        if (underWorkingDir != null) signet.store.StoreFiles.deleteTree(underWorkingDir);
    }

    static final List<String> FIRST = List.of("Amber", "Birchwood", "Cobalt", "Driftwood", "Ember", "Falconer", "Granite", "Harborline", "Ironvale", "Juniper");
    static final List<String> KIND = List.of("Media Group", "Radio", "Logistics", "Energy", "Shipping");

    /** An invented wire story in which two organizations sign an agreement; {@code n} picks the pair. */
    static String article(int n) {
        String a = FIRST.get(n % 10) + " " + KIND.get(n / 10 % 5), b = FIRST.get((n + 3) % 10) + " " + KIND.get((n / 10 + 2) % 5);
        return "Moscow, 3 March 2026. " + a + " and " + b + " signed a memorandum of understanding on news exchange.\n";
    }

    static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    CliRun ingest(Path db, Path... paths) {
        String[] args = new String[4 + paths.length];
        args[0] = "ingest"; args[1] = "--db"; args[2] = db.toString(); args[3] = "--progress=off";
        for (int i = 0; i < paths.length; i++) args[4 + i] = paths[i].toString();
        return CliRun.run(args);
    }

    static String digest(Path db) {
        CliRun r = CliRun.run("digest", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        return r.out().strip();
    }

    /** Agreements per document graph. */
    static Map<String, Integer> agreementsByGraph(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Map<String, Integer> out = new TreeMap<>();
                try (QueryExecution q = QueryExecution.dataset(store.dataset()).query("SELECT ?g (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a a <"
                        + SIG.Agreement.getURI() + "> } } GROUP BY ?g").build()) {
                    q.execSelect().forEachRemaining(s -> out.put(s.getResource("g").getURI(), s.getLiteral("n").getInt()));
                }
                return out;
            });
        }
    }

    static String graph(String id) { return Iris.defaults().documentGraph(id); }

    @Test void aCrawlersFoldersOfIndexHtmlAreAsManyDocumentsAndASecondRunChangesNothing() throws Exception {
        Path site = tmp.resolve("site");
        for (int i = 0; i < 50; i++)
            write(site.resolve(String.format("news/%02d/index.html", i)), "<html><body><p>" + article(i) + "</p></body></html>");
        Path db = tmp.resolve("db");
        CliRun first = ingest(db, site);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("50 added"), first.out());
        Map<String, Integer> agreements = agreementsByGraph(db);
        for (int i = 0; i < 50; i++) {
            String g = graph(String.format("news/%02d/index", i));
            assertTrue(agreements.getOrDefault(g, 0) >= 1, "no agreement in " + g + ": " + agreements);
        }
        String before = digest(db);
        CliRun second = ingest(db, site);
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("0 added, 0 replaced, 50 unchanged"), second.out());
        assertEquals(before, digest(db));
    }

    @Test void twoFilesOfOneNameIngestedInTwoRunsAreBothKept() throws Exception {
        underWorkingDir = Files.createTempDirectory(Path.of("target"), "dup-");
        Path a = write(underWorkingDir.resolve("2024/index.txt"), article(1)), b = write(underWorkingDir.resolve("2025/index.txt"), article(2));
        Path db = tmp.resolve("db");
        assertEquals(0, ingest(db, a).code());
        CliRun second = ingest(db, b);
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("1 added, 0 replaced"), second.out());
        Map<String, Integer> agreements = agreementsByGraph(db);
        for (Path p : List.of(a, b)) {
            String id = p.toString().replace('\\', '/').replaceAll("\\.txt$", "");
            assertTrue(agreements.getOrDefault(graph(id), 0) >= 1, id + ": " + agreements);
        }
    }

    @Test void aFileOutsideTheWorkingDirectoryCannotReplaceAnotherOfItsName() throws Exception {
        Path a = write(tmp.resolve("dup/2024/index.txt"), article(1)), b = write(tmp.resolve("dup/2025/index.txt"), article(2));
        Path db = tmp.resolve("db");
        assertEquals(0, ingest(db, a).code());
        String before = digest(db);
        CliRun second = ingest(db, b);
        assertEquals(1, second.code(), second.out());
        assertTrue(second.err().contains("signet: " + b + ": the store's document 'index' was read from 2024/index.txt"), second.err());
        assertEquals(before, digest(db), "the first file's document is kept as it was");
        CliRun again = ingest(db, a);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("1 unchanged"), "the same file is the same source: " + again.out());
    }

    /** Daily folders of a crawl given one by one: the same inner names, from folders of other names. */
    @Test void aFolderGivenAfterAnotherCannotReplaceItsFilesOfTheSameNames() throws Exception {
        Path day1 = tmp.resolve("crawl/day1"), day2 = tmp.resolve("crawl/day2");
        write(day1.resolve("index.html"), "<p>" + article(1) + "</p>");
        Path second = write(day2.resolve("index.html"), "<p>" + article(2) + "</p>");
        Path db = tmp.resolve("db");
        assertEquals(0, ingest(db, day1).code());
        String before = digest(db);
        CliRun r = ingest(db, day2);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("signet: " + second + ": the store's document 'index' was read from day1/index.html"), r.err());
        assertEquals(before, digest(db));
        // the same folder again, from elsewhere (another working directory, a moved copy): its own source
        Path moved = tmp.resolve("elsewhere/day1");
        Files.createDirectories(moved.getParent());
        Files.move(day1, moved);
        CliRun again = ingest(db, moved);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("1 unchanged"), again.out());
        // the whole crawl: ids with the day in them, so both go in (beside the earlier 'index': ids are
        // relative to the folder given, so the same folder should be given each time)
        Files.move(moved, day1);
        CliRun whole = ingest(db, tmp.resolve("crawl"));
        assertEquals(0, whole.code(), whole.err());
        assertTrue(whole.out().contains("2 added"), whole.out());
    }

    @Test void onlyTheSameSourceReplacesADocument() throws Exception {
        Path folder = tmp.resolve("folder");
        write(folder.resolve("a.txt"), article(1));
        write(folder.resolve("news item.txt"), article(2));
        Path db = tmp.resolve("db");
        assertEquals(0, ingest(db, folder).code());
        String before = digest(db);
        Path html = write(folder.resolve("a.html"), "<p>" + article(3) + "</p>");
        Path dashed = write(folder.resolve("news-item.txt"), article(4));
        CliRun second = ingest(db, folder);
        assertEquals(1, second.code(), second.out());
        assertTrue(second.err().contains("signet: " + html + ": the store's document 'a' was read from folder/a.txt"), second.err());
        assertTrue(second.err().contains("signet: " + dashed + ": the store's document 'news-item' was read from folder/news item.txt"), second.err());
        assertTrue(second.out().contains("(0 added, 0 replaced, 2 unchanged), 2 failed"), second.out());
        assertEquals(before, digest(db));
    }

    /**
     * A store made before ids were paths: documents named by their file name, no recorded source.
     * Made here by ingesting files by themselves from outside the working directory (their names
     * are their ids) and removing the sources, with a curation beside them.
     */
    @Test void aStoreMadeBeforeIdsWerePathsKeepsWorkingAndSaysWhatToDo() throws Exception {
        Path folder = tmp.resolve("folder");
        Path top = write(folder.resolve("top.txt"), article(1)), nested = write(folder.resolve("2024/nested.txt"), article(2));
        Path curation = write(tmp.resolve("curation/merge.ttl"), """
                @prefix sig: <https://w3id.org/signet/ontology#> . @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                [] a sig:Merge ; sig:canonical <org/amber-radio> ; sig:duplicate <org/amber-media-group> ;
                   prov:wasAttributedTo [ a prov:Agent ; foaf:name "A Curator" ] ; dcterms:created "2026-01-01"^^xsd:date .
                """).getParent();
        Path db = tmp.resolve("db");
        CliRun old = CliRun.run("ingest", "--db", db.toString(), "--progress=off", "--curation", curation.toString(), top.toString(), nested.toString());
        assertEquals(0, old.code(), old.err());
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Txn.executeWrite(store.dataset(), () -> UpdateAction.parseExecute(
                    "DELETE WHERE { GRAPH ?g { ?d <" + SIG.sourcePath.getURI() + "> ?s } }", store.dataset()));
        }
        Graph curated = curationGraph(db);

        CliRun r = CliRun.run("ingest", "--db", db.toString(), "--progress=off", "--curation", curation.toString(), folder.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("1 replaced"), "top.txt has the id it had, and now its source: " + r.out());
        assertTrue(r.err().contains("signet: " + nested + ": the store holds a document 'nested' ingested before ids were paths"), r.err());
        assertTrue(r.err().contains("signet ingest --db NEW_DIR"), r.err());
        Map<String, Integer> agreements = agreementsByGraph(db);
        assertTrue(agreements.containsKey(graph("nested")), "the old document is kept: " + agreements);
        assertFalse(agreements.containsKey(graph("2024/nested")), "and not doubled: " + agreements);
        assertTrue(curated.isIsomorphicWith(curationGraph(db)), "the curation graph is as it was");

        // what the message says to do: a new store gives every document its new id
        Path fresh = tmp.resolve("fresh");
        CliRun rebuilt = CliRun.run("ingest", "--db", fresh.toString(), "--progress=off", "--curation", curation.toString(), folder.toString());
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertTrue(agreementsByGraph(fresh).keySet().containsAll(List.of(graph("top"), graph("2024/nested"))), agreementsByGraph(fresh).toString());
        assertTrue(curated.isIsomorphicWith(curationGraph(fresh)));
    }

    /** A copy of the curation graph (it has blank nodes: compared by isomorphism, not digest). */
    static Graph curationGraph(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(Iris.defaults().curationGraph())).find().forEachRemaining(copy::add);
                assertTrue(copy.size() > 0, "no curation graph");
                return copy;
            });
        }
    }
}
