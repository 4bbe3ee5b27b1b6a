package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare}'s exports: standard output, one failing among several, one file named twice. */
class ExportTargetsCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run compare(String... exports) {
        String[] args = new String[5 + exports.length];
        args[0] = "compare";
        args[1] = "--lexical";
        args[2] = "--index=" + dir.resolve("index");
        args[3] = TestData.seedA().toString();
        args[4] = TestData.seedB().toString();
        System.arraycopy(exports, 0, args, 5, exports.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aDashMeansStandardOutput() {
        Run r = compare("--markdown", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# Parallax comparison"), r.out());
        assertFalse(Files.exists(Path.of("-")), "no file named - in the working folder");
        assertEquals("", r.err());
    }

    @Test
    void oneFailingExportDoesNotStopTheOthers() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("taken.json"));
        Path md = dir.resolve("c.md");
        Path html = dir.resolve("c.html");
        Run r = compare("--json", folder.toString(), "--markdown", md.toString(), "--html", html.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("parallax: Cannot write " + folder + ": a folder of that name is in the way"), r.err());
        assertTrue(r.err().contains("parallax: wrote " + md), r.err());
        assertTrue(r.err().contains("parallax: wrote " + html), r.err());
        assertTrue(Files.readString(md).startsWith("# Parallax comparison"));
        assertTrue(Files.readString(html).contains("<html"));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void oneFileNamedForTwoExportsIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = dir.resolve("c.out");
        Files.createSymbolicLink(dir.resolve("same.out"), file);
        Path other = dir.resolve("other.html");
        Run r = compare("--json", file.toString(), "--markdown", dir.resolve("same.out").toString(), "--html", other.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("parallax: " + dir.resolve("same.out") + " is named for both --json and --markdown; "
                + "give each export its own file\n", r.err());
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(other));

        Run dashes = compare("--json", "-", "--markdown", "-");
        assertEquals(2, dashes.code());
        assertTrue(dashes.err().contains("standard output (-) is named for both --json and --markdown"), dashes.err());
        assertEquals("", dashes.out());

        Run devNull = compare("--json", "/dev/null", "--markdown", "/dev/null");
        assertEquals(0, devNull.code(), devNull.err());
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));
    }
}
