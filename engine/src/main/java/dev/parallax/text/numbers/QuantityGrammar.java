package dev.parallax.text.numbers;

import static dev.parallax.text.numbers.NumberLexicon.*;
import static dev.parallax.text.numbers.NumberToken.Kind.SYMBOL;
import static dev.parallax.text.numbers.NumberToken.Kind.WORD;

import java.util.Set;

/**
 * The quantity starting at a token, hedge included: tries dates, plural scales and ordinals, then an
 * amount and what may follow it (glued suffixes, times, units, a range, a year, what is counted).
 */
final class QuantityGrammar {
    private final TokenCursor in;
    private final AmountGrammar amounts;
    private final DateGrammar dates;
    private final CountGrammar counts;

    QuantityGrammar(TokenCursor in) {
        this.in = in;
        this.amounts = new AmountGrammar(in);
        this.dates = new DateGrammar(in);
        this.counts = new CountGrammar(in, amounts);
    }

    Found at(int i) {
        NumberToken k = in.t[i];
        if (k.kind == WORD || k.kind == SYMBOL) {
            int h = hedgeEnd(i);
            if (h > i && in.joined(h)) {
                Found q = quantity(h, true);
                if (q != null) {
                    if (!q.hedgeable()) {
                        return q;
                    }
                    return new Found(i, q.end(), q.value(), q.high(), q.unit(), q.counts(), true, q.date(), q.resume());
                }
            }
        }
        return quantity(i, false);
    }

    private int hedgeEnd(int i) {
        for (String[] hedge : HEDGES) {
            boolean ok = true;
            for (int k = 0; k < hedge.length && ok; k++) {
                NumberToken tk = in.tok(i + k);
                ok = tk != null && tk.low.equals(hedge[k]) && (k == 0 || in.joined(i + k));
            }
            if (ok) {
                return i + hedge.length;
            }
        }
        return -1;
    }

