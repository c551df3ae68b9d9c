package signet.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The whole dataset as files, written the same way by the server ({@code /dumps/}) and by
 * {@code signet export}. Every writer streams (Jena's streaming writers; JSON-LD by chunks, see
 * {@link JsonLdStreamWriter}), inside one read transaction, so a dump is a consistent snapshot
 * even while an ingest runs, and is never held whole in memory.
 */
public final class Dumps {

    /** The dump files. Quad formats keep one named graph per document; triple formats hold the union graph. */
    public enum Format {
        NQUADS_GZ("signet.nq.gz", "application/n-quads", true, "N-Quads, gzip-compressed: one named graph per document"),
        TRIG("signet.trig", "application/trig", false, "TriG: one named graph per document"),
        TURTLE("signet.ttl", "text/turtle", false, "Turtle: the union of all document graphs"),
        JSON_LD("signet.jsonld", "application/ld+json", false, "JSON-LD with the published context: the union of all document graphs");

        private final String fileName;
        private final String mediaType;
        private final boolean gzip;
        private final String description;

        Format(String fileName, String mediaType, boolean gzip, String description) {
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.gzip = gzip;
            this.description = description;
        }

        public String fileName() { return fileName; }

        /** The media type of the content (before compression). */
        public String mediaType() { return mediaType; }

        public boolean gzip() { return gzip; }

        public String description() { return description; }

        /** What a download is sent as: the gzip file as such (not a transfer encoding a client would undo). */
        public String contentType() {
            if (gzip) return "application/gzip";
            return mediaType.equals("application/ld+json") ? mediaType : mediaType + "; charset=utf-8";
        }

        public static Optional<Format> byFileName(String name) {
            return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
        }
    }

    private final PrefixMapping prefixes;
    private final JsonLdStreamWriter jsonLd;

    /** @param base the minted IRIs' base, given the {@code id:} prefix; null for none */
    public Dumps(String base, JsonLdContext context) {
        this.prefixes = Prefixes.standard(base);
        this.jsonLd = new JsonLdStreamWriter(context);
    }

    /**
     * Writes one dump of {@code dsg} to {@code out} (not closed, but finished: a gzip stream is
     * completed). {@code contextUrl}: the JSON-LD {@code @context} reference, or null to embed it.
     */
    public void write(Format format, DatasetGraph dsg, OutputStream out, String contextUrl) {
        Txn.executeRead(dsg, () -> {
            try {
                switch (format) {
                    case NQUADS_GZ -> {
                        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
                        quads(dsg, StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS_UTF8));
                        gz.finish();
                    }
                    case TRIG -> quads(dsg, StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS));
                    case TURTLE -> triples(dsg.getUnionGraph().find(), StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS));
                    case JSON_LD -> jsonLd.write(dsg.getUnionGraph().find(), out, contextUrl);
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void quads(DatasetGraph dsg, StreamRDF stream) {
        stream.start();
        prefixes.getNsPrefixMap().forEach(stream::prefix);
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) stream.quad(it.next());
        stream.finish();
    }

    private void triples(Iterator<Triple> triples, StreamRDF stream) {
        stream.start();
        prefixes.getNsPrefixMap().forEach(stream::prefix);
        while (triples.hasNext()) stream.triple(triples.next());
        stream.finish();
    }
}
