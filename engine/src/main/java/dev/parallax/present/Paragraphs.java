package dev.parallax.present;

import dev.parallax.article.Article;
import dev.parallax.article.Block;
import dev.parallax.article.BlockKind;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's text cut into the pieces the summaries show: its blocks in order, plus any non-blank text
 * between them (so no character of the text is ever dropped). Paragraphs are numbered from 1, headings
 * are not, and passages are located as "¶ n".
 */
public final class Paragraphs {
    public record Para(int number, Span span, boolean heading) {
    }

    private final List<Para> all;
    /** For each entry of {@code all}, the number of the last paragraph up to it (0 before the first). */
    private final int[] numbers;

    private Paragraphs(List<Para> all) {
        this.all = List.copyOf(all);
        this.numbers = new int[all.size()];
        int number = 0; // 0 until the first paragraph: a text of headings alone has no paragraph to name
        for (int i = 0; i < numbers.length; i++) {
            if (!all.get(i).heading()) {
                number = all.get(i).number();
            }
            numbers[i] = number;
        }
    }

    public static Paragraphs of(Article article) {
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

    public List<Para> all() {
        return all;
    }

    /**
     * The number of the paragraph that holds {@code offset} (the one before it for a heading or a gap, the
     * first before any paragraph); 0 when the article has no paragraph at all, only headings.
     * A binary search: exports ask once per row, and a long article has hundreds of thousands of rows.
     */
    public int numberAt(int offset) {
        int lo = 0;
        int hi = all.size() - 1;
        int last = -1; // the last paragraph starting at or before offset
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).span().start() <= offset) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return numbers.length == 0 || numbers[numbers.length - 1] == 0 ? 0 : last < 0 ? 1 : Math.max(1, numbers[last]);
    }

    /** "¶ n" for a passage, or "heading" in an article that has headings and no paragraph. */
    public String label(int offset) {
        int n = numberAt(offset);
        return n == 0 ? "heading" : "¶" + n;
    }
}
