package dev.parallax.compare;

import dev.parallax.text.Span;

/**
 * An accepted correspondence between a run of units in A [aFrom, aTo] and a run in B [bFrom, bTo]
 * (inclusive ordinals; usually one unit each, two when one sentence tells what two shorter ones do).
 * {@code aPart}/{@code bPart} narrow a side to the clauses of a single unit that carry the shared
 * content; null means the whole run.
 */
public record SentencePair(int aFrom, int aTo, int bFrom, int bTo, double probability, Span aPart, Span bPart) {
    SentencePair(int aFrom, int aTo, int bFrom, int bTo, double probability) {
        this(aFrom, aTo, bFrom, bTo, probability, null, null);
    }

    SentencePair withA(int from, int to, double p) {
        return new SentencePair(from, to, bFrom, bTo, p, null, null);
    }

    SentencePair withB(int from, int to, double p) {
        return new SentencePair(aFrom, aTo, from, to, p, null, null);
    }
}
