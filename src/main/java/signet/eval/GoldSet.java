package signet.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The annotated sample: one {@link GoldDocument} per article, keyed by {@link GoldDocument#key()}.
 * Only these documents are scored; whatever else the store holds is left out.
 *
 * <p>Read from a folder of {@code *.json} files in name order; if two files annotate the same
 * document the later one wins (as in score.py). Unknown keys (a {@code comment}, say) are
 * ignored; a missing required key or a value of the wrong type is an error naming the file.
 */
public record GoldSet(Map<String, GoldDocument> documents) {

    public GoldSet {
        documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    }

    /** Documents in the given order; a later one replaces an earlier one with the same key. */
    public static GoldSet of(List<GoldDocument> docs) {
        Map<String, GoldDocument> m = new LinkedHashMap<>();
        for (GoldDocument d : docs) m.put(d.key(), d);
        return new GoldSet(m);
    }

    public Collection<GoldDocument> all() { return documents.values(); }

    public boolean contains(String docKey) { return documents.containsKey(docKey); }

    /** Reads every {@code *.json} file of a folder (not recursively). */
    public static GoldSet read(Path dir) throws GoldFormatException {
        if (!Files.isDirectory(dir)) throw new GoldFormatException(dir, "no such folder");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted((a, b) -> PythonText.CODE_POINT_ORDER.compare(a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new GoldFormatException(dir, "cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty()) throw new GoldFormatException(dir, "no .json gold files in this folder");
        List<GoldDocument> docs = new ArrayList<>();
        for (Path f : files) docs.add(readFile(f));
        return of(docs);
    }

    /** Reads one gold file. */
    public static GoldDocument readFile(Path file) throws GoldFormatException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new GoldFormatException(file, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new GoldFormatException(file, "cannot read: " + e.getMessage(), e);
        }
        JsonObject o;
        try {
            o = JSON.parse(text);
        } catch (JsonException e) {
            throw new GoldFormatException(file, "not valid JSON: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Jena's JSON parser (6.0.0) fails with a NullPointerException on text that ends too early.
            throw new GoldFormatException(file, "not valid JSON: it ends too early or is malformed", e);
        }
        try {
            return new Fields(o, "").document();
        } catch (IllegalArgumentException e) {
            throw new GoldFormatException(file, e.getMessage(), e);
        }
    }

    /** Typed access to a JSON object; {@code where} locates it in the file for error messages. */
    private record Fields(JsonObject o, String where) {

        GoldDocument document() {
            return new GoldDocument(requiredString("doc"), optionalString("published"),
                    list("agreements", f -> new GoldAgreement(f.optionalString("kind"), f.strings("parties", true),
                            f.optionalString("date"), f.optionalString("place"), f.strings("witnesses", false))),
                    list("roles", f -> new GoldRole(f.requiredString("person"), f.requiredString("title"), f.requiredString("org"))),
                    list("part_of", f -> new GoldPartOf(f.requiredString("child"), f.requiredString("parent"))),
                    list("events", f -> new GoldEvent(f.optionalString("kind"), f.strings("participants", false),
                            f.optionalString("date"), f.optionalString("place"))),
                    pairs("not_agreements"));
        }

        String path(String key) { return where.isEmpty() ? key : where + "." + key; }

        String requiredString(String key) {
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) throw new IllegalArgumentException("missing \"" + path(key) + "\"");
            return string(v, path(key));
        }

        /** A string, or "" when absent or null (score.py treats both as "not stated"). */
        String optionalString(String key) {
            JsonValue v = o.get(key);
            return v == null || v.isNull() ? "" : string(v, path(key));
        }

        List<String> strings(String key, boolean required) {
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) {
                if (required) throw new IllegalArgumentException("missing \"" + path(key) + "\"");
                return List.of();
            }
            JsonArray a = array(v, path(key));
            List<String> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) out.add(string(a.get(i), path(key) + "[" + i + "]"));
            return out;
        }

        <T> List<T> list(String key, Function<Fields, T> item) {
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) return List.of();
            JsonArray a = array(v, path(key));
            List<T> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                String at = path(key) + "[" + i + "]";
                if (!a.get(i).isObject()) throw new IllegalArgumentException("\"" + at + "\" should be an object");
                out.add(item.apply(new Fields(a.get(i).getAsObject(), at)));
            }
            return out;
        }

        List<GoldPair> pairs(String key) {
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) return List.of();
            JsonArray a = array(v, path(key));
            List<GoldPair> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                String at = path(key) + "[" + i + "]";
                JsonArray p = array(a.get(i), at);
                if (p.size() != 2) throw new IllegalArgumentException("\"" + at + "\" should be a pair of names [\"A\", \"B\"]");
                out.add(new GoldPair(string(p.get(0), at + "[0]"), string(p.get(1), at + "[1]")));
            }
            return out;
        }

        private static JsonArray array(JsonValue v, String at) {
            if (!v.isArray()) throw new IllegalArgumentException("\"" + at + "\" should be a list");
            return v.getAsArray();
        }

        private static String string(JsonValue v, String at) {
            if (!v.isString()) throw new IllegalArgumentException("\"" + at + "\" should be a string, not " + v);
            return v.getAsString().value();
        }
    }
}
