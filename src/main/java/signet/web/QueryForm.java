package signet.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import signet.query.NamedQuery;
import signet.query.QueryParameters;

/**
 * What the query page was asked, read from the request's parameters: the query text (a free
 * query, or a named query's text, maybe edited), the named query it came from, the values typed
 * for that query's parameters, and whether to run it. The form is sent with GET, so every result
 * page has an address that can be bookmarked and shared.
 *
 * <p>{@code /query?named=signed-with} only fills the form; the form's button adds {@code run=1},
 * and a {@code query=} parameter runs too (a link from elsewhere may carry just the text).
 *
 * @param named  the named query picked ({@code ?named=NAME}), if any
 * @param text   the query text to show and run
 * @param values the value typed for each parameter of the named query ("" when none), in the
 *               query's order
 * @param run    whether the page should run the query
 */
record QueryForm(Optional<NamedQuery> named, String text, Map<String, String> values, boolean run) {

    /** Request parameters the page itself uses, so no named query may have a parameter by these names. */
    static final Set<String> RESERVED = Set.of("named", "query", "run", "format");

    QueryForm {
        Objects.requireNonNull(named, "named");
        Objects.requireNonNull(text, "text");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Reads the form from request parameters.
     *
     * @param param   a request parameter by name, null when absent
     * @param named   the named query the request picked, or null
     * @param example the text to start from when neither a query nor a named query is given
     */
    static QueryForm read(Function<String, String> param, NamedQuery named, String example) {
        String text = param.apply("query");
        boolean run = text != null || param.apply("run") != null;
        if (text == null) text = named != null ? named.text() : example;
        Map<String, String> values = new LinkedHashMap<>();
        if (named != null)
            for (NamedQuery.Param p : named.params())
                values.put(p.name(), Optional.ofNullable(param.apply(p.name())).orElse(""));
        return new QueryForm(Optional.ofNullable(named), text, values, run);
    }

    /**
     * Whether the text is the named query's own, so it can be run (and downloaded) as that named
     * query. Browsers send a textarea's line ends as CRLF, hence the normalisation.
     */
    boolean namedUnchanged() {
        return named.map(q -> normalise(q.text()).equals(normalise(text))).orElse(false);
    }

    /**
     * The values to bind, as RDF terms of the type the named query declares for each parameter
     * ({@link NamedQuery#toNode}; untyped: an IRI when the value looks like one, else a string
     * literal, {@link QueryParameters#toNode}). A blank field leaves its variable unbound, which
     * the named queries read as "no restriction".
     *
     * @throws IllegalArgumentException for a value that is too long, an invalid IRI or not of its
     *                                  parameter's type, naming the parameter
     */
    Map<Var, Node> binding() {
        Map<Var, Node> b = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value.isBlank()) return;
            String v = value.strip();
            b.put(Var.alloc(name), named.map(q -> q.toNode(name, v)).orElseGet(() -> QueryParameters.toNode(v)));
        });
        return b;
    }

    /** The non-blank values, for links to the named-query service. */
    Map<String, String> filledValues() {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!v.isBlank()) m.put(k, v.strip());
        });
        return m;
    }

    private static String normalise(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
