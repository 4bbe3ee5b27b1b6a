package dev.parallax.text.numbers;

import dev.parallax.text.Span;

/**
 * A quantity stated in a text: "about 70%", "70 percent of machine tools", "17 countries", "$2.5 billion",
 * "November 5".
 *
 * @param span        the whole mention in the text, hedge and unit included
 * @param value       the number as a value (70 for "70%", 2.5e9 for "$2.5 billion", 5 for "November 5")
 * @param unit        what the number is measured in, normalised: "percent", "usd", "date", "year", ... or null
 * @param counts      what is counted or measured, as written ("machine tools", "countries"), or null
 * @param approximate true when hedged ("about", "nearly", "more than", "some")
 */
public record NumberMention(Span span, double value, String unit, String counts, boolean approximate) {
}
