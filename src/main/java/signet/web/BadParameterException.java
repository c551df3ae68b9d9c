package signet.web;

/**
 * A request parameter a page cannot use ({@code ?page=abc}, {@code ?page=2147483647}): answered
 * 400 with the message, which names the parameter and what it must be ({@link PageRoute#servlet}).
 */
public final class BadParameterException extends IllegalArgumentException {
    public BadParameterException(String message) { super(message); }
}
