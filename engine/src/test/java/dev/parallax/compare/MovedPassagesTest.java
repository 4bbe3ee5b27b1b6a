package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The n log n search for moved passages marks exactly what the plain n-squared search marked. */
class MovedPassagesTest {
    /** The former implementation, kept here as the reference. */
    private static boolean[] reference(List<Match> inAOrder) {
        int n = inAOrder.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (inAOrder.get(j).b().start() < inAOrder.get(i).b().start() && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] moved = new boolean[n];
        java.util.Arrays.fill(moved, true);
        for (int i = best; i >= 0; i = previous[i]) {
            moved[i] = false;
        }
        return moved;
    }

    @Test
    void sameAsThePlainSearchOnRandomOrders() {
        Random random = new Random(20261204);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = random.nextInt(40);
            int spread = 1 + random.nextInt(60); // small spreads give equal starts in B
            List<Match> matches = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int b = random.nextInt(spread) * 10;
                matches.add(new Match(MatchKind.NEAR, 0.9, new Span(i * 10, i * 10 + 5), new Span(b, b + 5), List.of(), false));
            }
            boolean[] expected = reference(matches);
            List<Match> marked = Passages.markMoved(matches);
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], marked.get(i).moved(), "trial " + trial + ", passage " + i);
            }
        }
    }
}
