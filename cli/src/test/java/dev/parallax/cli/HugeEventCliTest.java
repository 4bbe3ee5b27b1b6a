package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.compare.event.EventComparer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of more reports than one event takes is refused before anything is read, with what to do. */
class HugeEventCliTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOfThousandsIsRefusedBeforeReading() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            Files.writeString(folder.resolve(String.format("note-%04d.txt", i)),
                    "Note " + i + "\n\nThe council met on day " + i + " and agreed to repair the bridge.\n");
        }
        Path index = dir.resolve("index");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(new String[] {"compare", "--lexical", "--index", index.toString(), folder.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertEquals("parallax: this folder holds 2,000 articles: comparing them as one event would align 1,999,000 "
                + "pairs; group them into stories with parallax stories, then compare one story, or pick up to "
                + EventComparer.MAX_ARTICLES + " reports of one story (as files, or a folder of them)\n", err.toString());
        assertEquals("", out.toString());
        assertFalse(Files.exists(index), "refused before the index was opened or anything read");
    }

    @Test
    void theLimitItselfIsAccepted() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("few"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(folder.resolve("r" + i + ".txt"), "Report " + i + "\n\nThe council met and agreed to "
                    + "repair the bridge before the winter, the mayor said on Monday.\n");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(new String[] {"compare", "--lexical", "--index", dir.resolve("i").toString(),
                folder.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Coverage"), out.toString());
    }
}
