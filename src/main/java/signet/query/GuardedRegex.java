package signet.query;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.library.strSplit;
import org.apache.jena.sparql.util.IterLib;
import org.apache.jena.rdf.model.impl.Util;

/**
 * SPARQL's regular-expression functions with ARQ's meaning, but matching on
 * {@link CancellableText}, so that the query's time-out stops a runaway pattern: {@code REGEX}
 * and {@code REPLACE} (the keywords), {@code fn:matches} and {@code fn:replace} (and their
 * {@code sparql:} names), and the property function {@code apf:strSplit}. {@link RegexGuard}
 * puts them in place of ARQ's.
 *
 * <p>Each compiles its pattern once per distinct pattern and flags ({@link LastPattern}); ARQ's
 * pattern syntax, flags ({@code smixq}) and errors are kept ({@link RegexEngine#makePattern}).
 */
final class GuardedRegex {
    private GuardedRegex() {}

    /** Does the pattern match anywhere in the string (as ARQ's {@code REGEX}: {@link Matcher#find})? */
    static boolean find(String function, NodeValue text, Pattern pattern, FunctionEnv env) {
        String s = NodeValueOps.checkAndGetStringLiteral(function, text).getLiteralLexicalForm();
        return pattern.matcher(CancellableText.of(s, env)).find();
    }

    /**
     * {@code REPLACE}: every match replaced, the result keeping the text's language tag or
     * datatype; the text itself when nothing changed. As ARQ (XSDFuncOp.strReplace), an empty
     * match is replaced only when it is the first match.
     */
    static NodeValue replace(NodeValue text, Pattern pattern, NodeValue replacement, FunctionEnv env) {
        String s = NodeValueOps.checkAndGetStringLiteral("replace", text).getLiteralLexicalForm();
        String rep = NodeValueOps.checkAndGetStringLiteral("replace", replacement).getLiteralLexicalForm();
        Matcher m = pattern.matcher(CancellableText.of(s, env));
        StringBuilder sb = null;
        try {
            while (m.find()) {
                if (sb == null) sb = new StringBuilder();
                else if (m.start() == m.end()) continue;
                m.appendReplacement(sb, rep);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage()); // "$9" with fewer groups, a lone "\"
        }
        if (sb == null) return text;
        m.appendTail(sb);
        String result = sb.toString();
        if (result.equals(s)) return text;
        Node n = text.asNode();
        return NodeValue.makeNode(NodeFactory.createLiteral(result, n.getLiteralLanguage(), n.getLiteralBaseDirection(), n.getLiteralDatatype()));
    }

    /**
     * The pattern of the last call, kept: a query applies the same pattern to row after row.
     * A constant pattern is also checked by ARQ when the query is parsed.
     */
    static final class LastPattern {
        private record Compiled(String pattern, String flags, Pattern compiled) {}

        private volatile Compiled last;

        Pattern get(String function, NodeValue pattern, NodeValue flags) {
            String p = NodeValueOps.checkAndGetStringLiteral(function, pattern).getLiteralLexicalForm();
            String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(function, flags).getLiteralLexicalForm();
            Compiled c = last;
            if (c != null && c.pattern().equals(p) && Objects.equals(c.flags(), f)) return c.compiled();
            Pattern compiled = RegexEngine.makePattern(function, p, f);
            last = new Compiled(p, f, compiled);
            return compiled;
        }
    }

    /**
     * Without a query there is no cancel signal: ARQ folds constant expressions while it
     * optimizes a query, by calling {@code eval} without one. Refusing there leaves the
     * expression to be evaluated during the query, under its time-out.
     */
    private static ExprEvalException onlyInAQuery(String function) {
        return new ExprEvalException(function + " is evaluated during a query only");
    }

    private static NodeValue arg(List<NodeValue> args, int i) { return args.size() > i ? args.get(i) : null; }

    private static Expr arg(ExprList args, int i) { return args.size() > i ? args.get(i) : null; }

    /** {@code REGEX(text, pattern [, flags])}. */
    static final class Regex extends E_Regex {
        private final LastPattern pattern = new LastPattern();

        Regex(Expr text, Expr pattern, Expr flags) { super(text, pattern, flags); }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            return NodeValue.booleanReturn(find("REGEX", args.get(0), pattern.get("REGEX", args.get(1), arg(args, 2)), env));
        }

        @Override
        public NodeValue eval(List<NodeValue> args) { throw onlyInAQuery("REGEX"); }

        @Override
        public Expr copy(ExprList args) { return new Regex(args.get(0), args.get(1), arg(args, 2)); }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}. */
    static final class Replace extends E_StrReplace {
        private final LastPattern pattern = new LastPattern();

        Replace(Expr text, Expr pattern, Expr replacement, Expr flags) { super(text, pattern, replacement, flags); }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            return replace(args.get(0), pattern.get("REPLACE", args.get(1), arg(args, 3)), args.get(2), env);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) { throw onlyInAQuery("REPLACE"); }

        @Override
        public Expr copy(ExprList args) { return new Replace(args.get(0), args.get(1), args.get(2), arg(args, 3)); }
    }

    /** {@code fn:matches(text, pattern [, flags])}, also {@code sparql:regex}. */
    static final class Matches extends FunctionBase {
        private final LastPattern pattern = new LastPattern();

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3)
                throw new QueryBuildException(uri + ": wanted 2 or 3 arguments, got " + args.size());
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            return NodeValue.booleanReturn(find("matches", args.get(0), pattern.get("matches", args.get(1), arg(args, 2)), env));
        }

        @Override
        public NodeValue exec(List<NodeValue> args) { throw onlyInAQuery("matches"); }
    }

    /** {@code fn:replace(text, pattern, replacement [, flags])}, also {@code sparql:replace}. */
    static final class FnReplace extends FunctionBase {
        private final LastPattern pattern = new LastPattern();

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4)
                throw new QueryBuildException(uri + ": wanted 3 or 4 arguments, got " + args.size());
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            return replace(args.get(0), pattern.get("replace", args.get(1), arg(args, 3)), args.get(2), env);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) { throw onlyInAQuery("replace"); }
    }

    /**
     * {@code ?token apf:strSplit ("text" "pattern")}: as ARQ's (tokens trimmed; a variable
     * subject takes each token, a string subject matches when it is one), split on
     * {@link CancellableText}.
     */
    static final class StrSplit extends strSplit {
        @Override
        public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
            Node text = object.getArg(0), regex = object.getArg(1);
            if (!text.isLiteral() || !regex.isLiteral()) return IterLib.noResults(execCxt);
            List<String> tokens;
            try {
                tokens = Arrays.stream(Pattern.compile(regex.getLiteralLexicalForm())
                        .split(CancellableText.of(text.getLiteralLexicalForm(), execCxt))).map(String::trim).toList();
            } catch (PatternSyntaxException e) {
                throw new QueryBuildException("apf:strSplit: " + e.getMessage());
            }
            if (Var.isVar(subject)) {
                Var v = Var.alloc(subject);
                Iterator<Binding> it = Iter.map(tokens.iterator(), t -> BindingFactory.binding(binding, v, NodeFactory.createLiteralString(t)));
                return QueryIterPlainWrapper.create(it, execCxt);
            }
            if (Util.isSimpleString(subject) && tokens.contains(subject.getLiteralLexicalForm()))
                return IterLib.result(binding, execCxt);
            return IterLib.noResults(execCxt);
        }
    }
}
