package dev.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.parallax.text.Span;

/**
 * Aligns the units of two articles. Candidates come from BM25; each is scored by the paraphrase model;
 * the best pairs are accepted one-to-one, in order of probability. Then two refinements that similarity
 * alone misses: a sentence that tells what two adjacent shorter ones do takes both, and a pair just
 * under the threshold is accepted when its neighbours on both sides are aligned to each other (context
 * disambiguates "the two countries" against a sentence that names them). Last, a sentence still free whose
 * subject refers back is read with the names of the sentence before it ({@link References}).
 */
final class PairAligner {
    private static final int CANDIDATES = 8;
    /** One article this many times longer than the other (and longer than {@link #WIDE} units) is lopsided. */
    private static final int LOPSIDED = 20;
    private static final int WIDE = 64;
    /** How much a joined pair must gain over the single one to take the second sentence. */
    private static final double JOIN_GAIN = 0.04;
    /** How far under the threshold a pair may score and still be accepted between aligned neighbours. */
    private static final double CONTEXT_SLACK = 0.25;
    /** A sentence this many times longer than its candidate may match it with part of itself. */
    private static final double PART_RATIO = 1.6;
    /** Whole-sentence probability under which no part is tried (unrelated sentences). */
    private static final double PART_FLOOR = 0.01;
    private static final double PART_MARGIN = 0.05;
    /** How many of a sentence's clause windows, best by wording, get the full (embedding) score. */
    private static final int PART_WINDOWS = 2;
    /** Share of the short sentence's stems the long one must contain before its parts are tried. */
    private static final double PART_CONTAINED = 0.4;
    /** Mutual favourites need at least this probability and this lead over each side's runner-up. */
    private static final double MUTUAL_FLOOR = 0.25;
    private static final double MUTUAL_MARGIN = 0.05;

    private final Scorer scorer;

    PairAligner(Scorer scorer) {
        this.scorer = scorer;
    }

