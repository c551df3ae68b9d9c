package signet.server;

import org.apache.jena.fuseki.main.sys.FusekiAutoModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.rdf.model.Model;
import signet.graph.EmptyInputGuard;

/**
 * Puts Signet's {@link EmptyInputGuard} on every dataset of a stock Fuseki server, for the
 * remote store of {@code serve --remote}. A TDB2 6.0.0 dataset fails a query ("Peek iterator is
 * already empty", HTTP 500) where a lookup matches nothing — an organization name that is in no
 * graph — instead of answering no rows; Signet's own store installs the guard, and this module
 * does the same in a {@code jena-fuseki-server} that has Signet's classes on its classpath:
 * <pre>
 * java -cp jena-fuseki-server-6.0.0.jar:SIGNET/target/classes \
 *      org.apache.jena.fuseki.main.cmds.FusekiServerCmd --config signet-store.ttl
 * </pre>
 * Found by Fuseki through {@code META-INF/services} ({@link FusekiAutoModule}); Signet's own
 * server loads no modules, and its store has the guard already.
 */
public final class EmptyInputGuardModule implements FusekiAutoModule {
    @Override
    public String name() { return "Signet empty-input guard"; }

    @Override
    public void configDataAccessPoint(DataAccessPoint dap, Model configModel) {
        EmptyInputGuard.install(dap.getDataService().getDataset().getContext());
    }
}
