package signet.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import signet.graph.Iris;
import signet.ingest.Pipeline;

/**
 * The {@code signet} command. Each subcommand is its own thin class: parse, call a service,
 * print through {@code spec.commandLine().getOut()}, return an exit code. Only {@link #main}
 * calls {@code System.exit}.
 */
@Command(name = "signet",
        mixinStandardHelpOptions = true,
        version = "signet 0.1.0",
        description = "Builds a knowledge graph of agreements, posts and events between organizations from news articles, and serves it over SPARQL.",
        subcommands = {IngestCommand.class, QueryCommand.class, ServeCommand.class, ExportCommand.class, ExtractCommand.class,
                ValidateCommand.class, ExplainCommand.class, EvaluateCommand.class, BenchCommand.class,
                BackupCommand.class, RestoreCommand.class, CompactCommand.class, DigestCommand.class, PasswdCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                " 0:success",
                " 1:some input failed, or a runtime failure",
                " 2:usage error (bad option, bad query, bad parameter)",
                " 3:validation failed (the graph does not conform to the shapes)"})
public final class SignetCli implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int INVALID = 3;

    @Spec
    CommandSpec spec;

    private final Function<Iris, Pipeline> pipeline;

    /** The command with the standard extraction pipeline. */
    public SignetCli() {
        this.pipeline = Pipeline::standard;
    }

    /**
     * The command with another pipeline (tests use a small one of their own). Such a pipeline
     * mints its own IRIs, so {@code --base-iri} is refused with it rather than silently ignored.
     */
    public SignetCli(Supplier<Pipeline> pipeline) {
        Objects.requireNonNull(pipeline, "pipeline");
        this.pipeline = iris -> {
            Pipeline p = pipeline.get();
            if (!p.iris().base().equals(iris.base()))
                throw new IllegalArgumentException("this pipeline mints IRIs under " + p.iris().base() + ", not " + iris.base());
            return p;
        };
    }

    /** The pipeline minting IRIs under the default base. */
    Pipeline pipeline() { return pipeline.apply(Iris.defaults()); }

    /** The pipeline minting IRIs under {@code iris}' base ({@code --base-iri}). */
    Pipeline pipeline(Iris iris) { return pipeline.apply(iris); }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with Signet's error handling: one "signet: ..." line and an exit code. */
    public static CommandLine commandLine(SignetCli cli) {
        CommandLine cl = new CommandLine(cli);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof QueryCancelledException) err.println("signet: the query ran out of time");
            else err.println("signet: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (Boolean.getBoolean("signet.debug")) ex.printStackTrace(err);
            err.flush();
            return FAILED;
        });
        return cl;
    }

    public static void main(String[] args) {
        quietLogging();
        System.exit(commandLine(new SignetCli()).execute(args));
    }

    /**
     * Jena and Jetty log their start-up at INFO; the commands print what matters themselves.
     * The server's one line per request (logger {@code signet.request}) stays at INFO, with the
     * time. Only applied when the user has not configured slf4j-simple.
     */
    private static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null)
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (System.getProperty("org.slf4j.simpleLogger.log.signet.request") == null)
            System.setProperty("org.slf4j.simpleLogger.log.signet.request", "info");
        if (System.getProperty("org.slf4j.simpleLogger.showDateTime") == null) {
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
            System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        }
    }
}
