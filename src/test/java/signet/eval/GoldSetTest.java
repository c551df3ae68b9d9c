package signet.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {

    @TempDir Path dir;

    Path write(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test void readsEveryFieldAndIgnoresComments() throws Exception {
        write("a.json", """
                { "doc": "alpha-signing.txt", "published": "2024-03-13",
                  "agreements": [{"kind": "memorandum of understanding", "parties": ["Northwind Film Agency", "Baltic Lumen Studios"],
                                  "date": "2024-03-12", "place": "Riga", "witnesses": ["Ministry of Culture"]},
                                 {"parties": ["A", "B"], "date": null}],
                  "roles": [{"person": "Anna Kalnina", "title": "general director", "org": "Baltic Lumen Studios"}],
                  "part_of": [{"child": "Lumen Animation", "parent": "Baltic Lumen Studios"}],
                  "events": [{"kind": "premiere", "participants": [], "date": "2024-04"}],
                  "not_agreements": [["Northwind Film Agency", "Kestrel Media"]],
                  "comment": "free text for the annotator" }
                """);
        write("notes.txt", "not a gold file");
        GoldSet set = GoldSet.read(dir);
        assertEquals(List.of("alpha-signing"), List.copyOf(set.documents().keySet()));
        GoldDocument d = set.documents().get("alpha-signing");
        assertEquals(new GoldAgreement("memorandum of understanding", List.of("Northwind Film Agency", "Baltic Lumen Studios"),
                "2024-03-12", "Riga", List.of("Ministry of Culture")), d.agreements().get(0));
        assertEquals("", d.agreements().get(1).date(), "null is 'not stated'");
        assertEquals(new GoldRole("Anna Kalnina", "general director", "Baltic Lumen Studios"), d.roles().getFirst());
        assertEquals(new GoldPartOf("Lumen Animation", "Baltic Lumen Studios"), d.partOf().getFirst());
        assertEquals("2024-04", d.events().getFirst().date());
        assertEquals(new GoldPair("Northwind Film Agency", "Kestrel Media"), d.notAgreements().getFirst());
    }

    @Test void laterFileWinsForTheSameDocument() throws Exception {
        write("1.json", "{\"doc\": \"x.txt\", \"roles\": [{\"person\": \"P\", \"title\": \"t\", \"org\": \"O\"}]}");
        write("2.json", "{\"doc\": \"x\"}");
        GoldSet set = GoldSet.read(dir);
        assertEquals(1, set.documents().size());
        assertTrue(set.documents().get("x").roles().isEmpty());
    }

    @Test void problemsNameTheFileAndThePlace() throws Exception {
        Path bad = write("bad.json", "{\"doc\": \"x.txt\", \"agreements\": [ {\"parties\": [\"A\" \"B\"]} ]}");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldSet.readFile(bad));
        assertEquals(bad, e.file());
        assertTrue(e.getMessage().startsWith(bad + ": not valid JSON"), e.getMessage());

        Path noDoc = write("nodoc.json", "{\"agreements\": []}");
        assertEquals(noDoc + ": missing \"doc\"", assertThrows(GoldFormatException.class, () -> GoldSet.readFile(noDoc)).getMessage());

        Path noParties = write("noparties.json", "{\"doc\": \"x\", \"agreements\": [{\"date\": \"2020\"}]}");
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldSet.readFile(noParties)).getMessage()
                .endsWith("missing \"agreements[0].parties\""));

        Path wrongType = write("type.json", "{\"doc\": \"x\", \"roles\": [{\"person\": \"P\", \"title\": 3, \"org\": \"O\"}]}");
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldSet.readFile(wrongType)).getMessage()
                .contains("\"roles[0].title\" should be a string"));

        Path pair = write("pair.json", "{\"doc\": \"x\", \"not_agreements\": [[\"A\"]]}");
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldSet.readFile(pair)).getMessage().contains("pair of names"));

        Path array = write("array.json", "[]");
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldSet.readFile(array)).getMessage().startsWith(array + ": "));
    }

    @Test void truncatedJsonIsAnErrorToo() throws Exception {
        Path cut = write("cut.json", "{\"doc\": \"x.txt\", \"roles\": [");
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldSet.readFile(cut)).getMessage().startsWith(cut + ": not valid JSON"));
    }

    @Test void anEmptyOrMissingFolderIsAnError() throws Exception {
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldSet.read(dir)).getMessage().contains("no .json"));
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldSet.read(dir.resolve("nope"))).getMessage().contains("no such folder"));
    }
}
