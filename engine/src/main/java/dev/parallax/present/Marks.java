package dev.parallax.present;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.UniquePassage;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The marks of one article of a comparison, and the one rule that decides which passage owns each
 * character: passages are placed matches first (in the comparison's order), then the passages only this
 * article tells; a later passage keeps only the characters no earlier one took, so it may be clipped, cut
 * in pieces, or vanish. The window and the exports both draw from this, so they colour every character
 * alike. Inside a near match, the words the word diff changed on this side are flagged too.
 *
 * <p>{@link #all()} lists the marks in reading order (by start); a mark's index there is how the front ends
 * name it.
 */
public final class Marks {
    /** A run of text with one owner: {@code mark} is an index into {@link #all()}, or -1 for plain text. */
    public record Run(int start, int end, int mark, boolean changed, boolean first) {
    }

    private final List<Mark> all;
    private final int[] owner;
    private final boolean[] changed;
    /** For each mark, its first owned character, or -1 when it owns none. */
    private final int[] firstAt;
    private final Map<Integer, Integer> byMatch = new HashMap<>();
    private final Map<Integer, Integer> byUnique = new HashMap<>();

    private Marks(String text, List<Mark> placed, List<List<Span>> changes) {
        owner = new int[text.length()];
        Arrays.fill(owner, -1);
        changed = new boolean[text.length()];
        List<Mark> reading = new ArrayList<>(placed);
        reading.sort(Comparator.comparingInt(m -> m.span().start())); // stable: ties keep the placing order
        all = List.copyOf(reading);
        Map<Mark, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i), i);
            if (all.get(i).isUnique()) {
                byUnique.put(all.get(i).unique(), i);
            } else {
                byMatch.put(all.get(i).match(), i);
            }
        }
        firstAt = new int[all.size()];
        Arrays.fill(firstAt, -1);
        for (int p = 0; p < placed.size(); p++) {
            int mark = index.get(placed.get(p));
            Span span = placed.get(p).span();
            for (int i = span.start(); i < span.end(); i++) {
                if (owner[i] < 0) {
                    owner[i] = mark;
                    if (firstAt[mark] < 0) {
                        firstAt[mark] = i;
                    }
                }
            }
            for (Span w : changes.get(p)) {
                for (int i = w.start(); i < Math.min(w.end(), owner.length); i++) {
                    if (owner[i] == mark) {
                        changed[i] = true;
                    }
                }
            }
        }
    }

    /** The marks of article {@code side} (0 for A, 1 for B) of {@code c}. */
    public static Marks of(Comparison c, int side) {
        String text = c.articles().get(side).article().text();
        List<Mark> placed = new ArrayList<>();
        List<List<Span>> changes = new ArrayList<>();
        for (int i = 0; i < c.matches().size(); i++) {
            Match m = c.matches().get(i);
            Span span = clip(side == 0 ? m.a() : m.b(), text);
            placed.add(new Mark(i, -1, m.kind(), span, m.moved()));
            changes.add(m.kind() == MatchKind.NEAR ? ChangedWords.locate(text, span, m.diff(), side == 0) : List.of());
        }
        for (int i = 0; i < c.unique().size(); i++) {
            UniquePassage u = c.unique().get(i);
            if (u.article() == side) {
                placed.add(new Mark(-1, i, null, clip(u.span(), text), false));
                changes.add(List.of());
            }
        }
        return new Marks(text, placed, changes);
    }

    /** No marks: an article shown alone. */
    public static Marks none(String text) {
        return new Marks(text, List.of(), List.of());
    }

    /** The span cut to the text, so a slightly wrong span never throws while drawing. */
    public static Span clip(Span s, String text) {
        int end = Math.min(s.end(), text.length());
        return new Span(Math.min(s.start(), end), end);
    }

    /** Every mark, in reading order. */
    public List<Mark> all() {
        return all;
    }

    /** The index of the mark owning the character at {@code offset}, or -1. */
    public int ownerAt(int offset) {
        return offset >= 0 && offset < owner.length ? owner[offset] : -1;
    }

    /** The index of the mark of match {@code match} (its index in the comparison), or -1. */
    public int ofMatch(int match) {
        return byMatch.getOrDefault(match, -1);
    }

    /** The index of the mark of one-sided passage {@code unique} (its index in the comparison), or -1. */
    public int ofUnique(int unique) {
        return byUnique.getOrDefault(unique, -1);
    }

    /** True when the mark owns at least one character, so it is drawn (and an anchor to it exists). */
    public boolean shown(int mark) {
        return mark >= 0 && firstAt[mark] >= 0;
    }

    /** The runs of [from, to) with one owner and one changed flag each, in order, covering it exactly. */
    public List<Run> runs(int from, int to) {
        return runs(from, to, true);
    }

    /** The runs of [from, to) with one owner each (changed words not cut out), in order. */
    public List<Run> ownerRuns(int from, int to) {
        return runs(from, to, false);
    }

    private List<Run> runs(int from, int to, boolean byChange) {
        List<Run> out = new ArrayList<>();
        int end = Math.min(to, owner.length);
        int i = Math.max(0, from);
        while (i < end) {
            int o = owner[i];
            boolean c = byChange && changed[i];
            int j = i + 1;
            while (j < end && owner[j] == o && (!byChange || changed[j] == c)) {
                j++;
            }
            out.add(new Run(i, j, o, c, o >= 0 && firstAt[o] == i));
            i = j;
        }
        return out;
    }

    /** Non-space characters of [from, to) owned by marks of each style class (identical ... unique). */
    public Map<String, Integer> coverage(String text, int from, int to) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = Math.max(0, from); i < Math.min(to, owner.length); i++) {
            if (owner[i] >= 0 && !Character.isWhitespace(text.charAt(i))) {
                out.merge(all.get(owner[i]).styleClass(), 1, Integer::sum);
            }
        }
        return out;
    }
}
