package signet.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import signet.graph.SIG;
import signet.server.NamedQueryRoute;
import signet.server.SignetServer;
import signet.web.RemoteSource;

/**
 * A bounded HTTP load test of a running Signet server: N concurrent clients send the named
 * queries ({@code GET /queries/NAME?param=value}, SPARQL JSON results read to the end) for a
 * fixed time after a warm-up, and the run reports requests, errors, throughput and latency per
 * case and overall; optionally one {@link IngestWriter} posts articles at the same time.
 *
 * <p><b>Cases.</b> The queries are those the server lists at {@code /queries/}. Parameter values
 * are found at start-up through the server's SPARQL endpoint: the organizations party to the
 * most signed agreements ({@value #POPULAR_ORGS}), a seeded sample of those party to the fewest
 * ({@value #RARE_ORGS}), and a seeded sample of facts that have evidence ({@value #SAMPLED_FACTS}).
 * A query gets up to three cases, each of one {@link Kind}:
 * <ul>
 *   <li>{@link Kind#LOOKUP}: a {@code fact} parameter bound to a sampled fact, or an {@code org}
 *       parameter bound to a rare organization — the few-row answers a page or a user asks for;</li>
 *   <li>{@link Kind#POPULAR}: an {@code org} parameter bound to one of the most frequent parties —
 *       thousands of rows;</li>
 *   <li>{@link Kind#LISTING}: no parameter at all — the query lists the whole store (tens of
 *       thousands of rows, seconds each).</li>
 * </ul>
 * Each request draws a kind by the {@link Mix}'s weights, then a case of that kind and a value
 * from its pool uniformly, with a {@link Random} per client seeded from {@link Options#seed}
 * and the client's number: the same seed sends the same sequence of requests from each client.
 *
 * <p><b>Counting.</b> A request counts when it starts after the warm-up and before the end; the
 * requests still running at the end are awaited (at most the client time-out) and counted, so a
 * slow listing is not left out of the percentiles. Throughput is over the time from the end of
 * the warm-up to the last answer. Latency runs from sending to having read the whole body, and
 * failed requests are in it too: the client waited for them. A non-2xx status, an IO error or
 * no complete answer within the client time-out is an error.
 */
public final class LoadTest {

    /** Organizations in the popular pool: the parties to the most signed agreements. */
    public static final int POPULAR_ORGS = 5;
    /** Organizations in the rare pool, sampled among the parties to the fewest signed agreements. */
    public static final int RARE_ORGS = 20;
    /** Facts in the {@code fact} pool, sampled among the facts with evidence. */
    public static final int SAMPLED_FACTS = 50;
    /** Errors printed as they happen; later ones are only counted. */
    public static final int MAX_PRINTED_ERRORS = 10;

    /** The named-query parameters the load test knows how to fill; other parameters are left unbound. */
    static final String ORG_PARAM = "org";
    static final String FACT_PARAM = "fact";
    static final String SPARQL_JSON = "application/sparql-results+json";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** How often the run prints its running totals. */
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    /** The organizations party to signed agreements, most agreements first; merged duplicates left out, as the queries fold them. */
    private static final String ORGANIZATIONS_QUERY = """
            PREFIX sig: <%s>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org: <http://www.w3.org/ns/org#>
            SELECT (MIN(?label) AS ?name) ?n WHERE {
              { SELECT ?o (COUNT(DISTINCT ?a) AS ?n) WHERE {
                  ?a sig:status sig:Signed ; sig:party ?o . ?o a org:Organization .
                  FILTER NOT EXISTS { ?o sig:mergedInto ?c } } GROUP BY ?o }
              ?o skos:prefLabel ?label .
            } GROUP BY ?o ?n ORDER BY DESC(?n) ?name""".formatted(SIG.NS);

    /** Every fact with an evidence sentence (agreements, posts, part-of statements, events), in IRI order. */
    private static final String FACTS_QUERY = """
            PREFIX sig: <%s>
            SELECT DISTINCT ?f WHERE { ?f sig:evidence ?e } ORDER BY ?f""".formatted(SIG.NS);

    /** What a case asks for, which decides how often it is sent. */
    public enum Kind {
        LOOKUP("lookups"), POPULAR("popular"), LISTING("listings");

