package signet.web;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes triples as compacted JSON-LD with our {@link JsonLdContext}, so keys read
 * {@code "party"}, {@code "date"}, {@code "evidence"}. The output is one object,
 * {@code {"@context": …, "@graph": [node, node, …]}}; the context is either a URL (the published
 * one) or embedded, for a file that must stand alone.
 *
 * <p>JSON-LD compaction works on a whole document in memory; to keep a dump of millions of
 * triples from being one such document, the triples are cut into chunks at subject boundaries,
 * each chunk compacted on its own and its node objects streamed into the one {@code @graph}. A
 * subject whose triples come in two chunks gives two node objects with the same {@code id},
 * which JSON-LD merges when read: the triples are the same either way.
 */
public final class JsonLdStreamWriter {
    /** About this many triples are compacted at once. */
    static final int CHUNK = 2_000;

    private final JsonLdContext context;

    public JsonLdStreamWriter(JsonLdContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Writes the triples. {@code contextUrl} is put in {@code @context} when given; when null the
     * context object is embedded.
     */
    public void write(Iterator<Triple> triples, OutputStream out, String contextUrl) {
        JsonGenerator gen = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out, StandardCharsets.UTF_8);
        gen.writeStartObject();
        if (contextUrl != null) gen.write("@context", contextUrl);
        else gen.write("@context", context.context());
        gen.writeStartArray("@graph");
        Graph chunk = GraphFactory.createDefaultGraph();
        Node subject = null;
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (chunk.size() >= CHUNK && !t.getSubject().equals(subject)) {
                flush(chunk, gen);
                chunk = GraphFactory.createDefaultGraph();
            }
            chunk.add(t);
            subject = t.getSubject();
        }
        flush(chunk, gen);
        gen.writeEnd().writeEnd();
        gen.flush();
    }

    /** A small graph (a description) as one compacted JSON-LD document. */
    public void write(Graph graph, OutputStream out, String contextUrl) {
        write(graph.find(), out, contextUrl);
    }

    private void flush(Graph chunk, JsonGenerator gen) {
        if (chunk.isEmpty()) return;
        for (JsonValue node : compact(chunk)) gen.write(node);
    }

    /** The node objects of a chunk, compacted: Titanium answers one object or an {@code @graph} of several. */
    private JsonArray compact(Graph chunk) {
        try {
            JsonArray expanded = JenaToTitanium.convert(DatasetGraphFactory.wrap(chunk), new JsonLdOptions());
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), context.asDocument()).get();
            if (compacted.containsKey("@graph")) return compacted.getJsonArray("@graph");
            var node = Json.createObjectBuilder(compacted);
            node.remove("@context");
            JsonObject n = node.build();
            return n.isEmpty() ? JsonValue.EMPTY_JSON_ARRAY : Json.createArrayBuilder().add(n).build();
        } catch (JsonLdError e) {
            throw new JenaException("cannot compact JSON-LD: " + e.getMessage(), e);
        }
    }
}
