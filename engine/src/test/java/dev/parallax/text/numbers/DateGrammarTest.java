package dev.parallax.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Dates and times, called directly on the tokens. */
class DateGrammarTest {

    /** The date grammar after the amount that starts at token i. */
    private static Found afterNumber(String text, int i) {
        TokenCursor in = new TokenCursor(text);
        Amount a = new AmountGrammar(in).amount(i, false);
        return new DateGrammar(in).afterPlainNumber(a, a.end());
    }

    @Test
    void monthFirstDatesWithAndWithoutYear() {
        TokenCursor in = new TokenCursor("Voters go to the polls on November 5, 2024, officials said.");
        Found f = new DateGrammar(in).monthFirstDate(6);
        assertEquals("2024-11-05", f.date());
        assertEquals(5, f.value());
        assertEquals(10, f.end(), "November 5 , 2024");

        TokenCursor noYear = new TokenCursor("The summit opens Nov. 12 in Geneva.");
        assertEquals("--11-12", new DateGrammar(noYear).monthFirstDate(3).date());

        TokenCursor monthYear = new TokenCursor("Inflation peaked in October 2022.");
        assertEquals("2022-10", new DateGrammar(monthYear).monthFirstDate(3).date());
    }

    @Test
    void lowerCaseMayIsAVerbNotAMonth() {
        TokenCursor in = new TokenCursor("Prices may 5 times rise");
        assertNull(new DateGrammar(in).monthFirstDate(1));
    }

    @Test
    void dayFirstAndIsoDates() {
        Found dayFirst = afterNumber("The ceasefire began on 5 March 2023 at dawn.", 4);
        assertEquals("2023-03-05", dayFirst.date());
        assertEquals("date", dayFirst.unit());

        Found iso = afterNumber("Filed 2024-02-29 in Brussels.", 1);
        assertEquals("2024-02-29", iso.date());
        assertEquals(6, iso.end());

        assertNull(afterNumber("Filed 2024-13-01 in Brussels.", 1), "month 13 is no date");
    }

    @Test
    void timesWithMeridiem() {
        Found evening = afterNumber("The vote closes at 10:30 p.m. local time.", 4);
        assertEquals("time", evening.unit());
        assertEquals(22.5, evening.value());

        Found five = afterNumber("Markets closed at 5pm on Friday.", 3);
        assertEquals(17.0, five.value());

        assertEquals(0.0, new DateGrammar(new TokenCursor("x")).time(0, 1, 12, 0, "am").value(), "12 am is midnight");
    }
}
