package dev.parallax.text.numbers;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.text.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any input: no exception, spans inside the text, work proportional to the length (not asserted on time). */
class NumberFinderRobustnessTest {
    private final NumberFinder finder = new NumberFinder();

    private void check(String text) {
        List<NumberMention> found = assertDoesNotThrow(() -> finder.find(text));
        int last = -1;
        for (NumberMention m : found) {
            Span s = m.span();
            assertTrue(s.end() <= text.length() && s.start() >= last, "span " + s);
            last = s.start();
        }
    }

    @Test
    void randomCharacters() {
        Random random = new Random(42);
        String alphabet = "0123456789,.-%$€£~ :/abcdefpm\n\u00A0\u2013\u2019'ÄæØ中٣٠\uD835\uDFCE";
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            check(sb.toString());
        }
    }

    @Test
    void randomCodeUnitsIncludingLoneSurrogates() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            char[] chars = new char[random.nextInt(300)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) random.nextInt(0x10000);
            }
            check(new String(chars));
        }
    }

    @Test
    void randomNewsWords() {
        Random random = new Random(3);
        String[] words = {"about", "70", "percent", "of", "November", "5", ",", "2024", "$", "2.5", "billion",
                "hundreds", "twenty", "-", "five", "to", "between", "and", "or", "so", "a", "dozen", "one",
                "hundred", "thousand", "p.m.", "10:30", "3rd", "time", "1990s", "%", "more", "than", "F-16"};
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int i = 0; i < len; i++) {
                sb.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            check(sb.toString());
        }
    }

    @Test
    void oneMegabyteOfDigits() {
        check("7".repeat(1 << 20));
        check("1,000".repeat(40_000));
        check("1.".repeat(100_000));
        check("12 ".repeat(60_000));
    }

    @Test
    void longRunsOfNumberWords() {
        check("twenty ".repeat(20_000));
        check("one hundred and ".repeat(10_000));
        check("hundreds of ".repeat(10_000));
        check("November 5, ".repeat(10_000));
    }
}
