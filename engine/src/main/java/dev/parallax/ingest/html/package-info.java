/**
 * HTML-to-article extraction. {@link dev.parallax.ingest.html.ArticleFinder} runs the pipeline:
 * <ol>
 *   <li>{@code StructuredData} and {@code PageMetadata} read JSON-LD, OpenGraph and meta tags (text only):
 *       {@code TitleChooser} picks the headline by agreement, {@code AuthorExtractor} the authors,
 *       {@code DateExtractor} (with {@code DateParser}) the published and modified dates;</li>
 *   <li>{@code PageCleaner} drops code and embeds (script, style, iframe, ...), which never reach any list;</li>
 *   <li>{@code PageLinearizer} flattens the DOM into {@code TextBlock}s in one iterative walk, with
 *       {@code ElementHints} marking elements as content, chrome or hidden from tag, class, id and role;</li>
 *   <li>{@code BlockWeigher} gives each block a signed prose weight (length, link density, stop-word density of
 *       the page's language, chrome phrases); {@code ContentLocator} picks the element with the best sum,
 *       steered by JSON-LD articleBody when present;</li>
 *   <li>{@code BodySelector} keeps the article blocks of that element (plus a standfirst above it) up to
 *       {@code ArticleBoundary}, and {@code RemovedBlocks} lists everything else in document order;</li>
 *   <li>when the visible body is empty or a teaser, JSON-LD articleBody or {@code ScriptData} (hydration
 *       data) supplies it, with a note.</li>
 * </ol>
 * Every pass is linear in the page size. Debug output of the candidate containers: system property
 * {@code parallax.html.debug=true} (and {@code parallax.html.probe=word} to trace the block holding a word).
 */
package dev.parallax.ingest.html;
