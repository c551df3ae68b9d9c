package signet.doc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns raw file bytes into a string. Byte-order marks decide UTF-8 / UTF-16; without one the
 * bytes must be valid UTF-8, otherwise they are read as windows-1252, which is what crawled
 * pages from legacy servers are in practice. A NUL byte near the start without a UTF-16 BOM
 * marks a binary file. Stateless and thread-safe.
 */
final class TextDecoder {
    /** How far to look for a NUL byte: binary formats show one within their first blocks. */
    static final int BINARY_PROBE = 8 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    String decode(Path file, byte[] bytes) throws DocumentException {
        if (bytes.length == 0) throw new DocumentException(file, "empty file");
        String text;
        if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else {
            int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            int probe = Math.min(bytes.length, BINARY_PROBE);
            for (int i = from; i < probe; i++) {
                if (bytes[i] == 0) throw new DocumentException(file, "binary file, not text (NUL byte at offset " + i + ")");
            }
            text = utf8OrWindows1252(bytes, from);
        }
        if (text.isBlank()) throw new DocumentException(file, "empty file");
        return text;
    }

    private static String utf8OrWindows1252(byte[] bytes, int from) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, from, bytes.length - from);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, from, bytes.length - from, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
