package dev.parallax.text.numbers;

import dev.parallax.text.Span;

/**
 * A quantity stated in a text: "about 70%", "70 percent of machine tools", "17 countries", "$2.5 billion",
 * "November 5".
 *
 * <p>The span covers the hedge, the number and its unit ("about 70%", "$2.5 billion", "Nov. 5, 2024"); the
 * words naming what is counted ({@code counts}) follow the span and are not part of it.
 *
 * @param span        the whole mention in the text, hedge and unit included
 * @param value       the number as a value (70 for "70%", 2.5e9 for "$2.5 billion", 5 for "November 5"); for a
 *                    range the low end; for a month-and-year date ("November 2023") the year
 * @param unit        what the number is measured in, normalised: "percent", "usd", "date", "year", ... or null
 * @param counts      what is counted or measured, as written ("machine tools", "countries"), or null
 * @param approximate true when hedged ("about", "nearly", "more than", "some")
 * @param high        the high end of a range ("10 to 12" gives value 10, high 12); equal to {@code value} for
 *                    a single number
 * @param date        for unit "date", the date in ISO 8601 form with what the text leaves out left out:
 *                    "2024-11-05", "--11-05" (no year), "2023-11" (no day); null otherwise
 */
public record NumberMention(Span span, double value, String unit, String counts, boolean approximate,
                            double high, String date) {

    /** A single number (not a range, not a date). */
    public NumberMention(Span span, double value, String unit, String counts, boolean approximate) {
        this(span, value, unit, counts, approximate, value, null);
    }

    /** True when the mention gives a range ("10 to 12", "between 5 and 7 percent"). */
    public boolean isRange() {
        return high != value;
    }
}
