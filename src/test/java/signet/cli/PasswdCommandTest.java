package signet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.server.auth.UsersFile;

/** {@code signet passwd}: the password from standard input, only its hash in the file. */
class PasswdCommandTest {

    @TempDir Path tmp;

    private static CliRun withInput(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test void addsChangesAndRemovesAWriter() throws Exception {
        Path f = tmp.resolve("conf").resolve("writers");
        CliRun add = withInput("first password\n", "passwd", "--users", f.toString(), "alice");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().contains("added alice"), add.out());
        UsersFile u = UsersFile.read(f);
        assertTrue(u.check("alice", "first password".toCharArray()));
        assertFalse(Files.readString(f).contains("first password"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), "hashes: the owner's alone");

        CliRun change = withInput("second password\n", "passwd", "--users", f.toString(), "alice");
        assertTrue(change.out().contains("changed the password of alice"), change.out());
        assertFalse(UsersFile.read(f).check("alice", "first password".toCharArray()));
        assertTrue(UsersFile.read(f).check("alice", "second password".toCharArray()));

        CliRun remove = CliRun.run("passwd", "--users", f.toString(), "--delete", "alice");
        assertEquals(0, remove.code(), remove.err());
        assertTrue(UsersFile.read(f).users().isEmpty());
    }

    @Test void refusesAShortPasswordAndABadFile() throws Exception {
        Path f = tmp.resolve("writers");
        CliRun shortOne = withInput("short\n", "passwd", "--users", f.toString(), "bob");
        assertEquals(1, shortOne.code());
        assertTrue(shortOne.err().contains("at least 8 characters"), shortOne.err());
        assertFalse(Files.exists(f), "nothing written");

        Files.writeString(f, "bob:plaintext-password\n");
        CliRun bad = withInput("a good password\n", "passwd", "--users", f.toString(), "carol");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains(f + ":1: not NAME:pbkdf2-sha256"), bad.err());
        assertEquals("bob:plaintext-password\n", Files.readString(f), "a file it cannot read is left alone");

        // serve refuses it too, before anything is ingested
        CliRun serve = CliRun.run("serve", "--db", tmp.resolve("db").toString(), "--writers", f.toString(), "--port", "0");
        assertEquals(2, serve.code());
        assertTrue(serve.err().contains("--writers: " + f + ":1:"), serve.err());
        assertFalse(Files.exists(tmp.resolve("db")), "no store made");
    }

    /** A users file others can change could be given a writer of theirs: serve refuses it, before anything is opened. */
    @Test void serveRefusesAUsersFileOthersCanChange() throws Exception {
        Path f = tmp.resolve("writers");
        assertEquals(0, withInput("a good password\n", "passwd", "--users", f.toString(), "alice").code());
        for (String mode : List.of("rw-rw----", "rw-r---w-", "rw-rw-rw-")) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
            // a bound on the time: a server that took the file would start and never return
            CliRun serve = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> CliRun.run("serve", "--db", tmp.resolve("db").toString(), "--writers", f.toString(), "--port", "0"));
            assertEquals(2, serve.code(), mode);
            assertTrue(serve.err().contains("--writers: " + f + ": other users of this machine can change this file (mode " + mode + ")"), serve.err());
            assertTrue(serve.err().contains("chmod 600 " + f), serve.err());
            assertFalse(Files.exists(tmp.resolve("db")), "no store made");
        }
        // passwd writes it afresh, the owner's alone again
        assertEquals(0, withInput("another good password\n", "passwd", "--users", f.toString(), "bob").code());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }
}
