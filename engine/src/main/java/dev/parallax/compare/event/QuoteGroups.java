package dev.parallax.compare.event;

import dev.parallax.compare.Alignments;
import dev.parallax.compare.PairAlignment;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.text.analysis.Analyzers;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.Span;
import dev.parallax.text.quotes.Quotation;
import dev.parallax.text.quotes.SpeakerNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One entry per quotation across the event: the pairwise quote matches join quotations into groups, at
 * most one per article, strongest pairs first (same wording, then most words shared, so a loose pair never
 * pushes out a close copy), and every quotation no other article carries stands alone.
 */
final class QuoteGroups {
    private QuoteGroups() {
    }

    static List<QuoteGroup> of(Alignments al) {
        int n = al.articles().size();
        int[] offset = new int[n + 1];
        List<Map<Integer, Integer>> byStart = new ArrayList<>(); // article -> quotation start -> index
        for (int a = 0; a < n; a++) {
            List<Quotation> quotes = al.articles().get(a).quotes();
            offset[a + 1] = offset[a] + quotes.size();
            Map<Integer, Integer> starts = new HashMap<>();
            for (int i = 0; i < quotes.size(); i++) {
                starts.putIfAbsent(quotes.get(i).start(), i);
            }
            byStart.add(starts);
        }
        record Edge(int u, int v, boolean variant, double overlap, int shared) {
        }
        List<Edge> edges = new ArrayList<>();
        for (PairAlignment p : al.pairs()) {
            for (QuoteMatch q : p.comparison().quotes()) {
                if (q.a() == null || q.b() == null) {
                    continue;
                }
                Integer i = byStart.get(p.x()).get(q.a().start());
                Integer j = byStart.get(p.y()).get(q.b().start());
                if (i != null && j != null) {
                    Set<String> sx = stems(al, p.x(), i);
                    Set<String> sy = stems(al, p.y(), j);
                    int shared = (int) sx.stream().filter(sy::contains).count();
                    int smaller = Math.max(1, Math.min(sx.size(), sy.size()));
                    edges.add(new Edge(offset[p.x()] + i, offset[p.y()] + j, q.variant(), (double) shared / smaller,
                            shared));
                }
            }
        }
        // Strongest first, so a chain through a loose pair never pushes out a close copy: the same wording,
        // then the larger share of words, then more words shared.
        edges.sort(Comparator.comparing(Edge::variant).thenComparing(Comparator.comparingDouble(Edge::overlap).reversed())
                .thenComparing(Comparator.comparingInt(Edge::shared).reversed()));
        List<int[]> links = edges.stream().map(e -> new int[] {e.u(), e.v()}).toList();
        List<String> speakers = new ArrayList<>();
        al.articles().forEach(a -> a.quotes().forEach(q -> speakers.add(q.speaker())));
        Map<String, String> names = SpeakerNames.canonical(speakers); // one name per person across the reports
        List<QuoteGroup> out = new ArrayList<>();
        for (TreeMap<Integer, Integer> group : OnePerArticle.clusters(offset, links)) {
            List<Member> members = new ArrayList<>();
            List<Quotation> quotations = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            group.forEach((a, node) -> {
                Quotation q = al.articles().get(a).quotes().get(node - offset[a]);
                members.add(new Member(a, new Span(q.start(), q.end())));
                quotations.add(q);
                texts.add(al.articles().get(a).text());
            });
            out.add(new QuoteGroup(speaker(quotations, names), members, variant(quotations, texts)));
        }
        out.sort(Comparator.comparingInt((QuoteGroup g) -> g.members().getFirst().article())
                .thenComparingInt(g -> g.members().getFirst().span().start()));
        return out;
    }

    private static Set<String> stems(Alignments al, int article, int quotation) {
        AnalyzedArticle a = al.articles().get(article);
        return new HashSet<>(Analyzers.stems(a.quotes().get(quotation).content(a.text())));
    }

    /**
     * The name most members give, each in the form the event uses for that person; on a tie the fullest
     * ("Jane Smith" over "Smith"); null if none.
     */
    private static String speaker(List<Quotation> quotations, Map<String, String> names) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Quotation q : quotations) {
            if (q.speaker() != null) {
                votes.merge(names.getOrDefault(q.speaker(), q.speaker()), 1, Integer::sum);
            }
        }
        String best = null;
        for (var e : votes.entrySet()) {
            if (best == null || e.getValue() > votes.get(best)
                    || e.getValue().equals(votes.get(best)) && e.getKey().length() > best.length()) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean variant(List<Quotation> quotations, List<String> texts) {
        List<String> first = null;
        for (int i = 0; i < quotations.size(); i++) {
            List<String> words = Analyzers.comparableWords(quotations.get(i).content(texts.get(i)));
            if (first == null) {
                first = words;
            } else if (!first.equals(words)) {
                return true;
            }
        }
        return false;
    }
}
