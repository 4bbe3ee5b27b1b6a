package dev.parallax.cli;

import dev.parallax.text.Printable;
import dev.parallax.workspace.Problems;

/** Turns exceptions into one line a user can act on, never a stack trace. */
final class Messages {
    private Messages() {
    }

    /** The message made safe for the terminal: it often quotes a file name. */
    static String describe(Throwable ex) {
        return Printable.of(explain(ex));
    }

    /** The exception's own message when it is already a sentence for users (made safe), else {@link #describe}. */
    static String describeWhole(Throwable ex) {
        String msg = ex.getMessage();
        return msg != null && msg.startsWith("Cannot ") ? Printable.of(msg) : describe(ex);
    }

    private static String explain(Throwable ex) {
        return Problems.explain(ex);
    }
}
