package dev.parallax.export;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.compare.UniquePassage;
import dev.parallax.article.Article;
import dev.parallax.article.Metadata;
import dev.parallax.text.Tokens;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The figures the Markdown and HTML summaries both open with, counted once from a comparison. */
record Overview(Map<MatchKind, Integer> byKind, int matches, int moved, int uniqueA, int uniqueB, int quotes,
                int variantQuotes, int numbers, int numberMismatches, double sharedA, double sharedB) {

    static Overview of(Comparison c) {
        Map<MatchKind, Integer> byKind = new EnumMap<>(MatchKind.class);
        for (MatchKind k : MatchKind.values()) {
            byKind.put(k, 0);
        }
        int moved = 0;
        for (Match m : c.matches()) {
            byKind.merge(m.kind(), 1, Integer::sum);
            if (m.moved()) {
                moved++;
            }
        }
        int uniqueA = 0;
        int uniqueB = 0;
        for (UniquePassage u : c.unique()) {
            if (u.article() == 0) {
                uniqueA++;
            } else if (u.article() == 1) {
                uniqueB++;
            }
        }
        int variants = (int) c.quotes().stream().filter(QuoteMatch::variant).count();
        int mismatches = (int) c.numbers().stream().filter(n -> Boolean.FALSE.equals(n.agree())).count();
        return new Overview(byKind, c.matches().size(), moved, uniqueA, uniqueB, c.quotes().size(), variants,
                c.numbers().size(), mismatches, c.stats().sharedA(), c.stats().sharedB());
    }

    int count(MatchKind kind) {
        return byKind.get(kind);
    }

    /**
     * True when two consecutive diff ops would run two words together ("address," + "Ukrainian"): a
     * word-level diff may drop the space at an op boundary, and a reader needs it back.
     */
    static boolean needsSpace(CharSequence before, String next) {
        if (before.isEmpty() || next.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        int first = next.codePointAt(0);
        return !Character.isWhitespace(last) && (Character.isLetterOrDigit(first) || "“\"‘'(".indexOf(first) >= 0);
    }

    /** "Identical", "Near", "Paraphrase". */
    static String label(MatchKind kind) {
        String s = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What a kind means, for legends. */
    static String meaning(MatchKind kind) {
        return switch (kind) {
            case IDENTICAL -> "same words";
            case NEAR -> "small wording change";
            case PARAPHRASE -> "same content, other words";
        };
    }

    /** 0.4149 as "41%". */
    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Who published the article: the publisher when known, else the file name. */
    static String source(Article a) {
        return hasPublisher(a) ? a.metadata().publisher().strip() : fileName(a.path());
    }

    static boolean hasPublisher(Article a) {
        Metadata m = a.metadata();
        return m.publisher() != null && !m.publisher().isBlank();
    }

    static String fileName(String path) {
        if (path == null || path.isBlank()) {
            return "(no file)";
        }
        try {
            Path name = Path.of(path).getFileName();
            return name == null ? path : name.toString();
        } catch (RuntimeException e) { // not a path on this system (e.g. a URL)
            int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            return path.substring(slash + 1);
        }
    }

    /** For an article fetched from the web: the snapshot it was read from ("fetched T, SHA-256 H"), else null. */
    static String snapshot(Article a) {
        dev.parallax.article.WebSource w = a.metadata().web();
        return w == null ? null : "fetched " + w.fetchedAt() + ", snapshot SHA-256 " + w.sha256();
    }

    static String title(Article a) {
        return a.title() == null || a.title().isBlank() ? "(untitled)" : a.title().strip();
    }

    static int words(Article a) {
        return Tokens.count(a.text());
    }
}
