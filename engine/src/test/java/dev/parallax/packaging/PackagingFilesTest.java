package dev.parallax.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The files scripts/package hands to jpackage (packaging/linux/): the menu entry, the icons and the
 * scripts. Building the package itself is too slow for every test run; these checks are what can go
 * wrong by editing the files.
 */
class PackagingFilesTest {
    private static final Path LINUX = Path.of("packaging", "linux");

    @Test
    void desktopEntryNamesTheAppItsIconAndTheTypesItOpens() throws IOException {
        List<String> lines = Files.readAllLines(LINUX.resolve("parallax.desktop"));
        assertEquals("[Desktop Entry]", lines.get(0));
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            assertTrue(eq > 0, "not a key=value line: " + line);
            assertEquals(null, entry.put(line.substring(0, eq), line.substring(eq + 1)), "repeated key in " + line);
        }
        assertEquals("Application", entry.get("Type"));
        assertEquals("Parallax", entry.get("Name"));
        assertTrue(entry.containsKey("Comment"));
        assertEquals("parallax", entry.get("Icon"), "postinst installs the icons under this name");
        assertEquals("/opt/parallax/bin/parallax %F", entry.get("Exec"), "the launcher jpackage installs, given files");
        assertTrue(entry.get("Categories").endsWith(";"));
        assertEquals(List.of("text/html", "text/plain"), List.of(entry.get("MimeType").split(";")));
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256, 512})
    void iconIsAPngOfItsSize(int size) throws IOException {
        try (InputStream in = Files.newInputStream(LINUX.resolve("icons/parallax-" + size + ".png"));
                DataInputStream data = new DataInputStream(in)) {
            byte[] signature = data.readNBytes(8);
            assertEquals(List.of(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), unsigned(signature));
            data.readInt(); // length of the first chunk, which must be IHDR: width, height
            assertEquals("IHDR", new String(data.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(size, data.readInt());
            assertEquals(size, data.readInt());
        }
    }

    @Test
    void iconSourceIsWellFormedSvg() throws Exception {
        var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(LINUX.resolve("icons/parallax.svg").toFile()).getDocumentElement();
        assertEquals("svg", svg.getTagName());
        assertEquals("0 0 512 512", svg.getAttribute("viewBox"));
    }

    @Test
    void scriptsTheDebianPackageRunAreInPlace() throws IOException {
        for (String name : List.of("postinst", "prerm", "launcher.sh")) {
            String text = Files.readString(LINUX.resolve(name));
            assertTrue(text.startsWith("#!/bin/"), name + " starts with a shebang");
        }
        assertTrue(Files.readString(LINUX.resolve("postinst")).contains("/usr/bin/parallax"));
        assertTrue(Files.readString(LINUX.resolve("prerm")).contains("/usr/bin/parallax"));
        assertTrue(Files.readString(LINUX.resolve("control")).contains("Depends: PACKAGE_DEFAULT_DEPENDENCIES"));
    }

    private static List<Integer> unsigned(byte[] bytes) {
        return java.util.stream.IntStream.range(0, bytes.length).mapToObj(i -> bytes[i] & 0xFF).toList();
    }
}
