package dev.parallax;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the seeds and the shared corpus. */
public final class TestData {
    private TestData() {
    }

    public static Path seeds() {
        return Path.of("seeds");
    }

    public static Path seedA() {
        return seeds().resolve("000_1892a7c5b9cc6f21.txt");
    }

    public static Path seedB() {
        return seeds().resolve("002_662e5159e07f3f7b.txt");
    }

    /** ../shared, or where the build says it is (system property parallax.shared). */
    public static Path shared() {
        Path p = Path.of(System.getProperty("parallax.shared", "../shared"));
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared data not found at " + p.toAbsolutePath());
        }
        return p;
    }

    public static Path corpus(String name) {
        return shared().resolve("corpus").resolve(name);
    }
}
