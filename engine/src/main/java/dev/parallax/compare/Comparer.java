package dev.parallax.compare;

import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.Span;
import dev.parallax.text.numbers.NumberFinder;
import dev.parallax.text.numbers.NumberMention;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The comparison engine: two analysed articles in, an immutable {@link Comparison} out; or many articles in,
 * every pair of them aligned once ({@link #alignAll}). With an embedder the paraphrase decisions use meaning
 * as well as wording; without one (while the model loads) they use wording alone.
 */
public final class Comparer {
    private final SentenceEmbedder embedder;

    /** @param embedder sentence embeddings, or null for a lexical-only comparison */
    public Comparer(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    public Comparison compare(AnalyzedArticle a, AnalyzedArticle b) {
        // No vectors up front: the aligner asks for those of the units that have a candidate, which for a
        // long text against a short one is a few hundred sentences, not all of them.
        // The numbers are found on another thread while the units are cut and indexed (a long text's take seconds).
        java.util.concurrent.CompletableFuture<List<List<NumberMention>>> numbers =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> List.of(numbers(a), numbers(b)));
        List<List<Unit>> units = List.of(Units.of(0, a), Units.of(1, b));
        try (CandidateIndex index = CandidateIndex.onDemand(units)) { // each side is asked into once
            List<List<NumberMention>> found = numbers.join();
            return pair(0, a, units.get(0), found.get(0), 1, b, units.get(1), found.get(1), index).comparison();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Every pair of the articles aligned, each pair once. Each article is cut into units, embedded and
     * searched for numbers once, and one candidate index serves every pair, so n articles cost n
     * embeddings, not n²; the pairs run in parallel, one per core.
     */
    public Alignments alignAll(List<AnalyzedArticle> articles) {
        List<List<Unit>> units = new ArrayList<>();
        List<List<NumberMention>> numbers = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            units.add(Units.of(i, articles.get(i)));
            numbers.add(numbers(articles.get(i)));
        }
        embed(articles, units);
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), articles.size() * (articles.size() - 1) / 2));
        try (CandidateIndex index = new CandidateIndex(units);
             ExecutorService pool = Executors.newFixedThreadPool(workers,
                     Thread.ofPlatform().daemon().name("align-", 0).factory())) {
            List<Future<PairAlignment>> futures = new ArrayList<>();
            for (int x = 0; x < articles.size(); x++) {
                for (int y = x + 1; y < articles.size(); y++) {
                    int fx = x;
                    int fy = y;
                    futures.add(pool.submit(() -> pair(fx, articles.get(fx), units.get(fx), numbers.get(fx),
                            fy, articles.get(fy), units.get(fy), numbers.get(fy), index)));
                }
            }
            List<PairAlignment> pairs = new ArrayList<>();
            for (Future<PairAlignment> f : futures) {
                pairs.add(f.get());
            }
            return new Alignments(articles, units, pairs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while comparing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Every unit the model can read needs its vector: the missing ones are computed in one parallel batch. */
    private void embed(List<AnalyzedArticle> articles, List<List<Unit>> units) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (embedder != null && embedder.reads(articles.get(i).article().language())) {
                units.get(i).forEach(u -> texts.add(u.profile().text()));
            }
        }
        if (!texts.isEmpty()) {
            embedder.embedAll(texts);
        }
    }

    /** The embedder when the model reads both articles' language, else null (wording alone decides). */
    private SentenceEmbedder embedderFor(AnalyzedArticle a, AnalyzedArticle b) {
        return embedder != null && embedder.reads(a.article().language()) && embedder.reads(b.article().language())
                ? embedder : null;
    }

    private static List<NumberMention> numbers(AnalyzedArticle a) {
        return new NumberFinder().find(a.text());
    }

    /** One pair: units aligned, then passages, unique passages, quotations, numbers and shares. */
    private PairAlignment pair(int x, AnalyzedArticle a, List<Unit> ua, List<NumberMention> na,
                               int y, AnalyzedArticle b, List<Unit> ub, List<NumberMention> nb,
                               CandidateIndex index) {
        List<SentencePair> pairs = ua.isEmpty() || ub.isEmpty() ? List.of()
                : new PairAligner(new Scorer(embedderFor(a, b))).align(ua, ub, index, a.text(), b.text());
        List<Match> matches = Passages.matches(pairs, ua, ub, a.text(), b.text());
        List<UniquePassage> unique = new ArrayList<>(Passages.unique(0, ua, pairs, true, a.text()));
        unique.addAll(Passages.unique(1, ub, pairs, false, b.text()));
        List<QuoteMatch> quotes = QuoteAligner.align(a.text(), a.quotes(), b.text(), b.quotes());
        List<Match> byA = matches.stream().sorted(java.util.Comparator.comparingInt(m -> m.a().start())).toList();
        List<NumberMatch> numbers = new NumberAligner().align(a.text(), na, b.text(), nb,
                (inA, inB) -> sameContext(byA, inA, inB));
        Stats stats = new Stats(Passages.shared(a.text(), matches.stream().map(Match::a).toList()),
                Passages.shared(b.text(), matches.stream().map(Match::b).toList()));
        return new PairAlignment(x, y, pairs, new Comparison(List.of(a, b), matches, unique, quotes, numbers, stats));
    }

    /**
     * True when the two spans lie inside the two sides of one matched passage. The matches are disjoint and
     * sorted by their start in A, so the one passage that can hold {@code inA} is found by binary search, not a scan per
     * number (which made many numbers in a long text quadratic).
     */
    static boolean sameContext(List<Match> matches, Span inA, Span inB) {
        int lo = 0;
        int hi = matches.size() - 1;
        int at = -1;
        while (lo <= hi) { // the last match starting at or before inA
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).a().start() <= inA.start()) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = at; i >= 0 && i >= at - 1; i--) { // and its predecessor, should two share a start
            Match m = matches.get(i);
            if (m.a().contains(inA) && m.b().contains(inB)) {
                return true;
            }
        }
        return false;
    }
}
