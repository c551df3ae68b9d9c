package signet.query;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What a named query's parameter takes, from its header line: {@code # param fact (iri): ...},
 * {@code # param minConfidence (number 0..1): ...}; a parameter without a type takes any value
 * ({@link QueryParameters#toNode}: an IRI when it looks like one, else a string).
 *
 * <p>Typed, because a value of the wrong kind does not fail inside SPARQL: {@code xsd:decimal("abc")}
 * is an error that {@code COALESCE} turns into the default, and {@code IRI("not an iri")} leaves the
 * variable unbound, so a mistyped value silently listed everything. Checked here, it is a 400
 * naming the parameter and what it must be.
 *
 * @param kind what the value must be
 * @param min  the smallest number allowed (numbers only), if bounded
 * @param max  the largest number allowed (numbers only), if bounded
 */
public record ParamType(Kind kind, Optional<BigDecimal> min, Optional<BigDecimal> max) {

    public enum Kind {
        /** Anything: an IRI when it looks like one, else a string literal. */
        ANY,
        /** An absolute http(s) IRI, bare or in angle brackets. */
        IRI,
        /** A decimal number ({@code 0.5}, {@code -3}, {@code .25}), bound as {@code xsd:decimal}. */
        NUMBER
    }

    public static final ParamType ANY = new ParamType(Kind.ANY, Optional.empty(), Optional.empty());

    /** xsd:decimal's lexical form, without exponent; bounded lengths so no value makes a huge number. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d{1,30}(?:\\.\\d{0,30})?|\\.\\d{1,30})");
    /** The type written in a header: "iri", "number" or "number MIN..MAX". */
    private static final Pattern SPEC = Pattern.compile("(iri|number)(?:\\s+(\\S{1,32})\\.\\.(\\S{1,32}))?");

    public ParamType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isPresent() != max.isPresent()) throw new IllegalArgumentException("a range has both bounds or none");
    }

    /**
     * The type of a header's {@code (SPEC)}.
     *
     * @throws IllegalArgumentException for a type that is not {@code iri}, {@code number} or {@code number MIN..MAX}
     */
    public static ParamType parse(String spec) {
        Matcher m = SPEC.matcher(spec.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new IllegalArgumentException("unknown parameter type '" + spec + "' (iri, number, number MIN..MAX)");
        if (m.group(1).equals("iri")) return new ParamType(Kind.IRI, Optional.empty(), Optional.empty());
        if (m.group(2) == null) return new ParamType(Kind.NUMBER, Optional.empty(), Optional.empty());
        if (!DECIMAL.matcher(m.group(2)).matches() || !DECIMAL.matcher(m.group(3)).matches())
            throw new IllegalArgumentException("parameter type '" + spec + "': the bounds must be numbers");
        return new ParamType(Kind.NUMBER, Optional.of(new BigDecimal(m.group(2))), Optional.of(new BigDecimal(m.group(3))));
    }

    /**
     * The RDF term for a value given for parameter {@code name}.
     *
     * @throws IllegalArgumentException naming the parameter, the value and what it must be
     */
    public Node toNode(String name, String value) {
        return switch (kind) {
            case ANY -> QueryParameters.toNode(value);
            case IRI -> {
                String v = value.strip();
                if (v.startsWith("<") && v.endsWith(">")) v = v.substring(1, v.length() - 1);
                try {
                    yield QueryParameters.webIri(v);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("parameter " + name + " must be an absolute http(s) IRI: " + e.getMessage());
                }
            }
            case NUMBER -> {
                String v = value.strip();
                if (!DECIMAL.matcher(v).matches())
                    throw new IllegalArgumentException("parameter " + name + " must be a number" + range() + ", not '"
                            + QueryParameters.abbreviate(value) + "'");
                BigDecimal d = new BigDecimal(v);
                if (min.isPresent() && d.compareTo(min.get()) < 0 || max.isPresent() && d.compareTo(max.get()) > 0)
                    throw new IllegalArgumentException("parameter " + name + " must be a number" + range() + ", not " + v);
                yield NodeFactory.createLiteralDT(v, XSDDatatype.XSDdecimal);
            }
        };
    }

    /** " from MIN to MAX", or nothing when unbounded. */
    private String range() {
        return min.isEmpty() || max.isEmpty() ? "" : " from " + min.get().toPlainString() + " to " + max.get().toPlainString();
    }

    /** How the type reads in a listing: "", "iri", "number 0..1". */
    public String label() {
        return switch (kind) {
            case ANY -> "";
            case IRI -> "iri";
            case NUMBER -> min.isEmpty() || max.isEmpty() ? "number" : "number " + min.get().toPlainString() + ".." + max.get().toPlainString();
        };
    }
}
