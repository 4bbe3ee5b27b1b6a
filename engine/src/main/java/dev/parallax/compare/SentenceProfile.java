package dev.parallax.compare;

import dev.parallax.text.analysis.Analyzers;
import dev.parallax.text.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the similarity measures need of one passage, computed once: its folded words, stems, character
 * trigrams and numbers; as sorted id sets too, so overlaps are merge-intersections without hashing.
 * Profiles are kept for every sentence of both articles, so they hold no copy they can share: words and
 * stems are the one canonical instance of each (see {@link WordIds#canonical}), and the distinct stems
 * are {@code stemIds}, not a set of strings. A 50 MB text has some 360,000 sentences.
 */
public record SentenceProfile(Span span, String text, List<String> words, int[] wordIds, List<String> stems,
                              Set<String> numbers, SortedIds wordSet, SortedIds stemIds, SortedIds trigramIds) {

    public static SentenceProfile of(Span span, String text) {
        List<String> words = WordIds.canonical(Analyzers.comparableWords(text));
        List<String> stems = WordIds.canonical(Analyzers.stems(text));
        Set<String> numbers = new HashSet<>();
        for (String w : words) {
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                numbers.add(w.replace(",", ""));
            }
        }
        int[] wordIds = WordIds.of(words);
        return new SentenceProfile(span, text, words, wordIds, stems, Set.copyOf(numbers),
                SortedIds.of(wordIds), SortedIds.of(WordIds.of(stems)), trigrams(words));
    }

    /** The distinct stems, in order of first use (for a query of them). */
    public Set<String> stemSet() {
        return new java.util.LinkedHashSet<>(stems);
    }

    /** The profile of two adjacent passages read as one (for one sentence matching two shorter ones). */
    public SentenceProfile join(SentenceProfile next, String articleText) {
        Span joined = new Span(Math.min(span.start(), next.span.start()), Math.max(span.end(), next.span.end()));
        return of(joined, joined.of(articleText));
    }

    /** Character trigrams of the folded words, each packed into a long-free int (three UTF-16 chars hashed). */
    private static SortedIds trigrams(List<String> words) {
        String joined = String.join(" ", words);
        int n = Math.max(0, joined.length() - 2);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (joined.charAt(i) * 31 + joined.charAt(i + 1)) * 31 + joined.charAt(i + 2);
        }
        return SortedIds.of(ids);
    }
}
