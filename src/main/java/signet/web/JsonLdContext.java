package signet.web;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * Our published JSON-LD context ({@code ontology/context.jsonld}, served at
 * {@value #PATH}): short keys for the terms of the graph ({@code "party"}, {@code "date"},
 * {@code "evidence"}, {@code "name"}), {@code "id"}/{@code "type"} for {@code @id}/{@code @type},
 * and the prefixes of the other terms. JSON-LD dumps and descriptions are compacted with it.
 * Read once from the classpath; immutable.
 */
public final class JsonLdContext {
    /** Where the server publishes the context. */
    public static final String PATH = "/context.jsonld";
    static final String RESOURCE = "ontology/context.jsonld";

    private final byte[] bytes;
    private final JsonObject document;

    private JsonLdContext(byte[] bytes) {
        this.bytes = bytes;
        try (JsonReader r = Json.createReader(new ByteArrayInputStream(bytes))) {
            this.document = r.readObject();
        }
        if (!(document.get("@context") instanceof JsonObject))
            throw new IllegalStateException(RESOURCE + " has no @context object");
    }

    /** The context bundled in the jar. */
    public static JsonLdContext bundled() {
        try (InputStream in = JsonLdContext.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            return new JsonLdContext(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The file as published, byte for byte. */
    public byte[] bytes() { return bytes.clone(); }

    /** The whole file: {@code {"@context": {...}}}. */
    public JsonObject document() { return document; }

    /** The inner {@code @context} object, for embedding in a self-contained file. */
    public JsonObject context() { return document.getJsonObject("@context"); }

    /** As a Titanium document, to compact with. */
    Document asDocument() { return JsonDocument.of(document); }

    /**
     * A JSON-LD document loader that answers the given URL with this context and refuses any
     * other: a reader of our files (a test, a tool run offline) never has to fetch it from the
     * network, and is never sent anywhere else.
     */
    public DocumentLoader loaderFor(String url) {
        URI known = URI.create(url);
        return (uri, options) -> {
            if (uri.equals(known)) {
                JsonDocument d = JsonDocument.of(document);
                d.setDocumentUrl(known);
                return d;
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "only " + url + " is known here, not " + uri);
        };
    }
}