    List<SentencePair> align(List<Unit> a, List<Unit> b, CandidateIndex index, String textA, String textB) {
        // Only candidates at or over PART_FLOOR are kept (and their scores cached): no step below can use
        // one under it (the first pass, parts and mutual favourites all need more), and a long article has
        // millions of unrelated candidates.
        Map<Long, Double> scored = new HashMap<>();
        List<int[]> asked = candidatePairs(a, b, index);
        prefetchVectors(a, b, asked);
        List<SentencePair> candidates = new ArrayList<>();
        for (int[] ij : asked) {
            double p = score(scored, a.get(ij[0]), b.get(ij[1]));
            if (p >= PART_FLOOR) {
                candidates.add(new SentencePair(ij[0], ij[0], ij[1], ij[1], p));
            }
        }
        candidates.sort(Comparator.comparingDouble(SentencePair::probability).reversed());

        SentencePair[] byA = new SentencePair[a.size()];
        SentencePair[] byB = new SentencePair[b.size()];
        for (SentencePair c : candidates) {
            if (c.probability() < scorer.threshold()) {
                break;
            }
            if (byA[c.aFrom()] == null && byB[c.bFrom()] == null && a.get(c.aFrom()).heading() == b.get(c.bFrom()).heading()) {
                byA[c.aFrom()] = c;
                byB[c.bFrom()] = c;
            }
        }
        joinNeighbours(a, b, byA, byB, textA, textB);
        matchParts(a, b, byA, byB, candidates, textA, textB);
        rescueByContext(a, b, byA, byB, scored);
        acceptMutualBest(byA, byB, candidates);
        // last, on what every other rule left free on both sides: a reading with borrowed names never takes a
        // counterpart from a pair the sentences' own words make
        resolveReferences(a, b, byA, byB, index, scored, true);
        resolveReferences(b, a, byB, byA, index, scored, false);

        // A pair covering two units of A sits in both slots: keep it once (a set, not a list scan per pair)
        java.util.Set<SentencePair> out = new java.util.LinkedHashSet<>();
        for (SentencePair p : byA) {
            if (p != null) {
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The (unit of A, unit of B) pairs worth scoring, in a fixed order: each unit's best BM25 candidates in the
     * other article, from A's side and then from B's (the other direction finds candidates BM25 ranks low
     * from A's side). A unit with a unique verbatim twin takes the twin and asks nothing. When one article
     * is many times longer than the other, only the short one asks, with the full number of candidates:
     * the long one's questions would cost a search per unit to find what the short side's find anyway.
     */
    private static List<int[]> candidatePairs(List<Unit> a, List<Unit> b, CandidateIndex index) {
        int[] twinOfA = IdenticalUnits.twins(a, b);
        boolean[] twinnedB = new boolean[b.size()];
        for (int j : twinOfA) {
            if (j >= 0) {
                twinnedB[j] = true;
            }
        }
        boolean aAsks = !(a.size() >= LOPSIDED * b.size() && a.size() > WIDE);
        boolean bAsks = !(b.size() >= LOPSIDED * a.size() && b.size() > WIDE);
        List<Unit> askingA = aAsks ? a.stream().filter(u -> twinOfA[u.ordinal()] < 0).toList() : List.of();
        List<Unit> askingB = bAsks ? b.stream().filter(v -> !twinnedB[v.ordinal()]).toList() : List.of();
        List<List<Integer>> fromA = index.candidatesOfEach(askingA, b.getFirst().article(), CANDIDATES);
        List<List<Integer>> fromB = index.candidatesOfEach(askingB, a.getFirst().article(),
                aAsks ? CANDIDATES / 2 : CANDIDATES);
        List<int[]> out = new ArrayList<>();
        int asked = 0;
        for (Unit u : a) {
            if (twinOfA[u.ordinal()] >= 0) {
                out.add(new int[] {u.ordinal(), twinOfA[u.ordinal()]});
            } else if (aAsks) {
                fromA.get(asked++).forEach(j -> out.add(new int[] {u.ordinal(), j}));
            }
        }
        for (int k = 0; k < askingB.size(); k++) {
            int j = askingB.get(k).ordinal();
            fromB.get(k).forEach(i -> out.add(new int[] {i, j}));
        }
        return out;
    }

    /**
     * The wording details and vectors of the units that have a candidate, each in one parallel batch: never
     * those of the whole text.
     */
    private void prefetchVectors(List<Unit> a, List<Unit> b, List<int[]> pairs) {
        java.util.BitSet inA = new java.util.BitSet(a.size());
        java.util.BitSet inB = new java.util.BitSet(b.size());
        for (int[] ij : pairs) {
            inA.set(ij[0]);
            inB.set(ij[1]);
        }
        List<SentenceProfile> profiles = new ArrayList<>();
        inA.stream().forEach(i -> profiles.add(a.get(i).profile()));
        inB.stream().forEach(j -> profiles.add(b.get(j).profile()));
        SentenceProfile.prepare(profiles);
        scorer.prefetch(profiles.stream().map(SentenceProfile::text).toList());
    }

    private double score(Map<Long, Double> cache, Unit x, Unit y) {
        long key = ((long) x.ordinal() << 32) | y.ordinal();
        Double known = cache.get(key);
        if (known != null) {
            return known;
        }
        double p = scorer.probability(x.profile(), y.profile());
        if (p >= PART_FLOOR) {
            cache.put(key, p);
        }
        return p;
    }

    /** One sentence against two adjacent ones of the other article, when the two together say it better. */
    private void joinNeighbours(List<Unit> a, List<Unit> b, SentencePair[] byA, SentencePair[] byB,
                                String textA, String textB) {
        for (int i = 0; i < byA.length; i++) {
            SentencePair p = byA[i];
            if (p == null || p.aFrom() != p.aTo() || p.bFrom() != p.bTo()) {
                continue;
            }
            for (int j : new int[] {p.bFrom() - 1, p.bFrom() + 1}) {
                if (j < 0 || j >= b.size() || byB[j] != null || b.get(j).block() != b.get(p.bFrom()).block()) {
                    continue;
                }
                SentenceProfile joined = j < p.bFrom()
                        ? b.get(j).profile().join(b.get(p.bFrom()).profile(), textB)
                        : b.get(p.bFrom()).profile().join(b.get(j).profile(), textB);
                double q = scorer.probability(a.get(i).profile(), joined);
                if (q >= p.probability() + JOIN_GAIN) {
                    SentencePair wider = p.withB(Math.min(j, p.bFrom()), Math.max(j, p.bFrom()), q);
                    byA[i] = wider;
                    byB[p.bFrom()] = wider;
                    byB[j] = wider;
                    break;
                }
            }
        }
        for (int j = 0; j < byB.length; j++) {
            SentencePair p = byB[j];
            if (p == null || p.aFrom() != p.aTo() || p.bFrom() != p.bTo()) {
                continue;
            }
            for (int i : new int[] {p.aFrom() - 1, p.aFrom() + 1}) {
                if (i < 0 || i >= a.size() || byA[i] != null || a.get(i).block() != a.get(p.aFrom()).block()) {
                    continue;
                }
                SentenceProfile joined = i < p.aFrom()
                        ? a.get(i).profile().join(a.get(p.aFrom()).profile(), textA)
                        : a.get(p.aFrom()).profile().join(a.get(i).profile(), textA);
                double q = scorer.probability(joined, b.get(j).profile());
                if (q >= p.probability() + JOIN_GAIN) {
                    SentencePair wider = p.withA(Math.min(i, p.aFrom()), Math.max(i, p.aFrom()), q);
                    byB[j] = wider;
                    byA[p.aFrom()] = wider;
                    byA[i] = wider;
                    break;
                }
            }
        }
    }

    /**
     * For candidates left unmatched where one sentence is much longer than the other: match the short
     * one against the best run of the long one's clauses. Fragments score lower than whole sentences,
     * so the bar is a little higher.
     */
    private void matchParts(List<Unit> a, List<Unit> b, SentencePair[] byA, SentencePair[] byB,
                            List<SentencePair> candidates, String textA, String textB) {
        record Trial(SentencePair candidate, boolean aLonger, SentenceProfile shorter, List<SentenceProfile> windows) {
        }
        List<Trial> trials = new ArrayList<>();
        List<String> toEmbed = new ArrayList<>();
        for (SentencePair c : candidates) {
            int i = c.aFrom();
            int j = c.bFrom();
            if (byA[i] != null || byB[j] != null || c.probability() < PART_FLOOR
                    || a.get(i).heading() || b.get(j).heading()) {
                continue;
            }
            SentenceProfile pa = a.get(i).profile();
            SentenceProfile pb = b.get(j).profile();
            boolean aLonger = pa.words().size() >= PART_RATIO * pb.words().size();
            boolean bLonger = pb.words().size() >= PART_RATIO * pa.words().size();
            if (!aLonger && !bLonger) {
                continue;
            }
            SentenceProfile shorter = aLonger ? pb : pa;
            SentenceProfile longer = aLonger ? pa : pb;
            if (shorter.stemIds().size() == 0
                    || (double) shorter.stemIds().intersection(longer.stemIds()) / shorter.stemIds().size() < PART_CONTAINED) {
                continue; // the long sentence does not hold most of the short one's words: no part will
            }
            // Rank the windows by wording (cheap); only the best few get the full score.
            String longText = aLonger ? textA : textB;
            List<SentenceProfile> windows = new ArrayList<>();
            for (Span part : Clauses.windows(longText, longer.span())) {
                windows.add(SentenceProfile.of(part, part.of(longText)));
            }
            windows.sort(Comparator.comparingDouble((SentenceProfile w) -> -scorer.lexicalProbability(w, shorter)));
            List<SentenceProfile> best = windows.subList(0, Math.min(PART_WINDOWS, windows.size()));
            best.forEach(w -> toEmbed.add(w.text()));
            trials.add(new Trial(c, aLonger, shorter, best));
        }
        scorer.prefetch(toEmbed);
        for (Trial t : trials) {
            int i = t.candidate().aFrom();
            int j = t.candidate().bFrom();
            if (byA[i] != null || byB[j] != null) {
                continue;
            }
            double best = 0;
            Span bestPart = null;
            for (SentenceProfile w : t.windows()) {
                double p = t.aLonger() ? scorer.probability(w, t.shorter()) : scorer.probability(t.shorter(), w);
                if (p > best) {
                    best = p;
                    bestPart = w.span();
                }
            }
            if (bestPart != null && best >= scorer.threshold() + PART_MARGIN) {
                SentencePair partial = new SentencePair(i, i, j, j, best, t.aLonger() ? bestPart : null,
                        t.aLonger() ? null : bestPart);
                byA[i] = partial;
                byB[j] = partial;
            }
        }
    }

    /**
     * A pair under the threshold is still accepted when each sentence is the other's clear favourite:
     * the best candidate on both sides, by a margin over the runner-up. Cross-outlet rewrites score
     * lower than the pre-selected pairs the model was fitted on; being each other's unique best
     * counterpart in the whole other article is evidence the model never saw.
     */
    private void acceptMutualBest(SentencePair[] byA, SentencePair[] byB, List<SentencePair> candidates) {
        double[][] best = new double[2][];
        best[0] = new double[byA.length];
        best[1] = new double[byB.length];
        double[][] second = {new double[byA.length], new double[byB.length]};
        int[] favouriteOfA = new int[byA.length];
        int[] favouriteOfB = new int[byB.length];
        java.util.Arrays.fill(favouriteOfA, -1);
        java.util.Arrays.fill(favouriteOfB, -1);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (SentencePair c : candidates) {
            if (c.aPart() != null || c.bPart() != null || !seen.add(((long) c.aFrom() << 32) | c.bFrom())) {
                continue;
            }
            double p = c.probability();
            if (p > best[0][c.aFrom()]) {
                second[0][c.aFrom()] = best[0][c.aFrom()];
                best[0][c.aFrom()] = p;
                favouriteOfA[c.aFrom()] = c.bFrom();
            } else if (p > second[0][c.aFrom()]) {
                second[0][c.aFrom()] = p;
            }
            if (p > best[1][c.bFrom()]) {
                second[1][c.bFrom()] = best[1][c.bFrom()];
                best[1][c.bFrom()] = p;
                favouriteOfB[c.bFrom()] = c.aFrom();
            } else if (p > second[1][c.bFrom()]) {
                second[1][c.bFrom()] = p;
            }
        }
        for (int i = 0; i < byA.length; i++) {
            int j = favouriteOfA[i];
            if (byA[i] != null || j < 0 || byB[j] != null || favouriteOfB[j] != i) {
                continue;
            }
            double p = best[0][i];
            if (p >= MUTUAL_FLOOR && p - second[0][i] >= MUTUAL_MARGIN && p - second[1][j] >= MUTUAL_MARGIN) {
                SentencePair pair = new SentencePair(i, i, j, j, p);
                byA[i] = pair;
                byB[j] = pair;
            }
        }
    }
    /**
     * A sentence left unmatched whose subject refers back ("The two countries kept up the drive") is read with
     * the names of the sentence before it, and matched when that reading clears the threshold against a free
     * counterpart (its own candidates, found with the names) and scores above the plain sentence: the names
     * must be what made the match.
     *
     * @param own     the article whose referring sentences ask; {@code other} the one they are matched in
     * @param ownIsA  whether {@code own} is article A (the order the scorer and the pairs take)
     */
    private void resolveReferences(List<Unit> own, List<Unit> other, SentencePair[] byOwn, SentencePair[] byOther,
                                   CandidateIndex index, Map<Long, Double> scored, boolean ownIsA) {
        List<Unit> asking = new ArrayList<>();
        List<SentenceProfile> readings = new ArrayList<>();
        for (Unit u : own) {
            if (byOwn[u.ordinal()] != null || u.heading() || u.ordinal() == 0 || own.get(u.ordinal() - 1).heading()) {
                continue;
            }
            SentenceProfile reading = References.resolved(u.profile(), own.get(u.ordinal() - 1).profile());
            if (reading != null) {
                asking.add(new Unit(u.article(), u.ordinal(), u.block(), false, reading));
                readings.add(reading);
            }
        }
        if (asking.isEmpty()) {
            return;
        }
        List<List<Integer>> found = index.candidatesOfEach(asking, other.getFirst().article(), CANDIDATES);
        scorer.prefetch(readings.stream().map(SentenceProfile::text).toList());
        for (int k = 0; k < asking.size(); k++) {
            Unit u = asking.get(k);
            int bestJ = -1;
            double best = 0;
            for (int j : found.get(k)) {
                Unit v = other.get(j);
                if (byOther[j] != null || v.heading()) {
                    continue;
                }
                double p = ownIsA ? scorer.probability(u.profile(), v.profile()) : scorer.probability(v.profile(), u.profile());
                double plain = ownIsA ? score(scored, own.get(u.ordinal()), v) : score(scored, v, own.get(u.ordinal()));
                if (p >= scorer.threshold() && p > plain && p > best) {
                    best = p;
                    bestJ = j;
                }
            }
            if (bestJ >= 0) {
                SentencePair pair = ownIsA ? new SentencePair(u.ordinal(), u.ordinal(), bestJ, bestJ, best)
                        : new SentencePair(bestJ, bestJ, u.ordinal(), u.ordinal(), best);
                byOwn[u.ordinal()] = pair;
                byOther[bestJ] = pair;
            }
        }
    }

    /** Accepts a near-threshold pair whose neighbours before or after are aligned to each other. */
    private void rescueByContext(List<Unit> a, List<Unit> b, SentencePair[] byA, SentencePair[] byB,
                                 Map<Long, Double> scored) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < a.size(); i++) {
                if (byA[i] != null) {
                    continue;
                }
                for (int d : new int[] {-1, 1}) {
                    int ni = i + d;
                    if (ni < 0 || ni >= a.size() || byA[ni] == null) {
                        continue;
                    }
                    SentencePair n = byA[ni];
                    int j = d < 0 ? n.bTo() + 1 : n.bFrom() - 1;
                    if (j < 0 || j >= b.size() || byB[j] != null || a.get(i).heading() != b.get(j).heading()) {
                        continue;
                    }
                    double p = score(scored, a.get(i), b.get(j));
                    if (p >= scorer.threshold() - CONTEXT_SLACK) {
                        SentencePair rescued = new SentencePair(i, i, j, j, p);
                        byA[i] = rescued;
                        byB[j] = rescued;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }
}
