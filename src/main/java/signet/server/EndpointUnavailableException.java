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

    /** The endpoint could not be reached: "the SPARQL endpoint at URL did not answer: connection refused". */
    public EndpointUnavailableException(String endpoint, String reason, Throwable cause) {
        this(endpoint, cause, "the SPARQL endpoint at " + endpoint + " did not answer: " + reason);
    }

    private EndpointUnavailableException(String endpoint, Throwable cause, String message) {
        super(message, cause);
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The endpoint answered with an error: "the SPARQL endpoint at URL failed: HTTP 500 (detail)". */
    public static EndpointUnavailableException failed(String endpoint, int status, String detail, Throwable cause) {
        return new EndpointUnavailableException(endpoint, cause, "the SPARQL endpoint at " + endpoint + " failed: HTTP " + status
                + (detail == null || detail.isBlank() ? "" : " (" + detail.strip() + ")"));
    }

    /** The URL of the endpoint that failed. */
    public String endpoint() { return endpoint; }
}
