package dev.parallax.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Quote marks, apostrophes, nesting, paragraphs, attribution patterns and hostile input. */
class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> contents(String text) {
        return finder.find(text).stream().map(q -> q.content(text)).toList();
    }

    private Quotation only(String text) {
        List<Quotation> qs = finder.find(text).stream().filter(q -> q.depth() == 0).toList();
        assertEquals(1, qs.size(), () -> qs.toString());
        return qs.getFirst();
    }

    @Test
    void emptyAndNull() {
        assertEquals(List.of(), finder.find(""));
        assertEquals(List.of(), finder.find(null));
        assertEquals(List.of(), finder.findInTitle(""));
        assertEquals(List.of(), finder.findInTitle(null));
        assertEquals(List.of(), finder.find("No quotations here. None at all."));
    }

    @Test
    void onlyQuoteMarks() {
        for (String s : List.of("\"", "\"\"", "\"\"\"\"\"", "“”“”", "''''", "‘’‘", "«»«", "„“", "\n\n\"\n\n\"")) {
            assertEquals(List.of(), finder.find(s), s);
        }
    }

    @Test
    void straightCurlyGuillemetsAndLowNine() {
        assertEquals(List.of("plain"), contents("He said \"plain\" today."));
        assertEquals(List.of("curly words"), contents("He said “curly words” today."));
        assertEquals(List.of("le texte"), contents("Il a dit « le texte » hier."));
        assertEquals(List.of("Wir schaffen das"), contents("Sie sagte: „Wir schaffen das“, und ging."));
        assertEquals(List.of("Wir schaffen das"), contents("Sie sagte: »Wir schaffen das«, und ging."));
    }

    @Test
    void unbalancedQuoteEndsAtParagraphEnd() {
        String text = "Smith said: “This never closes.\n\nA new paragraph without marks.";
        Quotation q = only(text);
        assertEquals("This never closes.", q.content(text));
        assertFalse(q.closed());
        assertEquals("Smith", q.speaker());
        // a stray closing mark makes nothing
        assertEquals(List.of(), finder.find("Nothing opened here” at all."));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), finder.find("China's talk doesn't add up, and the workers' union isn't sure."));
        assertEquals(List.of(), finder.find("Rock ’n’ roll in the ’90s wasn’t what Americans’ parents liked."));
        assertEquals(List.of("Doesn't Add Up"),
                contents("Blinken Says China's Talk of Ukraine Peace 'Doesn't Add Up'"));
        assertEquals(List.of("war machine"), contents("She called it a ‘war machine’, didn’t she?"));
    }

    @Test
    void headlineSpeakers() {
        String t = "Blinken Says China's Talk of Ukraine Peace 'Doesn't Add Up'";
        Quotation q = finder.findInTitle(t).getFirst();
        assertEquals("Blinken", q.speaker());
        String t2 = "Trump: 'We Will Build the Wall'";
        assertEquals("Trump", finder.findInTitle(t2).getFirst().speaker());
        String t3 = "Markets Brace for a 'Lost Decade'";
        assertNull(finder.findInTitle(t3).getFirst().speaker());
    }

    @Test
    void nestedQuotations() {
        String text = "“He told me ‘never again’ and left,” Jones said.";
        List<Quotation> qs = finder.find(text);
        assertEquals(2, qs.size());
        assertEquals("He told me ‘never again’ and left,", qs.get(0).content(text));
        assertEquals(0, qs.get(0).depth());
        assertEquals("never again", qs.get(1).content(text));
        assertEquals(1, qs.get(1).depth());
        assertEquals("Jones", qs.get(1).speaker());
        assertEquals(Quotation.Attribution.ENCLOSING, qs.get(1).attribution());

        String straight = "\"By waffling on a deal she once called a \"gold standard,\" she shows why,\" Short said.";
        List<Quotation> s2 = finder.find(straight);
        assertEquals("gold standard,", s2.get(1).content(straight));
        assertTrue(s2.getFirst().content(straight).endsWith("shows why,"));
        assertEquals("Short", s2.getFirst().speaker());
    }

    @Test
    void multiParagraphQuotation() {
        String text = "Jones said: “The first paragraph ends open.\n\n“The second one closes.”\n\nNarrative resumes.";
        Quotation q = only(text);
        assertEquals(2, q.parts().size());
        assertEquals("The first paragraph ends open.\n\nThe second one closes.", q.content(text));
        assertTrue(q.closed());
        assertEquals("Jones", q.speaker());
        assertTrue(text.substring(q.start(), q.end()).endsWith("closes.”"));
    }

    @Test
    void attributionPatterns() {
        String after = "“We will not back down,” Blinken told a news conference.";
        assertEquals("Blinken", only(after).speaker());

        String inverted = "\"It is over,\" said Sen. John Smith, R-Ky.";
        assertEquals("John Smith", only(inverted).speaker());

        String appositive = "“No comment,” Adam L. Braverman, the United States attorney for the district, said.";
        assertEquals("Adam L. Braverman", only(appositive).speaker());

        String before = "Wang told reporters: “The US should stop smearing China.”";
        assertEquals("Wang", only(before).speaker());

        String scare = "Blinken said that China is fueling the “war machine” of Russian President Vladimir Putin.";
        assertEquals("Blinken", only(scare).speaker());

        String according = "“Talks will go on,” according to Maria Lopez.";
        assertEquals("Maria Lopez", only(according).speaker());

        String org = "“We deny it,” China's foreign ministry said in a statement.";
        assertEquals("China's foreign ministry", only(org).speaker());

        String none = "The “comprehensive and lasting settlement” remains far away.";
        assertNull(only(none).speaker());
        assertEquals(-1, only(none).speakerStart());
    }

    @Test
    void splitQuoteAndPronouns() {
        String text = "Antony Blinken met Wang Yi on Friday.\n\n"
                + "“This is the first half,” Blinken said, “and this the second.”\n\n"
                + "“Our intent is not to decouple,” he said.";
        List<Quotation> qs = finder.find(text);
        assertEquals(3, qs.size());
        for (Quotation q : qs) {
            assertEquals("Antony Blinken", q.speaker(), q.content(text));
        }
        assertEquals(Quotation.Attribution.PRONOUN, qs.get(2).attribution());
        assertEquals("Blinken", text.substring(qs.get(2).speakerStart(), qs.get(2).speakerEnd()));
    }

    @Test
    void followingQuoteInParagraphInheritsSpeaker() {
        String text = "“I thought her comments were disgraceful,” Mr. Trump said. “She dishonored herself.”";
        List<Quotation> qs = finder.find(text);
        assertEquals(2, qs.size());
        assertEquals("Trump", qs.get(1).speaker());
        assertEquals(Quotation.Attribution.CONTEXT, qs.get(1).attribution());
    }

    @Test
    void megabyteTextIsLinear() {
        StringBuilder sb = new StringBuilder();
        String para = "“We will not back down,” Blinken told reporters, adding that China's “war machine” "
                + "doesn't add up. \"Unbalanced ' quote ‘ marks « and „ everywhere\n\n";
        while (sb.length() < 1_000_000) {
            sb.append(para);
        }
        String big = sb.toString();
        StringBuilder one = new StringBuilder();
        while (one.length() < 1_000_000) {
            one.append("\"a ' b “ c ‘ d « ");
        }
        String noBreaks = one.toString();
        // one paragraph of 125,000 tiny quotations: every per-quotation step must stay local
        String manyQuotes = "\" a ".repeat(250_000);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            List<Quotation> qs = finder.find(big);
            assertTrue(qs.size() > 10_000);
            finder.find(noBreaks);
            finder.findInTitle(noBreaks);
            assertTrue(finder.find(manyQuotes).size() > 100_000);
            assertTrue(finder.findInTitle(manyQuotes).size() > 100_000);
        });
    }

    @Test
    void randomInputNeverBreaks() {
        Random r = new Random(7);
        String alphabet = "ab C D.\"'‘’“”«»„ ,:!?\n\n-—()";
        for (int i = 0; i < 3000; i++) {
            int len = r.nextInt(120);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            for (Quotation q : finder.find(s)) {
                assertValid(s, q);
            }
            for (Quotation q : finder.findInTitle(s)) {
                assertValid(s.replace('\n', ' '), q);
            }
        }
    }

    private static void assertValid(String s, Quotation q) {
        assertTrue(0 <= q.start() && q.start() < q.contentStart() && q.contentStart() < q.contentEnd()
                && q.contentEnd() <= q.end() && q.end() <= s.length(), q::toString);
        if (q.speaker() != null) {
            assertTrue(0 <= q.speakerStart() && q.speakerStart() < q.speakerEnd() && q.speakerEnd() <= s.length());
        }
        q.content(s);
    }
}
