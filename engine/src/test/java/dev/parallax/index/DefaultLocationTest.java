package dev.parallax.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the index lives by default: $XDG_DATA_HOME only when absolute, as the XDG rules say. */
class DefaultLocationTest {
    @Test
    void relativeOrEmptyXdgDataHomeIsIgnored() {
        Path home = Path.of("/home/someone/.local/share/parallax/index");
        assertEquals(home, ArticleIndex.defaultLocation("data", "/home/someone"));
        assertEquals(home, ArticleIndex.defaultLocation("./x/../y", "/home/someone"));
        assertEquals(home, ArticleIndex.defaultLocation("", "/home/someone"));
        assertEquals(home, ArticleIndex.defaultLocation(null, "/home/someone"));
        assertEquals(Path.of("/srv/data/parallax/index"), ArticleIndex.defaultLocation("/srv/data", "/home/someone"));
    }
}
