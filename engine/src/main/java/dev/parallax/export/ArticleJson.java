package dev.parallax.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parallax.article.Article;
import dev.parallax.article.Block;
import dev.parallax.article.Metadata;
import java.util.List;
import dev.parallax.article.ArticleIds;

/**
 * An article as the JSON contract writes it (comparison-json.md, {@code articles[]}); {@code blocks} and
 * {@code metadata} are additions the contract allows.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ArticleJson(String id, String path, String title, String text, List<String> removed, String language,
                          List<BlockJson> blocks, Metadata metadata,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notices) {

    public record BlockJson(String kind, int start, int end) {
        static BlockJson of(Block b) {
            return new BlockJson(b.kind().name().toLowerCase(java.util.Locale.ROOT), b.start(), b.end());
        }
    }

    public static ArticleJson of(int index, Article a) {
        return new ArticleJson(ArticleIds.of(index), a.path(), a.title(), a.text(), a.removed(), a.language(),
                a.blocks().stream().map(BlockJson::of).toList(), a.metadata(), a.notices());
    }
}
