package dev.parallax.compare;

import java.util.Arrays;

/** A set of ints kept as a sorted array: intersections by merging, no hashing and no allocation. */
public record SortedIds(int[] ids) {
    public static SortedIds of(int[] values) {
        return new SortedIds(Arrays.stream(values).sorted().distinct().toArray());
    }

    public int size() {
        return ids.length;
    }

    public int intersection(SortedIds other) {
        int[] a = ids;
        int[] b = other.ids;
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
    public double jaccard(SortedIds other) {
        int shared = intersection(other);
        int union = size() + other.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }
}
