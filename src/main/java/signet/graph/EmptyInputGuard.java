package signet.graph;

import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * Works around a TDB2 6.0.0 fault: a basic graph pattern of two or more triples that receives no
 * input bindings (an earlier step of the query matched nothing — say an organization name that
 * is not in the store) fails with {@code ARQInternalErrorException: Peek iterator is already
 * empty} instead of giving no rows, because {@code OpExecutorTDB2.reorder} peeks at an input that
 * has none. Joining nothing with anything is nothing, so this executor answers an empty input
 * with an empty result before TDB2 tries to reorder. A filter over a pattern takes another path
 * through TDB2 (it reorders the pattern under the filter) and is guarded the same way.
 *
 * <p>Install it on the dataset's context once, after connecting: {@link #install(Context)}.
 */
public final class EmptyInputGuard extends OpExecutorTDB2 {
    /** The factory to put in a TDB2 dataset's context in place of TDB2's own. */
    public static final OpExecutorFactory FACTORY = EmptyInputGuard::new;

    private EmptyInputGuard(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Makes queries on the dataset owning this context use the guarded executor. */
    public static void install(Context datasetContext) {
        QC.setFactory(datasetContext, FACTORY);
    }

    @Override
    protected QueryIterator execute(OpBGP opBGP, QueryIterator input) {
        return input.hasNext() ? super.execute(opBGP, input) : input;
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
        return input.hasNext() ? super.execute(quadPattern, input) : input;
    }

    @Override
    protected QueryIterator execute(OpFilter opFilter, QueryIterator input) {
        return input.hasNext() ? super.execute(opFilter, input) : input;
    }
}
