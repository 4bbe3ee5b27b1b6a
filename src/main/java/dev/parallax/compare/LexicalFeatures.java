package dev.parallax.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lexical similarity of two passages as a feature vector for {@link ParaphraseModel}: overlaps of stems,
 * words and character trigrams, the longest common word run, the diff ratio, the length ratio, and
 * disagreement in numbers. All in 0..1.
 */
public final class LexicalFeatures {
    public static final List<String> NAMES = List.of("stemJaccard", "stemOverlap", "wordJaccard", "trigramJaccard",
            "longestRun", "diffRatio", "lengthRatio", "numberMismatch", "unmatchedStems");

    private LexicalFeatures() {
    }

    public static double[] of(SentenceProfile a, SentenceProfile b) {
        double[] f = new double[NAMES.size()];
        int sharedStems = intersection(a.stemSet(), b.stemSet());
        int unionStems = a.stemSet().size() + b.stemSet().size() - sharedStems;
        f[0] = unionStems == 0 ? 0 : (double) sharedStems / unionStems;
        int minStems = Math.min(a.stemSet().size(), b.stemSet().size());
        f[1] = minStems == 0 ? 0 : (double) sharedStems / minStems;
        f[2] = jaccard(new HashSet<>(a.words()), new HashSet<>(b.words()));
        f[3] = jaccard(a.trigrams(), b.trigrams());
        int minWords = Math.min(a.words().size(), b.words().size());
        f[4] = minWords == 0 ? 0 : (double) longestCommonRun(a.words(), b.words()) / minWords;
        f[5] = diffRatio(a.words(), b.words());
        int maxWords = Math.max(a.words().size(), b.words().size());
        f[6] = maxWords == 0 ? 0 : (double) minWords / maxWords;
        f[7] = a.numbers().equals(b.numbers()) ? 0 : 1;
        f[8] = Math.min(unionStems - sharedStems, 20) / 20.0;
        return f;
    }

    /** 2·(words kept) / (words in both), as a sequence diff counts them. */
    static double diffRatio(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int changed = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            changed += d.getSource().size() + d.getTarget().size();
        }
        return 1 - (double) changed / (a.size() + b.size());
    }

    static int longestCommonRun(List<String> a, List<String> b) {
        int best = 0;
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int shared = intersection(a, b);
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    private static int intersection(Set<String> a, Set<String> b) {
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
}
