package signet.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: the content goes to a new file beside it, forced to disk,
 * then moved over it, so a reader (or a crash) never sees half a file.
 *
 * <p>Modes: {@link #write(Path, Content)} gives the file the mode of the file it replaces, or,
 * for a new file, the mode any newly created file gets (the process's umask applies: 0644 under
 * umask 022), so an export made to be shared can be read by the group or by the web server that
 * publishes it. ({@code Files.createTempFile} would make it 0600 whatever the umask.)
 * {@link #writePrivate} makes it readable and writable by its owner only, from the moment it
 * exists: for a file of password hashes.
 */
public final class AtomicFile {

    /** Owner read and write only. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int BUFFER = 1 << 16;

    private AtomicFile() { }

    /**
     * Writes {@code target} with the mode of the file it replaces, or the umask's for a new one.
     *
     * @throws UncheckedIOException naming the file, when it cannot be written (nothing is left behind)
     */
    public static void write(Path target, Content content) {
        write(target, null, content);
    }

    /** Writes {@code target} readable and writable by its owner only (where the file system has POSIX modes). */
    public static void writePrivate(Path target, Content content) {
        write(target, OWNER_ONLY, content);
    }

    private static void write(Path target, Set<PosixFilePermission> mode, Content content) {
        Objects.requireNonNull(content, "content");
        Path abs = target.toAbsolutePath();
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try {
                // CREATE_NEW with no permissions given: the file system applies the umask, as to any new file
                try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes(tmp, mode))) {
                    OutputStream out = new BufferedOutputStream(new KeepOpen(Channels.newOutputStream(ch)), BUFFER);
                    content.writeTo(out);
                    out.flush();
                    ch.force(true);
                }
                if (mode == null && Files.isRegularFile(abs)) keepMode(abs, tmp);
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The content may close the stream it is given (a gzip stream does); the file stays open to be forced to disk. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) { super(out); }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override public void close() throws IOException { flush(); }
    }

    private static FileAttribute<?>[] attributes(Path file, Set<PosixFilePermission> mode) {
        if (mode == null || !posix(file)) return new FileAttribute<?>[0];
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)};
    }

    /** The replaced file's mode on the new one: replacing a file does not change who may read it. */
    private static void keepMode(Path replaced, Path replacement) throws IOException {
        if (posix(replaced)) Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(replaced));
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
