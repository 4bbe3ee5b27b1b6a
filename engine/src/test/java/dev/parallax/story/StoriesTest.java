package dev.parallax.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestArticles;
import dev.parallax.TestData;
import dev.parallax.article.AnalyzedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The story decision on real files: three reports of one event, an Arabic pair and the two seeds. */
class StoriesTest {
    private static List<AnalyzedArticle> library() {
        List<AnalyzedArticle> out = new ArrayList<>();
        for (String name : List.of("wire.txt", "daily.txt", "tribune.txt")) {
            out.add(TestArticles.analyzed(TestData.reports("bridge-event").resolve(name)));
        }
        out.add(TestArticles.analyzed(TestData.reports("arabic-pair").resolve("1.txt")));
        out.add(TestArticles.analyzed(TestData.reports("arabic-pair").resolve("2.txt")));
        out.add(TestArticles.analyzed(TestData.seedA()));
        out.add(TestArticles.analyzed(TestData.seedB()));
        return out;
    }

    private static Set<String> names(Story story) {
        return story.articles().stream().map(a -> Path.of(a.article().path()).getFileName().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void eachEventIsOneStoryAndNoStoryMixesEvents() {
        List<Story> stories = new Stories().group(library());
        assertEquals(3, stories.size(), stories::toString);
        assertEquals(Set.of("wire.txt", "daily.txt", "tribune.txt"), names(stories.get(0)), "largest story first");
        assertEquals(Set.of("1.txt", "2.txt"), names(stories.get(1)).size() == 2 && names(stories.get(1)).contains("1.txt")
                ? names(stories.get(1)) : names(stories.get(2)));
        assertEquals(7, stories.stream().mapToInt(s -> s.articles().size()).sum(), "every article in one story");
    }

    @Test
    void aLoneArticleIsAStoryOfOne() {
        List<AnalyzedArticle> lib = new ArrayList<>(library().subList(0, 3));
        lib.add(TestArticles.analyzed(TestData.seedA()));
        List<Story> stories = new Stories().group(lib);
        assertEquals(2, stories.size());
        assertEquals(1, stories.get(1).articles().size());
        assertEquals(TestData.seedA().toString(), stories.get(1).articles().getFirst().article().path());
    }

    @Test
    void relatedRanksTheOtherReportsOfTheStoryFirstWithTheirReasons() {
        List<Related> related = new Stories().related(library(), 0);
        assertTrue(related.size() >= 2);
        Set<String> top = related.subList(0, 2).stream()
                .map(r -> Path.of(r.article().article().path()).getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("daily.txt", "tribune.txt"), top);
        assertTrue(related.get(0).sameStory() && related.get(1).sameStory());
        assertTrue(related.stream().skip(2).noneMatch(Related::sameStory), related::toString);
        assertTrue(related.get(0).names().contains("okafor"), related.get(0).names()::toString);
        assertTrue(related.get(0).features().quotes() > 0, "the reports share a quotation");
    }

    @Test
    void averageLinkageMergesWhileTheMeanOverAllMemberPairsReachesTheCut() {
        // 0-1-2 a tight triangle; 3 tied to 2 alone (mean with the triangle 0.6 / 3 < 0.5); 4 alone.
        List<int[]> edges = List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2}, new int[] {2, 3});
        int[] c = AverageLinkage.cluster(5, edges, new double[] {0.9, 0.8, 0.7, 0.6}, 0.5);
        assertEquals(c[0], c[1]);
        assertEquals(c[1], c[2]);
        assertTrue(c[3] != c[0] && c[4] != c[0] && c[3] != c[4]);
    }
}
