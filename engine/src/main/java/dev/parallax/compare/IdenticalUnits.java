package dev.parallax.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Units told word for word, once in each article: their pair is certain without a candidate search. Two long
 * versions of one text share most of their sentences verbatim, and searching the index for each of them was
 * most of the cost of comparing them; a text found twice on either side (a repeated line) is left to the
 * search, where its neighbours decide.
 */
final class IdenticalUnits {
    private IdenticalUnits() {
    }

    /** For each unit of {@code a} with a unique verbatim twin in {@code b}, the twin's ordinal; -1 for the others. */
    static int[] twins(List<Unit> a, List<Unit> b) {
        Map<String, Integer> inB = uniqueTexts(b);
        Map<String, Integer> inA = uniqueTexts(a);
        int[] twin = new int[a.size()];
        java.util.Arrays.fill(twin, -1);
        for (Unit u : a) {
            String text = u.profile().text();
            Integer j = inB.get(text);
            if (j != null && j >= 0 && inA.getOrDefault(text, -1) >= 0 && u.heading() == b.get(j).heading()) {
                twin[u.ordinal()] = j;
            }
        }
        return twin;
    }

    /** Each text's unit ordinal, or -1 when the text occurs more than once. */
    private static Map<String, Integer> uniqueTexts(List<Unit> units) {
        Map<String, Integer> out = new HashMap<>(units.size() * 2);
        for (Unit u : units) {
            out.merge(u.profile().text(), u.ordinal(), (x, y) -> -1);
        }
        return out;
    }
}
