package dev.parallax.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.event.Event;
import dev.parallax.index.ArticleIndex;
import dev.parallax.index.IndexUpdate;
import dev.parallax.index.IndexedArticle;
import dev.parallax.index.SearchHit;
import dev.parallax.ingest.ArticleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace on real files and a real index in a temporary folder: it opens, reads, compares on wording,
 * searches and keeps what it read; when the index is held by another writer or cannot be opened, it says
 * so in one notice and still answers; an event keeps the comparison of each of its pairs.
 */
class WorkspaceTest {
    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    /** The two seed reports, copied: the workspace reads files of its own. */
    private List<Path> twoReports() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        return List.of(Files.copy(TestData.seedA(), folder.resolve("a.txt")),
                Files.copy(TestData.seedB(), folder.resolve("b.txt")));
    }

    private static List<AnalyzedArticle> analyzed(IndexUpdate update) {
        return update.articles().stream().map(IndexedArticle::analyzed).toList();
    }

    /** Compares, searches and reads back, whatever index the workspace ended up with. */
    private static void answers(Workspace workspace, List<Path> files) throws Exception {
        IndexUpdate update = workspace.update(files, new ArticleLoader());
        assertEquals(2, update.articles().size(), update.failures().toString());
        List<AnalyzedArticle> two = analyzed(update);
        Comparison c = workspace.compare(two.get(0), two.get(1), Depth.WORDING);
        assertSame(two.get(0), c.a());
        assertSame(two.get(1), c.b());
        assertFalse(c.matches().isEmpty(), "two reports of one event share passages");
        List<SearchHit> hits = workspace.search("Blinken", update.articles().stream().map(IndexedArticle::key).toList(), 50);
        assertFalse(hits.isEmpty(), "the seeds name Blinken");
        workspace.commit();
    }

    @Test
    void opensReadsComparesSearchesAndKeeps() throws Exception {
        List<Path> files = twoReports();
        Path index = dir.resolve("index");
        try (Workspace workspace = Workspace.open(index, Duration.ZERO, notices::add)) {
            answers(workspace, files);
            assertTrue(workspace.location().contains(index.getFileName().toString()), workspace.location());
        }
        assertEquals(List.of(), notices, "a healthy index opens without a word");
        try (Workspace again = Workspace.open(index, Duration.ZERO, notices::add)) {
            IndexUpdate update = again.update(files, new ArticleLoader());
            assertEquals(2, update.reused(), "the index kept both articles across workspaces");
        }
        assertEquals(List.of(), notices);
    }

    @Test
    void aComparisonOnWordingIsTheSameWithOrWithoutAnIndex() throws Exception {
        List<Path> files = twoReports();
        try (Workspace onDisk = Workspace.open(dir.resolve("index"), Duration.ZERO, notices::add);
             Workspace inMemory = Workspace.inMemory(notices::add)) {
            List<AnalyzedArticle> x = analyzed(onDisk.update(files, new ArticleLoader()));
            List<AnalyzedArticle> y = analyzed(inMemory.update(files, new ArticleLoader()));
            Comparison cx = onDisk.compare(x.get(0), x.get(1), Depth.WORDING);
            Comparison cy = inMemory.compare(y.get(0), y.get(1), Depth.WORDING);
            assertEquals(cx.matches(), cy.matches());
            assertEquals(cx.stats(), cy.stats());
        }
    }

    @Test
    void anIndexHeldByAnotherWriterGivesANoticeAndStillAnswers() throws Exception {
        List<Path> files = twoReports();
        Path index = dir.resolve("index");
        try (ArticleIndex holder = ArticleIndex.open(index).index();
             Workspace workspace = Workspace.open(index, Duration.ZERO, notices::add)) {
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.getFirst().endsWith("; working without it this time"), notices.getFirst());
            answers(workspace, files);
            assertFalse(holder.location().isEmpty());
        }
    }

    @Test
    void anUnusableIndexGivesANoticeAndStillAnswers() throws Exception {
        List<Path> files = twoReports();
        Path notAFolder = Files.writeString(dir.resolve("index"), "a file where the index folder should be");
        try (Workspace workspace = Workspace.open(notAFolder, Duration.ZERO, notices::add)) {
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.getFirst().contains("working without it this time"), notices.getFirst());
            assertFalse(notices.getFirst().matches("(?s).*[A-Z][a-z]+(Exception|Error)\\b.*"), "words, not a class name");
            answers(workspace, files);
        }
        assertEquals("a file where the index folder should be", Files.readString(notAFolder), "left as it was");
    }

    @Test
    void anEventKeepsTheComparisonOfEachPair() throws Exception {
        try (Workspace workspace = Workspace.inMemory(notices::add)) {
            List<Path> reports;
            try (Stream<Path> s = Files.list(TestData.reports("bridge-event"))) {
                reports = s.sorted().toList();
            }
            List<AnalyzedArticle> articles = analyzed(workspace.update(reports, new ArticleLoader()));
            assertTrue(articles.size() >= 3, "an event of three reports or more");
            Event event = workspace.event(articles, Depth.WORDING);
            int n = articles.size();
            assertEquals(n * (n - 1) / 2, event.pairs().size(), "one comparison per pair");
            Set<Comparison> seen = new HashSet<>();
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < n; y++) {
                    Comparison c = event.pair(x, y);
                    assertSame(articles.get(x), c.a(), "A is the one first in the event");
                    assertSame(articles.get(y), c.b());
                    assertSame(c, event.pair(y, x), "either order names the same pair");
                    assertTrue(seen.add(c), "each pair its own comparison");
                }
            }
            // what the event says two reports share is what their pair's comparison found
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < n; y++) {
                    boolean grouped = false;
                    for (var g : event.groups()) {
                        Set<Integer> members = new HashSet<>();
                        g.members().forEach(m -> members.add(m.article()));
                        grouped |= members.contains(x) && members.contains(y);
                    }
                    assertEquals(grouped, !event.pair(x, y).matches().isEmpty(), "pair " + x + "," + y);
                }
            }
            assertThrows(IndexOutOfBoundsException.class, () -> event.pair(0, 0));
            assertThrows(IndexOutOfBoundsException.class, () -> event.pair(0, n));
        }
        assertEquals(List.of(), notices);
    }
}
