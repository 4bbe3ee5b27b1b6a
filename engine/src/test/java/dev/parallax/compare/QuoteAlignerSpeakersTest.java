package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.text.quotes.QuoteFinder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two reports naming one speaker differently show one name for that speaker in every row. */
class QuoteAlignerSpeakersTest {
    @Test
    void oneNamePerPersonAcrossTwoReports() {
        String a = "Marta Kowal spoke on Monday. \"The bridge will open in May,\" Marta Kowal said. "
                + "\"We are on budget,\" Kowal added.";
        String b = "\"The bridge will open in May,\" said Marta J. Kowal, the city engineer. "
                + "\"Nobody was hurt,\" Ms. Kowal said.";
        QuoteFinder f = new QuoteFinder();
        List<QuoteMatch> rows = QuoteAligner.align(a, f.find(a), b, f.find(b));
        assertEquals(3, rows.size(), rows::toString);
        for (QuoteMatch m : rows) {
            assertEquals("Marta J. Kowal", m.speaker(), rows::toString);
        }
    }
}
