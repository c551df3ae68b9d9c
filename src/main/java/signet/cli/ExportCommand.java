package signet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import signet.store.AtomicFile;
import signet.store.Tdb2Store;
import signet.web.Dumps;
import signet.web.JsonLdContext;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the whole graph as an RDF file.",
        description = {"Triple formats (ttl, nt, jsonld, rdfxml) get the union of all document graphs; "
                + "quad formats (nq, nq.gz, trig) keep one named graph per document.",
                "ttl, trig, nq.gz and jsonld are written as the server's dumps (/dumps/): streamed, with prefixes; "
                        + "jsonld is compacted with Signet's JSON-LD context (ontology/context.jsonld), embedded so the file stands alone."})
final class ExportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "ttl",
            description = "ttl, nt, nq, nq.gz, trig, jsonld or rdfxml (or any name or file extension Jena knows; default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically; a new FILE gets the mode any new file gets, a replaced one keeps its mode) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Optional<Dumps.Format> dump = dumpFormat(format);
        if (dump.isPresent()) return export((dsg, out) -> dumps().write(dump.get(), dsg, out, null));
        Lang lang = lang(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown RDF format '" + format + "' (try ttl, nt, nq, trig, jsonld, rdfxml)"));
        RDFFormat rdfFormat = RDFWriterRegistry.defaultSerialization(lang);
        if (rdfFormat == null || !RDFWriterRegistry.contains(rdfFormat))
            throw new ParameterException(spec.commandLine(), "Jena cannot write " + lang.getLabel());
        return export((dsg, out) -> write(dsg, rdfFormat, out));
    }

    /** Writes the store with {@code writer}, to standard output or atomically to the output file. */
    private int export(DatasetWriter writer) throws IOException {
        try (Tdb2Store store = db.openExisting()) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            if (output == null) {
                if (format.strip().equals("nq.gz")) {
                    // compressed bytes through a text writer would be mangled
                    throw new ParameterException(spec.commandLine(), "nq.gz is binary: give --output FILE");
                }
                try (OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
                    writer.write(dsg, out);
                }
            } else {
                AtomicFile.write(output, out -> writer.write(dsg, out));
            }
        }
        return SignetCli.OK;
    }

    @FunctionalInterface
    interface DatasetWriter {
        void write(DatasetGraph dsg, OutputStream out);
    }

    /**
     * The formats written as the server's dumps: the same bytes from {@code export} and from
     * {@code /dumps/}. (No {@code id:} prefix here: the command does not know the store's base, and full IRIs are never wrong.)
     */
    static Optional<Dumps.Format> dumpFormat(String name) {
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "nq.gz" -> Optional.of(Dumps.Format.NQUADS_GZ);
            case "ttl", "turtle" -> Optional.of(Dumps.Format.TURTLE);
            case "trig" -> Optional.of(Dumps.Format.TRIG);
            case "jsonld", "json-ld" -> Optional.of(Dumps.Format.JSON_LD);
            default -> Optional.empty();
        };
    }

    private Dumps dumps() {
        return new Dumps(null, JsonLdContext.bundled());
    }

    /** By file extension first (ttl, nq, jsonld), then by Jena's names for the language (rdfxml, turtle). */
    static Optional<Lang> lang(String name) {
        String n = name.strip();
        return Optional.ofNullable(RDFLanguages.fileExtToLang(n))
                .or(() -> Optional.ofNullable(RDFLanguages.shortnameToLang(n)))
                .filter(l -> RDFLanguages.isTriples(l) || RDFLanguages.isQuads(l));
    }

    /** Quad-only formats get the named graphs; formats that can hold a single graph get the union. */
    static boolean writesDataset(RDFFormat format) {
        return !RDFLanguages.isTriples(format.getLang());
    }

    private static void write(DatasetGraph dsg, RDFFormat format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            if (writesDataset(format)) RDFDataMgr.write(out, dsg, format);
            else RDFDataMgr.write(out, dsg.getUnionGraph(), format);
        });
    }
}
