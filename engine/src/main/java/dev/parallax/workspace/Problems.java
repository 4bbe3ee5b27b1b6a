package dev.parallax.workspace;

import dev.parallax.text.Printable;

/** Turns exceptions into one line a user can act on, never a stack trace (the command line and the window alike). */
public final class Problems {
    private Problems() {
    }

    /** The explanation made safe for a terminal: it often quotes a file name. */
    public static String describe(Throwable ex) {
        return Printable.of(explain(ex));
    }

    /** The root cause in words, not yet made safe for a terminal. */
    public static String explain(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        if (root instanceof OutOfMemoryError) {
            return "out of memory; give Java more heap (e.g. java -Xmx4g -jar parallax.jar ...)";
        }
        if (root instanceof StackOverflowError) {
            return "the input is nested too deeply to process";
        }
        if (root instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + msg;
        }
        if (root instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + msg;
        }
        if (root instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            msg = fs.getReason(); // the reason alone: the file is named by the line around it
        }
        if (msg != null && msg.toLowerCase(java.util.Locale.ROOT).contains("no space left on device")) {
            return "no space left on device";
        }
        return msg == null || msg.isBlank() ? "an unexpected error with no explanation" : msg;
    }
}
