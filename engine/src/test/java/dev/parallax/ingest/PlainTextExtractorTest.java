package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.lang.UScript;
import dev.parallax.TestData;
import dev.parallax.text.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.parallax.article.Article;
import dev.parallax.article.BlockKind;
import dev.parallax.ingest.extract.ArticleAssembler;

class PlainTextExtractorTest {
    private final ArticleLoader loader = new ArticleLoader();

    private Article load(Path p) {
        return ((LoadResult.Loaded) loader.loadFile(p)).article();
    }

    private static Article fromText(String text) {
        return ArticleAssembler.assemble("t.txt", new PlainTextExtractor().extract(text));
    }

    @Test
    void englishArticleWrappedInArabicChromeKeepsNoArabicInItsBody() {
        Article a = load(TestData.seedA());
        assertEquals("en", a.language());
        assertTrue(a.title() != null && Languages.dominantScript(a.title()) == UScript.LATIN);
        assertTrue(a.text().codePoints().noneMatch(c -> UScript.getScript(c) == UScript.ARABIC),
                "no Arabic letter may reach the body");
        assertTrue(a.removed().size() >= 5, "navigation and comment-form blocks are listed: " + a.removed());
        assertTrue(a.removed().stream().allMatch(r -> Languages.dominantScript(r) == UScript.ARABIC));
        String first = a.blockText(a.blocks().getFirst());
        assertTrue(first.startsWith("US Secretary of State"), first);
        assertTrue(a.text().endsWith("during the Cold War."));
    }

    @Test
    void subheadingsInsideTheBodyAreHeadingsNotParagraphs() {
        Article a = load(TestData.seedA());
        List<String> headings = a.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING).map(a::blockText).toList();
        assertEquals(List.of("Keeping up peace push", "Fruits of diplomacy"), headings);
        Article b = load(TestData.seedB());
        assertEquals(1, b.blocks().stream().filter(x -> x.kind() == BlockKind.HEADING).count());
    }

    @Test
    void trailingCommentsLabelIsRemovedAndTitleIsTheFirstLine() {
        Article b = load(TestData.seedB());
        assertTrue(b.title().startsWith("Blinken Says China"));
        assertEquals(List.of("Comments"), b.removed());
        assertFalse(b.text().contains("Comments"));
        assertTrue(b.text().endsWith("he said."));
    }

    @Test
    void englishChromeAroundAnEnglishStoryIsRemoved() {
        String page = """
                Home | World | Politics | Sport

                Council approves new bridge over the river

                By Jane Doe

                The city council on Tuesday approved plans for a new bridge across the river, ending years of debate.

                The bridge will cost about 40 million dollars and open in 2027, the mayor said at a press conference.

                Share this article

                We use cookies to improve your experience. By continuing you agree to our cookie policy.

                Related articles
                """;
        Article a = fromText(page);
        assertEquals("Council approves new bridge over the river", a.title());
        assertEquals("By Jane Doe", a.metadata().byline());
        assertEquals(2, a.blocks().size());
        assertTrue(a.removed().contains("Share this article"));
        assertTrue(a.removed().stream().anyMatch(r -> r.startsWith("We use cookies")));
        assertTrue(a.removed().contains("Home | World | Politics | Sport"));
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String text = """
                A headline for a wrapped story

                The committee met on Monday to discuss the budget for the coming year and
                decided after a long debate that the funds for the new library would be
                released in two parts, the first of them in the spring.

                Members said the decision was overdue.
                """;
        Article a = fromText(text);
        assertEquals(2, a.blocks().size());
        assertTrue(a.blockText(a.blocks().getFirst()).contains("year and decided after"));
    }

    @Test
    void documentWithoutProseKeepsItsLines() {
        Article a = fromText("Shopping list\n\nApples\n\nPears\n");
        assertEquals("Shopping list", a.title());
        assertEquals(2, a.blocks().size());
    }

    @Test
    void emptyAndWhitespaceOnlyTextsYieldNoBody() {
        assertTrue(fromText("").text().isEmpty());
        assertTrue(fromText(" \n\n \u00a0 \n").text().isEmpty());
        assertNull(fromText("").title());
    }

    /**
     * BASIL articles are clean text (title, blank line, paragraphs): extraction must keep their bodies
     * whole and take the first line as title, on all 300 of them.
     */
    @Test
    void cleanCorpusArticlesKeepTheirWholeBody() throws IOException {
        Path events = TestData.corpus("basil-news-triplets").resolve("events");
        List<Path> files;
        try (var walk = Files.walk(events)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(300, files.size());
        int titleRight = 0;
        int titled = 0;
        long kept = 0;
        long total = 0;
        for (Path f : files) {
            String raw = Files.readString(f);
            int cut = raw.indexOf("\n\n");
            String title = raw.substring(0, cut).replaceAll("\\s+", " ").strip();
            String body = raw.substring(cut).replaceAll("\\s+", " ").strip();
            Article a = load(f);
            if (!title.isEmpty()) {
                titled++;
                titleRight += title.equals(a.title()) ? 1 : 0;
            }
            total += body.length();
            String got = a.text().replaceAll("\\s+", " ");
            kept += got.length() <= body.length() && body.contains(got.substring(0, Math.min(200, got.length())))
                    ? got.length() : 0;
        }
        assertTrue(titleRight >= titled - 5, "titles right: " + titleRight + "/" + titled);
        assertTrue(kept >= total * 0.97, "body kept: " + kept + " of " + total);
    }

    @Test
    void jsonOfAnArticleFollowsTheContractFields() throws IOException {
        Article a = load(TestData.seedA());
        JsonNode n = new ObjectMapper().readTree(dev.parallax.export.Json.MAPPER.writeValueAsString(
                dev.parallax.export.ArticleJson.of(0, a)));
        for (String field : List.of("id", "path", "title", "text", "removed", "language")) {
            assertTrue(n.has(field), field);
        }
        assertEquals("A", n.get("id").asText());
    }
}
