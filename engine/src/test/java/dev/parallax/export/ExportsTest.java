package dev.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.Stats;
import dev.parallax.export.Exports.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {
    @TempDir
    Path dir;

    @Test
    void formatFollowsTheFileExtension() {
        assertEquals(Optional.of(Format.JSON), Format.fromFileName(Path.of("out/c.JSON")));
        assertEquals(Optional.of(Format.MARKDOWN), Format.fromFileName(Path.of("c.md")));
        assertEquals(Optional.of(Format.MARKDOWN), Format.fromFileName(Path.of("c.markdown")));
        assertEquals(Optional.of(Format.HTML), Format.fromFileName(Path.of("c.htm")));
        assertEquals(Optional.empty(), Format.fromFileName(Path.of("c.txt")));
        assertEquals(Optional.empty(), Format.fromFileName(Path.of("html")));
        assertThrows(IllegalArgumentException.class, () -> Exports.write(SeedComparison.build(), dir.resolve("c.pdf")));
    }

    /** Writes the seed comparison in every format; copies land in target/export-samples for scripts/render-html.sh. */
    @Test
    void writesEveryFormatOfTheSeedComparison() throws IOException {
        Comparison c = SeedComparison.build();
        Path samples = Path.of("target", "export-samples");
        Files.createDirectories(samples);
        for (Format f : Format.values()) {
            Path file = dir.resolve("seeds." + f.extension());
            assertEquals(f, Exports.write(c, file));
            String written = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(Exports.render(c, f), written);
            Exports.write(c, samples.resolve("seed-comparison." + f.extension()), f);
        }
        ContractCheck.assertValid(Files.readString(dir.resolve("seeds.json")));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void failingSerialisationKeepsTheOldFileAndLeavesNoTempFile() throws IOException {
        Comparison c = SeedComparison.build();
        Path file = dir.resolve("comparison.json");
        Files.writeString(file, "old content");
        Comparison broken = new Comparison(c.articles(), c.matches(), c.unique(), c.quotes(), c.numbers(),
                new Stats(Double.NaN, 2));
        for (Format f : Format.values()) {
            if (f == Format.JSON) {
                assertThrows(IllegalArgumentException.class, () -> Exports.write(broken, file, f));
            }
        }
        // a body that fails half-way through writing
        assertThrows(IOException.class, () -> AtomicWriter.write(file, out -> {
            out.write("new partial content".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full");
        }));
        assertThrows(UncheckedIOException.class, () -> AtomicWriter.write(file, out -> {
            out.write(new byte[100_000]);
            throw new UncheckedIOException(new IOException("serialiser broke"));
        }));
        assertEquals("old content", Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path file = dir.resolve("c.md");
        Files.writeString(file, "x".repeat(100_000));
        Exports.write(SeedComparison.build(), file, Format.MARKDOWN);
        assertTrue(Files.readString(file).startsWith("# Parallax comparison"));
        assertTrue(Files.size(file) < 100_000);
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void clearMessagesForAMissingOrUnwritableFolder() throws IOException {
        Comparison c = SeedComparison.build();
        IOException missing = assertThrows(IOException.class,
                () -> Exports.write(c, dir.resolve("nope").resolve("c.html"), Format.HTML));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());

        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "");
        IOException notDir = assertThrows(IOException.class, () -> Exports.write(c, notAFolder.resolve("c.html"), Format.HTML));
        assertTrue(notDir.getMessage().contains("is not a folder"), notDir.getMessage());

        Path folderInTheWay = dir.resolve("c.json");
        Files.createDirectory(folderInTheWay);
        IOException inTheWay = assertThrows(IOException.class, () -> Exports.write(c, folderInTheWay, Format.JSON));
        assertTrue(inTheWay.getMessage().contains("folder of that name"), inTheWay.getMessage());

        Path locked = dir.resolve("locked");
        Files.createDirectory(locked);
        Path old = locked.resolve("c.json");
        Files.writeString(old, "old");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(locked)) {
                return; // running as root: permissions are not enforced, nothing to check
            }
            IOException denied = assertThrows(IOException.class, () -> Exports.write(c, old, Format.JSON));
            assertTrue(denied.getMessage().contains("not writable"), denied.getMessage());
            assertEquals("old", Files.readString(old));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static List<Path> leftovers(Path dir) throws IOException {
        return listing(dir).stream().filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
}
