package dev.parallax.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Rank-based figures: ROC AUC of a score separating two classes, and Spearman's rank correlation. */
public final class RankStatistics {
    private RankStatistics() {
    }

    /**
     * The probability that a random positive scores above a random negative, ties counting half
     * (Mann–Whitney U over |pos|·|neg|).
     */
    public static double auc(double[] positives, double[] negatives) {
        if (positives.length == 0 || negatives.length == 0) {
            throw new IllegalArgumentException("AUC needs positives and negatives");
        }
        double[] all = new double[positives.length + negatives.length];
        System.arraycopy(positives, 0, all, 0, positives.length);
        System.arraycopy(negatives, 0, all, positives.length, negatives.length);
        double[] ranks = ranks(all);
        double sum = 0;
        for (int i = 0; i < positives.length; i++) {
            sum += ranks[i];
        }
        double u = sum - positives.length * (positives.length + 1) / 2.0;
        return u / ((double) positives.length * negatives.length);
    }

    /** Spearman's rho: Pearson correlation of the ranks (ties get their average rank). */
    public static double spearman(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("Spearman needs two equally long series of 2+ values");
        }
        return pearson(ranks(x), ranks(y));
    }

    static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** 1-based ranks, ties sharing their average rank. */
    static double[] ranks(double[] v) {
        Integer[] order = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] ranks = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
