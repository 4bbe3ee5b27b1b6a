package dev.parallax.text.analysis;

import dev.parallax.text.TextFolding;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Feeds analyzers the text as {@link TextFolding#foldChar} sees it (curly quotes straight, dashes plain).
 * The mapping is one char for one char, so offsets need no correction.
 */
final class FoldingCharFilter extends CharFilter {
    FoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = input.read(cbuf, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) {
            cbuf[i] = TextFolding.foldChar(cbuf[i]);
        }
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
