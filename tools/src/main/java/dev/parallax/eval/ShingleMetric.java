package dev.parallax.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zyte article-extraction-benchmark metric: multisets of 4-token shingles over Unicode {@code \w+}
 * tokens, normalised per page so every page weighs the same, precision and recall averaged over pages and
 * F1 taken from the two means (not per page).
 */
public final class ShingleMetric {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** One page: tp, fp and fn normalised to sum to 1 (all 0 when both texts have no shingles). */
    public record PageScore(double tp, double fp, double fn, boolean exact) {
        public boolean hasPrecision() {
            return tp + fp > 0;
        }

        public boolean hasRecall() {
            return tp + fn > 0;
        }

        public double precision() {
            return hasPrecision() ? tp / (tp + fp) : 1.0;
        }

        public double recall() {
            return hasRecall() ? tp / (tp + fn) : 1.0;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Aggregate over pages: mean P over pages with a prediction, mean R over pages with gold. */
    public record Summary(int pages, double precision, double recall, double f1, double accuracy) {
    }

    private ShingleMetric() {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.merge(tokens.subList(i, i + N), 1, Integer::sum);
        }
        // A text shorter than one shingle still counts as one (shorter) shingle, so it is not invisible.
        if (tokens.size() > 0 && tokens.size() < N) {
            out.merge(tokens, 1, Integer::sum);
        }
        return out;
    }

    public static PageScore score(String gold, String predicted) {
        List<String> goldTokens = tokens(gold);
        List<String> predTokens = tokens(predicted);
        Map<List<String>, Integer> g = shingles(goldTokens);
        Map<List<String>, Integer> p = shingles(predTokens);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (var e : p.entrySet()) {
            int inGold = g.getOrDefault(e.getKey(), 0);
            tp += Math.min(inGold, e.getValue());
            fp += Math.max(0, e.getValue() - inGold);
        }
        for (var e : g.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        long total = tp + fp + fn;
        boolean exact = goldTokens.equals(predTokens);
        if (total == 0) {
            return new PageScore(0, 0, 0, exact);
        }
        return new PageScore((double) tp / total, (double) fp / total, (double) fn / total, exact);
    }

    public static Summary summarise(Collection<PageScore> pages) {
        double p = 0;
        int pn = 0;
        double r = 0;
        int rn = 0;
        int exact = 0;
        for (PageScore s : pages) {
            boolean perfect = s.fp() == 0 && s.fn() == 0;
            if (s.hasPrecision() || perfect) {
                p += s.precision();
                pn++;
            }
            if (s.hasRecall() || perfect) {
                r += s.recall();
                rn++;
            }
            if (s.exact()) {
                exact++;
            }
        }
        double mp = pn == 0 ? 0 : p / pn;
        double mr = rn == 0 ? 0 : r / rn;
        double f1 = mp + mr == 0 ? 0 : 2 * mp * mr / (mp + mr);
        return new Summary(pages.size(), mp, mr, f1, pages.isEmpty() ? 0 : (double) exact / pages.size());
    }
}
