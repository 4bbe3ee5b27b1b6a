package dev.parallax.compare.event;

import dev.parallax.compare.Alignments;
import dev.parallax.compare.Closeness;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.PairAlignment;
import dev.parallax.compare.SentencePair;
import dev.parallax.compare.Unit;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the pairwise unit alignments of an event into groups. Links are taken strongest first and join
 * the units they connect, as long as every article's units in the joined cluster stay one contiguous run:
 * so "A's sentence 3 = B's sentence 5 = C's sentence 2" becomes one group, while a chain that would glue
 * two separate passages of one article together (A3 = B5 = C2 = A9) is cut at its weakest link. A link cut
 * that way still stands as a group of its own two members, so no pairwise correspondence is lost. Groups
 * that continue each other in every article (the next sentences, same paragraphs) are then merged into
 * one passage, as the two-article view merges runs.
 */
final class Grouping {
    /** A link between units [xFrom..xTo] of article x and [yFrom..yTo] of y, covering xSpan and ySpan. */
    private record Link(int x, int xFrom, int xTo, Span xSpan, int y, int yFrom, int yTo, Span ySpan,
                        double probability) {
    }

    /** One article's part in a cluster: units [from..to] covering [start, end) of its text. */
    private static final class Part {
        int from;
        int to;
        int start;
        int end;

        Part(int from, int to, int start, int end) {
            this.from = from;
            this.to = to;
            this.start = start;
            this.end = end;
        }
    }

    /** A group in the making: its parts by article, and the links that made it. */
    private static final class Cluster {
        int root = -1;
        final TreeMap<Integer, Part> parts = new TreeMap<>();
        final List<Link> links = new ArrayList<>();
    }

    private final Alignments alignments;
    private final int[] offset;
    private final UnionFind sets;
    private final Map<Integer, Cluster> clusters = new HashMap<>();

    private Grouping(Alignments alignments) {
        this.alignments = alignments;
        List<List<Unit>> units = alignments.units();
        offset = new int[units.size() + 1];
        for (int i = 0; i < units.size(); i++) {
            offset[i + 1] = offset[i] + units.get(i).size();
        }
        sets = new UnionFind(offset[units.size()]);
    }

    static List<Group> of(Alignments alignments) {
        return new Grouping(alignments).groups();
    }

    private List<Group> groups() {
        List<Link> links = links();
        links.sort(Comparator.comparingDouble(Link::probability).reversed());
        List<Cluster> cut = new ArrayList<>();
        for (Link l : links) {
            if (!join(l)) {
                Cluster alone = new Cluster();
                alone.parts.put(l.x(), new Part(l.xFrom(), l.xTo(), l.xSpan().start(), l.xSpan().end()));
                alone.parts.put(l.y(), new Part(l.yFrom(), l.yTo(), l.ySpan().start(), l.ySpan().end()));
                alone.links.add(l);
                cut.add(alone);
            }
        }
        List<Cluster> all = new ArrayList<>(clusters.values());
        all.removeIf(c -> c.links.isEmpty());
        all.addAll(cut);
        List<Group> out = new ArrayList<>();
        for (Cluster c : mergeRuns(all)) {
            out.add(group(c));
        }
        out.sort(Comparator.comparingInt((Group g) -> g.members().getFirst().article())
                .thenComparingInt(g -> g.members().getFirst().span().start())
                .thenComparingInt(g -> g.members().getFirst().span().end()));
        return out;
    }

    private List<Link> links() {
        List<Link> out = new ArrayList<>();
        for (PairAlignment p : alignments.pairs()) {
            List<Unit> ux = alignments.units().get(p.x());
            List<Unit> uy = alignments.units().get(p.y());
            for (SentencePair s : p.links()) {
                Span xs = s.aPart() != null ? s.aPart() : cover(ux, s.aFrom(), s.aTo());
                Span ys = s.bPart() != null ? s.bPart() : cover(uy, s.bFrom(), s.bTo());
                out.add(new Link(p.x(), s.aFrom(), s.aTo(), xs, p.y(), s.bFrom(), s.bTo(), ys, s.probability()));
            }
        }
        return out;
    }

    private static Span cover(List<Unit> units, int from, int to) {
        return new Span(units.get(from).profile().span().start(), units.get(to).profile().span().end());
    }

    /** Joins the link's units into one cluster, unless that would split an article's run; false then. */
    private boolean join(Link l) {
        List<Cluster> involved = new ArrayList<>();
        for (int u = l.xFrom(); u <= l.xTo(); u++) {
            addDistinct(involved, clusterOf(l.x(), u));
        }
        for (int u = l.yFrom(); u <= l.yTo(); u++) {
            addDistinct(involved, clusterOf(l.y(), u));
        }
        TreeMap<Integer, List<Part>> byArticle = new TreeMap<>();
        for (Cluster c : involved) {
            c.parts.forEach((article, part) -> byArticle.computeIfAbsent(article, k -> new ArrayList<>()).add(part));
        }
        for (List<Part> parts : byArticle.values()) {
            parts.sort(Comparator.comparingInt(p -> p.from));
            for (int i = 1; i < parts.size(); i++) {
                if (parts.get(i).from != parts.get(i - 1).to + 1) {
                    return false;
                }
            }
        }
        int root = -1;
        for (int u = l.xFrom(); u <= l.xTo(); u++) {
            root = root < 0 ? node(l.x(), u) : sets.union(root, node(l.x(), u));
        }
        for (int u = l.yFrom(); u <= l.yTo(); u++) {
            root = sets.union(root, node(l.y(), u));
        }
        root = sets.find(root);
        Cluster joined = new Cluster();
        byArticle.forEach((article, parts) -> {
            Part first = parts.getFirst();
            Part merged = new Part(first.from, parts.getLast().to, Integer.MAX_VALUE, Integer.MIN_VALUE);
            for (Part p : parts) {
                if (p.start <= p.end) {
                    merged.start = Math.min(merged.start, p.start);
                    merged.end = Math.max(merged.end, p.end);
                }
            }
            joined.parts.put(article, merged);
        });
        widen(joined.parts.get(l.x()), l.xSpan());
        widen(joined.parts.get(l.y()), l.ySpan());
        for (Cluster c : involved) {
            joined.links.addAll(c.links);
        }
        joined.links.add(l);
        for (Cluster c : involved) {
            clusters.remove(c.root);
        }
        joined.root = root;
        clusters.put(root, joined);
        return true;
    }

