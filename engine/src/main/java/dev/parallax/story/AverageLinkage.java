package dev.parallax.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering with average linkage over a sparse graph: two clusters merge while the mean
 * probability over all pairs of their members (pairs never scored count as 0) is at least the cut. No
 * number of clusters is given; an article no cluster reaches stays alone. The work follows the edges
 * (each merge folds the smaller cluster's edges into the larger), not all pairs.
 */
public final class AverageLinkage {
    private AverageLinkage() {
    }

    /** Edge {i, j} with weight {@code weights[k]} for {@code edges.get(k)}; returns each item's cluster id. */
    public static int[] cluster(int n, List<int[]> edges, double[] weights, double cut) {
        List<Map<Integer, Double>> sums = new ArrayList<>(); // cluster -> (cluster -> summed weight)
        int[] size = new int[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            sums.add(new HashMap<>());
            size[i] = 1;
            parent[i] = i;
        }
        for (int k = 0; k < edges.size(); k++) {
            int a = edges.get(k)[0];
            int b = edges.get(k)[1];
            sums.get(a).merge(b, weights[k], Double::sum);
            sums.get(b).merge(a, weights[k], Double::sum);
        }
        // entries: {average, a, b}; one whose clusters merged since, or whose average changed, is skipped
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(y[0], x[0]));
        for (int a = 0; a < n; a++) {
            for (var e : sums.get(a).entrySet()) {
                if (a < e.getKey()) {
                    queue.add(new double[] {e.getValue(), a, e.getKey()});
                }
            }
        }
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int a = (int) top[1];
            int b = (int) top[2];
            if (top[0] < cut) {
                break;
            }
            if (parent[a] != a || parent[b] != b
                    || top[0] != sums.get(a).getOrDefault(b, 0.0) / ((double) size[a] * size[b])) {
                continue;
            }
            int keep = sums.get(a).size() >= sums.get(b).size() ? a : b;
            int gone = keep == a ? b : a;
            parent[gone] = keep;
            sums.get(keep).remove(gone);
            for (var e : sums.get(gone).entrySet()) {
                int other = e.getKey();
                if (other == keep) {
                    continue;
                }
                sums.get(keep).merge(other, e.getValue(), Double::sum);
                Map<Integer, Double> o = sums.get(other);
                o.merge(keep, o.remove(gone), Double::sum);
            }
            sums.set(gone, Map.of());
            size[keep] += size[gone];
            for (int other : sums.get(keep).keySet()) {
                int x = Math.min(keep, other);
                int y = Math.max(keep, other);
                // read from the smaller id's map, as the check above does, so the two agree to the bit
                queue.add(new double[] {sums.get(x).get(y) / ((double) size[x] * size[y]), x, y});
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int r = i;
            while (parent[r] != r) {
                r = parent[r];
            }
            out[i] = r;
        }
        return out;
    }
}
