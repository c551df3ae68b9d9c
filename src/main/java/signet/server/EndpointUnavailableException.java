package signet.server;

import java.util.Objects;

/**
 * The SPARQL endpoint that holds the graph (a remote one, with {@code serve --remote}) did not
 * answer: refused the connection, timed out at the network level, or failed with a server error.
 * Routes answer it with {@code 502 Bad Gateway} and this message, which names the endpoint, so
 * a reader can tell "the graph server is down" from "this page is broken".
 */
public final class EndpointUnavailableException extends RuntimeException {
    private final String endpoint;

    public EndpointUnavailableException(String endpoint, String reason, Throwable cause) {
        super("the SPARQL endpoint at " + endpoint + " did not answer: " + reason, cause);
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The URL of the endpoint that failed. */
    public String endpoint() { return endpoint; }
}