        /** The name in {@code --mix} and in the output. */
        public final String key;

        Kind(String key) { this.key = key; }
    }

    /**
     * Relative weights of the three kinds of case: {@code lookups=90,popular=8,listings=2} sends
     * 90 % lookups, 8 % popular-organization queries and 2 % listings (a kind with no case on
     * this server drops out, and the others share its weight).
     */
    public record Mix(int lookups, int popular, int listings) {
        public static final Mix DEFAULT = new Mix(90, 8, 2);

        public Mix {
            if (lookups < 0 || popular < 0 || listings < 0) throw new IllegalArgumentException("mix weights must not be negative");
            if (lookups + popular + listings == 0) throw new IllegalArgumentException("the mix gives no weight to anything");
        }

        public int weight(Kind k) {
            return switch (k) {
                case LOOKUP -> lookups;
                case POPULAR -> popular;
                case LISTING -> listings;
            };
        }

        /** Reads {@code lookups=90,popular=8,listings=2}; a kind not named keeps its {@link #DEFAULT} weight. */
        public static Mix parse(String text) {
            Map<Kind, Integer> w = new LinkedHashMap<>();
            for (Kind k : Kind.values()) w.put(k, DEFAULT.weight(k));
            for (String part : text.split(",")) {
                String[] kv = part.strip().split("=", 2);
                Kind kind = Arrays.stream(Kind.values()).filter(k -> k.key.equalsIgnoreCase(kv[0].strip())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + kv[0].strip() + "' (lookups, popular, listings)"));
                try {
                    w.put(kind, Integer.parseInt(kv.length == 2 ? kv[1].strip() : ""));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + part.strip() + "': the weight must be a whole number (lookups=90)");
                }
            }
            return new Mix(w.get(Kind.LOOKUP), w.get(Kind.POPULAR), w.get(Kind.LISTING));
        }

        @Override
        public String toString() { return "lookups=" + lookups + ",popular=" + popular + ",listings=" + listings; }
    }

    /** The articles an {@link IngestWriter} posts during the run, and as whom. */
    public record Ingest(List<Path> articles, IngestWriter.Credentials credentials) {
        public Ingest {
            articles = List.copyOf(articles);
            Objects.requireNonNull(credentials, "credentials");
            if (articles.isEmpty()) throw new IllegalArgumentException("no articles to post");
        }
    }

    /**
     * @param base     the server, {@code http://127.0.0.1:3030} (no trailing slash needed)
     * @param clients  concurrent query clients, each with one request in flight at a time
     * @param duration the measured time
     * @param warmup   unmeasured time first (may be zero)
     * @param timeout  the client's limit for one request, answer read whole
     * @param seed     seeds the samples of parameter values and every client's choices
     */
    public record Options(URI base, int clients, Duration duration, Duration warmup, Duration timeout, long seed, Mix mix,
                          Optional<Ingest> ingest, Optional<Path> json) {
        public Options {
            Objects.requireNonNull(base, "base");
            base = URI.create(base.toString().replaceAll("/+$", ""));
            if (!base.isAbsolute() || !("http".equals(base.getScheme()) || "https".equals(base.getScheme())) || base.getHost() == null)
                throw new IllegalArgumentException("not an http(s) URL: " + base);
            if (clients < 1) throw new IllegalArgumentException("at least one client");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(warmup, "warmup");
            Objects.requireNonNull(timeout, "timeout");
            if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException("the duration must be positive");
            if (warmup.isNegative()) throw new IllegalArgumentException("the warm-up must not be negative");
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the time-out must be positive");
            Objects.requireNonNull(mix, "mix");
            Objects.requireNonNull(ingest, "ingest");
            Objects.requireNonNull(json, "json");
        }
    }

    /**
     * One kind of request: a named query with, for a parameter, the pool its values are drawn from.
     *
     * @param label  how the output names it ({@code signed-with org=rare})
     * @param param  the parameter bound, none for a listing
     * @param values the pool of values for {@code param} (empty for a listing)
     */
    public record Case(String label, String query, Kind kind, Optional<String> param, List<String> values) {
        public Case {
            values = List.copyOf(values);
            if (param.isPresent() == values.isEmpty()) throw new IllegalArgumentException(label + ": a parameter needs values, and only a parameter");
        }

        static Case listing(String query) {
            return new Case(query + " (all)", query, Kind.LISTING, Optional.empty(), List.of());
        }

        static Case bound(String query, Kind kind, String param, String pool, List<String> values) {
            return new Case(query + " " + param + "=" + pool, query, kind, Optional.of(param), values);
        }

        /** The request URL, with a value drawn from the pool. */
        URI uri(URI base, Random random) {
            String path = base + NamedQueryRoute.PATH + "/" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            return URI.create(param.map(p -> path + "?" + p + "=" + URLEncoder.encode(values.get(random.nextInt(values.size())), StandardCharsets.UTF_8))
                    .orElse(path));
        }
    }

    /** A case's measured requests. */
    public record CaseResult(Case c, int requests, int errors, long bytes, Optional<QueryBenchmark.Stats> stats) {}

    /**
     * @param cases          per case, in the order of the output (lookups, popular, listings)
     * @param requests       measured query requests
     * @param errors         how many of them failed
     * @param errorCauses    those failures by cause ({@code HTTP 503}, {@code client time-out}, ...)
     * @param seconds        from the end of the warm-up to the last measured answer
     * @param stats          latency over every measured request
     * @param warmupRequests requests sent during the warm-up (not measured)
     * @param warmupErrors   how many of them failed
     * @param firstErrors    the first errors (queries and posts), as printed
     * @param ingest         what the writer did, when there was one
     */
    public record Result(Options options, List<CaseResult> cases, int requests, int errors, Map<String, Integer> errorCauses, double seconds,
                         Optional<QueryBenchmark.Stats> stats, int warmupRequests, int warmupErrors, List<String> firstErrors,
                         Optional<IngestWriter.Result> ingest) {
        public Result {
            cases = List.copyOf(cases);
            errorCauses = Collections.unmodifiableMap(new TreeMap<>(errorCauses));
            firstErrors = List.copyOf(firstErrors);
        }

        public double perSecond() { return seconds > 0 ? requests / seconds : 0; }

        /** No request failed, warm-up and posts included: the run's exit status is 0. */
        public boolean clean() {
            return errors == 0 && warmupErrors == 0 && ingest.map(i -> i.errors() == 0 && i.warmupErrors() == 0).orElse(true);
        }
    }

    private final Options options;
    private final PrintWriter log;
    private final AtomicLong measuredRequests = new AtomicLong();
    private final AtomicLong measuredErrors = new AtomicLong();
    private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

    public LoadTest(Options options, PrintWriter log) {
        this.options = Objects.requireNonNull(options, "options");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Finds the cases, runs the clients (and the writer) for warm-up plus duration, and writes the JSON file if asked. */
    public Result run() throws InterruptedException {
        try (HttpClient http = client()) {
            List<Case> cases = cases(http);
            say(header(cases));
            Result result = measure(http, cases);
            options.json().ifPresent(f -> writeJson(result, f));
            return result;
        }
    }

    private static HttpClient client() {
        // HTTP/1.1 like wrk and most clients: one request at a time per connection
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
    }

    // ---- cases -----------------------------------------------------------------------------

    /** A named query as the server lists it: name and parameter names. */
    record Listed(String name, List<String> params) {}

    /** The cases for the queries the server lists, with parameter values found through its SPARQL endpoint. */
    List<Case> cases(HttpClient http) throws InterruptedException {
        List<Listed> listed = listQueries(http);
        if (listed.isEmpty()) throw new IllegalStateException(options.base() + NamedQueryRoute.PATH + "/ lists no named query");
        boolean wantsOrgs = listed.stream().anyMatch(q -> q.params().contains(ORG_PARAM));
        boolean wantsFacts = listed.stream().anyMatch(q -> q.params().contains(FACT_PARAM));
        RemoteSource sparql = new RemoteSource(options.base() + SignetServer.DATASET + "/sparql", options.timeout());
        Random random = new Random(options.seed());
        List<String> popular = List.of(), rare = List.of(), facts = List.of();
        if (wantsOrgs) {
            List<QuerySolution> ranked = sparql.select(QueryFactory.create(ORGANIZATIONS_QUERY));
            List<String> names = ranked.stream().map(r -> r.getLiteral("name").getLexicalForm()).toList();
            popular = names.subList(0, Math.min(POPULAR_ORGS, names.size()));
            rare = rareOrganizations(ranked.subList(popular.size(), ranked.size()), random);
        }
        if (wantsFacts)
            facts = sample(sparql.select(QueryFactory.create(FACTS_QUERY)).stream().map(r -> r.getResource("f").getURI()).toList(), SAMPLED_FACTS, random);
        List<Case> cases = new ArrayList<>();
        for (Listed q : listed) {
            if (q.params().contains(FACT_PARAM) && !facts.isEmpty()) cases.add(Case.bound(q.name(), Kind.LOOKUP, FACT_PARAM, "sampled", facts));
            if (q.params().contains(ORG_PARAM) && !rare.isEmpty()) cases.add(Case.bound(q.name(), Kind.LOOKUP, ORG_PARAM, "rare", rare));
            if (q.params().contains(ORG_PARAM) && !popular.isEmpty()) cases.add(Case.bound(q.name(), Kind.POPULAR, ORG_PARAM, "popular", popular));
            cases.add(Case.listing(q.name()));
        }
        // a kind the mix leaves out is not run at all, rather than shown with no requests
        List<Case> run = cases.stream().filter(c -> options.mix().weight(c.kind()) > 0)
                .sorted(Comparator.comparing(Case::kind).thenComparing(Case::label)).toList();
        if (run.isEmpty()) throw new IllegalArgumentException("the mix " + options.mix() + " leaves no case to run on this server");
        return run;
    }

    /** The server's {@code GET /queries/} listing: one line per query, NAME TAB title, then TAB ?param= description for each parameter. */
    private List<Listed> listQueries(HttpClient http) throws InterruptedException {
        URI uri = URI.create(options.base() + NamedQueryRoute.PATH + "/");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.timeout()).build();
        try {
            var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200)
                throw new IllegalStateException("GET " + uri + ": HTTP " + response.statusCode() + " " + Exchange.abbreviate(response.body()));
            List<Listed> listed = new ArrayList<>();
            for (String line : response.body().lines().filter(l -> !l.isBlank()).toList()) {
                String[] fields = line.split("\t");
                List<String> params = Arrays.stream(fields).skip(2).filter(f -> f.startsWith("?") && f.contains("="))
                        .map(f -> f.substring(1, f.indexOf('='))).toList();
                listed.add(new Listed(fields[0], params));
            }
            return listed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the named queries at " + uri + ": " + e.getMessage(), e);
        }
    }

    /**
     * A sample of the organizations party to the fewest signed agreements: those at or below the
     * count of the {@value #RARE_ORGS}-th fewest, so ties are sampled fairly rather than by name.
     */
    private static List<String> rareOrganizations(List<QuerySolution> rankedRest, Random random) {
        if (rankedRest.isEmpty()) return List.of();
        List<QuerySolution> ascending = new ArrayList<>(rankedRest);
        Collections.reverse(ascending);
        int cut = ascending.get(Math.min(RARE_ORGS, ascending.size()) - 1).getLiteral("n").getInt();
        List<String> candidates = ascending.stream().filter(r -> r.getLiteral("n").getInt() <= cut)
                .map(r -> r.getLiteral("name").getLexicalForm()).sorted().toList();
        return sample(candidates, RARE_ORGS, random);
    }

    /** {@code n} of the items chosen by {@code random}, in their original order; all of them when there are no more. */
    static <T> List<T> sample(List<T> items, int n, Random random) {
        if (items.size() <= n) return List.copyOf(items);
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) idx.add(i);
        Collections.shuffle(idx, random);
        return idx.subList(0, n).stream().sorted().map(items::get).toList();
    }

    private String header(List<Case> cases) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Signet at %s: %d cases, mix %s%n", options.base(), cases.size(), options.mix()));
        for (Case c : cases)
            b.append(String.format(Locale.ROOT, "  %-9s %s%s%n", c.kind().key, c.label(),
                    c.values().isEmpty() ? "" : " (" + c.values().size() + (c.values().size() <= POPULAR_ORGS ? ": " + String.join(", ", c.values()) : "") + ")"));
        b.append(String.format(Locale.ROOT, "%d clients, %s warm-up, %s measured, client time-out %s, seed %d%s",
                options.clients(), seconds(options.warmup()), seconds(options.duration()), seconds(options.timeout()), options.seed(),
                options.ingest().map(i -> "; 1 writer posting " + i.articles().size() + " articles to " + IngestWriter.PATH + " as " + i.credentials().user()).orElse("")));
        return b.toString();
    }

    // ---- the run ---------------------------------------------------------------------------

    /** What one client saw: a tally per case (same index as the cases), its warm-up, and when its last measured answer came. */
    private record ClientRun(Tally[] perCase, Tally warmup, long lastEnd) {}

    private Result measure(HttpClient http, List<Case> cases) throws InterruptedException {
        double[] cumulative = cumulativeWeights(cases);
        long start = System.nanoTime();
        long measureFrom = start + options.warmup().toNanos();
        long end = measureFrom + options.duration().toNanos();
        List<Future<ClientRun>> clients = new ArrayList<>();
        Future<IngestWriter.Result> writer = null;
        ExecutorService pool = Executors.newFixedThreadPool(options.clients() + 1, Thread.ofPlatform().name("load-", 0).factory());
        try (HttpClient writerHttp = client()) {
            for (int i = 0; i < options.clients(); i++) {
                Random random = new Random(clientSeed(options.seed(), i));
                clients.add(pool.submit(() -> client(http, cases, cumulative, random, measureFrom, end)));
            }
            if (options.ingest().isPresent()) {
                Ingest in = options.ingest().get();
                IngestWriter w = new IngestWriter(writerHttp, options.base(), in.articles(), in.credentials(), options.timeout(), log);
                writer = pool.submit(() -> w.run(measureFrom, end));
            }
            progress(measureFrom, end);
            List<ClientRun> runs = new ArrayList<>();
            for (Future<ClientRun> f : clients) runs.add(get(f));
            Optional<IngestWriter.Result> written = writer == null ? Optional.empty() : Optional.of(get(writer));
            return result(cases, runs, measureFrom, written);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each case's share: its kind's weight split evenly over that kind's cases; running sums for drawing. */
    private double[] cumulativeWeights(List<Case> cases) {
        Map<Kind, Long> perKind = cases.stream().collect(Collectors.groupingBy(Case::kind, Collectors.counting()));
        double[] cumulative = new double[cases.size()];
        double sum = 0;
        for (int i = 0; i < cases.size(); i++) {
            Kind k = cases.get(i).kind();
            sum += (double) options.mix().weight(k) / perKind.get(k);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** Distinct, fixed seeds for the clients of one run: client i of seed s always draws the same sequence. */
    static long clientSeed(long seed, int client) { return seed * 1_000_003L + client; }

    private static int draw(double[] cumulative, Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return Math.min(i >= 0 ? i + 1 : -i - 1, cumulative.length - 1);
    }

    /** One client: a request at a time until the end; those started in the warm-up go to its warm-up tally. */
    private ClientRun client(HttpClient http, List<Case> cases, double[] cumulative, Random random, long measureFrom, long end)
            throws InterruptedException {
        Tally[] perCase = new Tally[cases.size()];
        for (int i = 0; i < perCase.length; i++) perCase[i] = new Tally();
        Tally warmup = new Tally();
        long lastEnd = measureFrom;
        for (long sent = System.nanoTime(); sent < end; sent = System.nanoTime()) {
            int i = draw(cumulative, random);
            Case c = cases.get(i);
            HttpRequest request = HttpRequest.newBuilder(c.uri(options.base(), random)).header("Accept", SPARQL_JSON).timeout(options.timeout()).build();
            Exchange.Outcome o = Exchange.send(http, request, options.timeout());
            long done = System.nanoTime();
            boolean measured = sent >= measureFrom;
            (measured ? perCase[i] : warmup).record(done - sent, o);
            if (measured) {
                lastEnd = done;
                measuredRequests.incrementAndGet();
                if (o.failed()) measuredErrors.incrementAndGet();
            }
            if (o.failed()) error(c.label() + (measured ? "" : " (warm-up)") + ": " + o.problem() + " [" + request.uri() + "]");
        }
        return new ClientRun(perCase, warmup, lastEnd);
    }

    private void error(String line) {
        synchronized (firstErrors) {
            if (firstErrors.size() >= MAX_PRINTED_ERRORS) return;
            firstErrors.add(line);
        }
        say("error: " + line);
    }

    /** Waits out the warm-up and the measured time, printing the running totals now and then. */
    private void progress(long measureFrom, long end) throws InterruptedException {
        if (!options.warmup().isZero()) {
            sleepUntil(measureFrom);
            say("warm-up done; measuring for " + seconds(options.duration()));
        }
        for (long next = measureFrom + PROGRESS_EVERY.toNanos(); next < end; next += PROGRESS_EVERY.toNanos()) {
            sleepUntil(next);
            say(String.format(Locale.ROOT, "  %s: %,d requests, %,d errors", seconds(Duration.ofNanos(next - measureFrom)),
                    measuredRequests.get(), measuredErrors.get()));
        }
        sleepUntil(end);
        say("time is up; waiting for the requests still running");
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) Thread.sleep(Duration.ofNanos(left));
    }

    private static <T> T get(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    private Result result(List<Case> cases, List<ClientRun> runs, long measureFrom, Optional<IngestWriter.Result> ingest) {
        List<CaseResult> perCase = new ArrayList<>();
        Tally all = new Tally(), warmup = new Tally();
        long lastEnd = measureFrom;
        for (int i = 0; i < cases.size(); i++) {
            Tally t = new Tally();
            for (ClientRun r : runs) t.merge(r.perCase()[i]);
            all.merge(t);
            perCase.add(new CaseResult(cases.get(i), t.requests(), t.errors(), t.bytes(), t.stats()));
        }
        for (ClientRun r : runs) {
            warmup.merge(r.warmup());
            lastEnd = Math.max(lastEnd, r.lastEnd());
        }
        List<String> errors = new ArrayList<>(firstErrors);
        ingest.ifPresent(w -> errors.addAll(w.firstErrors()));
        return new Result(options, perCase, all.requests(), all.errors(), all.causes(), (lastEnd - measureFrom) / 1e9, all.stats(),
                warmup.requests(), warmup.errors(), errors, ingest);
    }

    private void say(String line) {
        synchronized (log) {
            log.println(line);
            log.flush();
        }
    }

    // ---- output ----------------------------------------------------------------------------

    /** The table per case, the overall line, the writer's line. */
    public static String report(Result r) {
        int w = Math.max(4, r.cases().stream().mapToInt(c -> c.c().label().length()).max().orElse(4));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-" + w + "s %9s %9s %9s %9s %9s %9s %9s%n", "case", "kind", "requests", "errors", "req/s", "p50 ms", "p99 ms", "max ms"));
        for (CaseResult c : r.cases()) {
            b.append(String.format(Locale.ROOT, "%-" + w + "s %9s %,9d %,9d %9.1f %9s %9s %9s%n", c.c().label(), c.c().kind().key, c.requests(), c.errors(),
                    r.seconds() > 0 ? c.requests() / r.seconds() : 0,
                    c.stats().map(s -> ms(s.p50())).orElse("-"), c.stats().map(s -> ms(s.p99())).orElse("-"), c.stats().map(s -> ms(s.max())).orElse("-")));
        }
        b.append(String.format(Locale.ROOT, "load: %d clients, %s: %,d requests, %.1f/s, %,d errors, p50 %s ms, p99 %s ms%n",
                r.options().clients(), seconds(r.options().duration()), r.requests(), r.perSecond(), r.errors(),
                r.stats().map(s -> ms(s.p50())).orElse("-"), r.stats().map(s -> ms(s.p99())).orElse("-")));
        if (!r.errorCauses().isEmpty()) b.append("  errors by cause: ").append(causes(r.errorCauses())).append(System.lineSeparator());
        if (r.seconds() > r.options().duration().toNanos() / 1e9 + 1)
            b.append(String.format(Locale.ROOT, "  (requests still running at the end were awaited: the last answer came %.1f s after the warm-up, and rates are over that time)%n",
                    r.seconds()));
        if (r.warmupErrors() > 0)
            b.append(String.format(Locale.ROOT, "warm-up: %,d requests, %,d errors%n", r.warmupRequests(), r.warmupErrors()));
        r.ingest().ifPresent(i -> b.append(String.format(Locale.ROOT, "ingest: 1 writer: %,d posts, %.2f/s, %,d errors, p50 %s ms, p99 %s ms%s%s%n",
                i.posts(), i.perSecond(), i.errors(), i.stats().map(s -> ms(s.p50())).orElse("-"), i.stats().map(s -> ms(s.p99())).orElse("-"),
                i.warmupErrors() > 0 ? " (and " + i.warmupErrors() + " errors in the warm-up)" : "",
                i.ranOut() ? "; every article was posted before the end" : "")));
        r.ingest().filter(i -> !i.errorCauses().isEmpty())
                .ifPresent(i -> b.append("  post errors by cause: ").append(causes(i.errorCauses())).append(System.lineSeparator()));
        return b.toString();
    }

    /** {@code HTTP 503 ×12, client time-out ×1}. */
    private static String causes(Map<String, Integer> causes) {
        return causes.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static JsonObject causesJson(Map<String, Integer> causes) {
        JsonObject o = new JsonObject();
        causes.forEach(o::put);
        return o;
    }

    private static String ms(long nanos) { return String.format(Locale.ROOT, "%.1f", nanos / 1e6); }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** The settings, the cases with their pools, and the figures, latencies in milliseconds. */
    public static void writeJson(Result r, Path file) {
        JsonObject root = new JsonObject();
        Options o = r.options();
        root.put("url", o.base().toString());
        root.put("clients", o.clients());
        root.put("durationSeconds", JsonNumber.value(o.duration().toMillis() / 1000.0));
        root.put("warmupSeconds", JsonNumber.value(o.warmup().toMillis() / 1000.0));
        root.put("timeoutSeconds", JsonNumber.value(o.timeout().toMillis() / 1000.0));
        root.put("seed", o.seed());
        root.put("mix", o.mix().toString());
        root.put("processors", Runtime.getRuntime().availableProcessors());
        root.put("java", System.getProperty("java.version"));
        root.put("measuredSeconds", JsonNumber.value(r.seconds()));
        root.put("requests", r.requests());
        root.put("errors", r.errors());
        root.put("errorCauses", causesJson(r.errorCauses()));
        root.put("perSecond", JsonNumber.value(r.perSecond()));
        r.stats().ifPresent(s -> root.put("latency", QueryBenchmark.stats(s)));
        root.put("warmupRequests", r.warmupRequests());
        root.put("warmupErrors", r.warmupErrors());
        JsonArray cases = new JsonArray();
        for (CaseResult c : r.cases()) {
            JsonObject j = new JsonObject();
            j.put("case", c.c().label());
            j.put("query", c.c().query());
            j.put("kind", c.c().kind().key);
            c.c().param().ifPresent(p -> j.put("param", p));
            JsonArray values = new JsonArray();
            c.c().values().forEach(values::add);
            j.put("values", values);
            j.put("requests", c.requests());
            j.put("errors", c.errors());
            j.put("bytes", c.bytes());
            j.put("perSecond", JsonNumber.value(r.seconds() > 0 ? c.requests() / r.seconds() : 0));
            c.stats().ifPresent(s -> j.put("latency", QueryBenchmark.stats(s)));
            cases.add(j);
        }
        root.put("cases", cases);
        r.ingest().ifPresent(i -> {
            JsonObject j = new JsonObject();
            j.put("posts", i.posts());
            j.put("errors", i.errors());
            j.put("errorCauses", causesJson(i.errorCauses()));
            j.put("warmupErrors", i.warmupErrors());
            j.put("seconds", JsonNumber.value(i.seconds()));
            j.put("perSecond", JsonNumber.value(i.perSecond()));
            j.put("ranOut", i.ranOut());
            i.stats().ifPresent(s -> j.put("latency", QueryBenchmark.stats(s)));
            root.put("ingest", j);
        });
        JsonArray errors = new JsonArray();
        r.firstErrors().forEach(errors::add);
        root.put("firstErrors", errors);
        QueryBenchmark.writeJson(file, root);
    }
}
