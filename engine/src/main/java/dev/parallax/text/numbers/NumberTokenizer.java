package dev.parallax.text.numbers;

import static dev.parallax.text.numbers.NumberToken.Kind.NUMBER;
import static dev.parallax.text.numbers.NumberToken.Kind.SYMBOL;
import static dev.parallax.text.numbers.NumberToken.Kind.WORD;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a text into {@link NumberToken}s and parses the digits of each number ("1,200", "2,5", "1.200,5").
 *
 * <p>Its own tokenizer rather than {@code text.Tokens}: the grammars need every symbol ("$", "%", "-", ":"),
 * whether a token is glued to the one before or follows a line break, and numbers whose decimal mark is
 * read here, none of which the shared word tokens keep.
 */
final class NumberTokenizer {
    /** Digit runs longer than this are identifiers or junk, never quantities. */
    private static final int MAX_NUMBER_CHARS = 24;

    private NumberTokenizer() {
    }

    static NumberToken[] tokenize(String s) {
        List<NumberToken> out = new ArrayList<>();
        int len = s.length();
        int i = 0;
        boolean gap = true;
        boolean br = true;
        while (i < len) {
            int cp = s.codePointAt(i);
            int cl = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                gap = true;
                if (cp == '\n' || cp == '\r' || cp == 0x2029 || cp == 0x2028) {
                    br = true;
                }
                i += cl;
                continue;
            }
            int start = i;
            if (Character.isDigit(cp)) {
                i += cl;
                while (i < len) {
                    int d = s.codePointAt(i);
                    if (Character.isDigit(d)) {
                        i += Character.charCount(d);
                    } else if ((d == ',' || d == '.') && i + 1 < len && Character.isDigit(s.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                NumberToken tok = new NumberToken(NUMBER, start, i, s.substring(start, Math.min(i, start + MAX_NUMBER_CHARS + 1)),
                        gap, br);
                if (i - start <= MAX_NUMBER_CHARS) {
                    parseNumber(tok);
                }
                out.add(tok);
            } else if (Character.isLetter(cp)) {
                i += cl;
                while (i < len) {
                    int d = s.codePointAt(i);
                    int type = Character.getType(d);
                    if (Character.isLetter(d) || type == Character.NON_SPACING_MARK
                            || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                        i += Character.charCount(d);
                    } else if ((d == '\'' || d == '\u2019') && i + 1 < len && Character.isLetter(s.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                String word = s.substring(start, i);
                NumberToken tok = new NumberToken(WORD, start, i, word.replace('\u2019', '\'').toLowerCase(Locale.ROOT), gap, br);
                tok.capital = Character.isUpperCase(cp);
                out.add(tok);
            } else {
                i += cl;
                char c = cl == 1 ? dev.parallax.text.TextFolding.foldChar((char) cp) : 0;
                String sym = cl == 1 ? String.valueOf(c) : s.substring(start, i);
                out.add(new NumberToken(SYMBOL, start, i, sym, gap, br));
            }
            gap = false;
            br = false;
        }
        return out.toArray(new NumberToken[0]);
    }

    /** Digits after the decimal mark of a parsed number: 2 for "3.14", 0 for "1,200". */
    static int decimals(NumberToken tok) {
        int all = 0;
        for (int k = 0; k < tok.low.length(); k++) {
            if (Character.isDigit(tok.low.charAt(k))) {
                all++;
            }
        }
        return Math.max(0, all - tok.digits);
    }

    /** "1,200" → 1200, "2.5" → 2.5, "1.200,5" → 1200.5, "2,5" → 2.5; IP addresses and versions → NaN. */
    private static void parseNumber(NumberToken tok) {
        String raw = tok.low;
        StringBuilder digits = new StringBuilder(raw.length());
        int commas = 0;
        int dots = 0;
        int lastComma = -1;
        int lastDot = -1;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == ',') {
                commas++;
                lastComma = digits.length();
                digits.append(',');
            } else if (c == '.') {
                dots++;
                lastDot = digits.length();
                digits.append('.');
            } else {
                int d = Character.digit(raw.codePointAt(k), 10);
                if (Character.isHighSurrogate(c)) {
                    k++;
                }
                if (d < 0) {
                    return;
                }
                digits.append((char) ('0' + d));
            }
        }
        String ds = digits.toString();
        tok.plain = commas == 0 && dots == 0;
        String plainDigits;
        if (commas == 0 && dots == 0) {
            plainDigits = ds;
        } else if (commas > 0 && dots > 0) {
            char decimal = lastComma > lastDot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            if ((decimal == ',' ? commas : dots) != 1 || !groupsOfThree(ds.substring(0, Math.max(lastComma, lastDot)), group)) {
                return;
            }
            plainDigits = ds.replace(String.valueOf(group), "").replace(decimal, '.');
        } else {
            char sep = commas > 0 ? ',' : '.';
            int count = Math.max(commas, dots);
            if (groupsOfThree(ds, sep) && !(count == 1 && sep == '.')) {
                plainDigits = ds.replace(String.valueOf(sep), "");
            } else if (count == 1) {
                plainDigits = ds.replace(sep, '.');
            } else {
                return;
            }
        }
        int point = plainDigits.indexOf('.');
        tok.digits = point < 0 ? plainDigits.length() : point;
        if (plainDigits.length() > 18) {
            return;
        }
        tok.num = Double.parseDouble(plainDigits);
    }

    /** "1,234,567" with the given separator: a first group of 1-3 digits, then groups of exactly 3. */
    private static boolean groupsOfThree(String s, char sep) {
        String[] groups = s.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
        if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int k = 1; k < groups.length; k++) {
            if (groups[k].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
