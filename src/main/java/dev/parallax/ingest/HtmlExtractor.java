package dev.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the article inside a saved HTML page. (First cut: title and paragraphs; a scoring extractor replaces it.) */
public final class HtmlExtractor {
    public Extraction extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        List<BodyBlock> body = new ArrayList<>();
        for (Element p : doc.select("p, h2, h3")) {
            String t = p.text();
            if (!t.isBlank()) {
                body.add(p.tagName().equals("p") ? BodyBlock.paragraph(t) : BodyBlock.heading(t));
            }
        }
        return new Extraction(doc.title(), body, List.of(), Metadata.NONE);
    }
}
