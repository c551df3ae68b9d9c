package signet.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users file a server trusts, by its POSIX mode on a real file. */
class UsersFileTest {

    @TempDir Path tmp;
    static final String HASH = PasswordHash.hash("a password nobody uses".toCharArray());

    private Path usersFile(String mode) throws Exception {
        Path f = tmp.resolve("writers-" + mode);
        new UsersFile(f, java.util.Map.of()).with("alice", HASH).write();
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    @Test void ownerOnlyIsTrustedSilently() throws Exception {
        List<String> warnings = new ArrayList<>();
        Path f = tmp.resolve("writers");
        new UsersFile(f, java.util.Map.of()).with("alice", HASH).write();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), "written for its owner alone");
        assertEquals(List.of("alice"), List.copyOf(UsersFile.readTrusted(f, warnings::add).users().keySet()));
        assertEquals(List.of(), warnings);
    }

    @Test void readableByOthersIsWarnedAboutOnce() throws Exception {
        for (String mode : List.of("rw-r-----", "rw----r--", "r--r--r--")) {
            List<String> warnings = new ArrayList<>();
            Path f = usersFile(mode);
            UsersFile.readTrusted(f, warnings::add);
            assertEquals(1, warnings.size(), mode + " " + warnings);
            assertTrue(warnings.get(0).contains(f + " can be read by other users of this machine (mode " + mode + "; chmod 600 it)"), warnings.get(0));
        }
    }

    @Test void writableByOthersIsRefused() throws Exception {
        for (String mode : List.of("rw--w----", "rw-----w-", "rw-rw-rw-")) {
            Path f = usersFile(mode);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UsersFile.readTrusted(f, w -> { }));
            assertTrue(e.getMessage().contains(f + ": other users of this machine can change this file (mode " + mode + ")"), e.getMessage());
            assertTrue(e.getMessage().endsWith("chmod 600 " + f), e.getMessage());
        }
    }
}
