package signet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.server.auth.PasswordHash;
import signet.server.auth.UsersFile;
import signet.store.StoreDigest;
import signet.store.Tdb2Store;

/**
 * A real {@code signet serve} process holds its store (TDB2's lock is per process): the commands
 * that open the same store fail with exit 1 and a message that says what to do instead, and leave
 * the store as it was. The same server was given a users file its group can read: it says so once.
 */
class StoreInUseTest {

    @TempDir static Path dir;
    static Path db, articles, users;
    static String before;
    static Process server;

    @BeforeAll static void startServer() throws Exception {
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), "Moscow, 3 March 2026. Northwind Media Group and Harbor Radio "
                + "signed a memorandum of understanding on news exchange.\n");
        db = dir.resolve("db");
        CliRun ingest = CliRun.run("ingest", "--db", db.toString(), "--progress", "off", articles.toString());
        assertEquals(0, ingest.code(), ingest.err());
        before = digest();
        // a second article, for the ingest that must not happen
        Files.writeString(articles.resolve("a2.txt"), "Moscow, 5 March 2026. Polar Lights Radio and Harbor Radio signed an agreement.\n");
        users = dir.resolve("writers");
        UsersFile.readOrEmpty(users).with("alice", PasswordHash.hash("correct horse battery staple".toCharArray())).write();
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-r-----"));
        server = new ProcessBuilder(SignetProcess.command("serve", "--db", db.toString(), "--port", "0", "--writers", users.toString()))
                .redirectOutput(dir.resolve("serve.out").toFile()).redirectError(dir.resolve("serve.err").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(dir.resolve("serve.out")).contains("Browse:")) {
            if (!server.isAlive()) fail("serve ended: " + Files.readString(dir.resolve("serve.out")) + Files.readString(dir.resolve("serve.err")));
            if (System.nanoTime() > deadline) fail("serve did not start in 120 s");
            Thread.sleep(100);
        }
    }

    @AfterAll static void stopServer() throws Exception {
        server.destroy(); // SIGTERM: the shutdown hook closes the store
        assertTrue(server.waitFor(60, TimeUnit.SECONDS));
        assertEquals(before, digest(), "a refused command changed the store");
    }

    static String digest() {
        try (Tdb2Store s = Tdb2Store.open(db)) {
            return StoreDigest.of(s.dataset().asDatasetGraph()).sha256();
        }
    }

    static void assertSaysWhatToDo(CliRun r, String instead) {
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("signet: the store " + db + " is in use by another process (process " + server.pid() + ")"), r.err());
        assertTrue(r.err().contains(instead), r.err());
        assertTrue(r.err().contains("stop that process first, or run signet "), r.err());
        assertFalse(r.err().contains("Failed to get a lock"), "TDB2's own words are not the message: " + r.err());
    }

    @Test void ingestExportQueryAndBackupSayWhatToDoInstead() throws Exception {
        assertSaysWhatToDo(CliRun.run("ingest", "--db", db.toString(), "--progress", "off", articles.toString()), "POST each one to http://HOST:PORT/ingest?id=ID");
        Path out = dir.resolve("export.ttl");
        assertSaysWhatToDo(CliRun.run("export", "--db", db.toString(), "-o", out.toString()), "http://HOST:PORT/dumps/");
        assertFalse(Files.exists(out), "no export file");
        assertSaysWhatToDo(CliRun.run("query", "--db", db.toString(), "-e", "ASK {}"), "http://HOST:PORT/signet/sparql");
        assertSaysWhatToDo(CliRun.run("backup", "--db", db.toString(), "-o", dir.resolve("b.nq.gz").toString()), "/dumps/signet.nq.gz");
        assertSaysWhatToDo(CliRun.run("compact", "--db", db.toString()), "stop that process first");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(), "nothing half-written left");
        }
    }

    @Test void theExitCodeIsOneFromARealProcessToo() throws Exception {
        Process p = new ProcessBuilder(SignetProcess.command("ingest", "--db", db.toString(), "--progress", "off", articles.toString()))
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), text);
        assertTrue(text.contains("is in use by another process (process " + server.pid() + ")"), text);
    }

    @Test void aUsersFileOthersCanReadIsWarnedAboutOnce() throws Exception {
        String err = Files.readString(dir.resolve("serve.err"));
        assertEquals(1, err.split("can be read by other users", -1).length - 1, err);
    }
}
