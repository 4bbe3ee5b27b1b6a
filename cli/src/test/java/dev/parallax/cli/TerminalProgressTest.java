package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The reading line: only on a terminal, only after the first second, at most five times a second, wiped at the end. */
class TerminalProgressTest {
    private static final long MS = 1_000_000L;
    private final StringWriter out = new StringWriter();
    private long now;

    private TerminalProgress progress(boolean terminal) {
        return new TerminalProgress(new PrintWriter(out), terminal, () -> now);
    }

    @Test
    void aLongReadOnATerminalShowsOneRewrittenLineAndWipesIt() {
        try (TerminalProgress p = progress(true)) {
            p.reading(Path.of("a"), 0, 5000); // within the first second: nothing
            now = 1_100 * MS;
            p.reading(Path.of("b"), 1199, 5000);
            now += 50 * MS;
            p.reading(Path.of("c"), 1200, 5000); // too soon after the last
            now += 250 * MS;
            p.reading(Path.of("d"), 4999, 5000);
        }
        String line1 = "parallax: reading 1,200 of 5,000 files";
        String line2 = "parallax: reading 5,000 of 5,000 files";
        assertEquals("\r" + line1 + "\r" + line2 + "\r" + " ".repeat(line2.length()) + "\r", out.toString());
    }

    @Test
    void aShortReadOrAPipeGetsNothing() {
        try (TerminalProgress p = progress(true)) {
            p.reading(Path.of("a"), 0, 3);
            now = 500 * MS;
            p.reading(Path.of("b"), 2, 3);
        }
        now = 0;
        try (TerminalProgress p = progress(false)) {
            now = 5_000 * MS;
            p.reading(Path.of("a"), 10, 5000);
        }
        assertEquals("", out.toString());
    }
}
