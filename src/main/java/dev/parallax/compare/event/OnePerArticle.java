package dev.parallax.compare.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Clusters items of several articles (quotations, numbers) from pairwise links, taken in the order given,
 * so that no cluster holds two items of one article: a link that would is skipped (a chain through a third
 * article is no evidence that one article says the same thing twice). Items are numbered article after
 * article: article a owns [offset[a], offset[a + 1]).
 */
final class OnePerArticle {
    private OnePerArticle() {
    }

    /** The clusters, each as article → item number, in order of their first item; singletons included. */
    static List<TreeMap<Integer, Integer>> clusters(int[] offset, List<int[]> links) {
        int n = offset.length - 1;
        UnionFind sets = new UnionFind(offset[n]);
        Map<Integer, TreeMap<Integer, Integer>> byRoot = new HashMap<>();
        for (int a = 0; a < n; a++) {
            for (int item = offset[a]; item < offset[a + 1]; item++) {
                TreeMap<Integer, Integer> m = new TreeMap<>();
                m.put(a, item);
                byRoot.put(item, m);
            }
        }
        for (int[] link : links) {
            int ru = sets.find(link[0]);
            int rv = sets.find(link[1]);
            if (ru == rv) {
                continue;
            }
            TreeMap<Integer, Integer> mu = byRoot.get(ru);
            TreeMap<Integer, Integer> mv = byRoot.get(rv);
            if (mu.keySet().stream().anyMatch(mv::containsKey)) {
                continue;
            }
            int root = sets.union(ru, rv);
            TreeMap<Integer, Integer> joined = new TreeMap<>(mu);
            joined.putAll(mv);
            byRoot.remove(ru);
            byRoot.remove(rv);
            byRoot.put(root, joined);
        }
        Map<Integer, TreeMap<Integer, Integer>> ordered = new LinkedHashMap<>();
        for (int item = 0; item < offset[n]; item++) {
            int r = sets.find(item);
            ordered.putIfAbsent(r, byRoot.get(r));
        }
        return new ArrayList<>(ordered.values());
    }
}
