package dev.parallax.compare.event;

import dev.parallax.compare.Unit;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the groups leave for each article: the coverage matrix and the passages only one article tells.
 * An article's "text" here is its body as units see it: the characters of its sentences and headings,
 * spaces not counted.
 */
final class Shares {
    /** A leftover piece of a partly matched sentence needs this many words to be listed as unique. */
    private static final int REMAINDER_WORDS = 3;

    private Shares() {
    }

    static Coverage coverage(List<String> texts, List<List<Unit>> units, List<Group> groups) {
        int n = texts.size();
        double[][] shares = new double[n][n];
        double[] byAny = new double[n];
        for (int x = 0; x < n; x++) {
            boolean[] body = new boolean[texts.get(x).length()];
            for (Unit u : units.get(x)) {
                Arrays.fill(body, u.profile().span().start(), u.profile().span().end(), true);
            }
            boolean[] anyTold = new boolean[body.length];
            for (Group g : groups) {
                Member mx = g.of(x);
                if (mx != null) {
                    Arrays.fill(anyTold, mx.span().start(), mx.span().end(), true);
                }
            }
            byAny[x] = share(texts.get(x), body, anyTold);
            for (int y = 0; y < n; y++) {
                if (y == x) {
                    continue;
                }
                boolean[] told = new boolean[body.length];
                for (Group g : groups) {
                    Member mx = g.of(x);
                    if (mx != null && g.of(y) != null) {
                        Arrays.fill(told, mx.span().start(), mx.span().end(), true);
                    }
                }
                shares[x][y] = share(texts.get(x), body, told);
            }
        }
        return new Coverage(shares, byAny);
    }

    private static double share(String text, boolean[] body, boolean[] told) {
        int total = 0;
        int inside = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] && !Character.isWhitespace(text.charAt(i))) {
                total++;
                inside += told[i] ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) inside / total;
    }

    /**
     * Per article, in reading order: runs of units no group touches (consecutive ones in a paragraph
     * merged; headings alone), and the untold rest of a sentence a group covers only in part.
     */
    static List<Member> unique(List<String> texts, List<List<Unit>> units, List<Group> groups) {
        List<Member> out = new ArrayList<>();
        for (int a = 0; a < texts.size(); a++) {
            String text = texts.get(a);
            boolean[] told = new boolean[text.length()];
            for (Group g : groups) {
                Member m = g.of(a);
                if (m != null) {
                    Arrays.fill(told, m.span().start(), m.span().end(), true);
                }
            }
            Unit runStart = null;
            Unit runEnd = null;
            for (Unit u : units.get(a)) {
                Span s = u.profile().span();
                boolean untouched = !any(told, s);
                if (untouched && runStart != null && u.block() == runEnd.block() && !u.heading() && !runEnd.heading()) {
                    runEnd = u;
                    continue;
                }
                if (runStart != null) {
                    out.add(new Member(a, new Span(runStart.profile().span().start(), runEnd.profile().span().end())));
                    runStart = null;
                }
                if (untouched) {
                    runStart = u;
                    runEnd = u;
                } else {
                    remainders(a, text, told, s, out);
                }
            }
            if (runStart != null) {
                out.add(new Member(a, new Span(runStart.profile().span().start(), runEnd.profile().span().end())));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Member::article).thenComparingInt(m -> m.span().start()));
        return out;
    }

    private static boolean any(boolean[] told, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (told[i]) {
                return true;
            }
        }
        return false;
    }

    private static void remainders(int article, String text, boolean[] told, Span s, List<Member> out) {
        int i = s.start();
        while (i < s.end()) {
            if (told[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.end() && !told[j]) {
                j++;
            }
            Span piece = trim(text, i, j);
            if (piece != null && words(piece.of(text)) >= REMAINDER_WORDS) {
                out.add(new Member(article, piece));
            }
            i = j;
        }
    }

    /** Trimmed of spaces and punctuation at both ends, closing quote marks and full stops kept. */
    private static Span trim(String text, int start, int end) {
        while (start < end && !Character.isLetterOrDigit(text.charAt(start)) && "“\"‘'(".indexOf(text.charAt(start)) < 0) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && ".!?”\"’')".indexOf(text.charAt(end - 1)) < 0) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }

    private static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
