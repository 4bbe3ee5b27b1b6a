package dev.parallax.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits article paragraphs into sentences with ICU's sentence rules. ICU's own exception list misses
 * titles and abbreviations common in news ("Sen.", "Gov.", "Jan."), so those are added through its
 * filtered-iterator builder; a dotted acronym ("U.S.") ends a sentence only when a sentence-opening
 * word follows it.
 */
public final class SentenceSplitter {
    /** Abbreviations after which a full stop never ends a sentence (news style, English first). */
    private static final List<String> ABBREVIATIONS = List.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.",
            "Sgt.", "Adm.", "Cmdr.", "Rev.", "Hon.", "Pres.", "Supt.", "Det.", "Insp.", "Jr.", "Sr.", "St.", "Mt.",
            "Ft.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "No.", "Nos.",
            "vs.", "v.", "etc.", "e.g.", "i.e.", "approx.", "Ariz.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.",
            "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
            "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.",
            "Corp.", "Inc.", "Co.", "Ltd.", "Bros.", "Dept.", "Univ.", "Ave.", "Blvd.", "Hr.", "Fr.", "Mme.",
            "Mlle.", "Sra.", "Sr.", "Dña.", "Nr.", "bzw.", "z.B.", "ca.");
    private static final Pattern ACRONYM_END = Pattern.compile("(?:\\b\\p{Lu}\\.){2,}\\s*$");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*[\"“‘'(]*([\\p{L}]+)");

    /**
     * The longest sentence handed on, in characters. News sentences stay far below it (the longest
     * paragraph of the BASIL corpus has 937); past it the "sentence" is a list, a table or a dump without
     * full stops, and every measure that looks at sentence pairs (common words, clause windows, the
     * candidate query) would grow with its square. Longer runs are cut at white space.
     */
    public static final int MAX_CHARS = 1500;

    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

    private SentenceSplitter() {
    }

    /** Sentence spans inside [from, to) of text, trimmed of surrounding white space. */
    public static List<int[]> split(String text, int from, int to, String language) {
        BreakIterator it = iterator(language);
        String region = text.substring(from, to);
        it.setText(region);
        List<int[]> raw = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            raw.add(new int[] {start, end});
        }
        List<int[]> merged = new ArrayList<>();
        for (int[] span : raw) {
            if (!merged.isEmpty() && continuesAfterAcronym(region, merged.getLast(), span, language)) {
                merged.getLast()[1] = span[1];
            } else {
                merged.add(span);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int[] span : merged) {
            int s = span[0];
            int e = span[1];
            while (s < e && Character.isWhitespace(region.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(region.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.addAll(pieces(text, from + s, from + e));
            }
        }
        return out;
    }

    /**
     * [from, to) in pieces of at most {@link #MAX_CHARS}, cut at the last white space that fits (or, in a
     * run without any, between two code points), each trimmed; one piece when it is short enough.
     */
    public static List<int[]> pieces(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        while (s < to) {
            while (s < to && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            if (s >= to) {
                break;
            }
            int e = to;
            if (e - s > MAX_CHARS) {
                e = s + MAX_CHARS;
                int space = e;
                while (space > s && !Character.isWhitespace(text.charAt(space))) {
                    space--;
                }
                if (space > s) {
                    e = space;
                } else if (Character.isLowSurrogate(text.charAt(e)) && Character.isHighSurrogate(text.charAt(e - 1))) {
                    e--; // never between the two halves of one character
                }
            }
            int end = e;
            while (end > s && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new int[] {s, end});
            s = e;
        }
        return out;
    }

    /** "the U.S. Army" goes on; "in the U.S. The next day" ends: a stop word after the acronym opens a sentence. */
    private static boolean continuesAfterAcronym(String region, int[] previous, int[] next, String language) {
        String prev = region.substring(previous[0], previous[1]);
        if (!ACRONYM_END.matcher(prev).find()) {
            return false;
        }
        Matcher word = NEXT_WORD.matcher(region.substring(next[0], next[1]));
        if (!word.find()) {
            return false;
        }
        String w = word.group(1);
        return Character.isUpperCase(w.codePointAt(0))
                && !Languages.stopWords(language == null ? "en" : language).contains(w.toLowerCase(Locale.ROOT));
    }

    /** Iterators are costly to build and not thread-safe: build one per language, hand out clones. */
    private static BreakIterator iterator(String language) {
        BreakIterator prototype = PROTOTYPES.computeIfAbsent(language == null ? "en" : language, lang -> {
            ULocale locale = new ULocale(lang);
            FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
            for (String abbreviation : ABBREVIATIONS) {
                builder.suppressBreakAfter(abbreviation);
            }
            return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
        });
        return (BreakIterator) prototype.clone();
    }
}
