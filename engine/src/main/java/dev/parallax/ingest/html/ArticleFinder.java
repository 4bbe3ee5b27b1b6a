package dev.parallax.ingest.html;

import dev.parallax.ingest.extract.BodyBlock;
import dev.parallax.ingest.extract.Extraction;
import dev.parallax.article.Metadata;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The HTML extraction pipeline: parse, read metadata (before scripts go, since JSON-LD is a script),
 * drop code, flatten into blocks, weigh them, pick the article's container, select its body blocks, and
 * list everything else as removed. Only text is read; no URL is followed and nothing is executed.
 */
public final class ArticleFinder {
    /** JSON-LD text replaces a DOM body that has less than this share of it (pages rendered by script). */
    private static final double JSON_LD_FALLBACK_SHARE = 0.3;
    private final Clock clock;

    public ArticleFinder() {
        this(Clock.systemUTC());
    }

    /** With the clock that says which dates lie in the future. */
    public ArticleFinder(Clock clock) {
        this.clock = clock;
    }

    public Extraction extract(String html, String baseUri) {
        if (html == null || html.isBlank()) {
            return new Extraction(null, List.of(), List.of(), Metadata.NONE);
        }
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        StructuredData ld = StructuredData.read(doc);
        String title = PageMetadata.title(doc, ld);
        Metadata metadata = PageMetadata.read(doc, ld, clock);

        List<Element> scripts = new ArrayList<>(doc.select("script"));
        PageLayout layout = PageLinearizer.linearize(PageCleaner.clean(doc));
        List<TextBlock> blocks = layout.blocks();
        BlockWeigher weigher = new BlockWeigher(BlockWeigher.pageLanguage(blocks));
        double[] weights = new double[blocks.size()];
        for (TextBlock b : blocks) {
            weights[b.index()] = weigher.weight(b);
        }
        int container = ContentLocator.locate(layout, weights, ld.articleBody());
        boolean[] keep = BodySelector.select(layout, container, weigher, title);

        List<BodyBlock> body = new ArrayList<>();
        int bodyChars = 0;
        for (TextBlock b : blocks) {
            if (keep[b.index()]) {
                body.add(b.heading() > 0 ? BodyBlock.heading(b.text()) : BodyBlock.paragraph(b.text()));
                bodyChars += b.text().length();
            }
        }
        List<String> removed = RemovedBlocks.collect(blocks, keep);
        // The visible body is empty or a teaser: the text the page's data carries is the article.
        String ldBody = ld.articleBody();
        List<String> notices = new ArrayList<>();
        if (ldBody != null && ldBody.length() >= 200 && bodyChars < JSON_LD_FALLBACK_SHARE * ldBody.length()) {
            body = jsonLdParagraphs(ldBody);
            // Readers of the page see less than what is compared: say so wherever the article is shown.
            notices.add(String.format(java.util.Locale.ROOT, "the page shows %,d characters of article text; the "
                    + "%,d-character text in its hidden structured data (JSON-LD articleBody) is used instead",
                    bodyChars, ldBody.length()));
        } else {
            List<String> data = ScriptData.paragraphs(scripts);
            int dataChars = data.stream().mapToInt(String::length).sum();
            if (dataChars >= 200 && bodyChars < JSON_LD_FALLBACK_SHARE * dataChars) {
                body = data.stream().map(BodyBlock::paragraph).toList();
                notices.add(String.format(java.util.Locale.ROOT, "the page shows %,d characters of article text; "
                        + "the %,d-character text in its script data is used instead", bodyChars, dataChars));
            }
        }
        return new Extraction(title, body, removed, metadata, notices);
    }

    /** JSON-LD bodies are plain text with newlines, sometimes with HTML inside: read as text either way. */
    private static List<BodyBlock> jsonLdParagraphs(String ldBody) {
        List<BodyBlock> out = new ArrayList<>();
        for (String line : ldBody.split("\\n+")) {
            String t = line.contains("<") ? Jsoup.parseBodyFragment(line).text() : Parser.unescapeEntities(line, false);
            if (!t.isBlank()) {
                out.add(BodyBlock.paragraph(t.strip()));
            }
        }
        return out;
    }
}
