package dev.parallax.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.ingest.ArticleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    private List<SearchHit> search(ArticleIndex index, String query, IndexUpdate update) throws Exception {
        Set<String> keys = update.articles().stream().map(IndexedArticle::key).collect(Collectors.toSet());
        try (ArticleSearch s = index.search()) {
            return s.search(query, keys, 20);
        }
    }

    private static Set<String> files(List<SearchHit> hits) {
        return hits.stream().map(h -> Path.of(h.key()).getFileName().toString()).collect(Collectors.toSet());
    }

    @Test
    void manyFilesAreReadInParallelButComeBackInOrderWithProgressForEach(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(java.nio.file.Files.writeString(dir.resolve("report-" + i + ".txt"),
                    "Report number " + i + "\n\nThe council met on day " + i + " and voted on the bridge."));
        }
        files.add(files.get(3)); // named twice: read once, returned twice
        List<Integer> told = new java.util.ArrayList<>();
        try (ArticleIndex index = ArticleIndex.inMemory()) {
            IndexUpdate u = index.update(files, loader, (file, done, total) -> {
                assertEquals(13, total);
                told.add(done);
            });
            assertEquals(java.util.stream.IntStream.range(0, 13).boxed().toList(), told);
            assertEquals(13, u.articles().size());
            for (int i = 0; i < 13; i++) {
                assertEquals(ArticleIndex.key(files.get(i)), u.articles().get(i).key(), "article " + i + " in input order");
            }
            assertTrue(u.articles().stream().noneMatch(IndexedArticle::reused), "all read anew the first time");
            index.commit();
            IndexUpdate again = index.update(files.subList(0, 12), loader);
            assertTrue(again.articles().stream().allMatch(IndexedArticle::reused), "then all taken from the index");
        }
    }

    @Test
    void forgivingQuoteSearchFindsBothReportsWhenOneInsertsAWord() throws Exception {
        try (ArticleIndex index = ArticleIndex.inMemory()) {
            IndexUpdate u = index.update(List.of(TestData.seeds()), loader);
            assertEquals(2, u.articles().size());
            List<SearchHit> hits = search(index, "\"are helping Putin continue the aggression\"", u);
            assertEquals(Set.of("000_1892a7c5b9cc6f21.txt", "002_662e5159e07f3f7b.txt"), files(hits));
            for (SearchHit h : hits) {
                String article = u.articles().stream().filter(a -> a.key().equals(h.key())).findFirst().orElseThrow()
                        .analyzed().text();
                assertEquals(h.text(), article.substring(h.start(), h.end()), "hit offsets index the article");
                String marked = h.highlights().stream().map(s -> article.substring(s.start(), s.end()))
                        .collect(Collectors.joining("|"));
                assertTrue(marked.startsWith("are") && marked.endsWith("aggression"), marked);
            }
        }
    }

    @Test
    void curlyAndStraightQuotesCaseAndPunctuationAreForgiven() throws Exception {
        try (ArticleIndex index = ArticleIndex.inMemory()) {
            IndexUpdate u = index.update(List.of(TestData.seeds()), loader);
            assertEquals(2, files(search(index, "“DOESN’T ADD UP”", u)).size());
            assertEquals(2, files(search(index, "\"doesn't add up!\"", u)).size());
            assertEquals(2, files(search(index, "'war machine'", u)).size());
        }
    }

    @Test
    void wordsBooleansAndExclusionsWork() throws Exception {
        try (ArticleIndex index = ArticleIndex.inMemory()) {
            IndexUpdate u = index.update(List.of(TestData.seeds()), loader);
            assertEquals(Set.of("002_662e5159e07f3f7b.txt"), files(search(index, "Amorim", u)));
            assertEquals(Set.of("000_1892a7c5b9cc6f21.txt"), files(search(index, "fentanyl OR Laos", u)));
            assertTrue(search(index, "Wang -Blinken", u).stream().noneMatch(h -> h.text().contains("Blinken")));
            assertTrue(search(index, "colonialism AND Kyiv", u).size() == 1);
        }
    }

    @Test
    void unchangedFilesAreTakenFromTheIndexAndChangedOnesReRead() throws Exception {
        Path a = Files.copy(TestData.seedA(), dir.resolve("a.txt"));
        Files.copy(TestData.seedB(), dir.resolve("b.txt"));
        Path folder = dir.resolve("index");
        try (ArticleIndex index = ArticleIndex.open(folder).index()) {
            IndexUpdate first = index.update(List.of(dir), loader);
            assertEquals(2, first.articles().size());
            assertEquals(0, first.reused());
        }
        try (ArticleIndex index = ArticleIndex.open(folder).index()) {
            IndexUpdate second = index.update(List.of(dir), loader);
            assertEquals(2, second.reused(), "an unchanged file is not read again");
            Files.writeString(a, Files.readString(a).replace("Fruits of diplomacy", "Fruits of talks"));
            Files.setLastModifiedTime(a, FileTime.fromMillis(System.currentTimeMillis() + 5000));
            IndexUpdate third = index.update(List.of(dir), loader);
            assertEquals(1, third.reused());
            IndexedArticle changed = third.articles().stream().filter(x -> !x.reused()).findFirst().orElseThrow();
            assertTrue(changed.analyzed().text().contains("Fruits of talks"));
            assertTrue(search(index, "pastor", third).size() == 1, "the re-read article replaces the old one");
        }
    }

    @Test
    void aReadOnlyPassOverUnchangedFilesLeavesTheIndexFilesUntouched() throws Exception {
        Path folder = dir.resolve("index");
        List<IndexedArticle> written;
        try (ArticleIndex index = ArticleIndex.open(folder).index()) {
            written = index.update(List.of(TestData.seeds()), loader).articles();
        }
        java.util.Map<String, String> before = listing(folder);
        try (ArticleIndex index = ArticleIndex.open(folder).index()) {
            IndexUpdate again = index.update(List.of(TestData.seeds()), loader);
            assertEquals(2, again.reused());
            assertFalse(search(index, "\"war machine\"", again).isEmpty());
            index.commit();
            // decoded from the index, each article is the one the first update analysed
            for (int i = 0; i < 2; i++) {
                assertEquals(written.get(i).analyzed(), again.articles().get(i).analyzed());
                assertEquals(written.get(i).key(), again.articles().get(i).key());
            }
        }
        assertEquals(before, listing(folder), "no new commit, segment or rewritten file");
    }

    /** Every file of a folder but the lock, with its size and time. */
    private static java.util.Map<String, String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            java.util.Map<String, String> out = new java.util.TreeMap<>();
            for (Path p : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                out.put(p.getFileName().toString(), Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
            return out;
        }
    }

    @Test
    void readersOpenTheIndexWhileAWriterHoldsItAndASecondWriterIsToldItIsBusy() throws Exception {
        Path folder = dir.resolve("index");
        try (ArticleIndex writer = ArticleIndex.open(folder).index()) {
            IndexUpdate u = writer.update(List.of(TestData.seeds()), loader);
            assertThrows(IndexBusyException.class, () -> ArticleIndex.open(folder));
            try (ArticleSearch reader = ArticleSearch.openReadOnly(folder)) {
                Set<String> keys = u.articles().stream().map(IndexedArticle::key).collect(Collectors.toSet());
                assertEquals(2, reader.search("\"war machine\"", keys, 10).size());
            }
        }
    }

    @Test
    void damagedIndexIsSetAsideAndRebuilt() throws Exception {
        Path folder = dir.resolve("index");
        try (ArticleIndex index = ArticleIndex.open(folder).index()) {
            index.update(List.of(TestData.seedA()), loader);
        }
        try (var files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(p, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        ArticleIndex.Opened opened = ArticleIndex.open(folder);
        try (ArticleIndex index = opened.index()) {
            assertTrue(opened.notice() != null && opened.notice().contains("rebuilt"), String.valueOf(opened.notice()));
            assertEquals(1, index.update(List.of(TestData.seedA()), loader).articles().size());
        }
    }

    @Test
    void emptyAndBrokenQueriesGiveAMessageNotAnException() throws Exception {
        try (ArticleIndex index = ArticleIndex.inMemory()) {
            IndexUpdate u = index.update(List.of(TestData.seeds()), loader);
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search(index, "   ", u));
            assertTrue(e.getMessage().contains("empty"));
            assertFalse(search(index, "\"war machine", u).isEmpty(), "an unbalanced quote is read as words");
            search(index, "AND OR (( ]]", u); // must not throw
        }
    }

    /** A text of this many sentences has its sentence documents written while the caller goes on. */
    private static String longText(int sentences, String last) {
        java.util.Random random = new java.util.Random(7);
        StringBuilder text = new StringBuilder("A long record\n\nIt opens with frandish words. ");
        for (int i = 0; i < sentences - 2; i++) {
            for (int w = 0; w < 6; w++) {
                text.append(w == 0 ? "Ba" : " ba").append(Integer.toString(random.nextInt(5_000), 36));
            }
            text.append(i % 5 == 4 ? ".\n\n" : ". ");
        }
        return text.append("The record ends with ").append(last).append(" here.\n").toString();
    }

    @Test
    void aLongTextsSentencesWrittenInTheBackgroundAreAllSearchedSavedAndReplaced() throws Exception {
        Path file = Files.writeString(dir.resolve("long.txt"), longText(12_000, "zorblat"));
        Path folder = dir.resolve("index");
        try (ArticleIndex index = ArticleIndex.open(folder).index()) {
            IndexUpdate first = index.update(List.of(file), loader);
            assertTrue(first.articles().getFirst().analyzed().sentences().size() > 10_000, "long enough to be written aside");
            assertEquals(1, search(index, "zorblat", first).size(), "a search waits for the sentences being written");
            Files.writeString(file, longText(12_000, "quindle"));
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
            IndexUpdate second = index.update(List.of(file), loader);
            assertEquals(0, second.reused());
            assertTrue(search(index, "zorblat", second).isEmpty(), "the old text's sentences are gone");
            assertEquals(1, search(index, "quindle", second).size(), "and the new text's are there, once");
        } // closing waits for the sentences, then saves them
        try (ArticleIndex index = ArticleIndex.open(folder).index()) {
            IndexUpdate again = index.update(List.of(file), loader);
            assertEquals(1, again.reused());
            assertEquals(1, search(index, "quindle", again).size());
            assertEquals(1, search(index, "frandish", again).size(), "the first sentence was saved too");
        }
    }
}
