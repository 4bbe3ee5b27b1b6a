package dev.parallax.text.numbers;

import static dev.parallax.text.numbers.NumberToken.Kind.SYMBOL;
import static dev.parallax.text.numbers.NumberToken.Kind.WORD;

/**
 * The tokens of one text with the questions every grammar asks of them; any index may be out of range,
 * which reads as no token.
 */
final class TokenCursor {
    final String text;
    final NumberToken[] t;
    final int n;

    TokenCursor(String text) {
        this.text = text;
        this.t = NumberTokenizer.tokenize(text);
        this.n = t.length;
    }

    NumberToken tok(int i) {
        return i >= 0 && i < n ? t[i] : null;
    }

    boolean isWord(int i, String w) {
        NumberToken k = tok(i);
        return k != null && k.kind == WORD && k.low.equals(w);
    }

    boolean isSym(int i, String s) {
        NumberToken k = tok(i);
        return k != null && k.kind == SYMBOL && k.low.equals(s);
    }

    /** Token i follows token i-1 on the same line (a mention may span them). */
    boolean joined(int i) {
        NumberToken k = tok(i);
        return k != null && i > 0 && !k.br;
    }

    /** Token i follows token i-1 with no space between. */
    boolean glued(int i) {
        NumberToken k = tok(i);
        return k != null && i > 0 && !k.gap;
    }

    String word(int i) {
        NumberToken k = tok(i);
        return k != null && k.kind == WORD ? k.low : null;
    }

    /** The index of a token just read (binary search by start offset), -1 if it is not one of these. */
    int indexOf(NumberToken k) {
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid].start < k.start) {
                lo = mid + 1;
            } else if (t[mid].start > k.start) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
