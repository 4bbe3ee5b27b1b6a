package dev.parallax.export;

import dev.parallax.ingest.Article;
import dev.parallax.ingest.Block;
import dev.parallax.ingest.BlockKind;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's text cut into the pieces the summaries show: its blocks in order, plus any non-blank text
 * between them (so no character of the text is ever dropped). Paragraphs are numbered from 1, headings
 * are not, and passages are located as "¶ n".
 */
final class Paragraphs {
    record Para(int number, Span span, boolean heading) {
    }

    private final List<Para> all;

    private Paragraphs(List<Para> all) {
        this.all = List.copyOf(all);
    }

    static Paragraphs of(Article article) {
        String text = article.text();
        List<Para> out = new ArrayList<>();
        int at = 0;
        int n = 0;
        for (Block b : article.blocks()) {
            if (b.start() < at || b.end() > text.length()) {
                continue; // out of order or out of range: the gap logic below still covers the text
            }
            if (!text.substring(at, b.start()).isBlank()) {
                out.add(new Para(++n, new Span(at, b.start()), false));
            }
            boolean heading = b.kind() == BlockKind.HEADING;
            out.add(new Para(heading ? 0 : ++n, new Span(b.start(), b.end()), heading));
            at = b.end();
        }
        if (!text.substring(at).isBlank()) {
            out.add(new Para(++n, new Span(at, text.length()), false));
        }
        return new Paragraphs(out);
    }

    List<Para> all() {
        return all;
    }

    /** The number of the paragraph that holds {@code offset} (the one before it for a heading or a gap). */
    int numberAt(int offset) {
        int number = 1;
        for (Para p : all) {
            if (p.span().start() > offset) {
                break;
            }
            if (!p.heading()) {
                number = p.number();
            }
        }
        return number;
    }
}
