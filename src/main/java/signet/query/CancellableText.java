package signet.query;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * A string handed to {@link java.util.regex} that stops the match when its query is cancelled.
 *
 * <p>Java's regular expressions backtrack: {@code REGEX("aaaaaaaaaaaaaaaaaaaaaaaa!", "^(((a+)+)+)+b")}
 * takes hours, and a match never looks at the query's time-out (ARQ checks it only between
 * rows). But a matcher reads its input through {@link #charAt} all the time, so this one checks
 * the query's cancel signal (set by the time-out) every {@value #CHECK_EVERY} reads and throws
 * {@link QueryCancelledException}: the match ends within microseconds of the time-out, whatever
 * the pattern, with the full Java syntax kept.
 */
final class CancellableText implements CharSequence {
    /** Reads between two looks at the signal: a few microseconds of matching. */
    static final int CHECK_EVERY = 1 << 12;

    private static final AtomicBoolean NEVER = new AtomicBoolean(false);

    private final String text;
    private final AtomicBoolean cancel;
    private int reads;

    private CancellableText(String text, AtomicBoolean cancel) {
        this.text = text;
        this.cancel = cancel;
    }

    /**
     * {@code text} tied to the cancel signal of the query evaluating it ({@code env}); with no
     * query (no signal) only a thread interrupt stops it.
     */
    static CharSequence of(String text, FunctionEnv env) {
        AtomicBoolean signal = null;
        if (env instanceof ExecutionContext ec) signal = ec.getCancelSignal();
        else if (env != null) signal = Context.getCancelSignal(env.getContext());
        return new CancellableText(text, signal == null ? NEVER : signal);
    }

    @Override
    public char charAt(int index) {
        if ((++reads & (CHECK_EVERY - 1)) == 0 && (cancel.get() || Thread.currentThread().isInterrupted()))
            throw new QueryCancelledException();
        return text.charAt(index);
    }

    @Override
    public int length() { return text.length(); }

    @Override
    public CharSequence subSequence(int start, int end) { return text.subSequence(start, end); }

    @Override
    public String toString() { return text; }
}
