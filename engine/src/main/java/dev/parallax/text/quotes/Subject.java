package dev.parallax.text.quotes;

/**
 * The subject found for a speech verb: tokens [from, to) of the narrative.
 *
 * @param kind how the subject names its speaker
 */
record Subject(int from, int to, Kind kind) {
    /** A name ("Jane Smith"), a description ("the top US diplomat"), or a pronoun ("he", "they"). */
    enum Kind { NAME, NOUN_PHRASE, PRONOUN }
}
