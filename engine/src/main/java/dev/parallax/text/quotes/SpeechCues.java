package dev.parallax.text.quotes;

import dev.parallax.text.quotes.NarrativeToken.Kind;
import java.util.Locale;

/**
 * The speech cue of a quotation: a reporting verb with its subject before the quotation ("Li told Smith
 * that …"), right after it ("“…,” Smith said", "said Smith", "according to X"), or later in its sentence.
 */
final class SpeechCues {
    /** How far (in tokens) a cue may be from its quotation. */
    static final int CUE_WINDOW = 60;

    private final NarrativeTokens tokens;
    private final Subjects subjects;
    private final Mentions mentions;

    SpeechCues(NarrativeTokens tokens, Subjects subjects, Mentions mentions) {
        this.tokens = tokens;
        this.subjects = subjects;
        this.mentions = mentions;
    }

    /**
     * A quotation opening its sentence takes the cue right after it ("“…,” Smith said"); one inside a
     * sentence takes the reporting verb before it ("Li told Smith that China was “…”, the ministry said"
     * quotes Li), then the cue after it, then one later in the sentence.
     */
    Cue cueFor(int qt) {
        Cue c;
        if (opensSentence(qt)) {
            c = cueAfter(qt);
            if (c == null) {
                c = cueBefore(qt);
            }
        } else {
            c = cueBefore(qt);
            if (c == null) {
                c = cueAfter(qt);
            }
        }
        if (c == null) {
            c = cueLater(qt);
        }
        return c;
    }

