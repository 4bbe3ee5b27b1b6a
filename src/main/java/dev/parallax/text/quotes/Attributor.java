package dev.parallax.text.quotes;

import dev.parallax.text.quotes.Quotation.Attribution;
import dev.parallax.text.quotes.Tokens.Kind;
import dev.parallax.text.quotes.Tokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds the speakers of the top-level quotations of one text. */
final class Attributor {
    /** How far (in tokens) a cue may be from its quotation, and a pronoun from its antecedent. */
    private static final int CUE_WINDOW = 60;
    private static final int ANTECEDENT_WINDOW = 400;

    private final String text;
    private final List<Quotation> quotes;
    private final boolean headline;
    private final Tokens tokens;
    private final List<Mention> mentions = new ArrayList<>();
    /** For each token, the mention that starts there (or null). */
    private final Mention[] mentionAt;
    /** Lower-cased name token -> fullest person name containing it. */
    private final Map<String, Mention> fullest = new HashMap<>();

    /** A capitalised run of narrative words that may name someone. */
    static final class Mention {
        final int from; // token range of the whole run
        final int to;
        final int coreFrom; // the name without leading function words and titles
        final int coreTo;
        final boolean person;
        boolean subject;
        final boolean titled;

        Mention(int from, int to, int coreFrom, int coreTo, boolean person, boolean titled) {
            this.from = from;
            this.to = to;
            this.coreFrom = coreFrom;
            this.coreTo = coreTo;
            this.person = person;
            this.titled = titled;
        }
    }

    /** A subject found for a speech verb. */
    private record Subject(int from, int to, Kind2 kind) {
    }

    private enum Kind2 { NAME, NOUN_PHRASE, PRONOUN }

    private record Cue(Subject subject, int verb) {
    }

    Attributor(String text, List<Quotation> quotes, boolean headline) {
        this.text = text;
        this.quotes = quotes;
        this.headline = headline;
        this.tokens = new Tokens(text, quotes);
        this.mentionAt = new Mention[tokens.size()];
        if (!headline) {
            findMentions();
        }
    }

