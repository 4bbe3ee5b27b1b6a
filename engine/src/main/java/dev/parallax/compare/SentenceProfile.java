package dev.parallax.compare;

import dev.parallax.text.analysis.Analyzers;
import dev.parallax.text.Span;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the similarity measures need of one passage, computed once: its folded words, stems, character
 * trigrams and numbers; as sorted id sets too, so overlaps are merge-intersections without hashing.
 * Profiles are kept for every sentence of both articles, so they hold no copy they can share: words and
 * stems are the one canonical instance of each (see {@link WordIds#canonical}), and the distinct stems
 * are {@code stemIds}, not a set of strings. A 50 MB text has some 360,000 sentences.
 *
 * <p>The stems are made with the profile (the candidate search needs them of every unit); the rest only
 * when a unit is scored: of a long text compared with a short report, a few hundred of its sentences are.
 * {@link #prepare} makes them for many profiles at once, on every core.
 */
public final class SentenceProfile {
    private final Span span;
    private final String text;
    private final List<String> stems;
    /** The wording details, made on first use (a benign race: two threads would make equal ones). */
    private volatile Wording wording;

    private record Wording(List<String> words, int[] wordIds, Set<String> numbers, SortedIds wordSet,
                           SortedIds stemIds, SortedIds trigramIds) {
    }

    private SentenceProfile(Span span, String text, List<String> stems) {
        this.span = span;
        this.text = text;
        this.stems = stems;
    }

    public static SentenceProfile of(Span span, String text) {
        return new SentenceProfile(span, text, WordIds.canonical(Analyzers.stems(text)));
    }

    /** Makes the wording details of these profiles now, on every core when they are many. */
    static void prepare(Collection<SentenceProfile> profiles) {
        (profiles.size() >= 2_000 ? profiles.parallelStream() : profiles.stream()).forEach(SentenceProfile::wording);
    }

    /** Whether the wording details were made (tests watch that a long text's are made only for candidates). */
    boolean hasWording() {
        return wording != null;
    }

    private Wording wording() {
        Wording w = wording;
        if (w == null) {
            List<String> words = WordIds.canonical(Analyzers.comparableWords(text));
            Set<String> numbers = new HashSet<>();
            for (String word : words) {
                if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
                    numbers.add(word.replace(",", ""));
                }
            }
            int[] wordIds = WordIds.of(words);
            w = new Wording(words, wordIds, Set.copyOf(numbers), SortedIds.of(wordIds),
                    SortedIds.of(WordIds.of(stems)), trigrams(words));
            wording = w;
        }
        return w;
    }

    public Span span() {
        return span;
    }

    public String text() {
        return text;
    }

    public List<String> stems() {
        return stems;
    }

    public List<String> words() {
        return wording().words();
    }

    public int[] wordIds() {
        return wording().wordIds();
    }

    public Set<String> numbers() {
        return wording().numbers();
    }

    public SortedIds wordSet() {
        return wording().wordSet();
    }

    public SortedIds stemIds() {
        return wording().stemIds();
    }

    public SortedIds trigramIds() {
        return wording().trigramIds();
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

    @Override
    public String toString() {
        return "SentenceProfile[" + span + ": " + text + "]";
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
