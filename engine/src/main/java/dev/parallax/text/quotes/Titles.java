package dev.parallax.text.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Quote marks around a name rather than words someone said: the title of a show, book, film or article
 * (ABC's "This Week," on "Meet the Press", a cover called "The Queen of Rage"). Such a span is written in
 * title case, is short, ends no sentence of its own, and follows a possessive owner, a preposition of
 * place or a naming word; a quotation of speech rarely has all three.
 */
final class Titles {
    /** Words that may stay lower case inside a title. */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to",
            "for", "with", "by", "from", "as", "vs.", "de", "la", "&");
    /** Words right before an opening mark that introduce a name: on "X", in "X", the show "X", titled "X". */
    private static final Set<String> BEFORE = Set.of("on", "in", "of", "to", "show", "program", "programme",
            "series", "book", "memoir", "film", "movie", "documentary", "song", "album", "column", "op-ed", "article",
            "essay", "titled", "entitled", "headlined", "called", "dubbed", "named", "newsletter", "podcast",
            "broadcast", "segment", "episode", "magazine", "newspaper", "blog", "cover");
    /** Longest title taken as one; longer title-case runs are more likely a quoted slogan or headline. */
    private static final int MAX_WORDS = 7;

    private Titles() {
    }

    /** Is the quotation [start,end) with content [contentStart,contentEnd) of {@code text} a title? */
    static boolean isTitle(String text, int start, int contentStart, int contentEnd) {
        String content = text.substring(contentStart, contentEnd).strip();
        String bare = content.replaceAll("[,.]+$", "");
        if (bare.isEmpty() || bare.matches(".*[.!?;:\u2026].*") || bare.contains("\n")) {
            return false; // a sentence, a question, an exclamation: said, not named
        }
        String[] words = bare.split("\\s+");
        if (words.length > MAX_WORDS) {
            return false;
        }
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int c = w.codePointAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                capitalised++;
            } else if (i == 0 || !MINOR.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (capitalised == 0) {
            return false;
        }
        String before = wordBefore(text, start);
        if (before.isEmpty()) {
            return false;
        }
        if (before.endsWith("'s") || before.endsWith("\u2019s")) {
            // ABC's "This Week," CNN's "State of the Union"; one word only after an outlet's initials
            // (NBC's "Today"), as Trump's 'Compromise' is someone's word
            String owner = before.substring(0, before.length() - 2);
            return words.length >= 2 || owner.length() >= 2 && owner.chars().allMatch(Character::isUpperCase);
        }
        String lower = before.toLowerCase(Locale.ROOT);
        if (!BEFORE.contains(before)) {
            return false; // absent, or capitalised as in a headline ("Apologizes To 'Show A Little Class'")
        }
        // "called"/"named" also introduce nicknames a speaker coined; a one-word one stays a quotation
        boolean naming = Set.of("called", "dubbed", "named").contains(lower);
        return !naming || words.length >= 2;
    }

    /** The word just before an opening mark (punctuation trimmed), or "" at a line or sentence start. */
    private static String wordBefore(String text, int start) {
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        String w = text.substring(b, e);
        return w.matches(".*[.!?:;\"\u201c\u201d]$") ? "" : w.replaceAll("[,(]+$", "");
    }
}
