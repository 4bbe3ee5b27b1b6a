package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which command lines open the window straight away, and which go through picocli's parsing. */
class WindowArgumentsTest {
    @Test
    void filesAndAScreenshotOpenTheWindowAsGiven() {
        assertArrayEquals(new String[0], ParallaxCommand.windowArguments(new String[0]));
        assertArrayEquals(new String[] {"a.txt", "b.html"}, ParallaxCommand.windowArguments(new String[] {"a.txt", "b.html"}));
        assertArrayEquals(new String[] {"--screenshot", "x.png", "a.txt"},
                ParallaxCommand.windowArguments(new String[] {"--screenshot", "x.png", "a.txt"}));
    }

    @Test
    void subcommandsOptionsAndHelpAreLeftToPicocli() {
        assertNull(ParallaxCommand.windowArguments(new String[] {"compare", "a.txt", "b.txt"}));
        assertNull(ParallaxCommand.windowArguments(new String[] {"a.txt", "help"}));
        assertNull(ParallaxCommand.windowArguments(new String[] {"--help"}));
        assertNull(ParallaxCommand.windowArguments(new String[] {"--", "-odd-name.txt"}));
        assertNull(ParallaxCommand.windowArguments(new String[] {"--screenshot"}), "a missing value is picocli's error to tell");
        assertNull(ParallaxCommand.windowArguments(new String[] {"--screenshot=x.png"}));
    }
}
