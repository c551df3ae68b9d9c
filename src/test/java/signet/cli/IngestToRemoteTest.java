package signet.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import signet.FusekiProcess;
import signet.store.Tdb2Store;

/**
 * {@code ingest --to URL} against a real, separate Fuseki server: the remote dataset ends up with
 * exactly the quads a local ingest stores, sending again changes nothing, and an endpoint that
 * refuses (nobody listening, read-only) is reported with the file and the reason.
 */
class IngestToRemoteTest {
    private static final Path HOME = Path.of(System.getProperty("signet.home", "."));
    private static final Path SEEDS = HOME.resolve("data/articles");

    static FusekiProcess fuseki, readOnly;

    @TempDir Path tmp;
    Path curation;

    record Result(int code, String out, String err) {}

    @TempDir static Path serverDirs;

    @BeforeAll static void startFuseki() throws Exception {
        fuseki = FusekiProcess.builder().dataset("ds").update(true).start();
        readOnly = FusekiProcess.builder().dataset("ro").tdb2(serverDirs.resolve("ro")).start();
    }

    @AfterAll static void stopFuseki() {
        if (fuseki != null) fuseki.close();
        if (readOnly != null) readOnly.close();
    }

    @BeforeEach void clean() throws Exception {
        UpdateExecutionHTTP.service(fuseki.updateUrl()).update("DROP ALL").execute();
        curation = Files.createDirectories(tmp.resolve("curation"));
        Files.writeString(curation.resolve("added.ttl"), """
                @prefix sig:     <https://w3id.org/signet/ontology#> .
                @prefix prov:    <http://www.w3.org/ns/prov#> .
                @prefix foaf:    <http://xmlns.com/foaf/0.1/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
                <curation/agreement/tideway-ferries> a sig:Agreement ;
                    sig:status sig:Signed ;
                    sig:party <org/tideway-ferries> , <org/harbor-rail> ;
                    sig:date "2025-04"^^xsd:gYearMonth ;
                    prov:wasAttributedTo [ a prov:Agent ; foaf:name "Test Curator" ] ;
                    dcterms:created "2025-05-01"^^xsd:date .
                """);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = SignetCli.commandLine(new SignetCli());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Every quad of the remote dataset's named graphs, over SPARQL. */
    static DatasetGraph remoteQuads() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (QueryExecution qe = QueryExecutionHTTP.service(fuseki.sparqlUrl()).query("SELECT * { GRAPH ?g { ?s ?p ?o } }").build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                dsg.add(Quad.create(s.get("g").asNode(), s.get("s").asNode(), s.get("p").asNode(), s.get("o").asNode()));
            }
        }
        return dsg;
    }

    DatasetGraph localQuads() {
        Result r = run("ingest", "--db", tmp.resolve("local").toString(), "--curation", curation.toString(), SEEDS.toString());
        assertEquals(0, r.code(), r.err());
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("local"))) {
            return Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                store.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    @Test void theRemoteDatasetHoldsWhatALocalIngestStoresAndASecondRunChangesNothing() {
        Path untouched = tmp.resolve("no-store");
        Result first = run("ingest", "--to", fuseki.datasetUrl(), "--db", untouched.toString(), "--curation", curation.toString(), SEEDS.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("3 added"), first.out());
        assertTrue(first.out().contains("curation graph sent"), first.out());
        assertFalse(Files.exists(untouched), "with --to no local store is touched");
        DatasetGraph remote = remoteQuads();
        DatasetGraph local = localQuads();
        assertEquals(local.stream().count(), remote.stream().count());
        assertTrue(IsoMatcher.isomorphic(local, remote), "the remote quads differ from a local ingest");

        Result again = run("ingest", "--to", fuseki.datasetUrl() + "/data", "--curation", curation.toString(), SEEDS.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(IsoMatcher.isomorphic(remote, remoteQuads()), "PUT replaces: a second run changes nothing");
    }

    @Test void nobodyListeningIsOneClearError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Result r = run("ingest", "--to", "http://127.0.0.1:" + port + "/ds", "--curation", curation.toString(), SEEDS.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("connection refused by 127.0.0.1:" + port), r.err());
        assertTrue(r.err().contains(SEEDS.resolve("000_891b23877e701f1c.txt").toString()), "names the file: " + r.err());
    }

    @Test void aReadOnlyEndpointIsRefusedWithItsStatus() {
        Result r = run("ingest", "--to", readOnly.datasetUrl(), "--curation", curation.toString(), SEEDS.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("HTTP 405"), r.err());
        assertTrue(r.err().contains("000_891b23877e701f1c.txt"), r.err());
    }

    @Test void aUrlThatIsNotHttpIsAUsageError() {
        Result r = run("ingest", "--to", "ftp://example.org/ds", SEEDS.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not an http(s) URL"), r.err());
    }
}
