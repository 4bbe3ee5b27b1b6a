/**
 * Quantities in news text. {@link dev.parallax.text.numbers.NumberFinder} is the facade; NumberTokenizer
 * cuts a text into NumberTokens (numbers, words, symbols) read through a TokenCursor; the grammars are
 * QuantityGrammar (hedges, units, ranges, years), AmountGrammar (currency, number, scale, percent),
 * DateGrammar (dates and times), CountGrammar (what is counted, "hundreds of", ordinals) and WordNumbers
 * ("twenty-five"); NumberLexicon holds the word lists.
 *
 * <p>Its own tokenizer rather than {@code text.Tokens}: the grammars need every symbol, whether a token is
 * glued to the previous one or follows a line break, and the parsed value of each number.
 */
package dev.parallax.text.numbers;
