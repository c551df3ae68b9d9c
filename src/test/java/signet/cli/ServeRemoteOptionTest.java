package signet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve --remote}: a URL that is not an http(s) endpoint, or local-store options beside it, are usage errors. */
class ServeRemoteOptionTest {
    @TempDir Path tmp;

    private record Result(int code, String err) {}

    private Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = SignetCli.commandLine(new SignetCli());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Result(cl.execute(args), err.toString());
    }

    @Test
    void badEndpointsAreRefused() {
        for (String bad : new String[] {"ftp://example.org/ds", "example.org/ds", "http:///ds", "not a url"}) {
            Result r = run("serve", "--port", "0", "--remote", bad);
            assertEquals(SignetCli.USAGE, r.code(), bad);
            assertTrue(r.err().contains("--remote"), r.err());
        }
    }

    @Test
    void localStoreOptionsDoNotMixWithRemote() {
        Result db = run("serve", "--port", "0", "--remote", "http://127.0.0.1:1/ds/sparql", "--db", tmp.resolve("db").toString());
        assertEquals(SignetCli.USAGE, db.code());
        assertTrue(db.err().contains("--db, --articles and --writers are for a local store"), db.err());
        assertEquals(SignetCli.USAGE, run("serve", "--port", "0", "--remote", "http://127.0.0.1:1/ds/sparql", "--articles", tmp.toString()).code());
    }
}
