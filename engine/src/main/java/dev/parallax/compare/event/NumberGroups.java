package dev.parallax.compare.event;

import dev.parallax.compare.Alignments;
import dev.parallax.compare.NumberAligner;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.PairAlignment;
import dev.parallax.text.Span;
import dev.parallax.text.numbers.NumberFinder;
import dev.parallax.text.numbers.NumberMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry per quantity across the event: the pairwise number pairs join mentions into groups, at most
 * one per article (agreeing pairs join first), and every mention no other article pairs stands alone.
 * A group agrees when every two of its figures agree within rounding.
 */
final class NumberGroups {
    private NumberGroups() {
    }

    static List<NumberGroup> of(Alignments al) {
        int n = al.articles().size();
        List<List<NumberMention>> mentions = mentions(al);
        int[] offset = new int[n + 1];
        List<Map<Span, Integer>> bySpan = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            offset[a + 1] = offset[a] + mentions.get(a).size();
            Map<Span, Integer> m = new HashMap<>();
            for (int i = 0; i < mentions.get(a).size(); i++) {
                m.putIfAbsent(mentions.get(a).get(i).span(), i);
            }
            bySpan.add(m);
        }
        record Edge(int u, int v, boolean agree) {
        }
        List<Edge> edges = new ArrayList<>();
        for (PairAlignment p : al.pairs()) {
            for (NumberMatch m : p.comparison().numbers()) {
                if (m.a() == null || m.b() == null) {
                    continue;
                }
                Integer i = bySpan.get(p.x()).get(m.a().span());
                Integer j = bySpan.get(p.y()).get(m.b().span());
                if (i != null && j != null) {
                    edges.add(new Edge(offset[p.x()] + i, offset[p.y()] + j, Boolean.TRUE.equals(m.agree())));
                }
            }
        }
        edges.sort(Comparator.comparing((Edge e) -> !e.agree())); // agreeing pairs first
        List<int[]> links = edges.stream().map(e -> new int[] {e.u(), e.v()}).toList();
        List<NumberGroup> out = new ArrayList<>();
        for (TreeMap<Integer, Integer> group : OnePerArticle.clusters(offset, links)) {
            List<NumberGroup.Figure> figures = new ArrayList<>();
            group.forEach((a, node) -> figures.add(new NumberGroup.Figure(a, mentions.get(a).get(node - offset[a]))));
            out.add(new NumberGroup(figures, figures.size() < 2 ? null : agree(figures, al)));
        }
        out.sort(Comparator.comparingInt((NumberGroup g) -> g.members().getFirst().article())
                .thenComparingInt(g -> g.members().getFirst().mention().span().start()));
        return out;
    }

    /** Each article's mentions as its pairwise comparisons list them (every comparison lists them all). */
    private static List<List<NumberMention>> mentions(Alignments al) {
        List<List<NumberMention>> out = new ArrayList<>();
        for (int a = 0; a < al.articles().size(); a++) {
            out.add(null);
        }
        for (PairAlignment p : al.pairs()) {
            if (out.get(p.x()) == null) {
                out.set(p.x(), p.comparison().numbers().stream().map(NumberMatch::a).filter(java.util.Objects::nonNull).toList());
            }
            if (out.get(p.y()) == null) {
                out.set(p.y(), p.comparison().numbers().stream().map(NumberMatch::b).filter(java.util.Objects::nonNull).toList());
            }
        }
        for (int a = 0; a < out.size(); a++) {
            if (out.get(a) == null) {
                out.set(a, new NumberFinder().find(al.articles().get(a).text()));
            }
        }
        return out;
    }

    private static boolean agree(List<NumberGroup.Figure> figures, Alignments al) {
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                NumberGroup.Figure x = figures.get(i);
                NumberGroup.Figure y = figures.get(j);
                double sx = NumberFinder.precision(al.articles().get(x.article()).text(), x.mention());
                double sy = NumberFinder.precision(al.articles().get(y.article()).text(), y.mention());
                if (!NumberAligner.agree(x.mention(), sx, y.mention(), sy)) {
                    return false;
                }
            }
        }
        return true;
    }
}
