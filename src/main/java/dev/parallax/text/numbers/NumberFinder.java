package dev.parallax.text.numbers;

import dev.parallax.text.Languages;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    private static final int NUM = 0;
    private static final int WORD = 1;
    private static final int SYM = 2;
    /** Digit runs longer than this are identifiers or junk, never quantities. */
    private static final int MAX_NUMBER_CHARS = 24;

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);
    /** Scale words after a number; several languages, since they are unambiguous next to digits. */
    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("bn", 1e9), Map.entry("tn", 1e12),
            Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("bln", 1e9), Map.entry("mio", 1e6),
            Map.entry("mrd", 1e9), Map.entry("millionen", 1e6), Map.entry("milliarde", 1e9),
            Map.entry("milliarden", 1e9), Map.entry("millions", 1e6), Map.entry("milliard", 1e9),
            Map.entry("milliards", 1e9), Map.entry("millones", 1e6), Map.entry("millón", 1e6),
            Map.entry("milioni", 1e6), Map.entry("miliardi", 1e9), Map.entry("billones", 1e12),
            Map.entry("tausend", 1e3), Map.entry("mil", 1e3));
    /** Scale abbreviations that are read only next to a currency ("$5m", "€3k"): alone they are metres etc. */
    private static final Map<String, Double> MONEY_SCALES = Map.of("m", 1e6, "k", 1e3, "b", 1e9, "bil", 1e9);
    /** "hundreds of", "tens of thousands of": approximate, a lower bound. */
    private static final Map<String, Double> PLURAL_SCALES = Map.of(
            "tens", 10.0, "dozens", 12.0, "scores", 20.0, "hundreds", 1e2, "thousands", 1e3, "millions", 1e6,
            "billions", 1e9, "trillions", 1e12);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("hundredth", 100));
    /** Words after an ordinal that make it count something: "third time", "second consecutive year". */
    private static final Set<String> ORDINAL_COUNTED = Set.of(
            "time", "times", "consecutive", "straight", "successive", "term", "round", "quarter", "anniversary",
            "day", "week", "month", "year", "century", "attempt", "wave", "place", "largest", "biggest",
            "highest", "lowest", "richest", "most", "in", "such", "strike", "ballot", "vote", "trial", "death");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    /** Currency words after a number. "pounds" alone is a weight and needs "sterling". */
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollar", "usd"), Map.entry("dollars", "usd"), Map.entry("usd", "usd"),
            Map.entry("euro", "eur"), Map.entry("euros", "eur"), Map.entry("eur", "eur"),
            Map.entry("gbp", "gbp"), Map.entry("sterling", "gbp"), Map.entry("yen", "jpy"),
            Map.entry("jpy", "jpy"), Map.entry("yuan", "cny"), Map.entry("renminbi", "cny"),
            Map.entry("cny", "cny"), Map.entry("rmb", "cny"), Map.entry("rubles", "rub"),
            Map.entry("roubles", "rub"), Map.entry("rub", "rub"), Map.entry("rupees", "inr"),
            Map.entry("inr", "inr"), Map.entry("hryvnias", "uah"), Map.entry("francs", "chf"),
            Map.entry("chf", "chf"), Map.entry("dólares", "usd"), Map.entry("dollari", "usd"));
    /** Currency codes or words that may stand before the number: "USD 5 million". */
    private static final Set<String> CURRENCY_PREFIX_WORDS = Set.of("usd", "eur", "gbp", "jpy", "cny", "chf",
            "inr", "rub", "rmb");
    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
            "$", "usd", "€", "eur", "£", "gbp", "¥", "jpy", "₹", "inr", "₽", "rub", "₩", "krw", "₴", "uah");
    /** Letters glued before "$": "US$", "C$", "A$", "HK$". */
    private static final Map<String, String> DOLLAR_PREFIXES = Map.of(
            "us", "usd", "c", "cad", "ca", "cad", "a", "aud", "au", "aud", "hk", "hkd", "nz", "nzd", "s", "sgd");
    private static final Set<String> PERCENT_WORDS = Set.of("percent", "pct", "prozent", "procent", "pourcent",
            "percento", "porcentaje", "processen", "prosent");
    /** Measures glued to a number ("10km"), kept as what is measured. */
    private static final Set<String> GLUED_MEASURES = Set.of("km", "kg", "mm", "cm", "mph", "kmh", "ft", "mw",
            "gw", "kw", "kwh", "mwh", "gwh", "t", "g", "mg", "ml", "l", "lb", "lbs", "sq", "ha", "m");
    /** Hedges before a number; each is a sequence of folded tokens. */
    private static final List<String[]> HEDGES = List.of(
            new String[] {"more", "than"}, new String[] {"at", "least"}, new String[] {"up", "to"},
            new String[] {"close", "to"}, new String[] {"less", "than"}, new String[] {"fewer", "than"},
            new String[] {"upwards", "of"}, new String[] {"in", "excess", "of"}, new String[] {"as", "many", "as"},
            new String[] {"as", "much", "as"}, new String[] {"an", "estimated"}, new String[] {"just", "over"},
            new String[] {"just", "under"}, new String[] {"well", "over"}, new String[] {"at", "most"},
            new String[] {"nearly"}, new String[] {"almost"}, new String[] {"about"}, new String[] {"around"},
            new String[] {"roughly"}, new String[] {"over"}, new String[] {"some"}, new String[] {"approximately"},
            new String[] {"approx", "."}, new String[] {"approx"}, new String[] {"~"}, new String[] {"circa"},
            new String[] {"ca", "."}, new String[] {"under"}, new String[] {"estimated"},
            new String[] {"rund"}, new String[] {"etwa"}, new String[] {"environ"}, new String[] {"unos"},
            new String[] {"unas"}, new String[] {"cerca", "de"}, new String[] {"más", "de"},
            new String[] {"plus", "de"}, new String[] {"mehr", "als"});
    /** Words that end a "what is counted" phrase before they are taken. */
    private static final Set<String> COUNT_STOPS = Set.of(
            "said", "says", "say", "per", "each", "last", "next", "this", "that", "these", "those", "than",
            "more", "less", "fewer", "ago", "earlier", "later", "before", "after", "since", "until", "while",
            "who", "which", "whom", "whose", "where", "when", "according", "including", "compared", "versus",
            "vs", "year-on-year", "annually", "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had",
            "will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did", "it", "its",
            "they", "their", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i", "me", "my",
            "not", "no", "so", "if", "then", "there", "here", "into", "onto", "over", "under", "about",
            "around", "between", "among", "against", "during", "through", "up", "down", "out", "off", "all",
            "both", "other", "another", "such", "only", "just", "also", "too", "very", "now", "still", "yet",
            "again", "nor", "worth");
    /** Determiners skipped between "of" and what is counted: "70 percent of the machine tools". */
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "all",
            "these", "those", "this", "that", "russia's", "china's");
    /** Plurals without a final s. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "police",
            "staff", "personnel", "cattle", "feet", "teeth", "mice", "geese", "data", "media", "crew", "livestock");

    /** Finds the quantities of {@code text}; offsets index {@code text}. Never throws on any input. */
    public List<NumberMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (text.length() <= CHUNK) {
            return new Scan(text).run();
        }
        // A long text is read a part at a time, cut at line breaks (no mention crosses one), so the tokens
        // held at once stay those of a part, not of a 50 MB text.
        List<NumberMention> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int lineEnd = from + CHUNK >= text.length() ? -1 : text.indexOf('\n', from + CHUNK);
            int to = lineEnd < 0 ? text.length() : lineEnd + 1;
            for (NumberMention m : new Scan(text.substring(from, to)).run()) {
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
        Tok[] tokens = Scan.tokenize(mention.span().of(text));
        for (Tok tok : tokens) {
            if (tok.kind != NUM) {
                continue;
            }
            if (Double.isNaN(tok.num) || tok.num == 0) {
                return Double.NaN;
            }
            int decimals = Scan.decimals(tok);
            double scale = mention.value() / tok.num;
            if (!Double.isFinite(scale) || scale <= 0) {
                scale = 1;
            }
            return Math.pow(10, -decimals) * Math.max(1, Math.round(scale));
        }
        return Double.NaN;
    }

    private static final class Tok {
        final int kind;
        final int start;
        final int end;
        /** Folded lower-case form for words, the symbol for symbols, the raw digits for numbers. */
        final String low;
        /** White space before this token. */
        final boolean gap;
        /** A line break before this token: no mention crosses it. */
        final boolean br;
        /** For numbers: the value, NaN when the digits do not make one (IP addresses, long runs). */
        double num = Double.NaN;
        /** For numbers: digits only, no separators. */
        boolean plain;
        int digits;
        /** For words: starts with a capital letter. */
        boolean capital;

        Tok(int kind, int start, int end, String low, boolean gap, boolean br) {
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.low = low;
            this.gap = gap;
            this.br = br;
        }
    }

    /** A number with its currency and scale: "$2.5 billion", "seventeen", "2,5 Milliarden". */
    private record Amount(int first, int end, double value, String currency, boolean scaled, Tok number,
                          boolean words) {
    }

    /** A mention under construction: token range [first, end), then what it counts from {@code end} on. */
    private record Found(int first, int end, double value, double high, String unit, String counts,
                         boolean approximate, String date, int resume) {
        boolean hedgeable() {
            return !"date".equals(unit) && !"year".equals(unit) && !"time".equals(unit)
                    && !"decade".equals(unit);
        }
    }

    private static final class Scan {
        private final String text;
        private final Tok[] t;
        private final int n;

        Scan(String text) {
            this.text = text;
            this.t = tokenize(text);
            this.n = t.length;
        }

        List<NumberMention> run() {
            List<NumberMention> out = new ArrayList<>();
            int i = 0;
            while (i < n) {
                Found f = null;
                try {
                    f = at(i);
                } catch (RuntimeException e) {
                    // A pattern this reader did not foresee: skip the token rather than fail the article.
                    f = null;
                }
                if (f == null) {
                    i++;
                    continue;
                }
                Span span = new Span(t[f.first].start, t[f.end - 1].end);
                out.add(new NumberMention(span, f.value, f.unit, f.counts, f.approximate, f.high, f.date));
                i = Math.max(i + 1, f.resume);
            }
            return out;
        }

        // ---- tokens -------------------------------------------------------------------------------

        static Tok[] tokenize(String s) {
            List<Tok> out = new ArrayList<>();
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
                    Tok tok = new Tok(NUM, start, i, s.substring(start, Math.min(i, start + MAX_NUMBER_CHARS + 1)),
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
                    Tok tok = new Tok(WORD, start, i, word.replace('\u2019', '\'').toLowerCase(Locale.ROOT), gap, br);
                    tok.capital = Character.isUpperCase(cp);
                    out.add(tok);
                } else {
                    i += cl;
                    char c = cl == 1 ? dev.parallax.text.TextFolding.foldChar((char) cp) : 0;
                    String sym = cl == 1 ? String.valueOf(c) : s.substring(start, i);
                    out.add(new Tok(SYM, start, i, sym, gap, br));
                }
                gap = false;
                br = false;
            }
            return out.toArray(new Tok[0]);
        }

        /** Digits after the decimal mark of a parsed number: 2 for "3.14", 0 for "1,200". */
        static int decimals(Tok tok) {
            int all = 0;
            for (int k = 0; k < tok.low.length(); k++) {
                if (Character.isDigit(tok.low.charAt(k))) {
                    all++;
                }
            }
            return Math.max(0, all - tok.digits);
        }

        /** "1,200" → 1200, "2.5" → 2.5, "1.200,5" → 1200.5, "2,5" → 2.5; IP addresses and versions → NaN. */
        private static void parseNumber(Tok tok) {
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

        // ---- token helpers ------------------------------------------------------------------------

        private Tok tok(int i) {
            return i >= 0 && i < n ? t[i] : null;
        }

        private boolean isWord(int i, String w) {
            Tok k = tok(i);
            return k != null && k.kind == WORD && k.low.equals(w);
        }

        private boolean isSym(int i, String s) {
            Tok k = tok(i);
            return k != null && k.kind == SYM && k.low.equals(s);
        }

        /** Token i follows token i-1 on the same line (a mention may span them). */
        private boolean joined(int i) {
            Tok k = tok(i);
            return k != null && i > 0 && !k.br;
        }

        /** Token i follows token i-1 with no space between. */
        private boolean glued(int i) {
            Tok k = tok(i);
            return k != null && i > 0 && !k.gap;
        }

        private String word(int i) {
            Tok k = tok(i);
            return k != null && k.kind == WORD ? k.low : null;
        }

        // ---- patterns -----------------------------------------------------------------------------

        private Found at(int i) {
            Tok k = t[i];
            if (k.kind == WORD || k.kind == SYM) {
                int h = hedgeEnd(i);
                if (h > i && joined(h)) {
                    Found q = quantity(h, true);
                    if (q != null) {
                        if (!q.hedgeable()) {
                            return q;
                        }
                        return new Found(i, q.end, q.value, q.high, q.unit, q.counts, true, q.date, q.resume);
                    }
                }
            }
            return quantity(i, false);
        }

        private int hedgeEnd(int i) {
            for (String[] hedge : HEDGES) {
                boolean ok = true;
                for (int k = 0; k < hedge.length && ok; k++) {
                    Tok tk = tok(i + k);
                    ok = tk != null && tk.low.equals(hedge[k]) && (k == 0 || joined(i + k));
                }
                if (ok) {
                    return i + hedge.length;
                }
            }
            return -1;
        }

        private Found quantity(int i, boolean hedged) {
            Found f = monthFirstDate(i);
            if (f != null) {
                return f;
            }
            f = pluralScale(i);
            if (f != null) {
                return f;
            }
            f = ordinalWord(i);
            if (f != null) {
                return f;
            }
            Amount a = amount(i, false);
            if (a == null) {
                return null;
            }
            int j = a.end;
            Tok num = a.number;
            // glued suffixes: 3rd, 1990s, 5pm, 10km, 5G
            if (num != null && a.end == indexOf(num) + 1 && glued(j) && tok(j).kind == WORD && !a.scaled) {
                String suffix = tok(j).low;
                if (Set.of("st", "nd", "rd", "th").contains(suffix) && num.plain) {
                    Found d = dayFirstDate(a, j + 1, j + 1);
                    if (d != null) {
                        return d;
                    }
                    return withCounts(a.first, j + 1, a.value, a.value, "ordinal", false, j + 1);
                }
                if (suffix.equals("s") && num.plain && num.digits == 4 && a.currency == null) {
                    return new Found(a.first, j + 1, a.value, a.value, "decade", null, false, null, j + 1);
                }
                if ((suffix.equals("s") || suffix.equals("'s")) && num.plain && num.digits == 2) {
                    return new Found(a.first, j + 1, a.value, a.value, "decade", null, false, null, j + 1);
                }
                if ((suffix.equals("pm") || suffix.equals("am")) && a.currency == null) {
                    return time(a.first, j + 1, a.value, 0, suffix);
                }
                String rawSuffix = text.substring(tok(j).start, tok(j).end);
                if (GLUED_MEASURES.contains(suffix) && a.currency == null
                        && !(rawSuffix.length() == 1 && Character.isUpperCase(rawSuffix.charAt(0)))) {
                    return new Found(a.first, j + 1, a.value, a.value, null, text.substring(tok(j).start, tok(j).end),
                            hedged, null, j + 1);
                }
                return null;
            }
            if (num != null && !a.words && a.currency == null && !a.scaled) {
                Found special = afterPlainNumber(a, j, hedged);
                if (special != null) {
                    return special;
                }
                if (isSym(j, ":") && glued(j) || isSym(j, "/") && glued(j)) {
                    return null;
                }
            }
            // unit after the number
            String unit = a.currency;
            int end = j;
            int u = percentEnd(j);
            boolean points = false;
            if (u > 0) {
                unit = "percent";
                end = u;
            } else if (unit == null) {
                String[] cur = new String[1];
                u = currencyWordEnd(j, cur);
                if (u > 0) {
                    unit = cur[0];
                    end = u;
                } else if (isWord(j, "percentage") && (isWord(j + 1, "points") || isWord(j + 1, "point"))) {
                    unit = "percentage points";
                    end = j + 2;
                    points = true;
                }
            }
            double value = a.value;
            double high = a.value;
            int first = a.first;
            // ranges: "10 to 12", "10-12 percent", "between 5 and 7", "two or three"
            int c = end;
            boolean between = isWord(a.first - 1, "between") && joined(a.first);
            boolean fromTo = isWord(a.first - 1, "from");
            boolean connector = joined(c) && (isSym(c, "-")
                    || isWord(c, "to") && !fromTo || isWord(c, "and") && between
                    || isWord(c, "or") && !isWord(c + 1, "so") && !isWord(c + 1, "more"));
            if (connector && joined(c + 1)) {
                Amount b = amount(c + 1, true);
                if (b != null && !(b.number != null && glued(b.end) && tok(b.end).kind == WORD)) {
                    double lo = value;
                    double hi = b.value;
                    if (!a.scaled && b.scaled && b.number != null && a.value < 1000) {
                        lo = a.value * (b.value / b.number.num);
                    } else if (!a.scaled && b.scaled && b.words) {
                        lo = value;
                    }
                    String unit2 = b.currency;
                    int end2 = b.end;
                    int u2 = percentEnd(b.end);
                    if (u2 > 0) {
                        unit2 = "percent";
                        end2 = u2;
                    } else if (unit2 == null) {
                        String[] cur = new String[1];
                        u2 = currencyWordEnd(b.end, cur);
                        if (u2 > 0) {
                            unit2 = cur[0];
                            end2 = u2;
                        }
                    }
                    boolean unitsFit = unit == null || unit2 == null || unit.equals(unit2);
                    boolean yearish = isYearish(a) && unit == null && unit2 == null && !hedged
                            && (isYearish(b) || isSym(c, "-") && b.number != null && b.number.plain
                            && b.number.digits == 2 && glued(c + 1));
                    if (lo < hi && unitsFit && !yearish) {
                        value = lo;
                        high = hi;
                        unit = unit != null ? unit : unit2;
                        end = end2;
                        if (between) {
                            first = a.first - 1;
                        }
                    } else if (yearish) {
                        double full = b.number.digits == 2 ? Math.floor(a.value / 100) * 100 + b.value : b.value;
                        if (full > a.value) {
                            return new Found(a.first, b.end, a.value, full, "year", null, false, null, b.end);
                        }
                    }
                }
            }
            // years: a bare four-digit number from 1800 to 2100
            if (unit == null && value == high && !hedged && isYearish(a)) {
                return new Found(a.first, a.end, a.value, a.value, "year", null, false, null, a.end);
            }
            // trailing hedges: "70 or so", "70 or more"
            boolean approximate = hedged;
            if (isWord(end, "or") && (isWord(end + 1, "so") || isWord(end + 1, "more")) && joined(end + 1)) {
                approximate = true;
                end += 2;
            }
            if (points) {
                return new Found(first, end, value, high, unit, null, approximate, null, end);
            }
            Found counted = withCounts(first, end, value, high, unit, approximate, end);
            // a lone "one" in words was rejected in amount(); a lone small number with nothing counted is
            // still a quantity ("the vote was 52")
            return counted;
        }

        private boolean isYearish(Amount a) {
            return a.number != null && !a.words && a.currency == null && !a.scaled && a.number.plain
                    && a.number.digits == 4 && a.value >= 1800 && a.value <= 2100;
        }

        private int indexOf(Tok k) {
            // tokens are searched near the current position only; the caller passes a token it just read
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

        /** Dates, times and ISO dates that start with a plain number. */
        private Found afterPlainNumber(Amount a, int j, boolean hedged) {
            Tok num = a.number;
            // 10:30, 10:30 p.m.
            if (isSym(j, ":") && glued(j) && tok(j + 1) != null && tok(j + 1).kind == NUM && glued(j + 1)) {
                Tok min = tok(j + 1);
                if (num.plain && min.plain && min.digits == 2 && a.value <= 24 && min.num < 60) {
                    int e = j + 2;
                    String half = null;
                    int m = meridiemEnd(e);
                    if (m > 0 && a.value <= 12) {
                        half = word(e).startsWith("p") ? "pm" : "am";
                        e = m;
                    }
                    if (isSym(e, ":") && glued(e) && tok(e + 1) != null && tok(e + 1).kind == NUM) {
                        return null; // 10:30:15 or a verse reference: not worth guessing
                    }
                    return time(a.first, e, a.value, min.num, half);
                }
                return null;
            }
            // 5 p.m., 5 pm
            int m = meridiemEnd(j);
            if (m > 0 && num.plain && a.value >= 1 && a.value <= 12) {
                return time(a.first, m, a.value, 0, word(j).startsWith("p") ? "pm" : "am");
            }
            // 2024-11-05
            if (num.plain && num.digits == 4 && isSym(j, "-") && glued(j) && tok(j + 1) != null
                    && tok(j + 1).kind == NUM && glued(j + 1) && isSym(j + 2, "-") && glued(j + 2)
                    && tok(j + 3) != null && tok(j + 3).kind == NUM && glued(j + 3)) {
                int month = (int) tok(j + 1).num;
                int day = (int) tok(j + 3).num;
                if (tok(j + 1).plain && tok(j + 3).plain && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    return new Found(a.first, j + 4, day, day, "date", null, false,
                            String.format(Locale.ROOT, "%04d-%02d-%02d", (int) a.value, month, day), j + 4);
                }
                return null;
            }
            // 5 November, 5 November 2024, 5 of November
            return dayFirstDate(a, j, j);
        }

        private Found dayFirstDate(Amount a, int j, int afterNumber) {
            Tok num = a.number;
            if (num == null || !num.plain || num.digits > 2 || a.value < 1 || a.value > 31) {
                return null;
            }
            int k = j;
            if (isWord(k, "of") && joined(k)) {
                k++;
            }
            Integer month = month(k);
            if (month == null || !joined(k)) {
                return null;
            }
            int e = k + 1;
            if (isSym(e, ".") && glued(e) && MONTH_ABBREVIATIONS.contains(tok(k).low)) {
                e++;
            }
            int day = (int) a.value;
            String date = String.format(Locale.ROOT, "--%02d-%02d", month, day);
            int y = e;
            if (isSym(y, ",") && joined(y)) {
                y++;
            }
            Tok year = tok(y);
            if (year != null && year.kind == NUM && joined(y) && year.plain && year.digits == 4) {
                date = String.format(Locale.ROOT, "%04d-%02d-%02d", (int) year.num, month, day);
                e = y + 1;
            }
            return new Found(a.first, e, day, day, "date", null, false, date, e);
        }

        /** A month name at i: capitalised when spelled out ("may" and "march" are verbs too). */
        private Integer month(int i) {
            Tok k = tok(i);
            if (k == null || k.kind != WORD || !k.capital) {
                return null;
            }
            return MONTHS.get(k.low);
        }

        /** November 5, Nov. 5, 2024, November 5th, November 2023. */
        private Found monthFirstDate(int i) {
            Integer month = month(i);
            if (month == null) {
                return null;
            }
            int k = i + 1;
            if (isSym(k, ".") && glued(k) && MONTH_ABBREVIATIONS.contains(t[i].low)) {
                k++;
            }
            Tok day = tok(k);
            if (day == null || day.kind != NUM || !joined(k) || !day.plain || glued(k)) {
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
            if (glued(e) && tok(e).kind == WORD && Set.of("st", "nd", "rd", "th").contains(tok(e).low)) {
                e++;
            } else if (glued(e) && (tok(e).kind == WORD || tok(e).kind == NUM || isSym(e, ":"))) {
                return null;
            }
            String date = String.format(Locale.ROOT, "--%02d-%02d", month, (int) day.num);
            int y = e;
            if (isSym(y, ",") && joined(y)) {
                y++;
            }
            Tok year = tok(y);
            if (year != null && year.kind == NUM && joined(y) && year.plain && year.digits == 4
                    && !(glued(y + 1) && tok(y + 1).kind == WORD)) {
                date = String.format(Locale.ROOT, "%04d-%02d-%02d", (int) year.num, month, (int) day.num);
                e = y + 1;
            }
            return new Found(i, e, day.num, day.num, "date", null, false, date, e);
        }

        private int meridiemEnd(int j) {
            String w = word(j);
            if (w == null || !joined(j)) {
                return -1;
            }
            if (w.equals("pm") || w.equals("am")) {
                return isSym(j + 1, ".") && glued(j + 1) ? j + 2 : j + 1;
            }
            if ((w.equals("p") || w.equals("a")) && isSym(j + 1, ".") && glued(j + 1) && isWord(j + 2, "m")
                    && glued(j + 2)) {
                return isSym(j + 3, ".") && glued(j + 3) ? j + 4 : j + 3;
            }
            return -1;
        }

        private Found time(int first, int end, double hour, double minute, String half) {
            double h = hour;
            if ("pm".equals(half) && h < 12) {
                h += 12;
            } else if ("am".equals(half) && h == 12) {
                h = 0;
            }
            double v = h + minute / 60.0;
            return new Found(first, end, v, v, "time", null, false, null, end);
        }

        /** "hundreds of", "tens of thousands of", "billions of dollars". */
        private Found pluralScale(int i) {
            String w = word(i);
            Double scale = w == null ? null : PLURAL_SCALES.get(w);
            if (scale == null || !isWord(i + 1, "of") || !joined(i + 1)) {
                return null;
            }
            double value = scale;
            int end = i + 1;
            int of = i + 1;
            String next = word(i + 2);
            if (next != null && PLURAL_SCALES.containsKey(next) && !next.equals("dozens") && isWord(i + 3, "of")
                    && joined(i + 2)) {
                value *= PLURAL_SCALES.get(next);
                end = i + 3;
                of = i + 3;
            }
            if (w.equals("tens") && value == 10) {
                return null; // "tens of" alone is not how a quantity is written
            }
            String unit = null;
            String[] cur = new String[1];
            int c = currencyWordEnd(of + 1, cur);
            int resume = of;
            if (c > 0) {
                unit = cur[0];
                end = c;
                resume = c;
            }
            Found base = withCounts(i, end, value, value, unit, true, unit == null ? of : c);
            return new Found(base.first, unit == null ? of : end, base.value, base.high, base.unit, base.counts, true,
                    null, Math.max(resume, unit == null ? of : end));
        }

        /** "third time", "second consecutive year", "twenty-first century". */
        private Found ordinalWord(int i) {
            String w = word(i);
            if (w == null) {
                return null;
            }
            int end = i + 1;
            Integer value = ORDINALS.get(w);
            if (value == null && TENS.containsKey(w) && isSym(i + 1, "-") && glued(i + 1) && glued(i + 2)) {
                Integer unit = ORDINALS.get(key(word(i + 2)));
                if (unit != null && unit < 10) {
                    value = TENS.get(w) + unit;
                    end = i + 3;
                }
            }
            if (value == null) {
                return null;
            }
            String next = word(end);
            if (next == null || !joined(end) || !ORDINAL_COUNTED.contains(next)) {
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

        /** Currency prefix, a number in digits or words, a scale: "$2.5 billion", "US$5m", "seventeen". */
        private Amount amount(int i, boolean rangeEnd) {
            int j = i;
            String currency = null;
            Tok k = tok(j);
            if (k == null) {
                return null;
            }
            if (k.kind == WORD && DOLLAR_PREFIXES.containsKey(k.low) && isSym(j + 1, "$") && glued(j + 1)
                    && !(i > 0 && glued(i) && tok(i - 1).kind == WORD)) {
                currency = DOLLAR_PREFIXES.get(k.low);
                j += 2;
            } else if (k.kind == SYM && CURRENCY_SYMBOLS.containsKey(k.low)) {
                currency = CURRENCY_SYMBOLS.get(k.low);
                j += 1;
            } else if (k.kind == WORD && CURRENCY_PREFIX_WORDS.contains(k.low) && tok(j + 1) != null
                    && tok(j + 1).kind == NUM && joined(j + 1)) {
                currency = k.low;
                j += 1;
            }
            if (currency != null && (tok(j) == null || !joined(j))) {
                return null;
            }
            k = tok(j);
            if (k == null) {
                return null;
            }
            double value;
            int end;
            boolean words = false;
            Tok number = null;
            if (k.kind == NUM) {
                if (Double.isNaN(k.num) || identifierBefore(j, currency != null || rangeEnd)) {
                    return null;
                }
                number = k;
                value = k.num;
                end = j + 1;
            } else if (k.kind == WORD) {
                double[] parsed = new double[2];
                end = wordNumber(j, parsed);
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
            if (isSym(s, "-") && glued(s) && glued(s + 1) && word(s + 1) != null && SCALES.containsKey(word(s + 1))) {
                s++;
            }
            String sw = word(s);
            if (sw != null && joined(s)) {
                Double scale = SCALES.get(sw);
                if (scale == null && currency != null && glued(s)) {
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
            if (afterCurrency || !glued(j)) {
                return false;
            }
            Tok prev = tok(j - 1);
            if (prev.kind == WORD || prev.kind == NUM) {
                return true;
            }
            String p = prev.low;
            if (p.equals("-")) {
                Tok pp = tok(j - 2);
                return pp != null && glued(j - 1) && (pp.kind == WORD || pp.kind == NUM);
            }
            return p.equals("#") || p.equals("@") || p.equals("_") || p.equals("/") || p.equals("\\")
                    || p.equals(":") || p.equals(".") || p.equals("+") && glued(j - 1);
        }

        /**
         * Number words from i: "seventeen", "twenty-five", "two hundred and fifty thousand", "a dozen",
         * "a million". Returns the token after the last word, -1 when there is none; value in out[0].
         */
        private int wordNumber(int i, double[] out) {
            double total = 0;
            double current = 0;
            int k = i;
            int last = -1;
            int words = 0;
            boolean lastTens = false;
            boolean lastUnit = false;
            boolean lastBig = false;
            if (isWord(i, "a") || isWord(i, "one")) {
                String next = word(i + 1);
                if (next != null && joined(i + 1) && (next.equals("dozen") || next.equals("hundred")
                        || next.equals("thousand") || next.equals("million") || next.equals("billion")
                        || next.equals("trillion"))) {
                    current = 1;
                    k = i + 1;
                    words = 1;
                }
            }
            while (k < n && words < 12) {
                Tok w = t[k];
                if (k > i && !joined(k)) {
                    break;
                }
                if (w.kind == SYM && w.low.equals("-") && lastTens && glued(k) && glued(k + 1)
                        && UNITS.getOrDefault(key(word(k + 1)), 99) < 10) {
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
                } else if (s.equals("and") && lastBig && (UNITS.containsKey(key(word(k + 1)))
                        || TENS.containsKey(key(word(k + 1)))) && joined(k + 1)) {
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
            if (last == i && t[i].low.equals("one")) {
                return -1; // "on the one hand", "one of the": not a quantity
            }
            if (last == i && t[i].low.equals("a")) {
                return -1;
            }
            out[0] = total + current;
            return last + 1;
        }

        /** Percent marker at j: "%", "percent", "per cent", "Prozent"; the token after it, or -1. */
        private int percentEnd(int j) {
            Tok k = tok(j);
            if (k == null || !joined(j)) {
                return -1;
            }
            if (k.kind == SYM && (k.low.equals("%") || k.low.equals("\u066A") || k.low.equals("\uFF05"))) {
                return j + 1;
            }
            if (k.kind != WORD) {
                return -1;
            }
            if (PERCENT_WORDS.contains(k.low)) {
                if (isWord(j + 1, "point") || isWord(j + 1, "points")) {
                    return j + 2;
                }
                return j + 1;
            }
            if ((k.low.equals("per") || k.low.equals("pour") || k.low.equals("por")) && joined(j + 1)
                    && (isWord(j + 1, "cent") || isWord(j + 1, "ciento") || isWord(j + 1, "cento"))) {
                return j + 2;
            }
            return -1;
        }

        /** A currency named after the number: "dollars", "US dollars", "pounds sterling", "euros". */
        private int currencyWordEnd(int j, String[] out) {
            String w = word(j);
            if (w == null || !joined(j)) {
                return -1;
            }
            if ((w.equals("us") || w.equals("u.s")) && isWord(j + 1, "dollars") && joined(j + 1)) {
                out[0] = "usd";
                return j + 2;
            }
            if ((w.equals("pounds") || w.equals("pound")) && isWord(j + 1, "sterling") && joined(j + 1)) {
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
        }

        /** The mention [first, end) and what it counts, read from {@code from}. */
        private Found withCounts(int first, int end, double value, double high, String unit, boolean approximate,
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
            if (isWord(k, "of") && joined(k)) {
                k++;
                if (word(k) != null && DETERMINERS.contains(word(k)) && joined(k)) {
                    k++;
                }
            } else if (isCurrency(unit) && (isWord(k, "in") || isWord(k, "for")) && joined(k)) {
                k++; // "$2 billion in aid", "billions of dollars in weapons"
            } else if (isCurrency(unit) && isWord(k, "worth") && isWord(k + 1, "of")) {
                k += 2;
            }
            int glueAllowed = -1;
            if (isSym(k, "-") && glued(k) && glued(k + 1) && word(k + 1) != null) {
                k++; // "65-year-old", "10-day"
                glueAllowed = k;
            }
            int firstWord = -1;
            int lastWord = -1;
            int taken = 0;
            while (taken < 3 && k < n) {
                Tok w = t[k];
                if (w.kind != WORD || !joined(k) || !w.gap && k > from && k != glueAllowed) {
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
                    Tok next = tok(k + 1);
                    if (next == null || next.kind != WORD || !joined(k + 1) || !isPlural(next.low)
                            || COUNT_STOPS.contains(next.low)) {
                        break;
                    }
                }
                int e = k + 1;
                // hyphenated words: "armored-vehicle", "year-old"
                while (isSym(e, "-") && glued(e) && glued(e + 1) && tok(e + 1).kind == WORD) {
                    e += 2;
                }
                if (firstWord < 0) {
                    firstWord = k;
                }
                lastWord = e - 1;
                taken++;
                k = e;
                if (isPlural(s) || isPlural(t[e - 1].low) || firstWord == glueAllowed) {
                    break; // "countries"; "12-nation" and "65-year-old" name the thing by themselves
                }
                if (isSym(k, ",") || isSym(k, ".") || isSym(k, ";")) {
                    break;
                }
            }
            if (firstWord < 0) {
                return null;
            }
            return text.substring(t[firstWord].start, t[lastWord].end);
        }

        /** Immutable maps refuse null keys: a missing word looks up as the empty string. */
        private static String key(String word) {
            return word == null ? "" : word;
        }

        private static boolean isCurrency(String unit) {
            return unit != null && unit.length() == 3 && !unit.equals("m");
        }

        private static boolean isNumberWord(String s) {
            return UNITS.containsKey(s) || TENS.containsKey(s) || SCALES.containsKey(s) || ORDINALS.containsKey(s)
                    || PLURAL_SCALES.containsKey(s) || s.equals("dozen") || PERCENT_WORDS.contains(s);
        }

        private static boolean isPlural(String s) {
            if (IRREGULAR_PLURALS.contains(s)) {
                return true;
            }
            return s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")
                    && !s.endsWith("'s");
        }
    }
}
