package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words and numbers of a text with their offsets; apostrophes and decimal marks stay inside tokens. */
public final class Tokens {
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}\\p{M}]+)*");

    private Tokens() {
    }

    public static List<Token> of(String text) {
        return of(text, 0, text.length());
    }

    /** How many tokens {@link #of} would give, without making them (a word count of a long text). */
    public static int count(String text) {
        int n = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    public static List<Token> of(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Token(m.start(), m.end(), TextFolding.fold(m.group())));
        }
        return out;
    }
}