    boolean opensSentence(int qt) {
        int sentence = tokens.get(qt).sentence;
        for (int k = qt - 1; k >= 0; k--) {
            NarrativeToken t = tokens.get(k);
            if (t.sentence != sentence || t.kind == Kind.BREAK) {
                return true;
            }
            if (t.kind != Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** "…," Smith said / "…," said Smith / "…," he added / "…," according to X. */
    private Cue cueAfter(int qt) {
        int n = tokens.size();
        int j = qt + 1;
        if (j >= n) {
            return null;
        }
        NarrativeToken q = tokens.get(qt);
        boolean strict = tokens.get(j).sentence != q.sentence;
        NarrativeToken t = tokens.get(j);
        if (t.kind == Kind.PUNCT && (t.text.equals(",") || t.text.equals("\u2014") || t.text.equals("\u2013"))) {
            j++;
            strict = false;
        }
        if (j >= n || !tokens.get(j).isWord()) {
            return null;
        }
        t = tokens.get(j);
        if (t.is("according") && j + 1 < n && tokens.get(j + 1).is("to")) {
            Subject s = subjects.after(j + 2);
            return s == null ? null : new Cue(s, j);
        }
        if (!t.cap() && Lexicon.INVERTING.contains(t.lower)) {
            Subject s = subjects.after(j + 1);
            if (s != null && (!strict || endsClause(s.to()))) {
                return new Cue(s, j);
            }
            return null;
        }
        Subject s = subjects.after(j);
        if (s == null) {
            return null;
        }
        int v = skipToVerb(s.to());
        if (v < 0) {
            return null;
        }
        if (strict && !endsClause(v + 1) && !tokens.get(v).is("told")) {
            return null;
        }
        return new Cue(s, v);
    }

    /** After a verb following a sentence-final quote: only a bare cue ("Durbin said.") attaches back. */
    private boolean endsClause(int k) {
        if (k >= tokens.size()) {
            return true;
        }
        NarrativeToken t = tokens.get(k);
        if (t.kind == Kind.BREAK) {
            return true;
        }
        if (t.kind == Kind.PUNCT) {
            return !t.text.equals("(");
        }
        if (t.kind == Kind.QUOTE) {
            return true;
        }
        return switch (t.lower) {
            case "in", "on", "at", "to", "during", "after", "before", "while", "from", "via", "through", "when",
                 "reporters", "yesterday", "today", "last", "this", "earlier", "later", "recently", "monday",
                 "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "told", "then", "again",
                 "afterward", "afterwards", "outside", "inside", "with",
                 // when and how it was said: "Trump tweeted early Tuesday", "Ruiz said later as she left"
                 "early", "late", "overnight", "tonight", "shortly", "publicly", "privately", "separately",
                 "repeatedly", "online", "as", "of", "about", "under", "by" -> true;
            default -> false;
        };
    }

    /** Nearest speech verb before the quotation in its sentence that has a subject. */
    Cue cueBefore(int qt) {
        int sentence = tokens.get(qt).sentence;
        for (int k = qt - 1; k >= 0 && k >= qt - CUE_WINDOW; k--) {
            NarrativeToken t = tokens.get(k);
            if (t.sentence != sentence || t.kind == Kind.BREAK) {
                break;
            }
            if (!t.isWord()) {
                continue;
            }
            if (t.is("according") && k + 1 < tokens.size() && tokens.get(k + 1).is("to")) {
                Subject s = subjects.after(k + 2);
                if (s != null) {
                    return new Cue(s, k);
                }
                continue;
            }
            if (t.cap() || !Lexicon.isVerb(t.lower)) {
                continue;
            }
            Subject s = subjects.before(k, 0);
            if (s == null && Lexicon.INVERTING.contains(t.lower)) {
                s = subjects.after(k + 1); // said Smith: “…”
                if (s != null && s.to() < tokens.size() && tokens.get(s.to()).kind == Kind.WORD) {
                    s = null;
                }
            }
            if (s == null && (t.lower.endsWith("ing") || (k > 0 && tokens.get(k - 1).is("to")))) {
                s = sentenceSubject(k); // "Romney released a statement saying: …", "Biden was quick to retort: …"
            }
            if (s != null) {
                return new Cue(s, k);
            }
        }
        return null;
    }

    /** A cue later in the same sentence: Proposing “…” would only help Moscow, he said. */
    private Cue cueLater(int qt) {
        int sentence = tokens.get(qt).sentence;
        for (int k = qt + 1; k < tokens.size() && k <= qt + CUE_WINDOW; k++) {
            NarrativeToken t = tokens.get(k);
            if (t.sentence != sentence || t.kind == Kind.BREAK) {
                break;
            }
            if (!t.isWord() || t.cap()) {
                continue;
            }
            if (t.is("according") && k + 1 < tokens.size() && tokens.get(k + 1).is("to")) {
                Subject s = subjects.after(k + 2);
                if (s != null) {
                    return new Cue(s, k);
                }
                continue;
            }
            if (!Lexicon.isVerb(t.lower)) {
                continue;
            }
            Subject s = subjects.before(k, 0);
            if (s != null && s.from() > qt) {
                return new Cue(s, k);
            }
        }
        return null;
    }

    /** The first name, pronoun or speaker noun phrase of the sentence, when it comes before token k. */
    private Subject sentenceSubject(int k) {
        int sentence = tokens.get(k).sentence;
        int i = k;
        while (i > 0 && tokens.get(i - 1).sentence == sentence && tokens.get(i - 1).kind != Kind.BREAK) {
            i--;
        }
        for (int guard = 0; i < k && guard < 6; i++, guard++) {
            NarrativeToken t = tokens.get(i);
            if (!t.isWord()) {
                if (t.kind == Kind.QUOTE) {
                    return null;
                }
                continue;
            }
            if (t.cap() && Lexicon.FUNCTION_WORDS.contains(t.lower) && !Lexicon.PRONOUNS.contains(t.lower)) {
                continue;
            }
            if (t.text.equals(t.text.toUpperCase(Locale.ROOT)) && t.text.length() > 3 && i + 1 < k
                    && (tokens.get(i + 1).text.equals("\u2014") || tokens.get(i + 1).text.equals("\u2013")
                    || tokens.get(i + 1).text.equals("-") || tokens.get(i + 1).text.equals(","))) {
                return null; // dateline: "WASHINGTON — …"
            }
            Subject s = subjects.after(i);
            if (s == null || s.to() > k) {
                return null;
            }
            if (s.kind() == Subject.Kind.NAME && s.to() - s.from() == 1) {
                Mentions.Mention m = mentions.containing(s.from());
                if (m == null || !m.person) {
                    return null; // "Driven by …", "Conservative bloggers …"
                }
            }
            return s;
        }
        return null;
    }

    /** From a subject's end, skip adverbs, appositives and parentheses to a speech verb; -1 if none. */
    private int skipToVerb(int k) {
        int n = tokens.size();
        int guard = 0;
        while (k < n && guard++ < 30) {
            NarrativeToken t = tokens.get(k);
            if (t.isWord() && !t.cap() && Lexicon.isVerb(t.lower)) {
                return k;
            }
            if (t.isWord() && Names.skippable(t)) {
                k++;
                continue;
            }
            if (t.isWord() && !t.cap()) {
                // "he went on to say", "Biden was quick to retort"
                int to = k;
                while (to < n && to < k + 4 && tokens.get(to).isWord() && !tokens.get(to).cap()
                        && !tokens.get(to).is("to")) {
                    to++;
                }
                if (to + 1 < n && to > k && tokens.get(to).is("to") && tokens.get(to + 1).isWord()
                        && Lexicon.isVerb(tokens.get(to + 1).lower)) {
                    return to + 1;
                }
            }
            if (t.isWord() && (t.is("on") || t.is("last") || t.is("this")) && k + 1 < n
                    && Lexicon.TIME_WORDS.contains(tokens.get(k + 1).lower)) {
                k += 2;
                continue;
            }
            if (t.kind == Kind.PUNCT && t.text.equals("(")) {
                int close = k + 1;
                while (close < n && close < k + 15 && !tokens.get(close).text.equals(")")) {
                    close++;
                }
                if (close >= n || !tokens.get(close).text.equals(")")) {
                    return -1;
                }
                k = close + 1;
                continue;
            }
            if (t.kind == Kind.PUNCT && t.text.equals(",")) {
                // appositive: ", the Y of Z," / ", 52," / ", D-Mo.," possibly several
                if (k + 1 < n && tokens.get(k + 1).isWord() && !tokens.get(k + 1).cap()
                        && Lexicon.isVerb(tokens.get(k + 1).lower)) {
                    return k + 1;
                }
                int close = k + 1;
                while (close < n && close < k + 20 && (tokens.get(close).kind == Kind.WORD
                        || tokens.get(close).text.equals("(") || tokens.get(close).text.equals(")"))) {
                    close++;
                }
                if (close < n && tokens.get(close).text.equals(",") && close > k + 1) {
                    k = close;
                    continue;
                }
                return -1;
            }
            return -1;
        }
        return -1;
    }
}
