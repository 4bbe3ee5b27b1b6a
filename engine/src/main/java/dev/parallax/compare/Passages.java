package dev.parallax.compare;

import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns aligned units into what a reader sees: runs of consecutive pairs within a paragraph merge into
 * one passage, each passage gets its kind and word diff, passages out of order are marked moved, and
 * the units nobody matched become unique passages.
 */
final class Passages {
    private Passages() {
    }

    static List<Match> matches(List<SentencePair> pairs, List<Unit> a, List<Unit> b, String textA, String textB) {
        List<SentencePair> sorted = new ArrayList<>(pairs);
        sorted.sort((x, y) -> Integer.compare(x.aFrom(), y.aFrom()));
        List<List<SentencePair>> runs = new ArrayList<>();
        for (SentencePair p : sorted) {
            List<SentencePair> run = runs.isEmpty() ? null : runs.getLast();
            SentencePair last = run == null ? null : run.getLast();
            boolean continues = last != null && p.aFrom() == last.aTo() + 1 && p.bFrom() == last.bTo() + 1
                    && a.get(p.aFrom()).block() == a.get(last.aTo()).block()
                    && b.get(p.bFrom()).block() == b.get(last.bTo()).block()
                    && !a.get(p.aFrom()).heading() && p.aPart() == null && p.bPart() == null
                    && last.aPart() == null && last.bPart() == null;
            if (continues) {
                run.add(p);
            } else {
                runs.add(new ArrayList<>(List.of(p)));
            }
        }
        List<Match> out = new ArrayList<>();
        for (List<SentencePair> run : runs) {
            SentencePair first = run.getFirst();
            Span sa = first.aPart() != null ? first.aPart() : new Span(a.get(first.aFrom()).profile().span().start(),
                    a.get(run.getLast().aTo()).profile().span().end());
            Span sb = first.bPart() != null ? first.bPart() : new Span(b.get(first.bFrom()).profile().span().start(),
                    b.get(run.getLast().bTo()).profile().span().end());
            out.add(match(sa, sb, textA, textB, weightedProbability(run, a)));
        }
        return markMoved(out);
    }

    private static Match match(Span sa, Span sb, String textA, String textB, double probability) {
        String ta = sa.of(textA);
        String tb = sb.of(textB);
        Closeness closeness = Closeness.of(ta, tb, probability);
        return new Match(closeness.kind(), closeness.score(), sa, sb, WordDiff.of(ta, tb), false,
                closeness.wordsShared(), closeness.confidence());
    }

    private static double weightedProbability(List<SentencePair> run, List<Unit> a) {
        double sum = 0;
        double weight = 0;
        for (SentencePair p : run) {
            double w = a.get(p.aTo()).profile().span().end() - a.get(p.aFrom()).profile().span().start();
            sum += p.probability() * w;
            weight += w;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    /** Passages outside the longest run that keeps the same order in both articles have moved. */
    static List<Match> markMoved(List<Match> inAOrder) {
        // The longest run increasing in B, each passage after the earliest longest predecessor (as the plain
        // n-squared search would pick), found in n log n: a Fenwick tree over the ranks of B's starts keeps,
        // per prefix, the best (length, earliest index) packed into one long.
        int n = inAOrder.size();
        int[] starts = inAOrder.stream().mapToInt(m -> m.b().start()).sorted().distinct().toArray();
        long[] tree = new long[starts.length + 1];
        int[] previous = new int[n];
        int[] length = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            int rank = Arrays.binarySearch(starts, inAOrder.get(i).b().start()) + 1; // 1-based
            long found = 0;
            for (int k = rank - 1; k > 0; k -= k & -k) { // best among strictly smaller starts
                found = Math.max(found, tree[k]);
            }
            length[i] = (int) (found >>> 32) + 1;
            previous[i] = found == 0 ? -1 : Integer.MAX_VALUE - (int) found;
            long key = ((long) length[i] << 32) | (Integer.MAX_VALUE - i);
            for (int k = rank; k < tree.length; k += k & -k) {
                tree[k] = Math.max(tree[k], key);
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] inOrder = new boolean[n];
        for (int i = best; i >= 0; i = previous[i]) {
            inOrder[i] = true;
        }
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Match m = inAOrder.get(i);
            out.add(inOrder[i] ? m : m.withMoved(true));
        }
        return out;
    }

    /**
     * Units of one article covered by no pair, consecutive ones within a block merged; and what is left
     * of a sentence that matched with only part of itself.
     */
    static List<UniquePassage> unique(int article, List<Unit> units, List<SentencePair> pairs, boolean sideA,
                                      String text) {
        boolean[] covered = new boolean[units.size()];
        List<UniquePassage> remainders = new ArrayList<>();
        for (SentencePair p : pairs) {
            int from = sideA ? p.aFrom() : p.bFrom();
            int to = sideA ? p.aTo() : p.bTo();
            Arrays.fill(covered, from, to + 1, true);
            Span part = sideA ? p.aPart() : p.bPart();
            if (part != null) {
                Span whole = units.get(from).profile().span();
                remainder(text, whole.start(), part.start()).ifPresent(s -> remainders.add(new UniquePassage(article, s)));
                remainder(text, part.end(), whole.end()).ifPresent(s -> remainders.add(new UniquePassage(article, s)));
            }
        }
        List<UniquePassage> out = new ArrayList<>();
        Unit runStart = null;
        Unit runEnd = null;
        for (Unit u : units) {
            boolean extend = runStart != null && !covered[u.ordinal()] && u.block() == runEnd.block() && !u.heading();
            if (extend) {
                runEnd = u;
                continue;
            }
            if (runStart != null) {
                out.add(new UniquePassage(article, new Span(runStart.profile().span().start(), runEnd.profile().span().end())));
                runStart = null;
            }
            if (!covered[u.ordinal()]) {
                runStart = u;
                runEnd = u;
            }
        }
        if (runStart != null) {
            out.add(new UniquePassage(article, new Span(runStart.profile().span().start(), runEnd.profile().span().end())));
        }
        out.addAll(remainders);
        out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        return out;
    }

    /** The part of a sentence outside its matched clauses, if it has words worth listing. */
    private static java.util.Optional<Span> remainder(String text, int start, int end) {
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && ".!?”\"’'".indexOf(text.charAt(end - 1)) < 0) {
            end--;
        }
        String s = text.substring(start, end);
        return s.split("\\s+").length >= 3 ? java.util.Optional.of(new Span(start, end)) : java.util.Optional.empty();
    }

    /** Share of the text's non-space characters inside the given spans. */
    static double shared(String text, List<Span> spans) {
        boolean[] in = new boolean[text.length()];
        for (Span s : spans) {
            Arrays.fill(in, s.start(), s.end(), true);
        }
        int total = 0;
        int covered = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                total++;
                covered += in[i] ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) covered / total;
    }
}
