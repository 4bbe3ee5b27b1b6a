package dev.parallax.compare;

import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.ingest.AnalyzedArticle;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison engine: two analysed articles in, an immutable {@link Comparison} out. With an embedder
 * the paraphrase decisions use meaning as well as wording; without one (while the model loads) they use
 * wording alone.
 */
public final class Comparer {
    private final SentenceEmbedder embedder;

    /** @param embedder sentence embeddings, or null for a lexical-only comparison */
    public Comparer(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    public Comparison compare(AnalyzedArticle a, AnalyzedArticle b) {
        List<Unit> ua = Units.of(0, a);
        List<Unit> ub = Units.of(1, b);
        if (embedder != null) { // every unit needs its vector: compute the missing ones in one parallel batch
            List<String> texts = new ArrayList<>();
            ua.forEach(u -> texts.add(u.profile().text()));
            ub.forEach(u -> texts.add(u.profile().text()));
            embedder.embedAll(texts);
        }
        List<SentencePair> pairs;
        if (ua.isEmpty() || ub.isEmpty()) {
            pairs = List.of();
        } else {
            try (CandidateIndex index = new CandidateIndex(List.of(ua, ub))) {
                pairs = new PairAligner(new Scorer(embedder)).align(ua, ub, index, a.text(), b.text());
            }
        }
        List<Match> matches = Passages.matches(pairs, ua, ub, a.text(), b.text());
        List<UniquePassage> unique = new ArrayList<>(Passages.unique(0, ua, pairs, true, a.text()));
        unique.addAll(Passages.unique(1, ub, pairs, false, b.text()));
        List<QuoteMatch> quotes = QuoteAligner.align(a.text(), a.quotes(), b.text(), b.quotes());
        List<NumberMatch> numbers = new NumberAligner().align(a.text(), b.text(),
                (inA, inB) -> sameContext(matches, inA, inB));
        Stats stats = new Stats(Passages.shared(a.text(), matches.stream().map(Match::a).toList()),
                Passages.shared(b.text(), matches.stream().map(Match::b).toList()));
        return new Comparison(List.of(a, b), matches, unique, quotes, numbers, stats);
    }

    /** True when the two spans lie inside the two sides of one matched passage. */
    static boolean sameContext(List<Match> matches, Span inA, Span inB) {
        for (Match m : matches) {
            if (m.a().contains(inA) && m.b().contains(inB)) {
                return true;
            }
        }
        return false;
    }
}