    private static void widen(Part part, Span span) {
        part.start = Math.min(part.start, span.start());
        part.end = Math.max(part.end, span.end());
    }

    private static void addDistinct(List<Cluster> list, Cluster c) {
        for (Cluster x : list) {
            if (x == c) {
                return;
            }
        }
        list.add(c);
    }

    private int node(int article, int ordinal) {
        return offset[article] + ordinal;
    }

    /** The cluster a unit is in: a new one of that unit alone (covering nothing yet) when it is in none. */
    private Cluster clusterOf(int article, int ordinal) {
        int root = sets.find(node(article, ordinal));
        return clusters.computeIfAbsent(root, r -> {
            Cluster c = new Cluster();
            c.root = r;
            c.parts.put(article, new Part(ordinal, ordinal, Integer.MAX_VALUE, Integer.MIN_VALUE));
            return c;
        });
    }

    /**
     * Merges clusters that continue each other: the same articles, and in each the next unit of the same
     * paragraph, both wholly covered (a clause-level match stays a passage of its own).
     */
    private List<Cluster> mergeRuns(List<Cluster> all) {
        all.sort(Comparator.comparingInt((Cluster c) -> c.parts.firstKey())
                .thenComparingInt(c -> c.parts.firstEntry().getValue().from));
        Map<Long, Cluster> byLastUnit = new HashMap<>();
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : all) {
            int first = c.parts.firstKey();
            Part lead = c.parts.get(first);
            Cluster before = byLastUnit.get(key(first, lead.from - 1));
            if (before != null && continues(before, c)) {
                byLastUnit.remove(key(first, before.parts.get(first).to));
                before.parts.forEach((article, p) -> {
                    Part next = c.parts.get(article);
                    p.to = next.to;
                    p.end = next.end;
                });
                before.links.addAll(c.links);
                byLastUnit.put(key(first, before.parts.get(first).to), before);
            } else {
                out.add(c);
                byLastUnit.put(key(first, lead.to), c);
            }
        }
        return out;
    }

    private static long key(int article, int ordinal) {
        return ((long) article << 32) | (ordinal & 0xffffffffL);
    }

    private boolean continues(Cluster before, Cluster after) {
        if (!before.parts.keySet().equals(after.parts.keySet())) {
            return false;
        }
        for (var e : before.parts.entrySet()) {
            List<Unit> units = alignments.units().get(e.getKey());
            Part p = e.getValue();
            Part q = after.parts.get(e.getKey());
            if (q.from != p.to + 1) {
                return false;
            }
            Unit last = units.get(p.to);
            Unit next = units.get(q.from);
            if (last.block() != next.block() || last.heading() || next.heading()
                    || p.end != last.profile().span().end() || q.start != next.profile().span().start()) {
                return false;
            }
        }
        return true;
    }

    /** The group a cluster makes: one member per article; kind and score over the directly linked pairs. */
    private Group group(Cluster c) {
        List<Member> members = new ArrayList<>();
        c.parts.forEach((article, p) -> members.add(new Member(article, new Span(p.start, p.end))));
        Map<Long, double[]> byPair = new TreeMap<>(); // (x,y) -> {sum of probability × length, sum of lengths}
        for (Link l : c.links) {
            double w = Math.max(1, l.xSpan().length());
            double[] acc = byPair.computeIfAbsent(key(l.x(), l.y()), k -> new double[2]);
            acc[0] += l.probability() * w;
            acc[1] += w;
        }
        MatchKind kind = MatchKind.IDENTICAL;
        double score = 1;
        List<Group.Link> linked = new ArrayList<>();
        for (var e : byPair.entrySet()) {
            int x = (int) (e.getKey() >>> 32);
            int y = (int) (long) e.getKey();
            Part px = c.parts.get(x);
            Part py = c.parts.get(y);
            String tx = alignments.articles().get(x).text().substring(px.start, px.end);
            String ty = alignments.articles().get(y).text().substring(py.start, py.end);
            Closeness closeness = Closeness.of(tx, ty, e.getValue()[0] / e.getValue()[1]);
            if (closeness.kind().compareTo(kind) > 0) {
                kind = closeness.kind();
            }
            score = Math.min(score, closeness.score());
            linked.add(new Group.Link(x, y, closeness.kind(), closeness.wordsShared(), closeness.confidence()));
        }
        return new Group(members, kind, score, linked);
    }
}
