package dev.parallax.text.numbers;

import static dev.parallax.text.numbers.NumberLexicon.*;
import static dev.parallax.text.numbers.NumberToken.Kind.SYMBOL;
import static dev.parallax.text.numbers.NumberToken.Kind.WORD;


/** Numbers written in words: "seventeen", "twenty-five", "two hundred and fifty thousand", "a dozen". */
final class WordNumbers {
    private final TokenCursor in;

    WordNumbers(TokenCursor in) {
        this.in = in;
    }

    /**
     * Number words from i: "seventeen", "twenty-five", "two hundred and fifty thousand", "a dozen",
     * "a million". Returns the token after the last word, -1 when there is none; value in out[0].
     */
    int read(int i, double[] out) {
        double total = 0;
        double current = 0;
        int k = i;
        int last = -1;
        int words = 0;
        boolean lastTens = false;
        boolean lastUnit = false;
        boolean lastBig = false;
        if (in.isWord(i, "a") || in.isWord(i, "one")) {
            String next = in.word(i + 1);
            if (next != null && in.joined(i + 1) && (next.equals("dozen") || next.equals("hundred")
                    || next.equals("thousand") || next.equals("million") || next.equals("billion")
                    || next.equals("trillion"))) {
                current = 1;
                k = i + 1;
                words = 1;
            }
        }
        while (k < in.n && words < 12) {
            NumberToken w = in.t[k];
            if (k > i && !in.joined(k)) {
                break;
            }
            if (w.kind == SYMBOL && w.low.equals("-") && lastTens && in.glued(k) && in.glued(k + 1)
                    && UNITS.getOrDefault(key(in.word(k + 1)), 99) < 10) {
                k++;
                continue;
            }
            if (w.kind != WORD) {
                break;
            }
            String s = w.low;
            Integer unit = UNITS.get(s);
            Integer tens = TENS.get(s);
            Double scale = SCALES.get(s);
            if (unit != null) {
                if (lastUnit || (lastTens && unit >= 10)) {
                    break;
                }
                current += unit;
                lastUnit = true;
                lastTens = false;
                lastBig = false;
            } else if (tens != null) {
                if (lastUnit || lastTens || current % 100 != 0) {
                    break;
                }
                current += tens;
                lastTens = true;
                lastUnit = false;
                lastBig = false;
            } else if (s.equals("dozen") && words > 0 && !lastBig && current > 0 && current < 100) {
                current *= 12;
                lastUnit = lastTens = false;
                lastBig = true;
            } else if (s.equals("hundred") && words > 0 && current > 0 && current < 100) {
                current *= 100;
                lastUnit = lastTens = false;
                lastBig = true;
            } else if (scale != null && scale >= 1e3 && words > 0 && (current > 0) && SCALES.containsKey(s)
                    && (s.equals("thousand") || s.equals("million") || s.equals("billion")
                    || s.equals("trillion"))) {
                if (total > 0 && total < scale * 1000 && total <= current * scale) {
                    break;
                }
                total += current * scale;
                current = 0;
                lastUnit = lastTens = false;
                lastBig = true;
            } else if (s.equals("and") && lastBig && (UNITS.containsKey(key(in.word(k + 1)))
                    || TENS.containsKey(key(in.word(k + 1)))) && in.joined(k + 1)) {
                k++;
                continue;
            } else {
                break;
            }
            words++;
            last = k;
            k++;
        }
        if (last < 0) {
            return -1;
        }
        if (last == i && in.t[i].low.equals("one")) {
            return -1; // "on the one hand", "one of the": not a quantity
        }
        if (last == i && in.t[i].low.equals("a")) {
            return -1;
        }
        out[0] = total + current;
        return last + 1;
    }}
