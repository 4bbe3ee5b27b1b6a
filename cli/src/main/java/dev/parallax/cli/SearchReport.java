package dev.parallax.cli;

import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.index.SearchHit;
import dev.parallax.index.SearchResults;
import dev.parallax.ingest.LoadResult;
import java.util.List;
import java.util.Map;

/** The JSON shape of {@code parallax search --json}. */
record SearchReport(String query, int articles, List<Hit> hits, List<String> errors, String didYouMean) {

    record Hit(String path, String title, String kind, int ordinal, int start, int end, String text,
               List<SearchHit.Span> highlights, String speaker, float score) {
    }

    /** {@code didYouMean}: the query with misspelled words corrected (see SearchResults), else null. */
    static SearchReport of(String query, SearchResults results, Map<String, IndexedArticle> byKey, IndexUpdate update) {
        List<Hit> out = results.hits().stream().map(h -> {
            var article = byKey.get(h.key()).analyzed().article();
            return new Hit(article.path(), article.title(), h.kind(), h.ordinal(), h.start(), h.end(), h.text(),
                    h.highlights(), h.speaker(), h.score());
        }).toList();
        return new SearchReport(query, byKey.size(), out,
                update.failures().stream().map(LoadResult.Failed::message).toList(),
                results.didYouMean().orElse(null));
    }
}
