package signet.ingest;

import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import signet.doc.DocumentReader;
import signet.extract.Extractor;
import signet.graph.DocumentGraphBuilder;
import signet.graph.Iris;

/**
 * The three stages from file to graph: read, extract, build. Immutable; the stages are
 * thread-safe by contract, so one pipeline serves a whole ingest run.
 *
 * @param reader    file → cleaned {@link signet.doc.Article}
 * @param extractor article → facts
 * @param builder   facts → the document's named graph
 * @param iris      mints the graph IRI of each document ({@link Iris#documentGraph})
 */
public record Pipeline(DocumentReader reader, Extractor extractor, DocumentGraphBuilder builder, Iris iris) {

    public Pipeline {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(iris, "iris");
    }

    /**
     * The production pipeline. This is the ONE place where the concrete stages are chosen.
     *
     * <p>TODO(merge): the stage classes are written on other branches; until they are merged
     * they are looked up by name so this branch compiles. At merge, replace the body by
     * <pre>{@code
     * Iris iris = Iris.defaults();
     * return new Pipeline(new signet.doc.TextDocumentReader(), new signet.extract.RuleExtractor(),
     *                     new signet.graph.FactGraphBuilder(iris), iris);
     * }</pre>
     */
    public static Pipeline standard() {
        Iris iris = Iris.defaults();
        return new Pipeline(
                instantiate("signet.doc.TextDocumentReader", DocumentReader.class),
                instantiate("signet.extract.RuleExtractor", Extractor.class),
                instantiate("signet.graph.FactGraphBuilder", DocumentGraphBuilder.class, iris),
                iris);
    }

    // TODO(merge): delete together with the reflective body of standard().
    private static <T> T instantiate(String className, Class<T> type, Object... args) {
        try {
            Class<?> c = Class.forName(className);
            Class<?>[] types = new Class<?>[args.length];
            for (int i = 0; i < args.length; i++) types[i] = args[i].getClass();
            return type.cast(c.getConstructor(types).newInstance(args));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("pipeline stage " + className + " is not built into this copy of Signet", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + className + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + className + ": " + e, e);
        }
    }
}
