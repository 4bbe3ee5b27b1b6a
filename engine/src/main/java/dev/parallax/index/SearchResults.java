package dev.parallax.index;

import java.util.List;
import java.util.Optional;

/**
 * The hits of a search and, when some word of the query is in no indexed article, the query spelled with
 * the nearest indexed words instead ("Blnken" → "Blinken"), offered only when that query finds something.
 */
public record SearchResults(List<SearchHit> hits, Optional<String> didYouMean) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
