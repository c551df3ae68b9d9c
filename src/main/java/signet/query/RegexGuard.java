package signet.query;

import java.util.Iterator;
import java.util.Map;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.MappedLoader;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Makes the query time-out hold for regular expressions, in the whole process: every query ARQ
 * runs (the SPARQL endpoint, the query page, the named queries, {@code signet query}) evaluates
 * {@code REGEX}, {@code REPLACE}, {@code fn:matches}, {@code fn:replace} and {@code apf:strSplit}
 * with {@link GuardedRegex}, which a time-out stops mid-match. Without it a backtracking pattern
 * such as {@code ^(((a+)+)+)+b} kept a server thread computing for hours after its client left.
 *
 * <p>Installed when Jena starts (a {@link JenaSubsystemLifecycle} named in
 * {@code META-INF/services}), after ARQ: it
 * <ul>
 *   <li>rewrites each query's algebra, before ARQ's optimizer (whose constant folding would
 *       otherwise evaluate a constant {@code REGEX} unguarded), so that {@code REGEX} and
 *       {@code REPLACE} are the guarded expressions;</li>
 *   <li>registers the guarded functions under the names of ARQ's (and answers for the same
 *       classes reached by a {@code java:} or {@code afn:} name);</li>
 *   <li>registers the guarded {@code apf:strSplit} (every name of it maps to one key).</li>
 * </ul>
 */
public final class RegexGuard implements JenaSubsystemLifecycle {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String JAVA_LIBRARY = "java:org.apache.jena.sparql.function.library.";

    /** Function names (and ARQ's classes behind them when loaded by class name) and their guarded form. */
    private static final Map<String, FunctionFactory> FUNCTIONS = Map.of(
            FN + "matches", uri -> new GuardedRegex.Matches(),
            ARQConstants.sparqlPrefix + "regex", uri -> new GuardedRegex.Matches(),
            JAVA_LIBRARY + "FN_Matches", uri -> new GuardedRegex.Matches(),
            FN + "replace", uri -> new GuardedRegex.FnReplace(),
            ARQConstants.sparqlPrefix + "replace", uri -> new GuardedRegex.FnReplace(),
            JAVA_LIBRARY + "FN_StrReplace", uri -> new GuardedRegex.FnReplace());

    private static final String STR_SPLIT = "java:org.apache.jena.sparql.pfunction.library.strSplit";

    private static boolean installed;

    @Override
    public void start() { install(); }

    @Override
    public void stop() {}

    /** After ARQ (30) and the rest of Jena, which this replaces parts of. */
    @Override
    public int level() { return 500; }

    /** Puts the guard in place; once per process, later calls do nothing. */
    public static synchronized void install() {
        if (installed) return;
        installed = true;
        RewriteFactory optimizer = Optimize.getFactory();
        Optimize.setFactory(context -> {
            Rewrite next = optimizer.create(context);
            return op -> next.rewrite(guard(op));
        });
        FunctionRegistry.set(ARQ.getContext(), new Registry(FunctionRegistry.get()));
        PropertyFunctionRegistry.get().put(STR_SPLIT, (PropertyFunctionFactory) uri -> new GuardedRegex.StrSplit());
    }

    /** The algebra with every {@code REGEX} and {@code REPLACE} guarded (in filters, binds, orders, groups, EXISTS). */
    static Op guard(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func.getClass() == E_Regex.class)
                    return new GuardedRegex.Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
                if (func.getClass() == E_StrReplace.class)
                    return new GuardedRegex.Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
                return super.transform(func, args);
            }
        }, op);
    }

    /**
     * ARQ's function registry with the guarded functions, also when a query names ARQ's
     * regular-expression classes directly ({@code <java:...FN_Matches>}, {@code afn:FN_Matches}).
     */
    private static final class Registry extends FunctionRegistry {
        Registry(FunctionRegistry arq) {
            for (Iterator<String> it = arq.keys(); it.hasNext(); ) {
                String uri = it.next();
                put(uri, arq.getFunctionFactory(uri));
            }
            FUNCTIONS.forEach(this::put);
        }

        @Override
        public FunctionFactory getFunctionFactory(String uri) {
            String mapped = MappedLoader.mapDynamicURI(uri);
            if (mapped != null && FUNCTIONS.containsKey(mapped)) return FUNCTIONS.get(mapped);
            return super.getFunctionFactory(uri);
        }
    }
}
