package dev.parallax.compare.event;

/** Disjoint sets over 0..n-1, with path halving and union by size. */
final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of i and j; returns the root of the joined set. */
    int union(int i, int j) {
        int a = find(i);
        int b = find(j);
        if (a == b) {
            return a;
        }
        if (size[a] < size[b]) {
            int t = a;
            a = b;
            b = t;
        }
        parent[b] = a;
        size[a] += size[b];
        return a;
    }
}
