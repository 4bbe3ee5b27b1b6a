package dev.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.compare.Comparison;
import dev.parallax.export.Exports.Format;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export targets that are not plain files: links, pipes, devices, folders, a full disk. */
class ExportTargetsTest {
    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheExport() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("c.md");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.md");
        Files.createSymbolicLink(link, Path.of("real/c.md")); // relative, as users make them
        Path chain = dir.resolve("chain.md");
        Files.createSymbolicLink(chain, link);

        Exports.write(SeedComparison.build(), chain, Format.MARKDOWN);
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isSymbolicLink(chain));
        assertTrue(Files.readString(real).startsWith("# Parallax comparison"));
        try (Stream<Path> s = Files.list(real.getParent())) {
            assertEquals(1, s.count(), "no temporary file left beside the target");
        }
    }

    @Test
    void aLinkToNothingCreatesItsTarget() throws IOException {
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, dir.resolve("new.json"));
        Exports.write(SeedComparison.build(), link, Format.JSON);
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(dir.resolve("new.json")).contains("\"schema\""));
    }

    @Test
    void aPipeIsWrittenStraightThroughToItsReader() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Exports.write(SeedComparison.build(), fifo, Format.JSON);
        String read = reader.get(60, TimeUnit.SECONDS);
        assertTrue(read.contains("\"schema\""), read);
        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
        assertTrue(Files.exists(fifo));
    }

    @Test
    void devNullStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        Exports.write(SeedComparison.build(), devNull, Format.HTML);
        assertFalse(Files.isRegularFile(devNull));
        Path link = dir.resolve("null.html");
        Files.createSymbolicLink(link, devNull);
        Exports.write(SeedComparison.build(), link, Format.HTML);
        assertFalse(Files.isRegularFile(devNull));
        assertTrue(Files.isSymbolicLink(link));
        Files.delete(link); // JUnit warns about links out of its temporary folder
    }

    @Test
    void aFolderOrALinkLoopIsRefusedInWords() throws IOException {
        Comparison c = SeedComparison.build();
        Path folder = Files.createDirectories(dir.resolve("out"));
        IOException e = assertThrows(IOException.class, () -> Exports.write(c, folder, Format.JSON));
        assertEquals("Cannot write " + folder + ": a folder of that name is in the way; name a file instead", e.getMessage());
        Path loop = dir.resolve("loop.json");
        Files.createSymbolicLink(loop, loop);
        IOException l = assertThrows(IOException.class, () -> Exports.write(c, loop, Format.JSON));
        assertEquals("Cannot write " + loop + ": symbolic link loop", l.getMessage());
    }

    @Test
    void systemErrorsBecomeWordsThatNameTheFile() {
        Path f = Path.of("/x/c.json");
        assertEquals("Cannot write /x/c.json: no space left on device; free some space or write elsewhere",
                AtomicWriter.described(f, new IOException("No space left on device")).getMessage());
        assertEquals("Cannot write /x/c.json: no space left on device; free some space or write elsewhere",
                AtomicWriter.described(f, new FileSystemException("/x/.c.json.1.tmp", null, "No space left on device")).getMessage());
        assertEquals("Cannot write /x/c.json: the disk is read-only; write elsewhere",
                AtomicWriter.described(f, new FileSystemException("/x/c.json", null, "Read-only file system")).getMessage());
        assertEquals("Cannot write /x/c.json: permission denied",
                AtomicWriter.described(f, new AccessDeniedException("/x/c.json")).getMessage());
        assertEquals("Cannot write /x/c.json: the disk quota is exceeded; free some space or write elsewhere",
                AtomicWriter.described(f, new FileNotFoundException("/x/c.json (Disk quota exceeded)")).getMessage());
    }

    /** A real full disk: a 64 KB tmpfs (needs root and mount; skipped where the sandbox forbids it). */
    @Test
    void aFullDiskNamesTheFileAndKeepsTheOldOne() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mount.waitFor() == 0, "cannot mount a small tmpfs here");
        try {
            Path file = small.resolve("c.html");
            Files.writeString(file, "old");
            Files.write(small.resolve("filler"), new byte[56 * 1024]); // one 4 KB page left
            IOException e = assertThrows(IOException.class, () -> Exports.write(SeedComparison.build(), file, Format.HTML));
            assertEquals("Cannot write " + file + ": no space left on device; free some space or write elsewhere",
                    e.getMessage());
            assertEquals("old", Files.readString(file));
            try (Stream<Path> s = Files.list(small)) {
                assertEquals(2, s.count(), "no temporary file left on the full disk");
            }
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }
}
