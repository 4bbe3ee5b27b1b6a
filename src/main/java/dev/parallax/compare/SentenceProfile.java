package dev.parallax.compare;

import dev.parallax.index.Analyzers;
import dev.parallax.text.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the similarity measures need of one passage, computed once: its folded words, stems, character
 * trigrams and numbers.
 */
public record SentenceProfile(Span span, String text, List<String> words, int[] wordIds, List<String> stems,
                              Set<String> stemSet, Set<String> trigrams, Set<String> numbers) {

    public static SentenceProfile of(Span span, String text) {
        List<String> words = Analyzers.words(text);
        List<String> stems = Analyzers.stems(text);
        Set<String> numbers = new HashSet<>();
        for (String w : words) {
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                numbers.add(w.replace(",", ""));
            }
        }
        return new SentenceProfile(span, text, words, WordIds.of(words), stems, Set.copyOf(stems), trigrams(words),
                Set.copyOf(numbers));
    }

    /** The profile of two adjacent passages read as one (for one sentence matching two shorter ones). */
    public SentenceProfile join(SentenceProfile next, String articleText) {
        Span joined = new Span(Math.min(span.start(), next.span.start()), Math.max(span.end(), next.span.end()));
        return of(joined, joined.of(articleText));
    }

    private static Set<String> trigrams(List<String> words) {
        String joined = String.join(" ", words);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= joined.length(); i++) {
            out.add(joined.substring(i, i + 3));
        }
        return out;
    }
}
