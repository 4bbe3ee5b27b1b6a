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
}
