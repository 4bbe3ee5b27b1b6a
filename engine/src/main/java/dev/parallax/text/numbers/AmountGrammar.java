package dev.parallax.text.numbers;

import static dev.parallax.text.numbers.NumberLexicon.*;
import static dev.parallax.text.numbers.NumberToken.Kind.NUMBER;
import static dev.parallax.text.numbers.NumberToken.Kind.SYMBOL;
import static dev.parallax.text.numbers.NumberToken.Kind.WORD;


/**
 * Amounts and the units right after them: a currency prefix, a number in digits or words and its scale
 * ("$2.5 billion", "US$5m", "2,5 Milliarden"), then a percent sign or word or a currency word.
 */
final class AmountGrammar {
    private final TokenCursor in;
    private final WordNumbers wordNumbers;

    AmountGrammar(TokenCursor in) {
        this.in = in;
        this.wordNumbers = new WordNumbers(in);
    }

    /** Currency prefix, a number in digits or words, a scale: "$2.5 billion", "US$5m", "seventeen". */
    Amount amount(int i, boolean rangeEnd) {
        int j = i;
        String currency = null;
        NumberToken k = in.tok(j);
        if (k == null) {
            return null;
        }
        if (k.kind == WORD && DOLLAR_PREFIXES.containsKey(k.low) && in.isSym(j + 1, "$") && in.glued(j + 1)
                && !(i > 0 && in.glued(i) && in.tok(i - 1).kind == WORD)) {
            currency = DOLLAR_PREFIXES.get(k.low);
            j += 2;
        } else if (k.kind == SYMBOL && CURRENCY_SYMBOLS.containsKey(k.low)) {
            currency = CURRENCY_SYMBOLS.get(k.low);
            j += 1;
        } else if (k.kind == WORD && CURRENCY_PREFIX_WORDS.contains(k.low) && in.tok(j + 1) != null
                && in.tok(j + 1).kind == NUMBER && in.joined(j + 1)) {
            currency = k.low;
            j += 1;
        }
        if (currency != null && (in.tok(j) == null || !in.joined(j))) {
            return null;
        }
        k = in.tok(j);
        if (k == null) {
            return null;
        }
        double value;
        int end;
        boolean words = false;
        NumberToken number = null;
        if (k.kind == NUMBER) {
            if (Double.isNaN(k.num) || identifierBefore(j, currency != null || rangeEnd)) {
                return null;
            }
            number = k;
            value = k.num;
            end = j + 1;
        } else if (k.kind == WORD) {
            double[] parsed = new double[2];
            end = wordNumbers.read(j, parsed);
            if (end < 0) {
                return null;
            }
            value = parsed[0];
            words = true;
        } else {
            return null;
        }
        // scale: "2.5 billion", "$5m", "$5-billion", "2,5 Milliarden"
        boolean scaled = false;
        int s = end;
        if (in.isSym(s, "-") && in.glued(s) && in.glued(s + 1) && in.word(s + 1) != null
                && SCALES.containsKey(in.word(s + 1))) {
            s++;
        }
        String sw = in.word(s);
        if (sw != null && in.joined(s)) {
            Double scale = SCALES.get(sw);
            if (scale == null && currency != null && in.glued(s)) {
                scale = MONEY_SCALES.get(sw);
            }
            if (scale != null && !(words && scale >= 1e3 && value >= 1e3)) {
                if (!(words && scale == 100)) {
                    value *= scale;
                    end = s + 1;
                    scaled = true;
                }
            }
        }
        return new Amount(i, end, value, currency, scaled, number, words);
    }

    /** Digits that are part of a name or code: "F-16", "G7", "COVID-19", "#5", "24/7" (the 7). */
    private boolean identifierBefore(int j, boolean afterCurrency) {
        if (afterCurrency || !in.glued(j)) {
            return false;
        }
        NumberToken prev = in.tok(j - 1);
        if (prev.kind == WORD || prev.kind == NUMBER) {
            return true;
        }
        String p = prev.low;
        if (p.equals("-")) {
            NumberToken pp = in.tok(j - 2);
            return pp != null && in.glued(j - 1) && (pp.kind == WORD || pp.kind == NUMBER);
        }
        return p.equals("#") || p.equals("@") || p.equals("_") || p.equals("/") || p.equals("\\")
                || p.equals(":") || p.equals(".") || p.equals("+") && in.glued(j - 1);
    }

    /** Percent marker at j: "%", "percent", "per cent", "Prozent"; the token after it, or -1. */
    int percentEnd(int j) {
        NumberToken k = in.tok(j);
        if (k == null || !in.joined(j)) {
            return -1;
        }
        if (k.kind == SYMBOL && (k.low.equals("%") || k.low.equals("\u066A") || k.low.equals("\uFF05"))) {
            return j + 1;
        }
        if (k.kind != WORD) {
            return -1;
        }
        if (PERCENT_WORDS.contains(k.low)) {
            if (in.isWord(j + 1, "point") || in.isWord(j + 1, "points")) {
                return j + 2;
            }
            return j + 1;
        }
        if ((k.low.equals("per") || k.low.equals("pour") || k.low.equals("por")) && in.joined(j + 1)
                && (in.isWord(j + 1, "cent") || in.isWord(j + 1, "ciento") || in.isWord(j + 1, "cento"))) {
            return j + 2;
        }
        return -1;
    }

    /** A currency named after the number: "dollars", "US dollars", "pounds sterling", "euros". */
    int currencyWordEnd(int j, String[] out) {
        String w = in.word(j);
        if (w == null || !in.joined(j)) {
            return -1;
        }
        if ((w.equals("us") || w.equals("u.s")) && in.isWord(j + 1, "dollars") && in.joined(j + 1)) {
            out[0] = "usd";
            return j + 2;
        }
        if ((w.equals("pounds") || w.equals("pound")) && in.isWord(j + 1, "sterling") && in.joined(j + 1)) {
            out[0] = "gbp";
            return j + 2;
        }
        if (w.equals("sterling")) {
            return -1;
        }
        String code = CURRENCY_WORDS.get(w);
        if (code == null) {
            return -1;
        }
        out[0] = code;
        return j + 1;
    }}
