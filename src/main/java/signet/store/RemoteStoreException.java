package signet.store;

/**
 * A graph the remote endpoint did not accept.
 *
 * <p>{@link #fatal()} says the cause concerns the endpoint, not the document (connection refused,
 * credentials refused, no such endpoint): every other document would fail the same way.
 */
public final class RemoteStoreException extends Exception {
    private final int status;
    private final boolean fatal;

    /**
     * @param status the HTTP status, 0 when no answer came
     * @param reason what went wrong, for a person
     * @param fatal  whether every other request would fail the same way
     */
    public RemoteStoreException(int status, String reason, boolean fatal) {
        super(reason);
        this.status = status;
        this.fatal = fatal;
    }

    /** The HTTP status, 0 when no answer came. */
    public int status() { return status; }

    public boolean fatal() { return fatal; }
}
