package dev.parallax.text.quotes;

import dev.parallax.text.quotes.NarrativeToken.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The narrative of a text as tokens: words, punctuation, paragraph breaks, and one token standing for each
 * top-level quotation (whose words are not narrative). Sentence numbers are assigned so that periods
 * inside quotations and after abbreviations do not split sentences.
 */
final class NarrativeTokens {
    final List<NarrativeToken> list = new ArrayList<>();
    /**
     * One instance of each distinct token text (and of its lower case): a long text repeats its words
     * millions of times, and a string per token would take more memory than the text itself.
     */
    private final Map<String, String> strings = new HashMap<>();

    private NarrativeToken token(Kind kind, int start, int end, String text, int quote) {
        String t = strings.computeIfAbsent(text, x -> x);
        String lower = strings.computeIfAbsent(t.toLowerCase(Locale.ROOT), x -> x);
        return new NarrativeToken(kind, start, end, t, lower, quote);
    }

    /**
     * @param text   the text
     * @param quotes top-level quotations, sorted and not overlapping
     */
    NarrativeTokens(String text, List<Quotation> quotes) {
        int n = text.length();
        int qi = 0;
        int i = 0;
        while (i < n) {
            while (qi < quotes.size() && quotes.get(qi).end() <= i) {
                qi++;
            }
            int nextQuote = qi < quotes.size() ? quotes.get(qi).start() : n;
            if (i >= nextQuote) {
                Quotation q = quotes.get(qi);
                list.add(token(Kind.QUOTE, q.start(), q.end(), "", qi));
                i = q.end();
                qi++;
                continue;
            }
            char c = text.charAt(i);
            if (QuoteMarks.isLineBreak(c)) {
                if (!list.isEmpty() && list.getLast().kind != Kind.BREAK) {
                    list.add(token(Kind.BREAK, i, i + 1, "", -1));
                }
                i++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && j < nextQuote) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '&' || d == '\u2010')
                            && j + 1 < n && j + 1 < nextQuote && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j++;
                    } else if ((d == '\'' || d == '\u2019') && j > i && (text.charAt(j - 1) == 's'
                            || text.charAt(j - 1) == 'S') && j + 1 < n && text.charAt(j + 1) == ' ') {
                        j++; // plural possessive: workers'
                        break;
                    } else {
                        break;
                    }
                }
                String w = text.substring(i, j);
                if (j < n && j < nextQuote && text.charAt(j) == '.' && abbreviation(w)) {
                    j++;
                    w = text.substring(i, j);
                }
                list.add(token(Kind.WORD, i, j, w, -1));
                i = j;
            } else {
                int j = i + 1;
                if (c == '.') {
                    while (j < n && j < nextQuote && text.charAt(j) == '.') {
                        j++;
                    }
                }
                list.add(token(Kind.PUNCT, i, j, text.substring(i, j), -1));
                i = j;
            }
        }
        assignSentences(text, quotes);
    }

    private static boolean abbreviation(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (Lexicon.ABBREVIATIONS.contains(lower)) {
            return true;
        }
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true; // initial
        }
        if (w.indexOf('.') > 0 && w.length() <= 8) {
            return true; // U.S, N.Y, D.C
        }
        // party-state labels: D-Mo, R-Ky, D-N.C
        return w.length() >= 3 && w.length() <= 8 && (w.charAt(0) == 'D' || w.charAt(0) == 'R'
                || w.charAt(0) == 'I') && w.charAt(1) == '-' && Character.isUpperCase(w.charAt(2));
    }

    private void assignSentences(String text, List<Quotation> quotes) {
        int sentence = 0;
        for (int k = 0; k < list.size(); k++) {
            NarrativeToken t = list.get(k);
            t.sentence = sentence;
            NarrativeToken next = k + 1 < list.size() ? list.get(k + 1) : null;
            boolean boundary = false;
            if (t.kind == Kind.BREAK) {
                boundary = true;
            } else if (t.kind == Kind.PUNCT && (t.text.startsWith(".") || t.text.equals("!") || t.text.equals("?")
                    || t.text.equals("\u2026"))) {
                boundary = next == null || next.kind != Kind.WORD || next.cap()
                        || Character.isDigit(next.text.charAt(0));
                if (t.text.length() > 1 && next != null && next.kind == Kind.WORD && !next.cap()) {
                    boundary = false; // ellipsis inside a sentence
                }
            } else if (t.kind == Kind.QUOTE && endsSentence(text, quotes.get(t.quote))) {
                boundary = next == null || next.kind == Kind.QUOTE || next.kind == Kind.BREAK
                        || (next.kind == Kind.WORD && next.cap()
                        && !Lexicon.PRONOUNS.contains(next.lower));
                char last = text.charAt(quotes.get(t.quote).contentEnd() - 1);
                if (last != '.' && next != null && next.kind == Kind.WORD && next.cap()) {
                    boundary = true; // “Why?” Trump … starts anew unless a cue follows; handled by the cue parser
                }
            }
            if (boundary) {
                sentence++;
            }
        }
    }

    static boolean endsSentence(String text, Quotation q) {
        int e = q.contentEnd();
        if (e <= q.contentStart()) {
            return false;
        }
        char last = text.charAt(e - 1);
        return last == '.' || last == '!' || last == '?' || last == '\u2026';
    }

    int size() {
        return list.size();
    }

    NarrativeToken get(int i) {
        return list.get(i);
    }
}
