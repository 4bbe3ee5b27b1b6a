package dev.parallax.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.compare.Comparison;
import dev.parallax.export.ComparisonJson;
import dev.parallax.index.IndexUpdate;
import dev.parallax.ingest.ArticleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meaning model is not loaded when every vector a comparison needs is already in the index. */
class MeaningLoadTest {
    @TempDir
    Path dir;

    private record Run(String json, boolean modelAsked, boolean modelExpected) {
    }

    private Run compareOnMeaning(Path index, List<Path> files) throws Exception {
        List<String> notices = new ArrayList<>();
        try (Workspace workspace = Workspace.open(index, Duration.ZERO, notices::add)) {
            IndexUpdate update = workspace.update(files, new ArticleLoader());
            workspace.expectMeaning(update.articles(), Depth.MEANING);
            boolean expected = workspace.meaningModelAsked();
            Comparison c = workspace.compare(update.articles().get(0).analyzed(), update.articles().get(1).analyzed(), Depth.MEANING);
            workspace.commit();
            assertEquals(List.of(), notices);
            return new Run(ComparisonJson.render(c), workspace.meaningModelAsked(), expected);
        }
    }

    @Test
    void aSecondComparisonOfTheSamePairDoesNotLoadTheModel() throws Exception {
        Path a = Files.copy(TestData.seedA(), dir.resolve("a.txt"));
        Path b = Files.copy(TestData.seedB(), dir.resolve("b.txt"));
        Path index = dir.resolve("index");

        Run first = compareOnMeaning(index, List.of(a, b));
        assertTrue(first.modelExpected(), "new articles: the model starts loading before the comparison");
        assertTrue(first.modelAsked());

        Run second = compareOnMeaning(index, List.of(a, b));
        assertFalse(second.modelExpected(), "both articles reused from the index");
        assertFalse(second.modelAsked(), "every vector was in the index");
        assertEquals(first.json(), second.json(), "the same comparison from the stored vectors");
    }
}
