package dev.parallax.text.numbers;

/**
 * A number with its currency and scale: "$2.5 billion", "seventeen", "2,5 Milliarden"; tokens [first, end).
 *
 * @param number the digits token, null for a number in words
 * @param words  the number is written in words
 */
record Amount(int first, int end, double value, String currency, boolean scaled, NumberToken number,
              boolean words) {
}