    private Found quantity(int i, boolean hedged) {
        Found f = dates.monthFirstDate(i);
        if (f != null) {
            return f;
        }
        f = counts.pluralScale(i);
        if (f != null) {
            return f;
        }
        f = counts.ordinalWord(i);
        if (f != null) {
            return f;
        }
        Amount a = amounts.amount(i, false);
        if (a == null) {
            return null;
        }
        int j = a.end();
        NumberToken num = a.number();
        // glued suffixes: 3rd, 1990s, 5pm, 10km, 5G
        if (num != null && a.end() == in.indexOf(num) + 1 && in.glued(j) && in.tok(j).kind == WORD && !a.scaled()) {
            String suffix = in.tok(j).low;
            if (Set.of("st", "nd", "rd", "th").contains(suffix) && num.plain) {
                Found d = dates.dayFirstDate(a, j + 1, j + 1);
                if (d != null) {
                    return d;
                }
                return counts.withCounts(a.first(), j + 1, a.value(), a.value(), "ordinal", false, j + 1);
            }
            if (suffix.equals("s") && num.plain && num.digits == 4 && a.currency() == null) {
                return new Found(a.first(), j + 1, a.value(), a.value(), "decade", null, false, null, j + 1);
            }
            if ((suffix.equals("s") || suffix.equals("'s")) && num.plain && num.digits == 2) {
                return new Found(a.first(), j + 1, a.value(), a.value(), "decade", null, false, null, j + 1);
            }
            if ((suffix.equals("pm") || suffix.equals("am")) && a.currency() == null) {
                return dates.time(a.first(), j + 1, a.value(), 0, suffix);
            }
            String rawSuffix = in.text.substring(in.tok(j).start, in.tok(j).end);
            if (GLUED_MEASURES.contains(suffix) && a.currency() == null
                    && !(rawSuffix.length() == 1 && Character.isUpperCase(rawSuffix.charAt(0)))) {
                return new Found(a.first(), j + 1, a.value(), a.value(), null,
                        in.text.substring(in.tok(j).start, in.tok(j).end), hedged, null,
                        j + 1);
            }
            return null;
        }
        if (num != null && !a.words() && a.currency() == null && !a.scaled()) {
            Found special = dates.afterPlainNumber(a, j);
            if (special != null) {
                return special;
            }
            if (in.isSym(j, ":") && in.glued(j) || in.isSym(j, "/") && in.glued(j)) {
                return null;
            }
        }
        // unit after the number
        String unit = a.currency();
        int end = j;
        int u = amounts.percentEnd(j);
        boolean points = false;
        if (u > 0) {
            unit = "percent";
            end = u;
        } else if (unit == null) {
            String[] cur = new String[1];
            u = amounts.currencyWordEnd(j, cur);
            if (u > 0) {
                unit = cur[0];
                end = u;
            } else if (in.isWord(j, "percentage") && (in.isWord(j + 1, "points") || in.isWord(j + 1, "point"))) {
                unit = "percentage points";
                end = j + 2;
                points = true;
            }
        }
        double value = a.value();
        double high = a.value();
        int first = a.first();
        // ranges: "10 to 12", "10-12 percent", "between 5 and 7", "two or three"
        int c = end;
        boolean between = in.isWord(a.first() - 1, "between") && in.joined(a.first());
        boolean fromTo = in.isWord(a.first() - 1, "from");
        boolean connector = in.joined(c) && (in.isSym(c, "-")
                || in.isWord(c, "to") && !fromTo || in.isWord(c, "and") && between
                || in.isWord(c, "or") && !in.isWord(c + 1, "so") && !in.isWord(c + 1, "more"));
        if (connector && in.joined(c + 1)) {
            Amount b = amounts.amount(c + 1, true);
            if (b != null && !(b.number() != null && in.glued(b.end()) && in.tok(b.end()).kind == WORD)) {
                double lo = value;
                double hi = b.value();
                if (!a.scaled() && b.scaled() && b.number() != null && a.value() < 1000) {
                    lo = a.value() * (b.value() / b.number().num);
                } else if (!a.scaled() && b.scaled() && b.words()) {
                    lo = value;
                }
                String unit2 = b.currency();
                int end2 = b.end();
                int u2 = amounts.percentEnd(b.end());
                if (u2 > 0) {
                    unit2 = "percent";
                    end2 = u2;
                } else if (unit2 == null) {
                    String[] cur = new String[1];
                    u2 = amounts.currencyWordEnd(b.end(), cur);
                    if (u2 > 0) {
                        unit2 = cur[0];
                        end2 = u2;
                    }
                }
                boolean unitsFit = unit == null || unit2 == null || unit.equals(unit2);
                boolean yearish = isYearish(a) && unit == null && unit2 == null && !hedged
                        && (isYearish(b) || in.isSym(c, "-") && b.number() != null && b.number().plain
                        && b.number().digits == 2 && in.glued(c + 1));
                if (lo < hi && unitsFit && !yearish) {
                    value = lo;
                    high = hi;
                    unit = unit != null ? unit : unit2;
                    end = end2;
                    if (between) {
                        first = a.first() - 1;
                    }
                } else if (yearish) {
                    double full = b.number().digits == 2 ? Math.floor(a.value() / 100) * 100 + b.value() : b.value();
                    if (full > a.value()) {
                        return new Found(a.first(), b.end(), a.value(), full, "year", null, false, null, b.end());
                    }
                }
            }
        }
        // years: a bare four-digit number from 1800 to 2100
        if (unit == null && value == high && !hedged && isYearish(a)) {
            return new Found(a.first(), a.end(), a.value(), a.value(), "year", null, false, null, a.end());
        }
        // trailing hedges: "70 or so", "70 or more"
        boolean approximate = hedged;
        if (in.isWord(end, "or") && (in.isWord(end + 1, "so") || in.isWord(end + 1, "more")) && in.joined(end + 1)) {
            approximate = true;
            end += 2;
        }
        if (points) {
            return new Found(first, end, value, high, unit, null, approximate, null, end);
        }
        Found counted = counts.withCounts(first, end, value, high, unit, approximate, end);
        // a lone "one" in words was rejected in amounts.amount(); a lone small number with nothing counted is
        // still a quantity ("the vote was 52")
        return counted;
    }

    private boolean isYearish(Amount a) {
        return a.number() != null && !a.words() && a.currency() == null && !a.scaled() && a.number().plain
                && a.number().digits == 4 && a.value() >= 1800 && a.value() <= 2100;
    }}
