package signet.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The id a file's path gives, and what an id given over HTTP may be. */
class DocumentIdsTest {

    @Test void aFileAtTheTopKeepsItsNameAndAFileBelowItsPath() {
        assertEquals("000_891b23877e701f1c", DocumentIds.of(Path.of("000_891b23877e701f1c.txt")), "the seeds' ids (and IRIs) do not change");
        assertEquals("2024/index", DocumentIds.of(Path.of("2024/index.html")));
        assertEquals("2024/index.html", DocumentIds.source(Path.of("2024/index.html")));
        assertEquals("v1.2/report", DocumentIds.of(Path.of("v1.2/report.md")), "only the file's extension is dropped");
        assertEquals(".draft", DocumentIds.of(Path.of(".draft")), "a leading dot is no extension");
    }

    @Test void charactersAUrlCannotCarryAsTheyAreBecomeADash() {
        assertEquals("news-20item", DocumentIds.id("news%20item.txt"));
        assertEquals("news-item", DocumentIds.id("news item.txt"));
        assertEquals("Q-A-what-", DocumentIds.id("Q&A: what?.txt"));
        assertEquals("a-b-c", DocumentIds.id("a#b?c.txt"));
        assertEquals("--/x", DocumentIds.id("../x.txt"), "a '..' segment never reaches a URL");
        assertEquals("café/北京-新闻", DocumentIds.id("café/北京 新闻.html"), "letters of any script are kept");
    }

    @Test void theSameNameDecomposedOrComposedIsOneId() {
        String composed = "café.txt", decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertEquals(DocumentIds.id(composed), DocumentIds.id(decomposed));
        assertEquals(DocumentIds.source(Path.of(composed)), DocumentIds.source(Path.of(decomposed)));
    }

    @Test void everyMadeIdIsAValidId() {
        for (String source : List.of("news%20item.txt", "a b/c d.txt", "../..txt", "Q&A: what?.txt", "café/北京 新闻.html", "~x~.md"))
            assertEquals(Optional.empty(), DocumentIds.problem(DocumentIds.id(source)), source);
    }

    @Test void aBadIdSaysWhatIsWrong() {
        assertProblem("", "empty");
        assertProblem("../etc/passwd", "'..' segment");
        assertProblem("a/./b", "'.' segment");
        assertProblem("a//b", "empty segment");
        assertProblem("/a", "empty segment");
        assertProblem("a/", "empty segment");
        assertProblem("news%20item", "characters other than");
        assertProblem("a b", "characters other than");
        assertProblem("x".repeat(DocumentIds.MAX_BYTES + 1), "bytes long");
        assertProblem("_curation", "Signet's own");
        assertProblem("_reference", "Signet's own");
        assertProblem("a/extraction", "named like a fact of document 'a'");
        assertProblem("a/b/agreement-3f9a0c12b7e4", "named like a fact of document 'a/b'");
        assertEquals(Optional.empty(), DocumentIds.problem("extraction"), "a first segment names no fact");
        assertEquals(Optional.empty(), DocumentIds.problem("2024/index"));
        assertEquals(Optional.empty(), DocumentIds.problem("x".repeat(DocumentIds.MAX_BYTES)));
    }

    private static void assertProblem(String id, String expected) {
        Optional<String> p = DocumentIds.problem(id);
        assertTrue(p.isPresent() && p.get().contains(expected), id + " -> " + p);
    }
}
