package dev.parallax.text.quotes;

import dev.parallax.text.TextFolding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One name per person across reports: "Anthony Weiner", "Anthony D. Weiner", "Rep. Weiner" and "Weiner"
 * are one speaker, shown in the fullest form any report gives. Two names are one person when their
 * surnames agree and so do their first names, or one of them gives none; middle initials, titles and
 * suffixes are left out of the comparison. A bare surname that several people share ("Clinton" for Bill
 * and Hillary) is left as written. Descriptions and organisations ("the congressman", "Weiner's office")
 * are not person names and keep their own wording.
 */
public final class SpeakerNames {
    private SpeakerNames() {
    }

    /** Each speaker name mapped to the form to show for it (itself when it has no fuller equal). */
    public static Map<String, String> canonical(Collection<String> speakers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : speakers) {
            if (s != null) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        Map<String, Key> keys = new HashMap<>();
        Map<String, List<String>> bySurname = new HashMap<>();
        for (String s : counts.keySet()) {
            Key k = key(s);
            if (k != null) {
                keys.put(s, k);
                bySurname.computeIfAbsent(k.surname(), x -> new ArrayList<>()).add(s);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : counts.keySet()) {
            Key k = keys.get(s);
            String best = s;
            if (k != null) {
                List<String> same = bySurname.get(k.surname());
                long firstNames = same.stream().map(x -> keys.get(x).first()).filter(f -> !f.isEmpty()).distinct().count();
                if (k.first().isEmpty() && firstNames > 1) {
                    out.put(s, s); // "Clinton" when both Bill and Hillary Clinton speak
                    continue;
                }
                for (String other : same) {
                    Key o = keys.get(other);
                    boolean samePerson = k.first().isEmpty() || o.first().isEmpty() || k.first().equals(o.first());
                    if (samePerson && better(other, best, counts)) {
                        best = other;
                    }
                }
            }
            out.put(s, best);
        }
        return out;
    }

    /** More words wins ("Anthony D. Weiner" over "Anthony Weiner"), then more mentions, then the first seen. */
    private static boolean better(String candidate, String current, Map<String, Integer> counts) {
        int wc = words(candidate).size();
        int wb = words(current).size();
        if (wc != wb) {
            return wc > wb;
        }
        return counts.get(candidate) > counts.get(current);
    }

    /** First name and surname of a person name, folded; null for descriptions and organisations. */
    record Key(String first, String surname) {
    }

    static Key key(String name) {
        List<String> names = new ArrayList<>();
        for (String w : words(name)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(w.codePointAt(0))) {
                if (Lexicon.NAME_CONNECTORS.contains(lower)) {
                    continue;
                }
                return null; // "the congressman", "office"
            }
            if (w.endsWith("'s") || w.endsWith("\u2019s")) {
                return null; // "Weiner's office"
            }
            boolean initial = w.length() <= 2 && (w.length() == 1 || w.endsWith("."));
            if (initial || Lexicon.TITLES.contains(lower) || Lexicon.HONORIFICS.contains(lower)
                    || Lexicon.NAME_SUFFIXES.contains(lower)) {
                continue;
            }
            names.add(TextFolding.fold(lower));
        }
        if (names.isEmpty() || names.size() > 4 || Lexicon.ORG_WORDS.contains(names.getLast())) {
            return null; // "White House", "Justice Department"
        }
        return new Key(names.size() == 1 ? "" : names.getFirst(), names.getLast());
    }

    private static List<String> words(String s) {
        return List.of(s.strip().split("\\s+"));
    }
}
