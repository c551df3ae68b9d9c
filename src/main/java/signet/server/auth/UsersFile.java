package signet.server.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import signet.store.AtomicFile;

/**
 * Who may write: a text file of {@code NAME:HASH} lines ({@link PasswordHash}), {@code #}
 * comments and blank lines allowed. Made and changed with {@code signet passwd}; it lives
 * outside the repository (the server is told where with {@code serve --writers FILE}) and is
 * written readable by its owner only.
 *
 * @param file  where it was read from (named in messages)
 * @param users hash by user name, in file order
 */
public record UsersFile(Path file, Map<String, String> users) {

    /** User names: letters, digits, dot, dash, underscore; a colon would break the line format. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public UsersFile {
        Objects.requireNonNull(file, "file");
        users = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(users));
    }

    /** Reads a users file; a malformed line fails naming the file and the line number. */
    public static UsersFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such users file (make one with: signet passwd --users " + file + " NAME)");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            String name = colon < 0 ? line : line.substring(0, colon), hash = colon < 0 ? "" : line.substring(colon + 1);
            if (!NAME.matcher(name).matches() || !PasswordHash.isWellFormed(hash))
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not NAME:" + PasswordHash.SCHEME
                        + ":ITERATIONS:SALT:HASH (passwords are never stored in clear; use signet passwd)");
            if (users.putIfAbsent(name, hash) != null) throw new IllegalArgumentException(file + ":" + (i + 1) + ": user '" + name + "' twice");
        }
        return new UsersFile(file, users);
    }

    /** The file as it is, or an empty one to be written. */
    public static UsersFile readOrEmpty(Path file) {
        return Files.exists(file) ? read(file) : new UsersFile(file, Map.of());
    }

    /** Whether {@code password} is {@code user}'s. An unknown user costs the same time as a wrong password. */
    public boolean check(String user, char[] password) {
        String hash = users.get(user);
        if (hash == null) {
            PasswordHash.verify(password, Dummy.HASH);
            return false;
        }
        return PasswordHash.verify(password, hash);
    }

    /**
     * A hash of nothing anyone knows, checked for unknown users so that they take as long. Made
     * on first use (it costs a derivation), not whenever the file is read.
     */
    private static final class Dummy {
        static final String HASH = PasswordHash.hash("no user has this password".toCharArray());
    }

    public UsersFile with(String user, String hash) {
        if (!NAME.matcher(user).matches()) throw new IllegalArgumentException("user names are letters, digits, '.', '-' or '_' (at most 64): '" + user + "'");
        Map<String, String> m = new LinkedHashMap<>(users);
        m.put(user, hash);
        return new UsersFile(file, m);
    }

    public UsersFile without(String user) {
        Map<String, String> m = new LinkedHashMap<>(users);
        m.remove(user);
        return new UsersFile(file, m);
    }

    public Optional<String> hashOf(String user) { return Optional.ofNullable(users.get(user)); }

    /** Writes the file atomically (a new file moved over it), readable and writable by its owner only from its creation on. */
    public void write() {
        StringBuilder b = new StringBuilder("# Signet writers: NAME:" + PasswordHash.SCHEME + ":ITERATIONS:SALT:HASH; edit with signet passwd\n");
        users.forEach((u, h) -> b.append(u).append(':').append(h).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
        AtomicFile.writePrivate(file, out -> out.write(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads the users file a server is to trust. One that other users of the machine can change
     * is refused: whoever can write it can make themselves a writer. One they can read is
     * accepted, and {@code warn} is told so once: the hashes can be attacked offline.
     */
    public static UsersFile readTrusted(Path file, Consumer<String> warn) {
        Set<PosixFilePermission> mode = mode(file);
        if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE))
            throw new IllegalArgumentException(file + ": other users of this machine can change this file (mode " + PosixFilePermissions.toString(mode)
                    + ") and so make themselves writers; make it yours alone with: chmod 600 " + file);
        UsersFile users = read(file);
        if (users.readableByOthers())
            warn.accept(file + " can be read by other users of this machine (mode " + PosixFilePermissions.toString(mode) + "; chmod 600 it)");
        return users;
    }

    /** Whether other users of the machine can read the file (worth a warning: the hashes can be attacked offline). */
    public boolean readableByOthers() {
        Set<PosixFilePermission> p = mode(file);
        return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
    }

    /** The file's POSIX permissions; none where it is missing or the file system has no such modes. */
    private static Set<PosixFilePermission> mode(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return Set.of();
        }
    }
}
