package dev.parallax.text.numbers;

import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quantities a news text states: numbers in digits or words, percentages, money, dates, years,
 * times, ordinals that count something, ranges, and the hedges around them ("about 70%").
 *
 * <p>The text is cut once into tokens (numbers, words, single symbols), then read left to right; at each
 * token a small set of patterns is tried with a bounded look-ahead, so the work is linear in the length of
 * the text whatever it holds. English comes first; a few common words of other languages are known
 * ("Prozent", "Milliarden", "millones"), anything else is simply not read as a quantity.
 *
 * <p>Choices worth knowing:
 * <ul>
 *   <li>A bare "one" is not a quantity ("on the one hand", "one of the"), nor is a weekday.</li>
 *   <li>A four-digit number from 1800 to 2100 with no unit, currency, scale or hedge is a year ("the 2022
 *   invasion"); with a hedge it is a count ("more than 2000 people").</li>
 *   <li>"from 5 to 7" is read as two numbers (usually a change), "5 to 7", "5-7" and "between 5 and 7" as
 *   ranges.</li>
 *   <li>"hundreds of", "dozens of", "billions of dollars" are approximate with the value of one unit of the
 *   scale (100, 12, 1e9): a lower bound.</li>
 *   <li>Numbers glued to letters or inside identifiers ("F-16", "G7", "COVID-19", "24/7", "1.2.3") are
 *   skipped.</li>
 * </ul>
 */
public final class NumberFinder {

    /** Finds the quantities of {@code text}; offsets index {@code text}. Never throws on any input. */
    public List<NumberMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (text.length() <= CHUNK) {
            return scan(text);
        }
        // A long text is read a part at a time, cut at line breaks (no mention crosses one), so the tokens
        // held at once stay those of a part, not of a 50 MB text.
        List<NumberMention> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int lineEnd = from + CHUNK >= text.length() ? -1 : text.indexOf('\n', from + CHUNK);
            int to = lineEnd < 0 ? text.length() : lineEnd + 1;
            for (NumberMention m : scan(text.substring(from, to))) {
                out.add(new NumberMention(new Span(m.span().start() + from, m.span().end() + from), m.value(),
                        m.unit(), m.counts(), m.approximate(), m.high(), m.date()));
            }
            from = to;
        }
        return out;
    }

    /** The part of a long text read at once, in characters (a normal article is one part). */
    private static final int CHUNK = 64 * 1024;

    /**
     * The rounding step of the number as written, in the mention's own scale: 0.1e9 for "$2.5 billion", 1 for
     * "70%", 0.01 for "3.14"; for a number in words, one unit of its value. NaN when the span holds no
     * number in digits (then the caller should fall back on a relative tolerance).
     *
     * @param text the text the mention was found in
     */
    public static double precision(String text, NumberMention mention) {
        if (text == null || mention == null || mention.span().end() > text.length()) {
            return Double.NaN;
        }
        NumberToken[] tokens = NumberTokenizer.tokenize(mention.span().of(text));
        for (NumberToken tok : tokens) {
            if (tok.kind != NumberToken.Kind.NUMBER) {
                continue;
            }
            if (Double.isNaN(tok.num) || tok.num == 0) {
                return Double.NaN;
            }
            int decimals = NumberTokenizer.decimals(tok);
            double scale = mention.value() / tok.num;
            if (!Double.isFinite(scale) || scale <= 0) {
                scale = 1;
            }
            return Math.pow(10, -decimals) * Math.max(1, Math.round(scale));
        }
        return Double.NaN;
    }

    /** The mentions of one part of a text, read left to right, each token at most once as a start. */
    private static List<NumberMention> scan(String text) {
        TokenCursor in = new TokenCursor(text);
        QuantityGrammar grammar = new QuantityGrammar(in);
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < in.n) {
            Found f = null;
            try {
                f = grammar.at(i);
            } catch (RuntimeException e) {
                // A pattern this reader did not foresee: skip the token rather than fail the article.
                f = null;
            }
            if (f == null) {
                i++;
                continue;
            }
            Span span = new Span(in.t[f.first()].start, in.t[f.end() - 1].end);
            out.add(new NumberMention(span, f.value(), f.unit(), f.counts(), f.approximate(), f.high(), f.date()));
            i = Math.max(i + 1, f.resume());
        }
        return out;
    }
}
