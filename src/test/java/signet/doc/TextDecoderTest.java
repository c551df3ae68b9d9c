package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();
    private final Path file = Path.of("notes/story.txt");

    @Test
    void utf8WithBomLosesTheBom() throws DocumentException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Café opens".getBytes(StandardCharsets.UTF_8));
        assertEquals("Café opens", decoder.decode(file, bytes));
    }

    @Test
    void utf16WithBomIsDecodedAsUtf16() throws DocumentException {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Board meets".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Board meets".getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Board meets", decoder.decode(file, le));
        assertEquals("Board meets", decoder.decode(file, be));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() throws DocumentException {
        // 0x92 is the windows-1252 right single quote; alone it is not valid UTF-8
        byte[] bytes = {'I', 't', (byte) 0x92, 's', ' ', 'f', 'i', 'n', 'e'};
        assertEquals("It’s fine", decoder.decode(file, bytes));
    }

    @Test
    void nulByteWithoutUtf16BomIsBinary() {
        byte[] bytes = {'%', 'P', 'D', 'F', 0, 1, 2};
        DocumentException e = assertThrows(DocumentException.class, () -> decoder.decode(file, bytes));
        assertTrue(e.getMessage().contains("story.txt") && e.getMessage().contains("binary file, not text"), e.getMessage());
    }

    @Test
    void emptyAndWhitespaceOnlyAreEmptyFiles() {
        for (byte[] bytes : new byte[][] {{}, " \n\t\r\n ".getBytes(StandardCharsets.US_ASCII)}) {
            DocumentException e = assertThrows(DocumentException.class, () -> decoder.decode(file, bytes));
            assertTrue(e.getMessage().contains("story.txt") && e.getMessage().contains("empty file"), e.getMessage());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
