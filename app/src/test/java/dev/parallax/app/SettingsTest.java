package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window remembers: where it is kept, what is dropped, where the window opens. */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void valuesSurviveARestartAndRecentFilesThatVanishedAreDropped() throws Exception {
        Path kept = Files.writeString(dir.resolve("kept.txt"), "x");
        Path gone = Files.writeString(dir.resolve("gone.txt"), "x");
        Settings s = Settings.in(dir.resolve("conf"));
        s.remember(gone);
        s.remember(kept);
        s.put("dark", true);
        Files.delete(gone);
        Settings again = Settings.in(dir.resolve("conf"));
        assertTrue(again.getBoolean("dark", false));
        assertEquals(List.of(kept.toAbsolutePath()), again.recent());
        assertTrue(Files.exists(dir.resolve("conf/window.properties")));
    }

    @Test
    void inMemoryWritesNothing() {
        Settings s = Settings.inMemory();
        s.put("dark", true);
        assertTrue(s.getBoolean("dark", false));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theFirstWindowFitsASmallScreenAndALastPlaceOffScreenIsNotReused() {
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 700);
        Rectangle2D first = WindowPlacement.initial(Settings.inMemory(), List.of(small));
        assertEquals(1024, first.getWidth());
        assertEquals(700, first.getHeight());
        Rectangle2D big = new Rectangle2D(0, 0, 2560, 1400);
        Rectangle2D centred = WindowPlacement.initial(Settings.inMemory(), List.of(big));
        assertEquals(new Rectangle2D(580, 250, 1400, 900), centred);

        Settings s = Settings.inMemory();
        s.put("window.x", 100);
        s.put("window.y", 80);
        s.put("window.width", 1200);
        s.put("window.height", 800);
        assertEquals(new Rectangle2D(100, 80, 1200, 800), WindowPlacement.initial(s, List.of(big)), "the last place");
        s.put("window.x", 3000); // on a screen no longer attached
        assertFalse(WindowPlacement.initial(s, List.of(big)).getMinX() >= 2560, "back on the screen");
        s.put("window.x", 0);
        assertEquals(1024, WindowPlacement.initial(s, List.of(small)).getWidth(), "too big for this screen: fitted");
    }
}
