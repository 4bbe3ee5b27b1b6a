package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as addresses in a paste or a dropped text. */
class WebControlsTest {
    @Test
    void onlyWordsWrittenAsAddressesAreOpened() {
        assertEquals(List.of("https://example.com/a", "http://example.org/b?x=1"),
                WebControls.addresses("  see https://example.com/a and\nhttp://example.org/b?x=1 "));
        assertEquals(List.of(), WebControls.addresses("/home/me/story.html"));
        assertEquals(List.of(), WebControls.addresses(null));
        // other schemes are addresses too: opening one says plainly that only http and https are read
        assertEquals(List.of("ftp://example.com/x"), WebControls.addresses("ftp://example.com/x"));
    }
}
