package dev.parallax.text.quotes;

/** A speech cue: the subject who speaks and the token of the verb (or of "according"). */
record Cue(Subject subject, int verb) {
}
