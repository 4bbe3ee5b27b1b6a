package dev.parallax.app;

import dev.parallax.platform.UserFolders;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the window remembers between runs (theme, size and place, recent files, the last export folder and
 * format): one properties file in the user's config folder. The folder is given, so tests and the
 * screenshot mode never touch the user's own settings ({@link #inMemory()} keeps nothing at all).
 */
final class Settings {
    private static final int MAX_RECENT = 8;

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // unreadable settings: start from the defaults, they are rewritten on the next change
            }
        }
    }

    /** The user's settings: $XDG_CONFIG_HOME/parallax, else $HOME/.config/parallax. */
    static Settings forUser() {
        return in(UserFolders.current().config());
    }

    /** Settings kept in a file in this folder (created on the first change). */
    static Settings in(Path folder) {
        return new Settings(folder.resolve("window.properties"));
    }

    /** Settings that last as long as the window: nothing is read or written. */
    static Settings inMemory() {
        return new Settings(null);
    }

    String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    boolean getBoolean(String key, boolean fallback) {
        String v = values.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    void put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
        save();
    }

    /** Recent files and folders, newest first; those that no longer exist are left out. */
    List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (String s : get("recent", "").split("\n")) {
            if (!s.isBlank() && Files.exists(Path.of(s))) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    void remember(Path p) {
        Path absolute = p.toAbsolutePath();
        List<Path> recent = new ArrayList<>(recent());
        recent.remove(absolute);
        recent.addFirst(absolute);
        put("recent", String.join("\n", recent.subList(0, Math.min(MAX_RECENT, recent.size())).stream()
                .map(Path::toString).toList()));
    }

    /** Written whole to a temporary file, then moved over the old one, so a crash never leaves half a file. */
    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "window", ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(out, "Parallax window settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // settings that cannot be saved are not worth interrupting the reader for
        }
    }
}
