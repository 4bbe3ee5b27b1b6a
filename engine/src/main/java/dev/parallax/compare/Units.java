package dev.parallax.compare;

import dev.parallax.article.Block;
import dev.parallax.article.BlockKind;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.Sentence;
import dev.parallax.text.SentenceSplitter;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Cuts an article into units in reading order: its sentences, and its headings as units of their own. */
final class Units {
    private Units() {
    }

    /** Units from this many on are profiled on every core: profiling (stemming) is most of cutting a long text. */
    private static final int PARALLEL_FROM = 2_000;

    static List<Unit> of(int article, AnalyzedArticle a) {
        record Piece(int block, boolean heading, Span span) {
        }
        List<Piece> pieces = new ArrayList<>();
        String text = a.text();
        List<Block> blocks = a.article().blocks();
        int s = 0;
        List<Sentence> sentences = a.sentences();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == BlockKind.HEADING) { // one unit, unless it is too long to be a heading
                for (int[] piece : SentenceSplitter.pieces(text, block.start(), block.end())) {
                    pieces.add(new Piece(b, true, new Span(piece[0], piece[1])));
                }
                continue;
            }
            while (s < sentences.size() && sentences.get(s).block() == b) {
                Sentence sentence = sentences.get(s++);
                pieces.add(new Piece(b, false, new Span(sentence.start(), sentence.end())));
            }
        }
        IntStream each = IntStream.range(0, pieces.size());
        if (pieces.size() >= PARALLEL_FROM) {
            each = each.parallel();
        }
        return each.mapToObj(i -> {
            Piece p = pieces.get(i);
            return new Unit(article, i, p.block(), p.heading(), SentenceProfile.of(p.span(), p.span().of(text)));
        }).toList();
    }
}
