package signet.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import signet.doc.Article;
import signet.doc.DocumentException;
import signet.doc.DocumentReader;
import signet.doc.Sentence;
import signet.extract.Extractor;
import signet.fact.EntityKind;
import signet.fact.ExtractionResult;
import signet.graph.DocumentGraphBuilder;
import signet.graph.Iris;
import signet.graph.SIG;

/**
 * A small pipeline of our own for testing the store, ingest, query, server and CLI without the
 * real extraction rules: one sentence per line; every capitalised word becomes an organization
 * the document mentions. Texts containing {@code EXPLODE} make the extractor fail.
 */
public final class TinyPipeline {

    public static final String NS = "https://w3id.org/signet/ontology#";
    public static final Node MENTIONS = NodeFactory.createURI(NS + "mentions");
    public static final Node SENTENCE_TEXT = NodeFactory.createURI(NS + "text");
    public static final Node DOCUMENT = NodeFactory.createURI(NS + "Document");

    private TinyPipeline() {}

    public static Pipeline create() { return create("tiny-1"); }

    public static Pipeline create(String extractorVersion) {
        Iris iris = Iris.defaults();
        return new Pipeline(new Reader(), new TinyExtractor(extractorVersion), new Builder(iris), iris);
    }

    static final class Reader implements DocumentReader {
        @Override
        public Article read(Path file) throws DocumentException {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DocumentException(file, "cannot read (" + e.getClass().getSimpleName() + ")", e);
            }
            return read(file, file.getFileName().toString(), bytes);
        }

        @Override
        public Article read(String fileName, byte[] bytes) throws DocumentException {
            return read(Path.of(fileName), fileName, bytes);
        }

        private Article read(Path file, String fileName, byte[] bytes) throws DocumentException {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new DocumentException(file, "not UTF-8 text");
            }
            if (text.indexOf('\0') >= 0) throw new DocumentException(file, "binary file");
            if (text.isBlank()) throw new DocumentException(file, "empty file");
            List<Sentence> sentences = new ArrayList<>();
            int pos = 0;
            for (String line : text.split("\n", -1)) {
                if (!line.isBlank()) sentences.add(new Sentence(sentences.size(), 0, pos, pos + line.length(), line));
                pos += line.length() + 1;
            }
            int dot = fileName.lastIndexOf('.');
            return new Article(dot < 0 ? fileName : fileName.substring(0, dot), fileName, sha256(bytes),
                    dot < 0 ? "txt" : fileName.substring(dot + 1), Optional.empty(), text, sentences,
                    Optional.empty(), Optional.empty(), null, Optional.empty());
        }
    }

    record TinyExtractor(String version) implements Extractor {
        @Override
        public ExtractionResult extract(Article article) {
            if (article.text().contains("EXPLODE")) throw new IllegalStateException("rule exploded on purpose");
            return new ExtractionResult(article, List.of(), List.of(), List.of());
        }
    }

    record Builder(Iris iris) implements DocumentGraphBuilder {
        @Override
        public Graph build(ExtractionResult result, String extractorVersion) {
            Article a = result.article();
            Graph g = GraphFactory.createDefaultGraph();
            Node doc = NodeFactory.createURI(iris.document(a.id()));
            g.add(doc, RDF.Nodes.type, DOCUMENT);
            g.add(doc, SIG.contentHash.asNode(), NodeFactory.createLiteralString(a.contentHash()));
            g.add(doc, SIG.extractorVersion.asNode(), NodeFactory.createLiteralString(extractorVersion));
            for (Sentence s : a.sentences()) {
                Node sn = NodeFactory.createURI(iris.fact(a.id(), "sentence/" + s.index()));
                g.add(sn, SENTENCE_TEXT, NodeFactory.createLiteralString(s.text()));
                for (String w : s.text().split("[^\\p{L}\\p{N}]+"))
                    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                        g.add(doc, MENTIONS, NodeFactory.createURI(iris.entity(EntityKind.ORGANIZATION, Iris.slug(w))));
            }
            return g;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
