package dev.parallax.compare;

import java.util.Set;

/** Set overlap measures shared by the similarity features and the quote and number pairing. */
final class Overlap {
    private Overlap() {
    }

    static int intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }

    /** |a ∩ b| / min(|a|, |b|): 1 when one set lies inside the other; 0 when either is empty. */
    static double coefficient(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() ? 0 : (double) intersection(a, b) / Math.min(a.size(), b.size());
    }
}
