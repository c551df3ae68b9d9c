package signet.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import signet.store.Tdb2Store;

@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check the graph against the SHACL shapes (exit code 3 when it does not conform).",
        description = "Validates the union of all document graphs and prints one line per result: focus node, path, message.")
final class ValidateCommand implements Callable<Integer> {

    /** The shapes bundled in the jar, used when the project's ontology/shapes.ttl is absent. */
    private static final String BUNDLED_SHAPES = "/ontology/shapes.ttl";

    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes (default: the project's ontology/shapes.ttl).")
    Path shapesFile;

    @Override
    public Integer call() throws Exception {
        Shapes shapes = Shapes.parse(loadShapes());
        PrintWriter out = spec.commandLine().getOut();
        try (Tdb2Store store = db.openExisting()) {
            var dsg = store.dataset().asDatasetGraph();
            ValidationReport report = Txn.calculateRead(dsg, () -> ShaclValidator.get().validate(shapes, dsg.getUnionGraph()));
            for (ReportEntry e : report.getEntries())
                out.println(e.severity().level().getLocalName() + "\t" + str(e.focusNode()) + "\t"
                        + (e.resultPath() == null ? "-" : e.resultPath().toString()) + "\t" + e.message());
            out.println(report.conforms() ? "signet: the graph conforms to the shapes"
                    : "signet: " + report.getEntries().size() + " result(s); the graph does not conform");
            out.flush();
            return report.conforms() ? SignetCli.OK : SignetCli.INVALID;
        }
    }

    private Graph loadShapes() throws Exception {
        Path file = shapesFile != null ? shapesFile : SignetHome.current().shapes();
        if (Files.isRegularFile(file)) return RDFParser.source(file).toGraph();
        if (shapesFile != null) throw new ParameterException(spec.commandLine(), "no such shapes file: " + shapesFile);
        try (InputStream in = ValidateCommand.class.getResourceAsStream(BUNDLED_SHAPES)) {
            if (in == null) throw new IllegalStateException("no shapes: neither " + file + " nor " + BUNDLED_SHAPES + " in the jar");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        }
    }

    private static String str(Node n) {
        return n == null ? "-" : NodeFmtLib.strNT(n);
    }
}
