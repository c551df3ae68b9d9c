package signet.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signet.time.PartialDate;

class TextDocumentReaderTest {
    private static final TextDocumentReader READER = new TextDocumentReader();

    private static Article read(String name, String text) throws DocumentException {
        return READER.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wireStoryEndToEnd() throws Exception {
        String raw = """
                 date 2024-10-02 Grain terminal deal signed

                ODESA, Oct. 2 (Wire) -- The port authority and a grain trader on Wednesday signed
                a lease for a new terminal, the two sides said.
                ??It is a long-term commitment,? said the trader's chief executive.

                Photo: wire.example
                Copyright 2024 Example Wire. All Rights Reserved.
                Contact: press office
                """;
        Article a = read("wire-story.txt", raw);
        assertEquals("wire-story", a.id());
        assertEquals("txt", a.format());
        assertEquals(Optional.of("Grain terminal deal signed"), a.title());
        assertEquals(PartialDate.parse("2024-10-02"), a.published());
        assertEquals(Optional.of("ODESA"), a.dateline());
        assertEquals(Optional.of("Wire"), a.publisher());
        assertEquals("ODESA", a.text().substring(a.datelineSpan()[0], a.datelineSpan()[1]));
        assertEquals("""
                Grain terminal deal signed

                ODESA, Oct. 2 (Wire) -- The port authority and a grain trader on Wednesday signed a lease for a new \
                terminal, the two sides said.

                “It is a long-term commitment,” said the trader's chief executive.""", a.text());
        assertEquals(3, a.sentences().size());
        assertTrue(a.sentences().get(1).text().startsWith("ODESA, Oct. 2"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8))),
                a.contentHash());
        for (Sentence s : a.sentences()) assertEquals(s.text(), a.text().substring(s.start(), s.end()));
    }

    @Test
    void htmlArticle() throws DocumentException {
        Article a = read("page.HTM", "<html><head><title>Libraries join forces</title><script>track()</script></head><body>"
                + "<nav>Home</nav><p>GHENT – Two libraries said they would share their catalogues.</p><p>Advertisement</p>"
                + "<p>The project starts in May.</p></body></html>");
        assertEquals("html", a.format());
        assertEquals(Optional.of("Libraries join forces"), a.title());
        assertEquals("GHENT – Two libraries said they would share their catalogues.\n\nThe project starts in May.", a.text());
        assertEquals(Optional.of("GHENT"), a.dateline());
        assertEquals(0, a.datelineSpan()[0]);
    }

    @Test
    void noDatelineMeansNullSpan() throws DocumentException {
        Article a = read("plain.md", "# A quiet day\n\nNothing was signed today, the spokesman said.\n");
        assertEquals(Optional.empty(), a.dateline());
        assertEquals(null, a.datelineSpan());
        assertEquals(Optional.of("A quiet day"), a.title());
    }

    @Test
    void badInputsNameTheFileAndTheReason() {
        assertFails("a.txt", new byte[0], "empty file");
        assertFails("b.txt", "  \n \n".getBytes(StandardCharsets.UTF_8), "empty file");
        assertFails("c.txt", new byte[] {'G', 'I', 'F', '8', 0, 0, 1}, "binary file, not text");
        assertFails("d.html", "<html><script>var a=1;</script><style>p{}</style></html>".getBytes(StandardCharsets.UTF_8),
                "no text after cleaning");
        assertFails("e.pdf", "text".getBytes(StandardCharsets.UTF_8), "unsupported file type");
        assertFails("f", "text".getBytes(StandardCharsets.UTF_8), "unsupported file type");
    }

    @Test
    void utf16AndWindows1252AreRead() throws DocumentException {
        byte[] utf16 = ("\uFEFFHarbour deal signed in the city of Tromsø.").getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Harbour deal signed in the city of Tromsø.", READER.read("u.txt", utf16).text());
        byte[] cp1252 = {'C', 'a', 'f', (byte) 0xE9, ' ', 'd', 'e', 'a', 'l', ' ', 's', 'i', 'g', 'n', 'e', 'd', '.'};
        assertEquals("Café deal signed.", READER.read("w.txt", cp1252).text());
    }

    @Test
    void missingFileIsADocumentException(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.txt");
        DocumentException e = assertThrows(DocumentException.class, () -> READER.read(missing));
        assertTrue(e.getMessage().contains("nowhere.txt") && e.getMessage().contains("no such file"), e.getMessage());
        assertEquals(missing, e.file());
    }

    @Test
    void unreadableFileIsADocumentException(@TempDir Path dir) throws IOException {
        Path locked = Files.writeString(dir.resolve("locked.txt"), "Some text.");
        assertTrue(locked.toFile().setReadable(false));
        try {
            if (Files.isReadable(locked)) return; // running as root: permissions are not enforced
            DocumentException e = assertThrows(DocumentException.class, () -> READER.read(locked));
            assertTrue(e.getMessage().contains("locked.txt") && e.getMessage().contains("permission denied"), e.getMessage());
        } finally {
            locked.toFile().setReadable(true);
        }
    }

    @Test
    void readsFromDisk(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("story.md"), "## Title line\n\nBody text here.\n");
        Article a = READER.read(file);
        assertEquals("story", a.id());
        assertEquals("story.md", a.fileName());
    }

    @Test
    void aMegabyteIsReadWellUnderASecond() {
        StringBuilder sb = new StringBuilder("Big file\n\n");
        // distinct paragraphs: an exact repeat would be dropped as a duplicated line
        for (int i = 0; sb.length() < 1_000_000; i++) {
            sb.append("The agency and its partner (Acme Co. Ltd.) signed deal No. ").append(i)
                    .append(" worth 2.5 million dollars on Jan. 4, said Dr. Lee, and ??it works,? she added. What now? Nobody knows.\n\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> READER.read("big.txt", bytes));
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> READER.read("big.txt", bytes));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "took " + millis + " ms");
        assertTrue(a.sentences().size() > 10_000);
    }

    @Test
    void isThreadSafe() throws Exception {
        String text = "Port deal\n\nOSLO – The port signed a lease. It runs ten years.\n";
        Article expected = read("t.txt", text);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Article>>();
            for (int i = 0; i < 40; i++) futures.add(pool.submit(() -> read("t.txt", text)));
            for (var f : futures) {
                Article a = f.get();
                assertEquals(expected.text(), a.text());
                assertArrayEquals(expected.datelineSpan(), a.datelineSpan());
                assertEquals(expected.sentences(), a.sentences());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void assertFails(String name, byte[] bytes, String reason) {
        DocumentException e = assertThrows(DocumentException.class, () -> READER.read(name, bytes), name);
        assertTrue(e.getMessage().contains(name), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
