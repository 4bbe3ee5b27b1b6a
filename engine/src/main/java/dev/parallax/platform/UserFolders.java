package dev.parallax.platform;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Parallax's folders in the user's home, by the XDG base-directory rules: the library and snapshots under
 * the data folder, settings under the config folder, native libraries and other caches under the cache
 * folder. A variable counts only when it holds an absolute path (a relative one would put the folder under
 * whatever folder the program was started in); $HOME comes before the account's home, which Java reads
 * from the system instead, so a test or a sandbox that sets HOME is obeyed.
 */
public record UserFolders(Path data, Path config, Path cache) {

    /** The folders of the running process's environment. */
    public static UserFolders current() {
        return of(System.getenv());
    }

    /** The folders these environment variables name. */
    public static UserFolders of(Map<String, String> env) {
        String homeVariable = env.get("HOME");
        Path home = Path.of(homeVariable != null && !homeVariable.isBlank() ? homeVariable : System.getProperty("user.home"));
        return new UserFolders(
                base(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve("parallax"),
                base(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("parallax"),
                base(env.get("XDG_CACHE_HOME"), home.resolve(".cache")).resolve("parallax"));
    }

    /**
     * Libraries that unpack native code into the home folder (DJL's tokenizer into ~/.djl.ai, JavaFX into
     * ~/.openjfx) are pointed at Parallax's cache folder instead, unless the launcher or user chose a place.
     * Call before either library is first used.
     */
    public static void keepLibraryCachesInOurs() {
        Path cache = current().cache();
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", cache.resolve("djl").toString());
        }
        if (System.getProperty("javafx.cachedir") == null) {
            System.setProperty("javafx.cachedir", cache.resolve("openjfx").toString());
        }
    }

    private static Path base(String variable, Path fallback) {
        if (variable == null || variable.isBlank()) {
            return fallback;
        }
        try {
            Path p = Path.of(variable);
            return p.isAbsolute() ? p : fallback;
        } catch (InvalidPathException e) {
            return fallback; // not a path at all: ignored like a relative one
        }
    }
}
