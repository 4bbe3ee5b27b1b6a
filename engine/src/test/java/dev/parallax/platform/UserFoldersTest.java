package dev.parallax.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The XDG rules: a variable only when absolute, then $HOME, then the account's home. */
class UserFoldersTest {
    @Test
    void absoluteVariablesNameTheFolders() {
        UserFolders f = UserFolders.of(Map.of("XDG_DATA_HOME", "/x/data", "XDG_CONFIG_HOME", "/x/conf",
                "XDG_CACHE_HOME", "/x/cache", "HOME", "/h"));
        assertEquals(new UserFolders(Path.of("/x/data/parallax"), Path.of("/x/conf/parallax"), Path.of("/x/cache/parallax")), f);
    }

    @Test
    void relativeEmptyOrMissingVariablesFallBackToHome() {
        UserFolders expected = new UserFolders(Path.of("/h/.local/share/parallax"), Path.of("/h/.config/parallax"),
                Path.of("/h/.cache/parallax"));
        assertEquals(expected, UserFolders.of(Map.of("HOME", "/h")));
        assertEquals(expected, UserFolders.of(Map.of("XDG_DATA_HOME", "data", "XDG_CONFIG_HOME", "./x/../y",
                "XDG_CACHE_HOME", "", "HOME", "/h")));
        assertEquals(expected, UserFolders.of(Map.of("XDG_DATA_HOME", "bad\0path", "HOME", "/h")));
    }

    @Test
    void withoutHomeTheAccountsHomeIsUsed() {
        Path account = Path.of(System.getProperty("user.home"));
        assertEquals(account.resolve(".cache").resolve("parallax"), UserFolders.of(Map.of()).cache());
        assertEquals(account.resolve(".cache").resolve("parallax"), UserFolders.of(Map.of("HOME", " ")).cache());
    }

    @Test
    void nativeLibraryCachesGoUnderOurCacheFolderUnlessAlreadyChosen() {
        String chosenJavaFx = System.getProperty("javafx.cachedir");
        UserFolders.keepLibraryCachesInOurs();
        if (System.getenv("DJL_CACHE_DIR") == null) {
            assertEquals(UserFolders.current().cache().resolve("djl").toString(), System.getProperty("DJL_CACHE_DIR"));
        }
        if (chosenJavaFx != null) {
            assertEquals(chosenJavaFx, System.getProperty("javafx.cachedir"), "a place already chosen is kept");
        } else {
            assertEquals(UserFolders.current().cache().resolve("openjfx").toString(), System.getProperty("javafx.cachedir"));
        }
    }
}
