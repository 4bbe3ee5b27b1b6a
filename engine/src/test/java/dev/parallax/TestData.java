package dev.parallax;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where tests find the seeds, the contract and the shared corpus.
 *
 * <p>The corpus lives outside the repository ({@code ../shared/corpus}, or system property
 * {@code parallax.shared}). A lone clone has none: tests that read it are skipped with an assumption naming
 * the missing folder, and {@link CorpusSkipReport} counts them at the end of the run. CI sets
 * {@code PARALLAX_REQUIRE_CORPUS=1} (or {@code -Dparallax.requireCorpus=true}); then a missing corpus fails
 * those tests instead, so they are never dropped silently.
 */
public final class TestData {
    /** Every skip for a missing corpus starts with this, so the end-of-run report can count them. */
    public static final String CORPUS_MISSING = "shared corpus not found at ";

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

    /** Reports written for the tests (see src/test/resources/reports/README.md): no corpus needed. */
    public static Path reports(String name) {
        return Path.of("engine", "src", "test", "resources", "reports", name);
    }

    /** The JSON contracts (prose and schemas) kept in the repository. */
    public static Path contract(String file) {
        return Path.of("docs", "contract", file);
    }

    /** The shared corpus root; skips (or, when required, fails) the calling test when it is absent. */
    public static Path corpusRoot() {
        Path shared = Path.of(System.getProperty("parallax.shared", "../shared"));
        return require(shared.resolve("corpus"));
    }

    /** One data set of the shared corpus, e.g. {@code basil-news-triplets}. */
    public static Path corpus(String name) {
        return require(corpusRoot().resolve(name));
    }

    public static boolean corpusRequired() {
        String env = System.getenv("PARALLAX_REQUIRE_CORPUS");
        return Boolean.getBoolean("parallax.requireCorpus") || "1".equals(env) || "true".equalsIgnoreCase(env);
    }

    private static Path require(Path folder) {
        if (!Files.isDirectory(folder)) {
            String message = CORPUS_MISSING + folder.toAbsolutePath().normalize();
            if (corpusRequired()) {
                fail(message + " (required: PARALLAX_REQUIRE_CORPUS / parallax.requireCorpus is set)");
            }
            Assumptions.abort(message);
        }
        return folder;
    }
}
