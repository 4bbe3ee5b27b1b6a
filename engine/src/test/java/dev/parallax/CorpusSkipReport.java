package dev.parallax;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends each module's test run with one line saying how many tests were skipped because the shared corpus is
 * absent (registered through META-INF/services, so every JUnit platform run has it), and adds the count to
 * target/corpus-skipped at the project root, from which ./run-tests prints the total of all modules last.
 */
public final class CorpusSkipReport implements TestExecutionListener {
    private final AtomicInteger skipped = new AtomicInteger();
    private volatile String folder;
    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        skipped.set(0);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        String message = result.getThrowable().map(Throwable::getMessage).orElse("");
        if (message == null || !message.startsWith(TestData.CORPUS_MISSING)) {
            return;
        }
        folder = message.substring(TestData.CORPUS_MISSING.length());
        // A class aborted before its tests ran never reports them: count what it held.
        skipped.addAndGet(id.isTest() ? 1 : (int) plan.getDescendants(id).stream().filter(TestIdentifier::isTest).count());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (skipped.get() > 0) {
            System.out.printf("[corpus] %d tests skipped: shared corpus not found (%s); put the shared data beside "
                    + "the project (../shared) or set -Dparallax.shared=DIR to run them%n", skipped.get(), folder);
            try { // tests run from the project root (the pom's surefire workingDirectory)
                java.nio.file.Path tally = java.nio.file.Path.of("target", "corpus-skipped");
                java.nio.file.Files.createDirectories(tally.getParent());
                java.nio.file.Files.writeString(tally, skipped.get() + " " + folder + System.lineSeparator(),
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                System.out.println("[corpus] could not add to the run's tally: " + e.getMessage());
            }
        }
    }
}
