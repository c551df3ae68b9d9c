package signet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.update.UpdateFactory;
import signet.query.NamedQuery;
import signet.server.EndpointUnavailableException;
import signet.server.NamedQueryRoute;
import signet.server.Route;
import signet.server.SignetServer;

/**
 * The query page, {@code GET /query}: write SPARQL and run it against the graph, or pick one of
 * the named queries of {@code queries/} and fill in its parameters. Results are an HTML table
 * whose IRIs link to our pages, a yes/no answer, or Turtle; CSV and JSON downloads go to the
 * SPARQL endpoint (free queries) or to the named-query service ({@code /queries/NAME}).
 *
 * <p>A page of our own rather than Fuseki's UI: {@code jena-fuseki-ui} is not published for Jena
 * 6.0.0 in our registry, and it needs Fuseki's admin module, which this read-only server must not
 * have. This page is plain HTML (no JavaScript), readable on a phone.
 *
 * <p>Safety: queries run through {@link Site#source()} (read transactions, the site's time-out);
 * only SELECT, ASK, CONSTRUCT and DESCRIBE parse as queries, so an update is a syntax error and
 * never reaches the store. Parameter values become RDF terms substituted into the parsed query
 * (as {@code QueryExecution.substitution} does), never text pasted into the query. At most
 * {@link #MAX_ROWS} rows are fetched for the page.
 */
public final class QueryPageRoute implements Route {
    public static final String PATH = "/query";
    /** Rows shown at most: the page stays light; the downloads have every row. */
    public static final int MAX_ROWS = 1000;
    /** Longest query text accepted, so a request cannot make the parser chew megabytes. */
    public static final int MAX_QUERY_LENGTH = 100_000;
    /** Where free queries are downloaded: the server's read-only SPARQL endpoint. */
    public static final String ENDPOINT = SignetServer.DATASET + "/sparql";

    // "at line 3, column 1" in a parser message; linear, no nested quantifiers
    private static final Pattern POSITION = Pattern.compile(" ?at line (\\d{1,9}), column (\\d{1,9})\\.?");

    private final Site site;
    private final Map<String, NamedQuery> queries;
    private final String example;

    /**
     * @param site    where to read the graph, how IRIs map to pages, the time-out
     * @param queries the named queries to offer (usually those of {@code queries/})
     * @throws IllegalArgumentException when a named query has a parameter named like one of the
     *                                  page's own ({@code named}, {@code query}, {@code run}, {@code format})
     */
    public QueryPageRoute(Site site, Collection<NamedQuery> queries) {
        this.site = Objects.requireNonNull(site, "site");
        Map<String, NamedQuery> byName = new LinkedHashMap<>();
        queries.stream().sorted(Comparator.comparing(NamedQuery::name)).forEach(q -> {
            for (NamedQuery.Param p : q.params())
                if (QueryForm.RESERVED.contains(p.name()))
                    throw new IllegalArgumentException("named query " + q.name() + ": parameter name '" + p.name()
                            + "' is reserved by the query page; rename it");
            byName.put(q.name(), q);
        });
        this.queries = Collections.unmodifiableMap(byName);
        this.example = resource("/web/example-query.rq");
    }

    /** The page with every {@code .rq} file of a folder as a named query. */
    public static QueryPageRoute fromFolder(Site site, Path folder) {
        if (!Files.isDirectory(folder)) return new QueryPageRoute(site, List.of());
        try (Stream<Path> files = Files.list(folder)) {
            List<NamedQuery> qs = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) qs.add(NamedQuery.load(f));
            return new QueryPageRoute(site, qs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the named queries in " + folder, e);
        }
    }

    /** The names of the offered queries, sorted. */
    public List<String> names() { return List.copyOf(queries.keySet()); }

    @Override
    public void install(FusekiServer.Builder b) {
        b.addServlet(PATH, Route.get(this::serve));
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String namedParam = req.getParameter("named");
        NamedQuery named = namedParam == null || namedParam.isBlank() ? null : queries.get(namedParam.strip());
        QueryOutcome outcome;
        QueryForm form;
        if (named == null && namedParam != null && !namedParam.isBlank()) {
            form = QueryForm.read(name -> name.equals("query") ? req.getParameter(name) : null, null, example);
            outcome = new QueryOutcome.Failure(404, "There is no named query '" + namedParam.strip() + "'. There are: "
                    + String.join(", ", queries.keySet()) + ".");
        } else {
            form = QueryForm.read(req::getParameter, named, example);
            outcome = form.run() ? run(form) : null;
        }
        int status = outcome instanceof QueryOutcome.Failure f ? f.status() : 200;
        Html.send(resp, status, new QueryPageView(site.paths(), queries.values(), form, outcome, downloads(form, outcome)).render());
    }

