package dev.parallax.compare;

import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into clauses (at commas, semicolons, colons and before conjunctions) and offers every
 * run of consecutive clauses, so a long sentence can be matched by the part that says what a short one
 * says ("China says it has not provided weapons" inside a sentence that goes on about the US).
 */
final class Clauses {
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<=[,;:—])\\s+|\\s+(?=(?:and|but|while|although|whereas|because|which|who|after|before|when|as)\\b)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A window shorter than this says too little to stand for the sentence. */
    private static final int MIN_WORDS = 5;
    /**
     * Past this many clauses (a list: "a, b, c, ...") the windows are limited to runs of at most this many
     * clauses, so their number grows with the clauses, not with their square. Sentences have fewer.
     */
    private static final int MANY_CLAUSES = 16;

    private Clauses() {
    }

    /** Runs of consecutive clauses of the span (never the whole span), each trimmed of edge punctuation. */
    static List<Span> windows(String text, Span sentence) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(sentence.start());
        Matcher m = BOUNDARY.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            cuts.add(m.end());
        }
        cuts.add(sentence.end());
        List<Span> out = new ArrayList<>();
        int longest = cuts.size() - 1 > MANY_CLAUSES ? MANY_CLAUSES : cuts.size();
        for (int i = 0; i < cuts.size() - 1; i++) {
            for (int j = i + 1; j < cuts.size() && j - i <= longest; j++) {
                if (i == 0 && j == cuts.size() - 1) {
                    continue;
                }
                Span s = trim(text, cuts.get(i), cuts.get(j));
                if (s != null && words(s.of(text)) >= MIN_WORDS) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && !Character.isLetterOrDigit(text.codePointAt(start)) && "“\"‘'(".indexOf(text.charAt(start)) < 0) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:—".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }

    private static int words(String s) {
        return (int) WORD.matcher(s).results().count();
    }
}
