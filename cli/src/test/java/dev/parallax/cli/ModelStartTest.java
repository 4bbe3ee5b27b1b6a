package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.compare.semantic.OnnxEmbedder;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.workspace.Depth;
import dev.parallax.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meaning model (native ONNX Runtime code) starts loading only when a comparison will use it, so a
 * command that ends early never has native initialisation running while the JVM exits (that crashed it).
 */
class ModelStartTest {
    @TempDir
    Path dir;

    private static AnalyzedArticle read(Path file) {
        return AnalyzedArticle.of(((LoadResult.Loaded) new ArticleLoader().loadFile(file)).article());
    }

    @Test
    void theRule() throws Exception {
        AnalyzedArticle a = read(TestData.seedA());
        AnalyzedArticle b = read(TestData.seedB());
        Path arabic = dir.resolve("ar.txt");
        Files.writeString(arabic, "قال وزير الخارجية إن المحادثات ستستمر. وأضاف أن الاتفاق قريب جدا من التوقيع النهائي.\n");
        AnalyzedArticle ar = read(arabic);
        assertEquals("ar", ar.article().language());

        assertTrue(Workspace.usesMeaning(List.of(a, b), Depth.MEANING));
        assertFalse(Workspace.usesMeaning(List.of(a, b), Depth.WORDING), "--lexical");
        assertFalse(Workspace.usesMeaning(List.of(a), Depth.MEANING), "fewer than two articles read");
        assertFalse(Workspace.usesMeaning(List.of(), Depth.MEANING), "nothing read");
        assertFalse(Workspace.usesMeaning(List.of(a, ar), Depth.MEANING), "the model reads only one of them");
        assertTrue(Workspace.usesMeaning(List.of(a, ar, b), Depth.MEANING), "two of three in English");
    }

    @Test
    void unreadableArgumentsNeverStartTheModel() {
        boolean before = OnnxEmbedder.started(); // another test in this JVM may have loaded it already
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(new String[] {"compare", "--index=" + dir.resolve("index"),
                dir.resolve("missing-a.txt").toString(), dir.resolve("missing-b.txt").toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code, err.toString());
        if (!before) {
            assertFalse(OnnxEmbedder.started(), "the model was started for a command that could not compare");
        }
    }
}
