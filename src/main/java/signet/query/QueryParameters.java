package signet.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Turns user-supplied {@code name=value} strings into RDF terms to bind in a query. Values are
 * never pasted into query text: they become nodes that Jena substitutes for the variable.
 *
 * <p>{@code <...>} and {@code http://...} / {@code https://...} are IRIs (checked with Jena's
 * IRI parser); anything else is a plain string literal.
 */
public final class QueryParameters {

    /** Longest accepted value: enough for any IRI or name, small enough to refuse abuse. */
    public static final int MAX_LENGTH = 1000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private QueryParameters() {}

    /** Parses one {@code name=value} argument into the map (a leading {@code ?} on the name is allowed). */
    public static void parseAssignment(String assignment, Map<String, Node> into) {
        parseAssignment(assignment, into, (name, value) -> toNode(value));
    }

    /**
     * As {@link #parseAssignment(String, Map)}, with the value turned into a term by {@code toNode}
     * (name, value): a named query checks the type its header declares ({@code NamedQuery#toNode}).
     */
    public static void parseAssignment(String assignment, Map<String, Node> into,
                                       java.util.function.BiFunction<String, String, Node> toNode) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("parameter must be name=value: " + abbreviate(assignment));
        String name = assignment.substring(0, eq).strip();
        if (name.startsWith("?") || name.startsWith("$")) name = name.substring(1);
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("bad parameter name: " + abbreviate(name));
        into.put(name, toNode.apply(name, assignment.substring(eq + 1)));
    }

    public static Map<String, Node> parseAll(Iterable<String> assignments) {
        return parseAll(assignments, (name, value) -> toNode(value));
    }

    /** All {@code name=value} arguments, each value turned into a term by {@code toNode} (name, value). */
    public static Map<String, Node> parseAll(Iterable<String> assignments,
                                             java.util.function.BiFunction<String, String, Node> toNode) {
        Map<String, Node> m = new LinkedHashMap<>();
        for (String a : assignments) parseAssignment(a, m, toNode);
        return m;
    }

    /** The RDF term for a value: an IRI when it looks like one, else a plain literal. */
    public static Node toNode(String value) {
        if (value.length() > MAX_LENGTH)
            throw new IllegalArgumentException("parameter value longer than " + MAX_LENGTH + " characters");
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">") && v.length() > 2) return iri(v.substring(1, v.length() - 1));
        if (v.startsWith("http://") || v.startsWith("https://")) return iri(v);
        return NodeFactory.createLiteralString(value);
    }

    private static Node iri(String s) {
        try {
            IRIx iri = IRIx.create(s);
            if (!iri.isAbsolute() || iri.hasViolations()) throw new IRIException("not an absolute IRI");
        } catch (IRIException e) {
            throw new IllegalArgumentException("not a valid IRI: " + abbreviate(s) + " (" + e.getMessage() + ")");
        }
        return NodeFactory.createURI(s);
    }

    /**
     * An absolute {@code http:} or {@code https:} IRI, checked with Jena's IRI parser.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static Node webIri(String s) {
        if (s.length() > MAX_LENGTH) throw new IllegalArgumentException("longer than " + MAX_LENGTH + " characters");
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://"))
            throw new IllegalArgumentException("'" + abbreviate(s) + "' does not start with http:// or https://");
        return iri(s);
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
