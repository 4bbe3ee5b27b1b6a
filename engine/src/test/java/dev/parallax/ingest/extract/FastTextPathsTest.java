package dev.parallax.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The loops that replaced regular expressions on the path of a long text must say exactly what the
 * expressions say: whitespace cleaning, and the chrome-notice check with its literal pre-check.
 */
class FastTextPathsTest {
    /** Characters that matter to the two rules, with ordinary letters between them. */
    private static final String ALPHABET = "ab Z.\t\n\u000B\f\r\u00A0\u1680\u2000\u2007\u200A\u200B\u200C\u2028\u2029"
            + "\u202F\u205F\u3000\uFEFF\u0000\u001B\u0085\u009B©()1";
    private static final List<String> PHRASES = List.of("Your email address will not be published",
            "Required fields are marked *", "All Rights Reserved", "© 2024", "(c) 2023", "(C)2023", "copyright 1999",
            "We use cookies", "this site uses cookies", "Cookie settings", "accept all cookies",
            "Sign up for our weekly newsletter", "Subscribe to the Morning newsletter", "Privacy Policy",
            "Terms of Service", "terms of use", "click here to read", "Wir nutzen Cookies verwenden",
            "Datenschutzerklärung", "Alle Rechte vorbehalten", "Nous utilisons des cookies", "Tous droits réservés",
            "Utilizamos cookies", "Todos los derechos reservados", "لن يتم نشر عنوان بريدك الإلكتروني",
            "الحقول الإلزامية مشار إليها", "جميع الحقوق محفوظة", "cookies nutzen");

    @Test
    void cleaningByLoopEqualsCleaningByPattern() {
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = s.toString();
            assertEquals(ArticleAssembler.cleanByPattern(text), ArticleAssembler.clean(text), () -> escape(text));
        }
    }

    @Test
    void everyNoticePhraseIsFoundWithThePreCheck() {
        for (String phrase : PHRASES) {
            String block = "Some words before. " + phrase + " and after.";
            assertTrue(ChromeLexicon.matchesNoticePattern(block), phrase);
            assertTrue(ChromeLexicon.hasNotice(block), phrase);
        }
    }

    @Test
    void thePreCheckNeverChangesTheAnswer() {
        Random random = new Random(61);
        for (int n = 0; n < 20_000; n++) {
            String phrase = PHRASES.get(random.nextInt(PHRASES.size()));
            // pieces of phrases, cut and joined at random: near misses as well as hits
            int from = random.nextInt(phrase.length());
            int to = from + random.nextInt(phrase.length() - from + 1);
            String other = PHRASES.get(random.nextInt(PHRASES.size()));
            String block = phrase.substring(from, to) + (random.nextBoolean() ? " " : "")
                    + other.substring(0, random.nextInt(other.length() + 1));
            assertEquals(ChromeLexicon.matchesNoticePattern(block), ChromeLexicon.hasNotice(block), block);
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
