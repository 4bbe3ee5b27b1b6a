package dev.parallax.compare;

import dev.parallax.text.numbers.NumberMention;

/**
 * One quantity as the two articles give it; either side null when only one gives it. {@code agree} says
 * whether the values match (null when one side is missing).
 */
public record NumberMatch(NumberMention a, NumberMention b, Boolean agree) {
}
