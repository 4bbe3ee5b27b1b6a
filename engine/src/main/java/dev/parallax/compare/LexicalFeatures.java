package dev.parallax.compare;

import java.util.List;

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
        int sharedStems = a.stemIds().intersection(b.stemIds());
        int unionStems = a.stemIds().size() + b.stemIds().size() - sharedStems;
        f[0] = unionStems == 0 ? 0 : (double) sharedStems / unionStems;
        int minStems = Math.min(a.stemIds().size(), b.stemIds().size());
        f[1] = minStems == 0 ? 0 : (double) sharedStems / minStems;
        f[2] = a.wordSet().jaccard(b.wordSet());
        f[3] = a.trigramIds().jaccard(b.trigramIds());
        int minWords = Math.min(a.words().size(), b.words().size());
        int[] lcs = commonWords(a.wordIds(), b.wordIds());
        f[4] = minWords == 0 ? 0 : (double) lcs[1] / minWords;
        int bothWords = a.words().size() + b.words().size();
        f[5] = bothWords == 0 ? 1 : 2.0 * lcs[0] / bothWords;
        int maxWords = Math.max(a.words().size(), b.words().size());
        f[6] = maxWords == 0 ? 0 : (double) minWords / maxWords;
        f[7] = a.numbers().equals(b.numbers()) ? 0 : 1;
        f[8] = Math.min(unionStems - sharedStems, 20) / 20.0;
        return f;
    }

    /** 2·(words kept in order) / (words in both): the share a minimal word diff leaves unchanged. */
    static double diffRatio(List<String> a, List<String> b) {
        int both = a.size() + b.size();
        return both == 0 ? 1 : 2.0 * commonWords(WordIds.of(a), WordIds.of(b))[0] / both;
    }

    /**
     * In one pass over the two word sequences: the longest common subsequence (words kept in order by a
     * minimal diff) and the longest common run of consecutive words.
     */
    static int[] commonWords(int[] a, int[] b) {
        int[] prevSeq = new int[b.length + 1];
        int[] curSeq = new int[b.length + 1];
        int[] prevRun = new int[b.length + 1];
        int[] curRun = new int[b.length + 1];
        int longestRun = 0;
        for (int i = 1; i <= a.length; i++) {
            int ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                if (ai == b[j - 1]) {
                    curSeq[j] = prevSeq[j - 1] + 1;
                    curRun[j] = prevRun[j - 1] + 1;
                    longestRun = Math.max(longestRun, curRun[j]);
                } else {
                    curSeq[j] = Math.max(prevSeq[j], curSeq[j - 1]);
                    curRun[j] = 0;
                }
            }
            int[] t = prevSeq;
            prevSeq = curSeq;
            curSeq = t;
            t = prevRun;
            prevRun = curRun;
            curRun = t;
        }
        return new int[] {prevSeq[b.length], longestRun};
    }
}
