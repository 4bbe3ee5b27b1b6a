package dev.parallax.index;

/** A query the user typed that cannot be understood, with a message saying how to fix it. */
public final class QuerySyntaxException extends Exception {
    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
