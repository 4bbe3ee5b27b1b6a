package dev.parallax.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.ingest.ArticleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Did you mean" on a real index of two reports written here. */
class SpellingSuggestionTest {
    @TempDir
    Path dir;

    private ArticleIndex index;
    private Set<String> keys;

    @BeforeEach
    void index() throws Exception {
        Path a = Files.writeString(dir.resolve("harbour.txt"), """
                Harbour council approves the new ferry line

                The harbour council approved the ferry line on Tuesday. "We are helping the islanders continue \
                their trade," said Margarethe Olsson, the council's chair. The line opens in spring.
                """);
        Path b = Files.writeString(dir.resolve("ferry.txt"), """
                Ferry line to the islands wins approval

                Margarethe Olsson said the council voted seven to two. Fishermen welcomed the decision.
                """);
        index = ArticleIndex.inMemory();
        IndexUpdate u = index.update(List.of(a, b), new ArticleLoader());
        keys = u.articles().stream().map(IndexedArticle::key).collect(Collectors.toSet());
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private SearchResults find(String query) throws Exception {
        try (ArticleSearch s = index.search()) {
            return s.find(query, keys, 20);
        }
    }

    @Test
    void aMisspelledNameFindsNothingAndSuggestsTheIndexedSpellingInTheTypedCase() throws Exception {
        SearchResults r = find("Olson");
        assertTrue(r.hits().isEmpty());
        assertEquals(Optional.of("Olsson"), r.didYouMean());
        assertFalse(find(r.didYouMean().get()).hits().isEmpty(), "the suggestion finds something");
    }

    @Test
    void everyMisspelledWordOfAQueryIsCorrectedAndTheRestKeptAsTyped() throws Exception {
        SearchResults r = find("helpng islanders contnue");
        assertTrue(r.hits().isEmpty());
        assertEquals(Optional.of("helping islanders continue"), r.didYouMean());
        assertEquals(Optional.of("\"helping the islanders continue\""), find("\"helpng the islanders contnue\"").didYouMean());
    }

    @Test
    void aCorrectQueryGetsNoSuggestion() throws Exception {
        SearchResults r = find("Olsson council");
        assertFalse(r.hits().isEmpty());
        assertEquals(Optional.empty(), r.didYouMean());
        assertEquals(Optional.empty(), find("\"continue their trade\"").didYouMean());
    }

    @Test
    void operatorsAndFieldValuesAreLeftAsTypedAndNothingFarIsOffered() throws Exception {
        assertEquals(Optional.of("ferry AND council"), find("ferry AND counsil").didYouMean());
        assertEquals(Optional.empty(), find("speaker:Olson").didYouMean(), "a speaker value is not spell-checked");
        assertEquals(Optional.empty(), find("zzyzx").didYouMean(), "no indexed word is near");
    }

    @Test
    void aSuggestionThatWouldFindNothingInTheSearchedArticlesIsNotOffered() throws Exception {
        // Both words exist near the typed ones, but never in one unit together: the corrected query finds nothing.
        SearchResults r = find("fishermn spring");
        assertTrue(r.hits().isEmpty());
        assertEquals(Optional.empty(), r.didYouMean());
    }

    @Test
    void theSuggestionKeepsTheTypedCase() {
        assertEquals("Blinken", SpellingSuggester.sameCase("Blnken", "blinken"));
        assertEquals("UKRAINE", SpellingSuggester.sameCase("UKRANE", "ukraine"));
        assertEquals("ferry", SpellingSuggester.sameCase("fery", "ferry"));
    }
}