    /** Parses, binds and runs the form's query; every expected failure becomes a {@link QueryOutcome.Failure}. */
    QueryOutcome run(QueryForm form) {
        if (form.text().length() > MAX_QUERY_LENGTH)
            return new QueryOutcome.Failure(400, "The query is longer than " + MAX_QUERY_LENGTH + " characters.");
        Query query;
        try {
            query = form.namedUnchanged() ? form.named().orElseThrow().query() : QueryFactory.create(form.text());
        } catch (QueryParseException e) {
            return syntaxError(form.text(), e);
        }
        Map<Var, Node> binding;
        try {
            binding = form.binding();
        } catch (IllegalArgumentException e) {
            return new QueryOutcome.Failure(400, "Bad parameter value: " + e.getMessage());
        }
        Query bound = binding.isEmpty() ? query : QueryTransformOps.replaceVars(query, binding);
        long start = System.nanoTime();
        try {
            return switch (bound.queryType()) {
                case SELECT -> {
                    List<QuerySolution> rows = site.source().select(capped(bound));
                    boolean truncated = rows.size() > MAX_ROWS;
                    yield new QueryOutcome.Rows(bound.getResultVars(), truncated ? rows.subList(0, MAX_ROWS) : rows,
                            truncated, readingPrefixes(bound), since(start));
                }
                case ASK -> new QueryOutcome.Answer(site.source().ask(bound), since(start));
                case CONSTRUCT, DESCRIBE -> {
                    Query capped = capped(bound);
                    Model model = site.source().construct(capped);
                    model.setNsPrefixes(bound.getPrefixMapping());
                    yield new QueryOutcome.Triples(model, capped.getLimit() != bound.getLimit(), since(start));
                }
                default -> new QueryOutcome.Failure(400, "Only SELECT, ASK, CONSTRUCT and DESCRIBE queries can run here.");
            };
        } catch (QueryCancelledException e) {
            return new QueryOutcome.Failure(503, "The query took longer than the server allows ("
                    + seconds(site.timeout()) + ") and was stopped. Narrow it down, add a LIMIT, or bind a parameter.");
        } catch (EndpointUnavailableException e) {
            return new QueryOutcome.Failure(502, "The query could not run: " + e.getMessage() + ".");
        } catch (QueryException e) {
            return new QueryOutcome.Failure(400, "The query failed: " + firstLine(e.getMessage()), "", Objects.toString(e.getMessage(), ""));
        }
    }

    /**
     * A parse error, with the line and column the parser reports. Text that parses as a SPARQL
     * Update gets its own message: the page, like the whole server, is read-only.
     */
    private static QueryOutcome.Failure syntaxError(String text, QueryParseException e) {
        if (isUpdate(text))
            return new QueryOutcome.Failure(400, "This is a SPARQL Update. The server is read-only: only SELECT, ASK, "
                    + "CONSTRUCT and DESCRIBE queries run, and nothing here changes the data.");
        // JavaCC reports the offending token's position in the message; getLine() is often the
        // token before it, so the message's position is preferred when it has one
        String message = Objects.toString(e.getMessage());
        Matcher at = POSITION.matcher(message);
        int line = e.getLine(), column = e.getColumn();
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        String what = POSITION.matcher(firstLine(message)).replaceAll("").strip();
        return new QueryOutcome.Failure(400, "Syntax error" + where + (what.isEmpty() ? "" : ": " + what),
                excerpt(text, line, column), message);
    }

    /** The line of the query where the error is, with a caret under the column (empty when unknown). */
    private static String excerpt(String text, int line, int column) {
        List<String> lines = text.lines().toList();
        if (line < 1 || line > lines.size()) return "";
        String prefix = line + " | ";
        return prefix + lines.get(line - 1) + "\n" + " ".repeat(prefix.length() + Math.max(0, column - 1)) + "^";
    }

    /** Whether the text parses as an update request: parsing only, nothing is executed. */
    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (QueryParseException e) {
            return false;
        }
    }

    /**
     * The query with a LIMIT of one more row than is shown, so the page knows when there are
     * more and never fetches a huge result. A smaller LIMIT of the query's own is kept.
     */
    private static Query capped(Query q) {
        if (q.hasLimit() && q.getLimit() <= MAX_ROWS) return q;
        Query c = q.cloneQuery();
        c.setLimit(MAX_ROWS + 1L);
        return c;
    }

    /** The download links for a successful run; none when nothing ran or it failed. */
    private Map<String, String> downloads(QueryForm form, QueryOutcome outcome) {
        if (outcome == null || outcome instanceof QueryOutcome.Failure) return Map.of();
        Map<String, String> links = new LinkedHashMap<>();
        boolean graph = outcome instanceof QueryOutcome.Triples;
        if (!graph && form.namedUnchanged()) {
            // the named-query service binds the same parameters the same way
            String base = NamedQueryRoute.PATH + "/" + QueryPageView.url(form.named().orElseThrow().name()) + "?";
            StringBuilder params = new StringBuilder();
            form.filledValues().forEach((k, v) -> params.append(QueryPageView.url(k)).append('=').append(QueryPageView.url(v)).append('&'));
            links.put("csv", base + params + "format=csv");
            links.put("json", base + params + "format=json");
            return links;
        }
        // a free or edited query: the endpoint gets the query as parsed, with the values already
        // substituted as RDF terms by Jena (its serializer writes them as proper SPARQL terms)
        String text;
        Map<Var, Node> binding = form.binding();
        if (binding.isEmpty()) text = form.text();
        else text = QueryTransformOps.replaceVars(QueryFactory.create(form.text()), binding).serialize();
        String base = ENDPOINT + "?query=" + QueryPageView.url(text) + "&format=";
        if (graph) {
            links.put("turtle", base + "ttl");
            links.put("jsonld", base + "json-ld");
        } else {
            links.put("csv", base + "csv");
            links.put("json", base + "json");
        }
        return links;
    }

    /** The query's prefixes over the usual ones (xsd:, rdf:, ...), to shorten IRIs and datatypes for reading. */
    private static PrefixMapping readingPrefixes(Query q) {
        return PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard).setNsPrefixes(q.getPrefixMapping()).lock();
    }

    private static Duration since(long startNanos) { return Duration.ofNanos(System.nanoTime() - startNanos); }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static String resource(String name) {
        try (InputStream in = QueryPageRoute.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
