package signet.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import signet.bench.IngestWriter;
import signet.bench.LoadTest;

/**
 * {@code signet bench load}: many concurrent clients sending the named queries to a running
 * server for a fixed time ({@link LoadTest}), optionally with an ingest posting articles at the
 * same time ({@link signet.bench.IngestWriter}).
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        header = "Load-test a running server: concurrent clients sending the named queries for a fixed time, optionally during an ingest.",
        description = {"Runs against a server already running (signet serve), on this machine or another: "
                + "--clients clients each send one request after another, GET URL/queries/NAME?param=value asking for SPARQL JSON and "
                + "reading the whole answer, for --warmup (not measured) and then --duration. Prints requests, errors, requests/s and "
                + "p50/p99/max latency per case and overall. A non-2xx answer, an IO error or no complete answer within --timeout is an "
                + "error; the first " + LoadTest.MAX_PRINTED_ERRORS + " are printed as they happen.",
                "The mix: the queries are those the server lists at URL/queries/; parameter values are found at start-up through "
                + "URL/signet/sparql. Each query gives up to three cases: lookups (fact= one of " + LoadTest.SAMPLED_FACTS
                + " sampled facts; org= one of " + LoadTest.RARE_ORGS + " organizations party to the fewest signed agreements: "
                + "a few rows, milliseconds), popular (org= one of the " + LoadTest.POPULAR_ORGS + " organizations party to the most: "
                + "thousands of rows) and listings (no parameter: the query lists the whole store, tens of thousands of rows, "
                + "seconds each even on an idle server). Each request draws a kind by --mix (default: 90%% lookups, 8%% popular, "
                + "2%% listings), then a case of that kind and a value uniformly; every client has its own Random seeded from --seed, "
                + "so a run repeats the same requests.",
                "Requests still running when the time is up are awaited and counted; rates are over the time to the last answer.",
                "With --ingest-dir, one more thread posts the .txt files of DIR (any depth, name order) one after the other for the "
                + "whole run: POST URL/ingest?id=load-NAME (text/plain; charset=utf-8, HTTP Basic as --user with the first line of "
                + "--password-file), so the articles are added next to the store's own documents; 200 or 201 is success. Its posts "
                + "are reported on their own line."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:no request failed (warm-up and posts included)", " 1:some request failed, or the server could not be reached",
                " 2:usage error"})
public final class BenchLoadCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", required = true,
            description = "Base URL of the running server, e.g. http://127.0.0.1:3030.")
    String url;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "32",
            description = "Concurrent clients, each with one request in flight (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Measured time (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", paramLabel = "DURATION", defaultValue = "10s", converter = DurationOrZeroConverter.class,
            description = "Time the clients run first without being measured; 0 for none (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Longest the client waits for one whole answer before counting an error (default: ${DEFAULT-VALUE}). "
                    + "The server has its own query time-out (serve --timeout, 30 s by default), answered with 503.")
    Duration timeout;

    @Option(names = "--mix", paramLabel = "WEIGHTS", defaultValue = "lookups=90,popular=8,listings=2",
            description = "Relative weights of the kinds of case (default: ${DEFAULT-VALUE}); a kind not named keeps its default, "
                    + "0 leaves it out (--mix listings=0).")
    String mix;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seeds the sampled parameter values and every client's choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--ingest-dir", paramLabel = "DIR",
            description = "Post the .txt articles of DIR (any depth) to URL/ingest during the run; needs --user and --password-file.")
    Path ingestDir;

    @Option(names = "--user", paramLabel = "NAME", description = "User name for the ingest's HTTP Basic credentials.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the ingest user's password.")
    Path passwordFile;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        LoadTest.Options options;
        try {
            options = new LoadTest.Options(baseUrl(), clients, duration, warmup, timeout, seed, LoadTest.Mix.parse(mix), ingest(),
                    Optional.ofNullable(json));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        LoadTest.Result result = new LoadTest(options, out).run();
        out.print(LoadTest.report(result));
        if (json != null) out.println("JSON: " + json);
        out.flush();
        return result.clean() ? SignetCli.OK : SignetCli.FAILED;
    }

    private URI baseUrl() {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--url: not a URL: " + url + " (" + e.getReason() + ")");
        }
    }

    /** The writer's articles and credentials; the three options go together. */
    private Optional<LoadTest.Ingest> ingest() {
        if (ingestDir == null && user == null && passwordFile == null) return Optional.empty();
        if (ingestDir == null || user == null || passwordFile == null)
            throw new IllegalArgumentException("--ingest-dir, --user and --password-file go together");
        if (!Files.isDirectory(ingestDir)) throw new IllegalArgumentException("--ingest-dir: no folder at " + ingestDir);
        if (!Files.isReadable(passwordFile)) throw new IllegalArgumentException("--password-file: cannot read " + passwordFile);
        List<Path> articles = IngestWriter.articles(ingestDir);
        if (articles.isEmpty()) throw new IllegalArgumentException("--ingest-dir: no .txt file under " + ingestDir);
        return Optional.of(new LoadTest.Ingest(articles, IngestWriter.Credentials.fromPasswordFile(user, passwordFile)));
    }
}
