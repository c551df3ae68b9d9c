package signet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import signet.query.NamedQuery;
import signet.query.QueryParameters;
import signet.query.QueryRunner;
import signet.query.ResultFormat;
import signet.store.Tdb2Store;

@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Run a SPARQL query (a .rq file or -e TEXT) against the store.",
        description = {"FILE may also be the name of a query in the project's queries/ folder (agreements = queries/agreements.rq).",
                "Parameters are bound as RDF terms, never pasted into the query: <...> and http(s)://... values are IRIs, others plain strings."})
final class QueryCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Parameters(paramLabel = "FILE.rq", arity = "0..1", description = "The query file.")
    Path file;

    @Option(names = {"-e", "--query"}, paramLabel = "SPARQL", description = "The query text, instead of a file.")
    String text;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}). CONSTRUCT and DESCRIBE always write Turtle.")
    String format;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "Bind a query variable; repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Stop the query after this long (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        if ((file == null) == (text == null))
            throw new ParameterException(spec.commandLine(), "give either a query file or -e 'SPARQL', not both or neither");
        ResultFormat fmt = ResultFormat.of(format).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "unknown format '" + format + "' (table, csv, tsv, json, xml)"));
        NamedQuery query;
        Map<String, Node> bindings;
        try {
            query = text != null ? NamedQuery.parse("query", text, "-e") : NamedQuery.load(resolve(file));
            bindings = QueryParameters.parseAll(params, query::toNode); // the header's types, as on the server
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "no such query file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (QueryParseException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Tdb2Store store = db.openExisting();
             OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
            new QueryRunner(store.dataset(), timeout).run(query, bindings, fmt, out);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SignetCli.OK;
    }

    /** A bare name that is not a file is looked up in the project's queries/ folder. */
    private static Path resolve(Path file) {
        if (Files.exists(file) || file.getNameCount() != 1) return file;
        String n = file.toString();
        Path named = SignetHome.current().queries().resolve(n.endsWith(".rq") ? n : n + ".rq");
        return Files.exists(named) ? named : file;
    }
}
