/**
 * Direct quotations and their speakers. {@link dev.parallax.text.quotes.QuoteFinder} is the entry point;
 * QuoteMarks finds the quotations from quote marks; Attributor coordinates the speaker search over
 * NarrativeTokens (words, punctuation, paragraph breaks, one token per quotation), using Names (person-name
 * recognition), Subjects (the subject of a speech verb), Mentions (names in the text, pronoun and title
 * resolution), SpeechCues (said/told/according to), ContextSpeakers (speaker from the neighbouring
 * quotation) and HeadlineSpeakers (headline patterns); Lexicon holds the word lists.
 *
 * <p>The narrative keeps its own thin tokenizer rather than {@code text.Tokens}: it needs punctuation,
 * paragraph breaks, abbreviation-aware sentence numbers and one token standing for a whole quotation,
 * none of which the shared word tokens carry.
 */
package dev.parallax.text.quotes;
