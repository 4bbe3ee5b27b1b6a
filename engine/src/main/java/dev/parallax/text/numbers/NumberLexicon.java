package dev.parallax.text.numbers;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words and symbols quantities are made of: number words, scales, currencies, months, hedges. */
final class NumberLexicon {
    private NumberLexicon() {
    }

    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);
    /** Scale words after a number; several languages, since they are unambiguous next to digits. */
    static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("bn", 1e9), Map.entry("tn", 1e12),
            Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("bln", 1e9), Map.entry("mio", 1e6),
            Map.entry("mrd", 1e9), Map.entry("millionen", 1e6), Map.entry("milliarde", 1e9),
            Map.entry("milliarden", 1e9), Map.entry("millions", 1e6), Map.entry("milliard", 1e9),
            Map.entry("milliards", 1e9), Map.entry("millones", 1e6), Map.entry("millón", 1e6),
            Map.entry("milioni", 1e6), Map.entry("miliardi", 1e9), Map.entry("billones", 1e12),
            Map.entry("tausend", 1e3), Map.entry("mil", 1e3));
    /** Scale abbreviations that are read only next to a currency ("$5m", "€3k"): alone they are metres etc. */
    static final Map<String, Double> MONEY_SCALES = Map.of("m", 1e6, "k", 1e3, "b", 1e9, "bil", 1e9);
    /** "hundreds of", "tens of thousands of": approximate, a lower bound. */
    static final Map<String, Double> PLURAL_SCALES = Map.of(
            "tens", 10.0, "dozens", 12.0, "scores", 20.0, "hundreds", 1e2, "thousands", 1e3, "millions", 1e6,
            "billions", 1e9, "trillions", 1e12);
    static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("hundredth", 100));
    /** Words after an ordinal that make it count something: "third time", "second consecutive year". */
    static final Set<String> ORDINAL_COUNTED = Set.of(
            "time", "times", "consecutive", "straight", "successive", "term", "round", "quarter", "anniversary",
            "day", "week", "month", "year", "century", "attempt", "wave", "place", "largest", "biggest",
            "highest", "lowest", "richest", "most", "in", "such", "strike", "ballot", "vote", "trial", "death");
    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    /** Currency words after a number. "pounds" alone is a weight and needs "sterling". */
    static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollar", "usd"), Map.entry("dollars", "usd"), Map.entry("usd", "usd"),
            Map.entry("euro", "eur"), Map.entry("euros", "eur"), Map.entry("eur", "eur"),
            Map.entry("gbp", "gbp"), Map.entry("sterling", "gbp"), Map.entry("yen", "jpy"),
            Map.entry("jpy", "jpy"), Map.entry("yuan", "cny"), Map.entry("renminbi", "cny"),
            Map.entry("cny", "cny"), Map.entry("rmb", "cny"), Map.entry("rubles", "rub"),
            Map.entry("roubles", "rub"), Map.entry("rub", "rub"), Map.entry("rupees", "inr"),
            Map.entry("inr", "inr"), Map.entry("hryvnias", "uah"), Map.entry("francs", "chf"),
            Map.entry("chf", "chf"), Map.entry("dólares", "usd"), Map.entry("dollari", "usd"));
    /** Currency codes or words that may stand before the number: "USD 5 million". */
    static final Set<String> CURRENCY_PREFIX_WORDS = Set.of("usd", "eur", "gbp", "jpy", "cny", "chf",
            "inr", "rub", "rmb");
    static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
            "$", "usd", "€", "eur", "£", "gbp", "¥", "jpy", "₹", "inr", "₽", "rub", "₩", "krw", "₴", "uah");
    /** Letters glued before "$": "US$", "C$", "A$", "HK$". */
    static final Map<String, String> DOLLAR_PREFIXES = Map.of(
            "us", "usd", "c", "cad", "ca", "cad", "a", "aud", "au", "aud", "hk", "hkd", "nz", "nzd", "s", "sgd");
    static final Set<String> PERCENT_WORDS = Set.of("percent", "pct", "prozent", "procent", "pourcent",
            "percento", "porcentaje", "processen", "prosent");
    /** Measures glued to a number ("10km"), kept as what is measured. */
    static final Set<String> GLUED_MEASURES = Set.of("km", "kg", "mm", "cm", "mph", "kmh", "ft", "mw",
            "gw", "kw", "kwh", "mwh", "gwh", "t", "g", "mg", "ml", "l", "lb", "lbs", "sq", "ha", "m");
    /** Hedges before a number; each is a sequence of folded tokens. */
    static final List<String[]> HEDGES = List.of(
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
    static final Set<String> COUNT_STOPS = Set.of(
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
    static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "all",
            "these", "those", "this", "that", "russia's", "china's");
    /** Plurals without a final s. */
    static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "police",
            "staff", "personnel", "cattle", "feet", "teeth", "mice", "geese", "data", "media", "crew", "livestock");

    /** Immutable maps refuse null keys: a missing word looks up as the empty string. */
    static String key(String word) {
        return word == null ? "" : word;
    }

    static boolean isCurrency(String unit) {
        return unit != null && unit.length() == 3 && !unit.equals("m");
    }

    static boolean isNumberWord(String s) {
        return UNITS.containsKey(s) || TENS.containsKey(s) || SCALES.containsKey(s) || ORDINALS.containsKey(s)
                || PLURAL_SCALES.containsKey(s) || s.equals("dozen") || PERCENT_WORDS.contains(s);
    }

    static boolean isPlural(String s) {
        if (IRREGULAR_PLURALS.contains(s)) {
            return true;
        }
        return s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")
                && !s.endsWith("'s");
    }
}