    List<Quotation> attribute() {
        if (headline) {
            return attributeHeadline();
        }
        int[] quoteToken = new int[quotes.size()];
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind == Kind.QUOTE) {
                quoteToken[t.quote] = k;
            }
        }
        // mark subjects of every speech verb, so pronouns can favour earlier speakers
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !t.cap() && Lexicon.isVerb(t.lower)) {
                Subject s = subjectBefore(k, 0);
                if (s != null && s.kind == Kind2.NAME && mentionAt[s.from] != null) {
                    mentionAt[s.from].subject = true;
                } else if (s != null && s.kind == Kind2.NAME) {
                    Mention m = mentionContaining(s.from);
                    if (m != null) {
                        m.subject = true;
                    }
                }
            }
        }
        Quotation[] out = new Quotation[quotes.size()];
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quotation q = quotes.get(qi);
            Cue cue = cueFor(quoteToken[qi]);
            out[qi] = cue == null ? q : resolve(q, cue);
        }
        inheritFromNeighbours(out, quoteToken);
        return List.of(out);
    }

    // ------------------------------------------------------------------ cues

    /**
     * A quotation opening its sentence takes the cue right after it ("“…,” Smith said"); one inside a
     * sentence takes the reporting verb before it ("Li told Smith that China was “…”, the ministry said"
     * quotes Li), then the cue after it, then one later in the sentence.
     */
    private Cue cueFor(int qt) {
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

    private boolean opensSentence(int qt) {
        int sentence = tokens.get(qt).sentence;
        for (int k = qt - 1; k >= 0; k--) {
            Token t = tokens.get(k);
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
        Token q = tokens.get(qt);
        boolean strict = tokens.get(j).sentence != q.sentence;
        Token t = tokens.get(j);
        if (t.kind == Kind.PUNCT && (t.text.equals(",") || t.text.equals("\u2014") || t.text.equals("\u2013"))) {
            j++;
            strict = false;
        }
        if (j >= n || !tokens.get(j).isWord()) {
            return null;
        }
        t = tokens.get(j);
        if (t.is("according") && j + 1 < n && tokens.get(j + 1).is("to")) {
            Subject s = subjectAfter(j + 2);
            return s == null ? null : new Cue(s, j);
        }
        if (!t.cap() && Lexicon.INVERTING.contains(t.lower)) {
            Subject s = subjectAfter(j + 1);
            if (s != null && (!strict || endsClause(s.to))) {
                return new Cue(s, j);
            }
            return null;
        }
        Subject s = subjectAfter(j);
        if (s == null) {
            return null;
        }
        int v = skipToVerb(s.to);
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
        Token t = tokens.get(k);
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
                 "afterward", "afterwards", "outside", "inside", "with" -> true;
            default -> false;
        };
    }

    /** Nearest speech verb before the quotation in its sentence that has a subject. */
    private Cue cueBefore(int qt) {
        int sentence = tokens.get(qt).sentence;
        for (int k = qt - 1; k >= 0 && k >= qt - CUE_WINDOW; k--) {
            Token t = tokens.get(k);
            if (t.sentence != sentence || t.kind == Kind.BREAK) {
                break;
            }
            if (!t.isWord()) {
                continue;
            }
            if (t.is("according") && k + 1 < tokens.size() && tokens.get(k + 1).is("to")) {
                Subject s = subjectAfter(k + 2);
                if (s != null) {
                    return new Cue(s, k);
                }
                continue;
            }
            if (t.cap() || !Lexicon.isVerb(t.lower)) {
                continue;
            }
            Subject s = subjectBefore(k, 0);
            if (s == null && Lexicon.INVERTING.contains(t.lower)) {
                s = subjectAfter(k + 1); // said Smith: “…”
                if (s != null && s.to < tokens.size() && tokens.get(s.to).kind == Kind.WORD) {
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
            Token t = tokens.get(k);
            if (t.sentence != sentence || t.kind == Kind.BREAK) {
                break;
            }
            if (!t.isWord() || t.cap()) {
                continue;
            }
            if (t.is("according") && k + 1 < tokens.size() && tokens.get(k + 1).is("to")) {
                Subject s = subjectAfter(k + 2);
                if (s != null) {
                    return new Cue(s, k);
                }
                continue;
            }
            if (!Lexicon.isVerb(t.lower)) {
                continue;
            }
            Subject s = subjectBefore(k, 0);
            if (s != null && s.from > qt) {
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
            Token t = tokens.get(i);
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
            Subject s = subjectAfter(i);
            if (s == null || s.to > k) {
                return null;
            }
            if (s.kind == Kind2.NAME && s.to - s.from == 1) {
                Mention m = mentionContaining(s.from);
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
            Token t = tokens.get(k);
            if (t.isWord() && !t.cap() && Lexicon.isVerb(t.lower)) {
                return k;
            }
            if (t.isWord() && skippable(t)) {
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

    private static boolean skippable(Token t) {
        return !t.cap() && (Lexicon.SKIPPABLE.contains(t.lower)
                || (t.lower.endsWith("ly") && t.lower.length() > 4 && !Lexicon.isVerb(t.lower)));
    }

    // ------------------------------------------------------------------ subjects

    /** A subject starting at token k: pronoun, name, or noun phrase ("the top US diplomat"). */
    private Subject subjectAfter(int k) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).isWord()) {
            return null;
        }
        Token t = tokens.get(k);
        if (Lexicon.PRONOUNS.contains(t.lower)) {
            return t.lower.equals("i") || t.lower.equals("we") ? null : new Subject(k, k + 1, Kind2.PRONOUN);
        }
        int start = k;
        boolean det = false;
        if (isDeterminer(t)) {
            det = true;
            k++;
        }
        int end = k;
        int limit = Math.min(n, k + 8);
        int lastHead = -1;
        boolean sawName = false;
        while (end < limit && tokens.get(end).isWord()) {
            Token w = tokens.get(end);
            if (!w.cap() && Lexicon.isVerb(w.lower) && !Lexicon.SPEAKER_NOUNS.contains(w.lower)) {
                break;
            }
            if (w.cap() || isInitial(w)) {
                sawName = true;
                end++;
                lastHead = end;
                continue;
            }
            if (Lexicon.NAME_CONNECTORS.contains(w.lower) && sawName && end + 1 < n && tokens.get(end + 1).cap()) {
                end++;
                continue;
            }
            if (Lexicon.SPEAKER_NOUNS.contains(w.lower)) {
                end++;
                lastHead = end;
                continue;
            }
            if ((det || (end > k && tokens.get(end - 1).possessive())) && !Lexicon.FUNCTION_WORDS.contains(w.lower)
                    && !skippable(w) && end - k < 4) {
                end++; // adjective inside a noun phrase: "the top US diplomat"
                continue;
            }
            break;
        }
        if (lastHead < 0) {
            return null;
        }
        end = lastHead;
        // a name with no determiner and no lowercase head
        boolean allCaps = true;
        for (int i = k; i < end; i++) {
            Token w = tokens.get(i);
            if (!w.cap() && !isInitial(w) && !Lexicon.NAME_CONNECTORS.contains(w.lower)) {
                allCaps = false;
            }
        }
        if (allCaps) {
            int[] core = core(k, end);
            if (core == null) {
                return null;
            }
            if (tokens.get(core[1] - 1).possessive() || Lexicon.TIME_WORDS.contains(tokens.get(core[0]).lower)) {
                return null;
            }
            return new Subject(core[0], core[1], Kind2.NAME);
        }
        // a description followed by the name: "the company's chief security officer Joe Sullivan"
        if (tokens.get(end - 1).cap() && !tokens.get(end - 1).possessive()) {
            int nameFrom = end - 1;
            while (nameFrom > k && (tokens.get(nameFrom - 1).cap() || isInitial(tokens.get(nameFrom - 1)))) {
                nameFrom--;
            }
            if (nameFrom > k && !tokens.get(nameFrom - 1).possessive()) {
                int[] core = core(nameFrom, end);
                if (core != null) {
                    return new Subject(core[0], core[1], Kind2.NAME);
                }
            }
        }
        return new Subject(start, end, Kind2.NOUN_PHRASE);
    }

    /** The subject of the verb at token v, looking left: "Smith (also) said", "X, the Y, said". */
    private Subject subjectBefore(int v, int depth) {
        int sentence = tokens.get(v).sentence;
        if (v > 0 && tokens.get(v).lower.endsWith("ed") || tokens.get(v).is("told")) {
            Token aux = v > 0 ? tokens.get(v - 1) : null;
            if (aux != null && (aux.is("was") || aux.is("were") || aux.is("been") || aux.is("be")
                    || aux.is("being") || aux.is("is") || aux.is("are"))) {
                return null; // passive: "Ginsburg was confirmed", "he was told"
            }
        }
        int j = v - 1;
        int guard = 0;
        while (j >= 0 && guard++ < 30) {
            Token t = tokens.get(j);
            if (t.sentence != sentence && t.kind != Kind.QUOTE) {
                return null;
            }
            if (t.isWord() && skippable(t)) {
                j--;
                continue;
            }
            if (t.isWord() && Lexicon.TIME_WORDS.contains(t.lower) && j > 0
                    && (tokens.get(j - 1).is("on") || tokens.get(j - 1).is("last") || tokens.get(j - 1).is("this"))) {
                j -= 2;
                continue;
            }
            if (t.kind == Kind.PUNCT && t.text.equals(")")) {
                int open = j - 1;
                while (open >= 0 && open > j - 15 && !tokens.get(open).text.equals("(")) {
                    open--;
                }
                if (open < 0 || !tokens.get(open).text.equals("(")) {
                    return null;
                }
                j = open - 1;
                continue;
            }
            break;
        }
        if (j < 0) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.kind == Kind.PUNCT && t.text.equals(",")) {
            return appositiveSubject(j, sentence);
        }
        if (!t.isWord()) {
            return null;
        }
        if (Lexicon.PRONOUNS.contains(t.lower)) {
            return t.lower.equals("i") || t.lower.equals("we") ? null : new Subject(j, j + 1, Kind2.PRONOUN);
        }
        if (t.is("who") && j > 0 && tokens.get(j - 1).text.equals(",")) {
            return nameEndingAt(j - 2, sentence);
        }
        if (t.is("and") && depth == 0) {
            // coordinated verbs: "Li slammed … and told Smith"
            for (int k = j - 1; k >= 0 && k > j - CUE_WINDOW; k--) {
                Token w = tokens.get(k);
                if (w.sentence != sentence) {
                    break;
                }
                if (w.isWord() && !w.cap() && Lexicon.isVerb(w.lower)) {
                    return subjectBefore(k, depth + 1);
                }
            }
            return null;
        }
        if (t.cap() || isInitial(t)) {
            Subject s = nameEndingAt(j, sentence);
            if (s != null && Lexicon.NOUN_VERBS.contains(tokens.get(v).lower)) {
                int before = s.from - 1;
                while (before >= 0 && tokens.get(before).cap()) {
                    before--;
                }
                if (before >= 0 && tokens.get(before).isWord() && !tokens.get(before).cap()
                        && !tokens.get(before).is("and") && !tokens.get(before).is("that")
                        && !tokens.get(before).is("but") && !tokens.get(before).is("as")) {
                    return null; // "in a now-deleted Facebook post", "the Trump statement"
                }
            }
            return s;
        }
        if (Lexicon.SPEAKER_NOUNS.contains(t.lower)) {
            return nounPhraseEndingAt(j, sentence);
        }
        return null;
    }

    /** ", the Y of Z," before a verb: the name before the appositive, or a name that is the appositive. */
    private Subject appositiveSubject(int comma, int sentence) {
        Subject s = appositiveSubject1(comma, sentence);
        if (s != null && isPartyLabel(tokens.get(s.from))) {
            s = null;
        }
        int guard = 0;
        int c = comma;
        while (s == null && guard++ < 3) {
            // several comma segments: "X, D-N.Y., the former chairman of …, Civil Rights and Civil Liberties, told"
            int open = c - 1;
            while (open >= 0 && open > c - 20 && tokens.get(open).kind == Kind.WORD
                    && tokens.get(open).sentence == sentence) {
                open--;
            }
            if (open < 0 || open == c - 1 || !tokens.get(open).text.equals(",")) {
                return null;
            }
            c = open;
            s = appositiveSubject1(c, sentence);
            if (s != null && isPartyLabel(tokens.get(s.from))) {
                s = null;
            }
        }
        return s;
    }

    /** "D-Mo.", "R-Utah", "I-Vt.": party and state after a lawmaker's name. */
    static boolean isPartyLabel(Token t) {
        String w = t.text;
        return w.length() >= 3 && w.charAt(1) == '-' && "DRI".indexOf(w.charAt(0)) >= 0
                && Character.isUpperCase(w.charAt(2));
    }

    private Subject appositiveSubject1(int comma, int sentence) {
        int open = comma - 1;
        while (open >= 0 && open > comma - 20 && tokens.get(open).kind == Kind.WORD
                && tokens.get(open).sentence == sentence) {
            open--;
        }
        if (open < 0 || open == comma - 1 || !tokens.get(open).text.equals(",")) {
            return null;
        }
        // the segment between the commas is itself the name: "Smith's deputy, Kurt Campbell, said"
        boolean allCaps = true;
        for (int i = open + 1; i < comma; i++) {
            Token w = tokens.get(i);
            if (!(w.cap() || isInitial(w) || Lexicon.NAME_CONNECTORS.contains(w.lower)
                    || Lexicon.NAME_SUFFIXES.contains(w.lower))) {
                allCaps = false;
            }
        }
        Token first = tokens.get(open + 1);
        boolean partyLabel = first.text.length() >= 3 && first.text.charAt(1) == '-'
                && "DRI".indexOf(first.text.charAt(0)) >= 0;
        if (allCaps && !partyLabel && comma - open - 1 <= 5) {
            int[] core = core(open + 1, comma);
            if (core != null && !isTimeOrPlace(core[0], core[1]) && !Lexicon.NAME_SUFFIXES.contains(first.lower)) {
                return new Subject(core[0], core[1], Kind2.NAME);
            }
        }
        if (!allCaps || partyLabel || isAppositiveStart(first)) {
            return nameOrPhraseEndingAt(open - 1, sentence);
        }
        return null;
    }

    private static boolean isAppositiveStart(Token t) {
        return isDeterminer(t) || t.is("who") || t.is("whose") || t.is("which") || t.is("now")
                || t.is("former") || Character.isDigit(t.text.charAt(0)) || !t.cap();
    }

    private Subject nameOrPhraseEndingAt(int j, int sentence) {
        if (j < 0 || !tokens.get(j).isWord() || tokens.get(j).sentence != sentence) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.cap() || isInitial(t)) {
            return nameEndingAt(j, sentence);
        }
        if (Lexicon.SPEAKER_NOUNS.contains(t.lower)) {
            return nounPhraseEndingAt(j, sentence);
        }
        return null;
    }

    private Subject nameEndingAt(int j, int sentence) {
        if (j < 0) {
            return null;
        }
        int i = j;
        while (i >= 0 && i > j - 8) {
            Token w = tokens.get(i);
            if (w.sentence != sentence || !w.isWord()) {
                break;
            }
            if (w.cap() || isInitial(w)) {
                i--;
                continue;
            }
            if (Lexicon.NAME_CONNECTORS.contains(w.lower) && i > 0 && tokens.get(i - 1).cap()) {
                i--;
                continue;
            }
            break;
        }
        int from = i + 1;
        if (from > j) {
            return null;
        }
        Token last = tokens.get(j);
        if (last.possessive()) {
            return null;
        }
        int[] core = core(from, j + 1);
        if (core == null || Lexicon.TIME_WORDS.contains(tokens.get(core[0]).lower)) {
            return null;
        }
        return new Subject(core[0], core[1], Kind2.NAME);
    }

    /** "China's foreign ministry", "the top US diplomat", "a White House spokesman", "officials". */
    private Subject nounPhraseEndingAt(int j, int sentence) {
        int i = j - 1;
        int min = Math.max(0, j - 6);
        while (i >= min) {
            Token w = tokens.get(i);
            if (w.sentence != sentence || !w.isWord()) {
                break;
            }
            if (isDeterminer(w)) {
                i--;
                break;
            }
            if (Lexicon.FUNCTION_WORDS.contains(w.lower) && !w.cap() || (!w.cap() && Lexicon.isVerb(w.lower)
                    && !Lexicon.SPEAKER_NOUNS.contains(w.lower))) {
                break;
            }
            if (w.cap() && Lexicon.FUNCTION_WORDS.contains(w.lower)) {
                break;
            }
            i--;
        }
        return new Subject(i + 1, j + 1, Kind2.NOUN_PHRASE);
    }

    private static boolean isDeterminer(Token t) {
        return switch (t.lower) {
            case "the", "a", "an", "his", "her", "its", "their", "this", "that", "another", "one" -> true;
            default -> false;
        };
    }

    private static boolean isInitial(Token t) {
        return t.kind == Kind.WORD && t.text.length() == 2 && t.text.endsWith(".")
                && Character.isUpperCase(t.text.charAt(0));
    }

    /**
     * The name inside the capitalised run [from,to): without leading function words ("But", "Since") and
     * without titles ("US Secretary of State", "Chinese Foreign Minister"); null if nothing is left.
     */
    private int[] core(int from, int to) {
        int a = from;
        while (a < to && Lexicon.FUNCTION_WORDS.contains(tokens.get(a).lower)) {
            a++;
        }
        if (a >= to) {
            return null;
        }
        int b = to;
        for (int i = a + 1; i < b - 1; i++) {
            // "Rick Perry of Texas", "Mike Thompson of California": the name stops before "of <place>"
            if (tokens.get(i).lower.equals("of") && !Lexicon.TITLES.contains(tokens.get(i - 1).lower)
                    && !Lexicon.ORG_WORDS.contains(tokens.get(i - 1).lower)) {
                b = i;
                break;
            }
        }
        while (b > a && tokens.get(b - 1).lower.equals("of")) {
            b--;
        }
        // strip titles: everything up to the last title word, when a name follows it
        int lastTitle = -1;
        for (int i = a; i < b; i++) {
            Token w = tokens.get(i);
            if (Lexicon.TITLES.contains(w.lower) || isDemonym(w)) {
                lastTitle = i;
            } else if (Lexicon.NAME_CONNECTORS.contains(w.lower) && lastTitle == i - 1) {
                lastTitle = i; // "Secretary of State"
            }
        }
        if (lastTitle >= a && lastTitle < b - 1) {
            a = lastTitle + 1;
        }
        while (a < b && Lexicon.NAME_CONNECTORS.contains(tokens.get(a).lower)) {
            a++;
        }
        if (a >= b) {
            return null;
        }
        if (b - a == 1 && Lexicon.FUNCTION_WORDS.contains(tokens.get(a).lower)) {
            return null;
        }
        return new int[] {a, b};
    }

    /** Nationality words used as titles: "Chinese", "Ukrainian", "American", "Israeli". */
    private static boolean isDemonym(Token w) {
        if (!w.cap()) {
            return false;
        }
        String l = w.lower;
        return l.length() > 4 && (l.endsWith("ese") || l.endsWith("ian") || l.endsWith("ish") || l.endsWith("can")
                || (l.endsWith("i") && l.length() > 5) || l.equals("french") || l.equals("dutch")
                || l.equals("greek") || l.equals("swiss") || l.equals("thai"));
    }

    private boolean isTimeOrPlace(int from, int to) {
        if (to - from == 1) {
            Token w = tokens.get(from);
            return Lexicon.TIME_WORDS.contains(w.lower) || Lexicon.PLACES.contains(w.lower);
        }
        return Lexicon.TIME_WORDS.contains(tokens.get(from).lower);
    }

    // ------------------------------------------------------------------ mentions and resolution

    private void findMentions() {
        int n = tokens.size();
        java.util.Set<String> capsInside = new java.util.HashSet<>();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            Token prev = tokens.get(i - 1);
            if (t.cap() && prev.sentence == t.sentence && prev.kind != Kind.BREAK && prev.kind != Kind.QUOTE
                    && !(prev.kind == Kind.PUNCT && !prev.text.equals(","))) {
                capsInside.add(nameKey(t));
            }
        }
        int k = 0;
        while (k < n) {
            Token t = tokens.get(k);
            if (!(t.cap() || isInitial(t))) {
                k++;
                continue;
            }
            int e = k;
            while (e < n && e < k + 10) {
                Token w = tokens.get(e);
                if (!w.isWord()) {
                    break;
                }
                if (w.cap() || isInitial(w)) {
                    e++;
                    if (w.possessive()) {
                        break;
                    }
                    continue;
                }
                if (Lexicon.NAME_CONNECTORS.contains(w.lower) && e + 1 < n && tokens.get(e + 1).cap()) {
                    e++;
                    continue;
                }
                break;
            }
            int[] core = core(k, e);
            if (core != null) {
                boolean titled = core[0] > k && !Lexicon.FUNCTION_WORDS.contains(tokens.get(core[0] - 1).lower);
                boolean person = personLike(core[0], core[1], titled);
                boolean initial = k == 0 || tokens.get(k - 1).sentence != tokens.get(k).sentence
                        || tokens.get(k - 1).kind == Kind.BREAK;
                if (person && initial && core[1] - core[0] == 1 && !titled
                        && !capsInside.contains(nameKey(tokens.get(core[0])))) {
                    person = false; // "Debate was mostly closed": a capital only because it starts the sentence
                }
                Mention m = new Mention(k, e, core[0], core[1], person, titled);
                mentions.add(m);
                for (int i = k; i < e; i++) {
                    mentionAt[i] = m;
                }
            }
            k = Math.max(e, k + 1);
        }
        for (Mention m : mentions) {
            // a name opening its sentence and followed by a lower-case word is taken as the sentence's subject
            int first = m.from;
            int sentence = tokens.get(first).sentence;
            boolean opens = first == 0 || tokens.get(first - 1).sentence != sentence
                    || tokens.get(first - 1).kind == Kind.BREAK;
            if (!opens && first > 0 && tokens.get(first - 1).kind == Kind.PUNCT && first > 1) {
                opens = false;
            }
            if (opens && m.to < tokens.size()) {
                Token next = tokens.get(m.to);
                if (next.isWord() && !next.cap()) {
                    m.subject = true;
                }
            }
        }
        for (Mention m : mentions) {
            if (!m.person) {
                continue;
            }
            int len = m.coreTo - m.coreFrom;
            if (len > 4) {
                continue;
            }
            int last = m.coreTo - 1;
            while (last > m.coreFrom && Lexicon.NAME_SUFFIXES.contains(tokens.get(last).lower)) {
                last--;
            }
            // the surname names the person ("Smith" → "Jane Smith"); a two-word name may also be
            // known by its first word ("Li" → "Li Wei")
            putFullest(nameKey(tokens.get(last)), m);
            if (len == 2 && last == m.coreTo - 1) {
                putFullest(nameKey(tokens.get(m.coreFrom)), m);
            }
        }
    }

    private void putFullest(String key, Mention m) {
        if (key.length() < 2 || Lexicon.NAME_CONNECTORS.contains(key)) {
            return;
        }
        Mention prev = fullest.get(key);
        if (prev == null || prev.coreTo - prev.coreFrom < m.coreTo - m.coreFrom) {
            fullest.put(key, m);
        }
    }

    private Mention mentionContaining(int k) {
        return k >= 0 && k < mentionAt.length ? mentionAt[k] : null;
    }

    private boolean personLike(int from, int to, boolean titled) {
        if (isTimeOrPlace(from, to)) {
            return false;
        }
        Token last = tokens.get(to - 1);
        String lastKey = nameKey(last);
        if (Lexicon.ORG_WORDS.contains(lastKey) || Lexicon.PLACES.contains(lastKey)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Lexicon.ORG_WORDS.contains(nameKey(tokens.get(i))) && !titled) {
                return false;
            }
        }
        if (to - from == 1) {
            String w = last.text;
            boolean acronym = w.length() >= 2 && w.chars().filter(Character::isUpperCase).count() >= 2;
            if (acronym || isDemonym(last)) {
                return false;
            }
            if (last.lower.endsWith("s") && !titled && last.lower.length() > 3 && !last.possessive()
                    && Lexicon.isVerb(last.lower)) {
                return false;
            }
        }
        return true;
    }

    static String nameKey(Token t) {
        String l = t.lower;
        if (l.endsWith("'s") || l.endsWith("\u2019s")) {
            l = l.substring(0, l.length() - 2);
        } else if (l.endsWith("'") || l.endsWith("\u2019")) {
            l = l.substring(0, l.length() - 1);
        }
        return l;
    }

    private Quotation resolve(Quotation q, Cue cue) {
        Subject s = cue.subject;
        return switch (s.kind) {
            case NAME -> {
                String name = fullName(s.from, s.to);
                yield q.withSpeaker(name, tokens.get(s.from).start, tokens.get(s.to - 1).end, Attribution.DIRECT);
            }
            case NOUN_PHRASE -> {
                Mention named = describedPerson(s);
                if (named != null) {
                    String name = fullName(named.coreFrom, named.coreTo);
                    yield q.withSpeaker(name, tokens.get(named.coreFrom).start, tokens.get(named.coreTo - 1).end,
                            Attribution.PRONOUN);
                }
                int a = s.from;
                if (a < s.to - 1 && isDeterminer(tokens.get(a))) {
                    a++;
                }
                int from = tokens.get(a).start;
                int to = tokens.get(s.to - 1).end;
                yield q.withSpeaker(text.substring(from, to), from, to, Attribution.DIRECT);
            }
            case PRONOUN -> {
                Mention m = antecedent(s.from);
                if (m == null) {
                    yield q;
                }
                String name = fullName(m.coreFrom, m.coreTo);
                yield q.withSpeaker(name, tokens.get(m.coreFrom).start, tokens.get(m.coreTo - 1).end,
                        Attribution.PRONOUN);
            }
        };
    }

    /**
     * "the president", "the Texas governor": the latest person named before with that title ("President
     * Trump", "Gov. Rick Perry"), or null.
     */
    private Mention describedPerson(Subject s) {
        if (!tokens.get(s.from).is("the") || s.to - s.from > 4) {
            return null;
        }
        String head = titleKey(tokens.get(s.to - 1).lower);
        if (!Lexicon.TITLES.contains(head)) {
            return null;
        }
        for (int i = mentionIndexBefore(s.from); i >= 0; i--) {
            Mention m = mentions.get(i);
            if (!m.person || s.from - m.to > ANTECEDENT_WINDOW * 4) {
                if (s.from - m.to > ANTECEDENT_WINDOW * 4) {
                    break;
                }
                continue;
            }
            for (int k = m.from; k < m.coreFrom; k++) {
                if (titleKey(tokens.get(k).lower).equals(head)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static String titleKey(String lower) {
        return switch (lower) {
            case "gov." -> "governor";
            case "sen." -> "senator";
            case "rep.", "representative" -> "congressman";
            case "congresswoman" -> "congressman";
            case "pres." -> "president";
            case "gen." -> "general";
            case "sec." -> "secretary";
            default -> lower;
        };
    }

    /** The name as written, in the fullest form the text gives for a one-word name ("Smith" → "Jane Smith"). */
    private String fullName(int from, int to) {
        String asWritten = span(from, to);
        if (to - from == 1) {
            Mention m = fullest.get(nameKey(tokens.get(from)));
            if (m != null && m.coreTo - m.coreFrom > 1) {
                return span(m.coreFrom, m.coreTo);
            }
        }
        return asWritten;
    }

    private String span(int from, int to) {
        String s = text.substring(tokens.get(from).start, tokens.get(to - 1).end);
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.replaceAll("\\s+", " ");
    }

    /**
     * The person a "he"/"she"/"they" at token p refers to: the latest preceding person who is the subject of
     * a verb, else the latest preceding person named, within a window.
     */
    private Mention antecedent(int p) {
        String pronoun = tokens.get(p).lower;
        boolean personal = pronoun.equals("he") || pronoun.equals("she");
        Mention anyPerson = null;
        Mention subjectPerson = null;
        Mention group = null;
        int lo = mentionIndexBefore(p);
        for (int i = lo; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.to > p) {
                continue;
            }
            if (p - m.to > ANTECEDENT_WINDOW) {
                break;
            }
            if (m.person) {
                if (anyPerson == null) {
                    anyPerson = m;
                }
                if (m.subject) {
                    subjectPerson = m;
                    break;
                }
            } else if (group == null && m.subject) {
                group = m;
            }
        }
        if (!personal) {
            return group;
        }
        if (subjectPerson != null) {
            return subjectPerson;
        }
        return anyPerson;
    }

    private int mentionIndexBefore(int p) {
        int lo = 0;
        int hi = mentions.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).from < p) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    // ------------------------------------------------------------------ context

    /** Quotations with no cue take the speaker of the nearest attributed quotation in the same paragraph. */
    private void inheritFromNeighbours(Quotation[] out, int[] quoteToken) {
        int[] paragraph = new int[out.length];
        int para = 0;
        int qi = 0;
        for (int k = 0; k < tokens.size() && qi < out.length; k++) {
            Token t = tokens.get(k);
            if (t.kind == Kind.BREAK) {
                para++;
            } else if (t.kind == Kind.QUOTE) {
                paragraph[t.quote] = para;
            }
        }
        // nearest lending quotation before / after each one in its paragraph, in two linear passes
        boolean[] lender = new boolean[out.length];
        for (int i = 0; i < out.length; i++) {
            lender[i] = out[i].hasSpeaker() && lends(i, quoteToken);
        }
        int[] prevLender = new int[out.length];
        int[] nextLender = new int[out.length];
        for (int i = 0, last = -1; i < out.length; i++) {
            if (i > 0 && paragraph[i] != paragraph[i - 1]) {
                last = -1;
            }
            prevLender[i] = last;
            if (lender[i]) {
                last = i;
            }
        }
        for (int i = out.length - 1, last = -1; i >= 0; i--) {
            if (i < out.length - 1 && paragraph[i] != paragraph[i + 1]) {
                last = -1;
            }
            nextLender[i] = last;
            if (lender[i]) {
                last = i;
            }
        }
        Quotation[] original = out.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i].hasSpeaker()) {
                continue;
            }
            Quotation from = prevLender[i] >= 0 ? original[prevLender[i]]
                    : nextLender[i] >= 0 ? original[nextLender[i]] : null;
            if (from != null) {
                out[i] = out[i].withSpeaker(from.speaker(), from.speakerStart(), from.speakerEnd(),
                        Attribution.CONTEXT);
                continue;
            }
            // a paragraph opening with the quotation after one that ends with a colon ("Trump tweeted:")
            int qt = quoteToken[i];
            if (qt >= 2 && tokens.get(qt - 1).kind == Kind.BREAK && tokens.get(qt - 2).text.equals(":")) {
                Cue cue = cueBefore(qt - 2);
                if (cue != null) {
                    Quotation r = resolve(out[i], cue);
                    if (r.hasSpeaker()) {
                        out[i] = r.withSpeaker(r.speaker(), r.speakerStart(), r.speakerEnd(), Attribution.CONTEXT);
                    }
                }
            }
        }
    }

    /** Scare quotes and titles inside a sentence do not lend their speaker; full quotations do. */
    private boolean lends(int qi, int[] quoteToken) {
        return opensSentence(quoteToken[qi]) || substantial(quotes.get(qi));
    }

    /** A quotation of at least three words. */
    private boolean substantial(Quotation q) {
        int words = 0;
        boolean in = false;
        for (int i = q.contentStart(); i < q.contentEnd() && words < 3; i++) {
            boolean w = !Character.isWhitespace(text.charAt(i));
            if (w && !in) {
                words++;
            }
            in = w;
        }
        return words >= 3;
    }

    // ------------------------------------------------------------------ headlines

    /** Headline: "X Says … 'quote'", "X: 'quote'", "'quote,' X Says". Words are all capitalised here. */
    private List<Quotation> attributeHeadline() {
        List<Quotation> out = new ArrayList<>();
        for (int k = 0, qi = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind != Kind.QUOTE) {
                continue;
            }
            Quotation q = quotes.get(t.quote);
            int[] subject = headlineSubject(k);
            if (subject != null) {
                int from = tokens.get(subject[0]).start;
                int to = tokens.get(subject[1] - 1).end;
                q = q.withSpeaker(span(subject[0], subject[1]), from, to, Attribution.DIRECT);
            }
            out.add(q);
            qi++;
        }
        return out;
    }

    private int[] clauseStarts;

    private static boolean clauseBreak(Token t) {
        return t.kind == Kind.PUNCT && (t.text.equals(":") || t.text.equals(";") || t.text.equals("|")
                || t.text.equals("\u2014") || t.text.equals("\u2013"));
    }

    private int[] headlineSubject(int qt) {
        if (clauseStarts == null) {
            clauseStarts = new int[tokens.size()];
            int start = 0;
            for (int k = 0; k < tokens.size(); k++) {
                clauseStarts[k] = start; // clause of token k starts after the last break before it
                if (clauseBreak(tokens.get(k))) {
                    start = k + 1;
                }
            }
        }
        // clause start: after the last ':' ';' '|' or dash before the quote; "X: 'quote'" keeps X
        int colon = -1;
        int clause = clauseStarts[qt];
        if (qt >= 1 && tokens.get(qt - 1).text.equals(":")) {
            colon = qt - 1;
            clause = clauseStarts[qt - 1];
        }
        int verbLimit = Math.min(qt, clause + 8);
        for (int k = clause; k < verbLimit; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && Lexicon.isVerb(t.lower) && k > clause) {
                return headlineName(clause, k);
            }
        }
        if (colon > clause) {
            return headlineName(clause, colon);
        }
        // "'…,' Smith Says"
        int k = qt + 1;
        if (k < tokens.size() && tokens.get(k).text.equals(",")) {
            k++;
        }
        int e = k;
        while (e < tokens.size() && e < k + 4 && tokens.get(e).isWord() && !Lexicon.isVerb(tokens.get(e).lower)) {
            e++;
        }
        if (e > k && e < tokens.size() && tokens.get(e).isWord() && Lexicon.isVerb(tokens.get(e).lower)) {
            return headlineName(k, e);
        }
        return null;
    }

    private int[] headlineName(int from, int to) {
        if (to - from > 5 || to <= from) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).isWord()) {
                return null;
            }
        }
        int[] core = core(from, to);
        return core;
    }
}
