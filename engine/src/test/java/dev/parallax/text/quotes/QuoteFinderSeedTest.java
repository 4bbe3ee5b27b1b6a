package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two seed reports (body text as Parallax assembles it: title, blank line, paragraphs). */
class QuoteFinderSeedTest {
    private final QuoteFinder finder = new QuoteFinder();

    private record Doc(String title, String body) {
    }

    private static Doc load(String name) throws IOException {
        try (InputStream in = QuoteFinderSeedTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int cut = all.indexOf("\n\n");
            return new Doc(all.substring(0, cut), all.substring(cut + 2));
        }
    }

    private static Quotation quoteStarting(List<Quotation> qs, String text, String prefix) {
        for (Quotation q : qs) {
            if (q.content(text).startsWith(prefix)) {
                return q;
            }
        }
        throw new AssertionError("no quotation starting with: " + prefix);
    }

    private static void assertSpeaker(String expectedSurname, Quotation q, String text) {
        assertNotNull(q.speaker(), () -> "no speaker for " + q.content(text));
        assertTrue(q.speaker().contains(expectedSurname),
                () -> "speaker of “" + q.content(text) + "” is " + q.speaker() + ", expected " + expectedSurname);
        // the offsets point at a mention of that speaker in the text
        assertTrue(text.substring(q.speakerStart(), q.speakerEnd()).contains(expectedSurname)
                || q.speaker().contains(text.substring(q.speakerStart(), q.speakerEnd())));
    }

    @Test
    void seed000BlinkenAndWang() throws IOException {
        Doc d = load("seed000.txt");
        List<Quotation> qs = finder.find(d.body());
        String t = d.body();

        Quotation beijing = quoteStarting(qs, t, "When Beijing says that");
        assertSpeaker("Blinken", beijing, t);
        assertTrue(beijing.content(t).endsWith("that doesn’t add up,"));
        assertEquals('“', t.charAt(beijing.start()));
        assertEquals('”', t.charAt(beijing.end() - 1));

        Quotation intent = quoteStarting(qs, t, "Our intent is not to decouple");
        assertSpeaker("Blinken", intent, t);
        assertEquals(Quotation.Attribution.PRONOUN, intent.attribution());

        assertSpeaker("Blinken", quoteStarting(qs, t, "But insofar as"), t);
        assertSpeaker("Blinken", quoteStarting(qs, t, "war machine"), t);
        assertSpeaker("Blinken", quoteStarting(qs, t, "dangerous, destabilizing actions"), t);

        assertSpeaker("Wang", quoteStarting(qs, t, "open and aboveboard"), t);
        assertSpeaker("Wang", quoteStarting(qs, t, "The US should stop smearing"), t);
        assertSpeaker("Wang", quoteStarting(qs, t, "not a creator of the Ukraine crisis"), t);
        assertSpeaker("Wang", quoteStarting(qs, t, "stop stirring up trouble"), t);
        assertSpeaker("Wang", quoteStarting(qs, t, "Since the US has repeatedly expressed"), t);
    }

    @Test
    void seed002HeadlineAndBody() throws IOException {
        Doc d = load("seed002.txt");
        List<Quotation> title = finder.findInTitle(d.title());
        assertEquals(1, title.size(), () -> title.toString());
        assertEquals("Doesn't Add Up", title.getFirst().content(d.title()));
        assertEquals("'Doesn't Add Up'", title.getFirst().quoted(d.title()));
        assertEquals("Blinken", title.getFirst().speaker());

        String t = d.body();
        List<Quotation> qs = finder.find(t);
        assertSpeaker("Blinken", quoteStarting(qs, t, "When Beijing says that"), t);
        assertSpeaker("Wang", quoteStarting(qs, t, "The United States should stop smearing"), t);
        assertSpeaker("Wang", quoteStarting(qs, t, "Russia and Ukraine are neighbors"), t);
        Quotation zelensky = quoteStarting(qs, t, "alternatives, half-hearted settlement plans");
        assertSpeaker("Zelensky", zelensky, t);
        assertEquals(Quotation.Attribution.PRONOUN, zelensky.attribution());
        // no quotation is made of apostrophes (China's, Beijing's, doesn't)
        for (Quotation q : qs) {
            assertTrue(q.content(t).length() > 3 || q.content(t).chars().allMatch(Character::isLetter),
                    q::toString);
        }
    }
}
