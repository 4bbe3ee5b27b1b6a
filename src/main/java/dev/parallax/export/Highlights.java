package dev.parallax.export;

import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The passages to highlight in one article's text, made overlap-safe: every character belongs to at most
 * one passage. Passages are placed in the order given (so matches, placed first, win over unique
 * passages); a later passage keeps only the characters no earlier one took, and may so be clipped or cut
 * in pieces, or vanish. The text is then read back as runs of characters with the same owner.
 */
final class Highlights {
    /** One passage: what the HTML needs to draw it, without any article text. */
    record Mark(String kind, String id, String target, int number, boolean moved) {
    }

    /** A run of text: owned by {@code mark} (null for plain text); {@code first} on a mark's first run. */
    record Run(int start, int end, Mark mark, boolean changed, boolean first) {
    }

    private final int[] owner;
    private final boolean[] changed;
    private final List<Mark> marks = new ArrayList<>();
    private final List<Integer> firstAt = new ArrayList<>();
    private final java.util.Map<String, Integer> byId = new java.util.HashMap<>();

    Highlights(int length) {
        owner = new int[length];
        Arrays.fill(owner, -1);
        changed = new boolean[length];
    }

    /** Places a passage over the characters of {@code span} no earlier passage owns. */
    void place(Mark mark, Span span) {
        int index = marks.size();
        marks.add(mark);
        byId.putIfAbsent(mark.id(), index);
        int first = -1;
        int end = Math.min(span.end(), owner.length);
        for (int i = span.start(); i < end; i++) {
            if (owner[i] < 0) {
                owner[i] = index;
                if (first < 0) {
                    first = i;
                }
            }
        }
        firstAt.add(first);
    }

    /** Flags words inside the most recently placed passage as changed (only where that passage owns them). */
    void flagChanged(List<Span> words) {
        int index = marks.size() - 1;
        for (Span w : words) {
            for (int i = w.start(); i < Math.min(w.end(), owner.length); i++) {
                if (owner[i] == index) {
                    changed[i] = true;
                }
            }
        }
    }

    /** True when the passage kept at least one character, so an anchor to its id will exist. */
    boolean shown(String id) {
        Integer i = byId.get(id);
        return i != null && firstAt.get(i) >= 0;
    }

    /** The runs of [from, to), in order, covering it exactly. */
    List<Run> runs(int from, int to) {
        List<Run> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int o = owner[i];
            boolean c = changed[i];
            int j = i + 1;
            while (j < to && owner[j] == o && changed[j] == c) {
                j++;
            }
            Mark mark = o < 0 ? null : marks.get(o);
            out.add(new Run(i, j, mark, c, o >= 0 && firstAt.get(o) == i));
            i = j;
        }
        return out;
    }

    /** Non-space characters of [from, to) owned by marks of each kind, by kind name. */
    java.util.Map<String, Integer> coverage(String text, int from, int to) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = from; i < Math.min(to, owner.length); i++) {
            if (owner[i] >= 0 && !Character.isWhitespace(text.charAt(i))) {
                out.merge(marks.get(owner[i]).kind(), 1, Integer::sum);
            }
        }
        return out;
    }
}
