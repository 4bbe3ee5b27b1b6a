package dev.parallax.app;

/** Start-up timings on stderr when run with -Dparallax.trace=true (for the benchmark in docs/benchmarks.md). */
final class Trace {
    private static final boolean ON = Boolean.getBoolean("parallax.trace");

    private Trace() {
    }

    static void mark(String what) {
        if (ON) {
            System.err.printf("[trace] %5d ms  %s%n", ParallaxApp.sinceStart(), what);
        }
    }

    /** An error the window reported as a notice: with tracing on, its stack trace too. */
    static void error(Throwable error) {
        if (ON) {
            error.printStackTrace();
        }
    }
}
