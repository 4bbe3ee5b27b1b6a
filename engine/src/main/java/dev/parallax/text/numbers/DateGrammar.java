package dev.parallax.text.numbers;

import static dev.parallax.text.numbers.NumberLexicon.*;
import static dev.parallax.text.numbers.NumberToken.Kind.NUMBER;
import static dev.parallax.text.numbers.NumberToken.Kind.WORD;

import java.util.Locale;
import java.util.Set;

/** Dates and times: "November 5, 2024", "5 Nov.", "2024-11-05", "November 2023", "10:30 p.m.", "5pm". */
final class DateGrammar {
    private final TokenCursor in;

    DateGrammar(TokenCursor in) {
        this.in = in;
    }

    /** Dates, times and ISO dates that start with a plain number. */
    Found afterPlainNumber(Amount a, int j) {
        NumberToken num = a.number();
        // 10:30, 10:30 p.m.
        if (in.isSym(j, ":") && in.glued(j) && in.tok(j + 1) != null && in.tok(j + 1).kind == NUMBER
                && in.glued(j + 1)) {
            NumberToken min = in.tok(j + 1);
            if (num.plain && min.plain && min.digits == 2 && a.value() <= 24 && min.num < 60) {
                int e = j + 2;
                String half = null;
                int m = meridiemEnd(e);
                if (m > 0 && a.value() <= 12) {
                    half = in.word(e).startsWith("p") ? "pm" : "am";
                    e = m;
                }
                if (in.isSym(e, ":") && in.glued(e) && in.tok(e + 1) != null && in.tok(e + 1).kind == NUMBER) {
                    return null; // 10:30:15 or a verse reference: not worth guessing
                }
                return time(a.first(), e, a.value(), min.num, half);
            }
            return null;
        }
        // 5 p.m., 5 pm
        int m = meridiemEnd(j);
        if (m > 0 && num.plain && a.value() >= 1 && a.value() <= 12) {
            return time(a.first(), m, a.value(), 0, in.word(j).startsWith("p") ? "pm" : "am");
        }
        // 2024-11-05
        if (num.plain && num.digits == 4 && in.isSym(j, "-") && in.glued(j) && in.tok(j + 1) != null
                && in.tok(j + 1).kind == NUMBER && in.glued(j + 1) && in.isSym(j + 2, "-") && in.glued(j + 2)
                && in.tok(j + 3) != null && in.tok(j + 3).kind == NUMBER && in.glued(j + 3)) {
            int month = (int) in.tok(j + 1).num;
            int day = (int) in.tok(j + 3).num;
            if (in.tok(j + 1).plain && in.tok(j + 3).plain && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return new Found(a.first(), j + 4, day, day, "date", null, false,
                        String.format(Locale.ROOT, "%04d-%02d-%02d", (int) a.value(), month, day), j + 4);
            }
            return null;
        }
        // 5 November, 5 November 2024, 5 of November
        return dayFirstDate(a, j, j);
    }

    Found dayFirstDate(Amount a, int j, int afterNumber) {
        NumberToken num = a.number();
        if (num == null || !num.plain || num.digits > 2 || a.value() < 1 || a.value() > 31) {
            return null;
        }
        int k = j;
        if (in.isWord(k, "of") && in.joined(k)) {
            k++;
        }
        Integer month = month(k);
        if (month == null || !in.joined(k)) {
            return null;
        }
        int e = k + 1;
        if (in.isSym(e, ".") && in.glued(e) && MONTH_ABBREVIATIONS.contains(in.tok(k).low)) {
            e++;
        }
        int day = (int) a.value();
        String date = String.format(Locale.ROOT, "--%02d-%02d", month, day);
        int y = e;
        if (in.isSym(y, ",") && in.joined(y)) {
            y++;
        }
        NumberToken year = in.tok(y);
        if (year != null && year.kind == NUMBER && in.joined(y) && year.plain && year.digits == 4) {
            date = String.format(Locale.ROOT, "%04d-%02d-%02d", (int) year.num, month, day);
            e = y + 1;
        }
        return new Found(a.first(), e, day, day, "date", null, false, date, e);
    }

    /** A month name at i: capitalised when spelled out ("may" and "march" are verbs too). */
    private Integer month(int i) {
        NumberToken k = in.tok(i);
        if (k == null || k.kind != WORD || !k.capital) {
            return null;
        }
        return MONTHS.get(k.low);
    }

    /** November 5, Nov. 5, 2024, November 5th, November 2023. */
    Found monthFirstDate(int i) {
        Integer month = month(i);
        if (month == null) {
            return null;
        }
        int k = i + 1;
        if (in.isSym(k, ".") && in.glued(k) && MONTH_ABBREVIATIONS.contains(in.t[i].low)) {
            k++;
        }
        NumberToken day = in.tok(k);
        if (day == null || day.kind != NUMBER || !in.joined(k) || !day.plain || in.glued(k)) {
            return null;
        }
        if (day.digits == 4) {
            int e = k + 1;
            return new Found(i, e, day.num, day.num, "date", null, false,
                    String.format(Locale.ROOT, "%04d-%02d", (int) day.num, month), e);
        }
        if (day.digits > 2 || day.num < 1 || day.num > 31) {
            return null;
        }
        int e = k + 1;
        if (in.glued(e) && in.tok(e).kind == WORD && Set.of("st", "nd", "rd", "th").contains(in.tok(e).low)) {
            e++;
        } else if (in.glued(e) && (in.tok(e).kind == WORD || in.tok(e).kind == NUMBER || in.isSym(e, ":"))) {
            return null;
        }
        String date = String.format(Locale.ROOT, "--%02d-%02d", month, (int) day.num);
        int y = e;
        if (in.isSym(y, ",") && in.joined(y)) {
            y++;
        }
        NumberToken year = in.tok(y);
        if (year != null && year.kind == NUMBER && in.joined(y) && year.plain && year.digits == 4
                && !(in.glued(y + 1) && in.tok(y + 1).kind == WORD)) {
            date = String.format(Locale.ROOT, "%04d-%02d-%02d", (int) year.num, month, (int) day.num);
            e = y + 1;
        }
        return new Found(i, e, day.num, day.num, "date", null, false, date, e);
    }

    private int meridiemEnd(int j) {
        String w = in.word(j);
        if (w == null || !in.joined(j)) {
            return -1;
        }
        if (w.equals("pm") || w.equals("am")) {
            return in.isSym(j + 1, ".") && in.glued(j + 1) ? j + 2 : j + 1;
        }
        if ((w.equals("p") || w.equals("a")) && in.isSym(j + 1, ".") && in.glued(j + 1) && in.isWord(j + 2, "m")
                && in.glued(j + 2)) {
            return in.isSym(j + 3, ".") && in.glued(j + 3) ? j + 4 : j + 3;
        }
        return -1;
    }

    Found time(int first, int end, double hour, double minute, String half) {
        double h = hour;
        if ("pm".equals(half) && h < 12) {
            h += 12;
        } else if ("am".equals(half) && h == 12) {
            h = 0;
        }
        double v = h + minute / 60.0;
        return new Found(first, end, v, v, "time", null, false, null, end);
    }}
