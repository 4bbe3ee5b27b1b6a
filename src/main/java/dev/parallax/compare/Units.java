package dev.parallax.compare;

import dev.parallax.article.Block;
import dev.parallax.article.BlockKind;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.text.Sentence;
import dev.parallax.text.SentenceSplitter;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Cuts an article into units in reading order: its sentences, and its headings as units of their own. */
final class Units {
    private Units() {
    }

    static List<Unit> of(int article, AnalyzedArticle a) {
        List<Unit> out = new ArrayList<>();
        String text = a.text();
        List<Block> blocks = a.article().blocks();
        int s = 0;
        List<Sentence> sentences = a.sentences();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == BlockKind.HEADING) { // one unit, unless it is too long to be a heading
                for (int[] piece : SentenceSplitter.pieces(text, block.start(), block.end())) {
                    Span span = new Span(piece[0], piece[1]);
                    out.add(new Unit(article, out.size(), b, true, SentenceProfile.of(span, span.of(text))));
                }
                continue;
            }
            while (s < sentences.size() && sentences.get(s).block() == b) {
                Sentence sentence = sentences.get(s++);
                Span span = new Span(sentence.start(), sentence.end());
                out.add(new Unit(article, out.size(), b, false, SentenceProfile.of(span, span.of(text))));
            }
        }
        return out;
    }
}
