package dev.parallax.compare.event;

import dev.parallax.compare.Alignments;
import dev.parallax.compare.Comparer;
import dev.parallax.compare.PairAlignment;
import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.article.AnalyzedArticle;
import java.util.List;

/**
 * The event engine: two or more analysed articles in, an immutable {@link Event} out. Every pair is aligned
 * once by {@link Comparer} (each article embedded once, one candidate index for all), then the pairwise
 * alignments are merged into groups, quotations and numbers across the articles.
 */
public final class EventComparer {
    /**
     * The most reports one event takes: every pair is aligned, so the work grows with the square of the
     * count (50 reports are 1,225 pairs; a folder of 5,000 notes would be 12.5 million).
     */
    public static final int MAX_ARTICLES = 50;

    private final Comparer comparer;

    /** @param embedder sentence embeddings, or null for a lexical-only comparison */
    public EventComparer(SentenceEmbedder embedder) {
        this.comparer = new Comparer(embedder);
    }

    public Event compare(List<AnalyzedArticle> articles) {
        if (articles.size() < 2) {
            throw new IllegalArgumentException("an event needs two articles or more, got " + articles.size());
        }
        return of(comparer.alignAll(articles));
    }

    /** The event the pairwise alignments make. */
    public static Event of(Alignments alignments) {
        List<String> texts = alignments.articles().stream().map(AnalyzedArticle::text).toList();
        List<Group> groups = Grouping.of(alignments);
        return new Event(alignments.articles(), groups, Shares.unique(texts, alignments.units(), groups),
                QuoteGroups.of(alignments), NumberGroups.of(alignments),
                Shares.coverage(texts, alignments.units(), groups),
                alignments.pairs().stream().map(PairAlignment::comparison).toList());
    }
}
