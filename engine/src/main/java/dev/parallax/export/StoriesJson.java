package dev.parallax.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.article.Article;
import dev.parallax.story.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A library grouped into stories as JSON ({@code docs/contract/stories-json.md}, {@code stories.schema.json}). */
public final class StoriesJson {
    private StoriesJson() {
    }

    public static ObjectNode of(List<Story> stories) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("tool", Exports.TOOL);
        root.put("version", Exports.VERSION);
        ArrayNode list = root.putArray("stories");
        for (Story story : stories) {
            ObjectNode s = list.addObject();
            s.put("title", story.title());
            ArrayNode articles = s.putArray("articles");
            for (var analyzed : story.articles()) {
                Article a = analyzed.article();
                ObjectNode o = articles.addObject();
                o.put("path", a.path());
                o.put("title", a.title());
                o.put("source", a.metadata().publisher());
                o.put("published", a.metadata().date());
            }
        }
        return root;
    }

    public static void write(List<Story> stories, Path target) throws IOException {
        AtomicWriter.write(target, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(of(stories))
                .getBytes(StandardCharsets.UTF_8));
    }
}
