package dev.parallax.compare.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Clusters items of several articles (quotations, numbers) from pairwise links, taken in the order given,
 * so that no cluster holds two items of one article: a link that would join two clusters that way does not
 * join them (a chain through a third article is no evidence that one article says the same thing twice).
 * Such a link is still honoured where it can be: the item of one side joins the other side's cluster as
 * well, when that cluster has no item of its article yet, so an item may stand in two clusters (one
 * report's long quotation holding two pieces another report quotes apart). Items are numbered article
 * after article: article a owns [offset[a], offset[a + 1]).
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
        List<int[]> refused = new ArrayList<>();
        for (int[] link : links) {
            int ru = sets.find(link[0]);
            int rv = sets.find(link[1]);
            if (ru == rv) {
                continue;
            }
            TreeMap<Integer, Integer> mu = byRoot.get(ru);
            TreeMap<Integer, Integer> mv = byRoot.get(rv);
            if (mu.keySet().stream().anyMatch(mv::containsKey)) {
                refused.add(link);
                continue;
            }
            int root = sets.union(ru, rv);
            TreeMap<Integer, Integer> joined = new TreeMap<>(mu);
            joined.putAll(mv);
            byRoot.remove(ru);
            byRoot.remove(rv);
            byRoot.put(root, joined);
        }
        for (int[] link : refused) {
            TreeMap<Integer, Integer> mu = byRoot.get(sets.find(link[0]));
            TreeMap<Integer, Integer> mv = byRoot.get(sets.find(link[1]));
            int au = articleOf(offset, link[0]);
            int av = articleOf(offset, link[1]);
            if (!mu.containsKey(av)) {
                mu.put(av, link[1]);
            } else if (!mv.containsKey(au)) {
                mv.put(au, link[0]);
            }
        }
        Map<Integer, TreeMap<Integer, Integer>> ordered = new LinkedHashMap<>();
        for (int item = 0; item < offset[n]; item++) {
            int r = sets.find(item);
            ordered.putIfAbsent(r, byRoot.get(r));
        }
        return new ArrayList<>(ordered.values());
    }

    private static int articleOf(int[] offset, int item) {
        int a = 0;
        while (offset[a + 1] <= item) {
            a++;
        }
        return a;
    }
}
