package dev.parallax.text;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Language facts from text alone: which language a text is in, its stop words, and the writing system it
 * uses. Stop-word lists come from Lucene's analyzers, so every language Lucene can analyze can be told
 * apart without a list of our own.
 */
public final class Languages {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Lucene's English list has 33 words; common function words it lacks make detection and density robust. */
    private static final CharArraySet ENGLISH = extend(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            "he", "she", "his", "her", "him", "we", "our", "you", "your", "i", "my", "me", "has", "have", "had",
            "from", "who", "which", "would", "could", "should", "can", "will", "were", "been", "being", "said",
            "its", "also", "than", "after", "about", "over", "more", "all", "one", "what", "when", "out", "up",
            "so", "do", "did", "does", "us", "them", "after", "before", "while", "because", "during");
    private static final Map<String, CharArraySet> STOP_WORDS = stopWordSets();

    private Languages() {
    }

    /** The ISO 639-1 code of the text's language, or null when the text is too short or unknown. */
    public static String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int script = dominantScript(text);
        switch (script) {
            case UScript.HANGUL:
                return "ko";
            case UScript.HIRAGANA, UScript.KATAKANA:
                return "ja";
            case UScript.HAN:
                return text.codePoints().anyMatch(c -> UScript.getScript(c) == UScript.HIRAGANA) ? "ja" : "zh";
            case UScript.HEBREW:
                return "he";
            case UScript.THAI:
                return "th";
            default:
                break;
        }
        // A stop word shared by k languages counts 1/k for each: "les" says little, "und" says German.
        Map<String, Double> score = new LinkedHashMap<>();
        int words = 0;
        Matcher m = WORD.matcher(text);
        List<String> owners = new ArrayList<>();
        while (m.find() && words < 5000) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            owners.clear();
            for (var e : STOP_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    owners.add(e.getKey());
                }
            }
            for (String lang : owners) {
                score.merge(lang, 1.0 / owners.size(), Double::sum);
            }
        }
        String best = null;
        double bestScore = 0;
        for (var e : score.entrySet()) {
            if (e.getValue() > bestScore + 1e-9) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best == null || bestScore < 1 && words > 3) {
            return switch (script) {
                case UScript.ARABIC -> "ar";
                case UScript.CYRILLIC -> "ru";
                case UScript.GREEK -> "el";
                case UScript.DEVANAGARI -> "hi";
                default -> null;
            };
        }
        return best;
    }

    /** Stop words of a language (ISO 639-1), or an empty set when Lucene has none for it. */
    public static CharArraySet stopWords(String language) {
        if (language == null) {
            return CharArraySet.EMPTY_SET;
        }
        return STOP_WORDS.getOrDefault(language, CharArraySet.EMPTY_SET);
    }

    /** Share of the words of {@code text} that are stop words of {@code language}; 0 for no words. */
    public static double stopWordDensity(String text, String language) {
        CharArraySet stops = stopWords(language);
        int words = 0;
        int hits = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            if (stops.contains(m.group().toLowerCase(Locale.ROOT))) {
                hits++;
            }
        }
        return words == 0 ? 0 : (double) hits / words;
    }

    /**
     * The ICU script (UScript constant) of most letters in the text; COMMON when it has no letters.
     * Used to tell an English article apart from the Arabic navigation around it.
     */
    public static int dominantScript(CharSequence text) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        text.codePoints().filter(Character::isLetter).limit(20_000)
                .forEach(c -> counts.merge(UScript.getScript(c), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(UScript.COMMON);
    }

    /** True when the text reads right to left (Arabic, Hebrew, Persian, ...). */
    public static boolean isRightToLeft(String text) {
        int script = dominantScript(text);
        return UScript.isRightToLeft(script);
    }

    private static Map<String, CharArraySet> stopWordSets() {
        Map<String, CharArraySet> sets = new LinkedHashMap<>();
        sets.put("en", ENGLISH); // first, so English wins ties
        sets.put("de", GermanAnalyzer.getDefaultStopSet());
        sets.put("fr", FrenchAnalyzer.getDefaultStopSet());
        sets.put("es", SpanishAnalyzer.getDefaultStopSet());
        sets.put("it", ItalianAnalyzer.getDefaultStopSet());
        sets.put("pt", PortugueseAnalyzer.getDefaultStopSet());
        sets.put("nl", DutchAnalyzer.getDefaultStopSet());
        sets.put("sv", SwedishAnalyzer.getDefaultStopSet());
        sets.put("da", DanishAnalyzer.getDefaultStopSet());
        sets.put("no", NorwegianAnalyzer.getDefaultStopSet());
        sets.put("fi", FinnishAnalyzer.getDefaultStopSet());
        sets.put("hu", HungarianAnalyzer.getDefaultStopSet());
        sets.put("ro", RomanianAnalyzer.getDefaultStopSet());
        sets.put("tr", TurkishAnalyzer.getDefaultStopSet());
        sets.put("cs", CzechAnalyzer.getDefaultStopSet());
        sets.put("ca", CatalanAnalyzer.getDefaultStopSet());
        sets.put("id", IndonesianAnalyzer.getDefaultStopSet());
        sets.put("ru", RussianAnalyzer.getDefaultStopSet());
        sets.put("bg", BulgarianAnalyzer.getDefaultStopSet());
        sets.put("el", GreekAnalyzer.getDefaultStopSet());
        sets.put("ar", ArabicAnalyzer.getDefaultStopSet());
        sets.put("fa", PersianAnalyzer.getDefaultStopSet());
        sets.put("hi", HindiAnalyzer.getDefaultStopSet());
        sets.put("pl", polish());
        return java.util.Collections.unmodifiableMap(sets);
    }

    /** Lucene's Polish stop words live in analysis-stempel; this short list covers the frequent ones. */
    private static CharArraySet polish() {
        return extend(CharArraySet.EMPTY_SET, "i", "w", "z", "na", "się", "nie", "do", "to", "że", "jest",
                "o", "jak", "ale", "po", "co", "od", "za", "dla", "tak", "przez", "jego", "oraz", "są", "ich",
                "już", "czy", "tylko", "być", "może", "który", "która", "które", "także", "jednak", "gdy");
    }

    private static CharArraySet extend(CharArraySet base, String... words) {
        CharArraySet set = new CharArraySet(base.size() + words.length, true);
        set.addAll(base);
        for (String w : words) {
            set.add(w);
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
