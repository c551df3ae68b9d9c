package signet.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A SPARQL query kept in a {@code queries/*.rq} file, with the header comments that document it:
 * <pre>
 * # title: Agreements and their parties
 * # answers: Who signed what with whom, when and where?
 * # param org: a name of an organization to restrict the result to
 * # param fact (iri): the IRI of one fact
 * # param minConfidence (number 0..1): the lowest confidence listed
 * </pre>
 * A parameter's type in parentheses ({@link ParamType}) is checked before the query runs; one
 * without takes any value. The query is parsed when loaded, so a syntax error names the file at once.
 *
 * @param name    the file name without {@code .rq}
 * @param title   from {@code # title:}, else the name
 * @param answers from {@code # answers:}, else empty
 * @param params  from {@code # param NAME: description}, in file order
 * @param text    the whole file
 * @param query   the parsed query
 */
public record NamedQuery(String name, String title, String answers, List<Param> params, String text, Query query) {

    /** A documented variable the caller may bind, and what its value must be. */
    public record Param(String name, String description, ParamType type) {
        public Param {
            java.util.Objects.requireNonNull(type, "type");
        }

        /** A parameter that takes any value. */
        public Param(String name, String description) { this(name, description, ParamType.ANY); }

        /**
         * The RDF term to bind for a value given by a caller.
         *
         * @throws IllegalArgumentException naming this parameter and what its value must be
         */
        public Node toNode(String value) { return type.toNode(name, value); }
    }

    // One header line: "# key: value" or "# param NAME (TYPE): value" (the type optional).
    // Linear: no nested quantifiers; the type is at most 80 characters between parentheses.
    private static final Pattern HEADER = Pattern.compile(
            "^#\\s*(title|answers|param\\s+\\??([A-Za-z_][A-Za-z0-9_]*)(?:\\s*\\(([^)]{1,80})\\))?)\\s*:\\s*(.*)$");

    public NamedQuery {
        params = List.copyOf(params);
    }

    public static NamedQuery load(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return parse(name, Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses query text with its header.
     *
     * @param source named in the error when the query does not parse
     * @throws QueryParseException with {@code source} in its message
     * @throws IllegalArgumentException for a parameter type that is not one of {@link ParamType}'s, naming {@code source}
     */
    public static NamedQuery parse(String name, String text, String source) {
        String title = null, answers = "";
        List<Param> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (!l.startsWith("#")) break; // the header is the leading block of comments
            Matcher m = HEADER.matcher(l);
            if (!m.matches()) continue;
            String value = m.group(4).strip();
            if (m.group(1).equals("title")) title = value;
            else if (m.group(1).equals("answers")) answers = value;
            else params.add(new Param(m.group(2), value, paramType(m.group(3), m.group(2), source)));
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new QueryParseException(source + ": " + e.getMessage(), e.getLine(), e.getColumn());
        }
        return new NamedQuery(name, title == null ? name : title, answers, params, text, query);
    }

    private static ParamType paramType(String spec, String param, String source) {
        if (spec == null) return ParamType.ANY;
        try {
            return ParamType.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": parameter " + param + ": " + e.getMessage(), e);
        }
    }

    /**
     * The RDF term for a value a caller gave for parameter {@code name}: checked against its
     * declared type; a parameter the header does not declare takes any value
     * ({@link QueryParameters#toNode}).
     *
     * @throws IllegalArgumentException naming the parameter and what its value must be
     */
    public Node toNode(String name, String value) {
        return param(name).map(p -> p.toNode(value)).orElseGet(() -> QueryParameters.toNode(value));
    }

    /**
     * The query with the parameters substituted as RDF terms into the parsed query (Jena's
     * syntax transform, as {@code QueryExecution.substitution} does), never pasted into text: the
     * result runs the same on the local store, on a remote endpoint, or serialized for plain
     * Fuseki. When the query documents its parameters ({@code # param}), only those may be
     * bound, so a misspelt name fails instead of silently returning everything; every
     * parameter must name a variable of the query.
     *
     * @throws IllegalArgumentException naming the parameter that is not allowed
     */
    public Query bind(Map<String, Node> values) {
        if (!params.isEmpty()) {
            for (String p : values.keySet())
                if (param(p).isEmpty())
                    throw new IllegalArgumentException("query " + name + " has no parameter '" + p
                            + "'; it has: " + String.join(", ", params.stream().map(Param::name).toList()));
        }
        return bind(query, values);
    }

    /** {@link #bind(Map)} for any query: every parameter must name one of its variables. */
    public static Query bind(Query query, Map<String, Node> values) {
        if (values.isEmpty()) return query;
        String text = query.serialize();
        Map<Var, Node> map = new LinkedHashMap<>();
        values.forEach((p, node) -> {
            if (!Pattern.compile("[?$]" + Pattern.quote(p) + "(?![A-Za-z0-9_])").matcher(text).find())
                throw new IllegalArgumentException("the query has no variable ?" + p);
            map.put(Var.alloc(p), node);
        });
        return QueryTransformOps.replaceVars(query, map);
    }

    public Optional<Param> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
