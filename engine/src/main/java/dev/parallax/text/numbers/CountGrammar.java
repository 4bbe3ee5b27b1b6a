package dev.parallax.text.numbers;

import static dev.parallax.text.numbers.NumberLexicon.*;
import static dev.parallax.text.numbers.NumberToken.Kind.WORD;

import dev.parallax.text.Languages;

/**
 * What a number counts ("17 countries", "70 percent of the machine tools") and the quantities that are
 * counts by their words alone: "hundreds of", "tens of thousands of", "third time".
 */
final class CountGrammar {
    private final TokenCursor in;
    private final AmountGrammar amounts;

    CountGrammar(TokenCursor in, AmountGrammar amounts) {
        this.in = in;
        this.amounts = amounts;
    }

    /** "hundreds of", "tens of thousands of", "billions of dollars". */
    Found pluralScale(int i) {
        String w = in.word(i);
        Double scale = w == null ? null : PLURAL_SCALES.get(w);
        if (scale == null || !in.isWord(i + 1, "of") || !in.joined(i + 1)) {
            return null;
        }
        double value = scale;
        int end = i + 1;
        int of = i + 1;
        String next = in.word(i + 2);
        if (next != null && PLURAL_SCALES.containsKey(next) && !next.equals("dozens") && in.isWord(i + 3, "of")
                && in.joined(i + 2)) {
            value *= PLURAL_SCALES.get(next);
            end = i + 3;
            of = i + 3;
        }
        if (w.equals("tens") && value == 10) {
            return null; // "tens of" alone is not how a quantity is written
        }
        String unit = null;
        String[] cur = new String[1];
        int c = amounts.currencyWordEnd(of + 1, cur);
        int resume = of;
        if (c > 0) {
            unit = cur[0];
            end = c;
            resume = c;
        }
        Found base = withCounts(i, end, value, value, unit, true, unit == null ? of : c);
        return new Found(base.first(), unit == null ? of : end, base.value(), base.high(), base.unit(), base.counts(),
                true, null, Math.max(resume, unit == null ? of : end));
    }

    /** "third time", "second consecutive year", "twenty-first century". */
    Found ordinalWord(int i) {
        String w = in.word(i);
        if (w == null) {
            return null;
        }
        int end = i + 1;
        Integer value = ORDINALS.get(w);
        if (value == null && TENS.containsKey(w) && in.isSym(i + 1, "-") && in.glued(i + 1) && in.glued(i + 2)) {
            Integer unit = ORDINALS.get(key(in.word(i + 2)));
            if (unit != null && unit < 10) {
                value = TENS.get(w) + unit;
                end = i + 3;
            }
        }
        if (value == null) {
            return null;
        }
        String next = in.word(end);
        if (next == null || !in.joined(end) || !ORDINAL_COUNTED.contains(next)) {
            return null;
        }
        if (next.equals("in") || next.equals("such")) {
            // "the first in a decade", "the second such attack"
            if (next.equals("such")) {
                return withCounts(i, end, value, value, "ordinal", false, end + 1);
            }
            return new Found(i, end, value, value, "ordinal", null, false, null, end);
        }
        return withCounts(i, end, value, value, "ordinal", false, end);
    }

    /** The mention [first, end) and what it counts, read from {@code from}. */
    Found withCounts(int first, int end, double value, double high, String unit, boolean approximate,
                             int from) {
        String counts = counts(from, unit);
        return new Found(first, end, value, high, unit, counts, approximate, null, end);
    }

    /**
     * What is counted: the words right after the number or unit, skipping "of" and a determiner, up to the
     * first plural noun, at most three words ("machine tools", "countries", "armored vehicles").
     */
    private String counts(int from, String unit) {
        int k = from;
        if (in.isWord(k, "of") && in.joined(k)) {
            k++;
            if (in.word(k) != null && DETERMINERS.contains(in.word(k)) && in.joined(k)) {
                k++;
            }
        } else if (isCurrency(unit) && (in.isWord(k, "in") || in.isWord(k, "for")) && in.joined(k)) {
            k++; // "$2 billion in aid", "billions of dollars in weapons"
        } else if (isCurrency(unit) && in.isWord(k, "worth") && in.isWord(k + 1, "of")) {
            k += 2;
        }
        int glueAllowed = -1;
        if (in.isSym(k, "-") && in.glued(k) && in.glued(k + 1) && in.word(k + 1) != null) {
            k++; // "65-year-old", "10-day"
            glueAllowed = k;
        }
        int firstWord = -1;
        int lastWord = -1;
        int taken = 0;
        while (taken < 3 && k < in.n) {
            NumberToken w = in.t[k];
            if (w.kind != WORD || !in.joined(k) || !w.gap && k > from && k != glueAllowed) {
                break;
            }
            String s = w.low;
            if (COUNT_STOPS.contains(s) || isNumberWord(s) || (w.capital && MONTHS.containsKey(s))
                    || Languages.stopWords("en").contains(s)) {
                break;
            }
            if (taken > 0 && (s.endsWith("ed") || s.endsWith("ing") || s.endsWith("ly"))) {
                break;
            }
            if (taken == 0 && (s.endsWith("ly") || s.endsWith("ed") && s.length() > 4)) {
                // "armored vehicles" and "wounded soldiers" name what is counted; "70 percent needed" does not
                NumberToken next = in.tok(k + 1);
                if (next == null || next.kind != WORD || !in.joined(k + 1) || !isPlural(next.low)
                        || COUNT_STOPS.contains(next.low)) {
                    break;
                }
            }
            int e = k + 1;
            // hyphenated words: "armored-vehicle", "year-old"
            while (in.isSym(e, "-") && in.glued(e) && in.glued(e + 1) && in.tok(e + 1).kind == WORD) {
                e += 2;
            }
            if (firstWord < 0) {
                firstWord = k;
            }
            lastWord = e - 1;
            taken++;
            k = e;
            if (isPlural(s) || isPlural(in.t[e - 1].low) || firstWord == glueAllowed) {
                break; // "countries"; "12-nation" and "65-year-old" name the thing by themselves
            }
            if (in.isSym(k, ",") || in.isSym(k, ".") || in.isSym(k, ";")) {
                break;
            }
        }
        if (firstWord < 0) {
            return null;
        }
        return in.text.substring(in.t[firstWord].start, in.t[lastWord].end);
    }}
