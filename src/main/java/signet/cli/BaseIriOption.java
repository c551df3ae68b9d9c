package signet.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import signet.graph.Iris;

/**
 * The {@code --base-iri IRI} option: the namespace under which entities, documents and facts are
 * minted. A published copy sets its public host ({@code https://example.org/signet/id/}) and
 * routes that path to {@code serve}'s {@code /id/}; the default is the project's persistent
 * namespace. A store holds IRIs of one base only (see {@link signet.ingest.Ingester}).
 */
final class BaseIriOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Namespace of the minted IRIs, ending in / (default: ${DEFAULT-VALUE}).")
    String baseIri;

    /** The IRIs under the chosen base; an IRI that is not absolute http(s) ending in '/' is a usage error. */
    Iris iris() {
        try {
            URI u = new URI(baseIri);
            boolean web = "http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme());
            if (!web || u.getHost() == null || !baseIri.endsWith("/") || u.getQuery() != null || u.getFragment() != null)
                throw new ParameterException(spec.commandLine(),
                        "--base-iri must be an absolute http(s) IRI ending in '/', without query or fragment: " + baseIri);
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--base-iri is not an IRI: " + baseIri + " (" + e.getReason() + ")");
        }
        return new Iris(baseIri);
    }

    boolean isDefault() { return baseIri.equals(Iris.DEFAULT_BASE); }
}
