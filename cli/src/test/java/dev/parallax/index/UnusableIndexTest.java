package dev.parallax.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.TestData;
import dev.parallax.cli.ParallaxCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index on a full disk, and a damaged index that cannot be set aside: each is one line naming the
 * folder and saying what is wrong in words, and the command still answers, working without it. Both use a
 * small tmpfs (needs root and mount; skipped where the sandbox forbids it).
 */
class UnusableIndexTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static void mount(Path at, String size) throws Exception {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "cannot mount a tmpfs here");
    }

    private static void unmount(Path at) throws Exception {
        new ProcessBuilder("umount", at.toString()).redirectErrorStream(true).start().waitFor();
    }

    private static void assertWords(String err) {
        assertFalse(err.matches("(?s).*[A-Z][a-z]+(Exception|Error)\\b.*"), err);
        assertFalse(err.contains("\tat "), err);
    }

    @Test
    void aFullDiskIsWorkedAroundLikeAnyUnusableIndex() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        mount(small, "1m");
        try {
            Path index = small.resolve("index");
            try (ArticleIndex i = ArticleIndex.open(index).index()) {
                i.commit(); // an empty index: opening it again needs no space
            }
            long free = Files.getFileStore(small).getUsableSpace();
            Files.write(small.resolve("filler"), new byte[(int) (free - 8 * 1024)]);

            Run search = cli("search", "Blinken", TestData.seedA().toString(), "--index", index.toString());
            assertEquals(0, search.code(), search.err());
            assertTrue(search.out().startsWith("12 hits for Blinken"), search.out());
            assertTrue(search.err().contains("parallax: the index at " + index
                    + " cannot be written (no space left on device); working without it this time"), search.err());
            assertWords(search.err());

            Run compare = cli("compare", "--lexical", TestData.seedA().toString(), TestData.seedB().toString(),
                    "--index", index.toString());
            assertEquals(0, compare.code(), compare.err());
            assertTrue(compare.out().contains("Matched passages:"), compare.out());
            assertTrue(compare.err().contains("no space left on device"), compare.err());
            assertWords(compare.err());
        } finally {
            unmount(small);
        }
    }

    @Test
    void aDamagedIndexThatCannotBeSetAsideIsSaidClearly() throws Exception {
        Path index = Files.createDirectories(dir.resolve("index"));
        mount(index, "4m"); // a mount point cannot be renamed: the index folder cannot be moved aside
        try {
            try (ArticleIndex i = ArticleIndex.open(index).index()) {
                i.update(java.util.List.of(TestData.seedA()), new dev.parallax.ingest.ArticleLoader());
            }
            try (Stream<Path> s = Files.list(index)) {
                for (Path p : s.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                    Files.writeString(p, "not a segments file");
                }
            }
            Run r = cli("search", "Blinken", TestData.seedA().toString(), "--index", index.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("12 hits for Blinken"), r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("parallax: the index at " + index + " is damaged ("), r.err());
            assertTrue(r.err().contains(") and could not be moved aside to rebuild it ("), r.err());
            assertTrue(r.err().strip().endsWith("; delete or move " + index + " yourself, or name another with --index; "
                    + "working without it this time"), r.err());
            assertWords(r.err());
        } finally {
            unmount(index);
        }
    }
}
