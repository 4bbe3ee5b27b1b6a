package dev.parallax.compare;

import dev.parallax.text.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences whose subject refers back ("They signed…", "The two countries kept up the drive…") say less on
 * their own than they mean: what they refer to is named in the sentence before. This reads such a sentence
 * with the names of its predecessor put before it, so it can be compared with a report that names them.
 */
final class References {
    /**
     * A sentence opening with a subject pronoun, or with "the two…", "both…", "the pair…" and the like. Not
     * possessives: "Their father, Dick Cheney, …" names its subject itself.
     */
    private static final Pattern REFERRING = Pattern.compile("^\\W*(?:he|she|it|they|both"
            + "|(?:the|these|those|all) (?:two|three|four|five|both|pair|duo|trio|men|women|leaders|countries|sides|companies))\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}]*(?:['’.-][\\p{L}\\p{M}]+)*");
    /** Capitalised words that name nothing (sentence openers, pronouns, days and months stay as names). */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "or",
            "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this", "that", "these", "those",
            "when", "while", "after", "before", "as", "if", "for", "of", "to", "with", "by", "from", "mr", "mrs", "ms");

    private References() {
    }

    /** True when the sentence's subject refers back to something named before. */
    static boolean refers(String sentence) {
        return REFERRING.matcher(TextFolding.fold(sentence).toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** The capitalised words of a sentence that can name what a following sentence refers to, in order. */
    static List<String> names(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.codePointAt(0)) && !NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT))
                    && !out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The sentence read with its predecessor's names before it; null when it does not refer back or none is named. */
    static SentenceProfile resolved(SentenceProfile sentence, SentenceProfile previous) {
        if (previous == null || !refers(sentence.text())) {
            return null;
        }
        List<String> names = names(previous.text());
        if (names.isEmpty()) {
            return null;
        }
        return SentenceProfile.of(sentence.span(), String.join(" ", names) + ": " + sentence.text());
    }
}
