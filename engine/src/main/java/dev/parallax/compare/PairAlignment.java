package dev.parallax.compare;

import java.util.List;

/**
 * Two articles of a larger set aligned: {@code x} and {@code y} (x &lt; y) index the set, {@code links}
 * are the accepted unit correspondences (side a is x, side b is y), and {@code comparison} is what the two
 * articles alone would show (its article 0 is x, 1 is y).
 */
public record PairAlignment(int x, int y, List<SentencePair> links, Comparison comparison) {
    public PairAlignment {
        links = List.copyOf(links);
    }
}
