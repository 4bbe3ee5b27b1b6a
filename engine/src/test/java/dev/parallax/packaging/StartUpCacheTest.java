package dev.parallax.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' start-up cache step (packaging/linux/start-up-cache.sh), on a small jar of its own: the
 * training run is recorded and a cache made, nothing reaches the console, and a run from the cache prints
 * the program's output only.
 */
class StartUpCacheTest {
    private static final Path SCRIPT = Path.of("packaging", "linux", "start-up-cache.sh").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    @Test
    void theTrainingRunIsRecordedSilentlyIntoACacheThatARunUsesSilently() throws Exception {
        Path jar = trainingJar();
        Path cache = dir.resolve("caches").resolve("x-commands.aot");
        Files.createDirectories(cache.getParent());
        Result made = run(List.of("bash", "-c", "source \"$0\" && record_start_up_cache commands \"$1\" \"$2\" -jar \"$3\"",
                SCRIPT.toString(), cache.toString(), JAVA, jar.toString()));
        assertEquals(0, made.code, made.err);
        assertEquals("", made.out + made.err, "the cache step prints nothing");
        assertTrue(Files.size(cache) > 0, "an AOT cache is made");
        assertTrue(Files.readString(dir.resolve("caches").resolve("x-commands.log")).contains("trained commands"),
                "the training ran with -Dparallax.training=commands, its output in the log beside the cache");
        try (var left = Files.list(cache.getParent())) {
            assertEquals(List.of("x-commands.aot", "x-commands.log"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "nothing half-made is left");
        }
        // AOTMode=on fails when the cache cannot be used; the launcher's logging flags keep the JVM quiet
        Result used = run(List.of(JAVA, "-XX:AOTMode=on", "-XX:AOTCache=" + cache, "-Xlog:disable",
                "-Xlog:all=error:stderr", "-jar", jar.toString()));
        assertEquals(0, used.code, used.err);
        assertEquals("", used.err);
        assertEquals("ran", used.out.strip());
    }

    @Test
    void aFailingTrainingLeavesNoCache() throws Exception {
        Path cache = dir.resolve("y-window.aot");
        Result made = run(List.of("bash", "-c", "source \"$0\" && record_start_up_cache commands \"$1\" \"$2\" -jar \"$3\"",
                SCRIPT.toString(), cache.toString(), JAVA, dir.resolve("missing.jar").toString()));
        assertTrue(made.code != 0);
        assertEquals("", made.out + made.err);
        assertTrue(Files.notExists(cache));
    }

    /** A jar whose main says what it was asked to train, or that it ran. */
    private Path trainingJar() throws IOException {
        Path src = dir.resolve("src/Trained.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                public class Trained {
                    public static void main(String[] args) {
                        String training = System.getProperty("parallax.training");
                        System.out.println(training != null ? "trained " + training : "ran");
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString()));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Trained");
        Path jar = dir.resolve("trained.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Trained.class"));
            out.write(Files.readAllBytes(classes.resolve("Trained.class")));
            out.closeEntry();
        }
        return jar;
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
        pb.environment().put("TMPDIR", dir.toString());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the cache step ends");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
