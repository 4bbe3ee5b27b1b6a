package dev.parallax.compare;

import dev.parallax.text.analysis.Analyzers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.CollectionStatistics;

/**
 * A unit's stems as the candidate index's tokens, already analysed: the tokens a whitespace tokenizer finds
 * in the stems joined by spaces (nearly always the stems themselves), without joining and splitting each
 * unit's text again. {@link Totals} adds up what BM25 reads of a whole article (units, tokens), so an index
 * over some of its units can score as one over all of them.
 */
final class StemTokens extends TokenStream {
    /** The whitespace tokenizer cuts tokens at this many chars. */
    private static final int MAX_TOKEN = 255;
    private static final WhitespaceAnalyzer SPLIT = new WhitespaceAnalyzer();

    private final List<String> tokens;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private int next;

    StemTokens(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The tokens of the stems joined by spaces: each stem alone, unless it is empty, long or holds a space. */
    static List<String> of(List<String> stems) {
        boolean plain = true;
        for (String s : stems) {
            plain &= isPlainToken(s);
        }
        if (plain) {
            return stems;
        }
        List<String> out = new ArrayList<>();
        for (String s : stems) {
            if (isPlainToken(s)) {
                out.add(s);
            } else {
                out.addAll(Analyzers.terms(SPLIT, s));
            }
        }
        return out;
    }

    private static boolean isPlainToken(String s) {
        if (s.isEmpty() || s.length() > MAX_TOKEN) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(tokens.get(next++));
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
    }

    /** What Lucene's collection statistics count, over every unit of an article whether indexed or not. */
    static final class Totals {
        private long docs;
        private long tokens;
        private long distinct;

        void add(List<String> unitTokens) {
            if (unitTokens.isEmpty()) {
                return; // a unit without tokens has no value in the field: Lucene does not count it
            }
            docs++;
            tokens += unitTokens.size();
            distinct += unitTokens.size() == 1 ? 1 : new HashSet<>(unitTokens).size();
        }

        /** The statistics of a field holding these units, or null when none has a token (as Lucene gives). */
        CollectionStatistics statistics(String field, int units) {
            return docs == 0 ? null : new CollectionStatistics(field, units, docs, tokens, distinct);
        }
    }
}
