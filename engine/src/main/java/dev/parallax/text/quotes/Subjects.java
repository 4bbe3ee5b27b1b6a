package dev.parallax.text.quotes;

import dev.parallax.text.quotes.NarrativeToken.Kind;

/**
 * The subject of a speech verb: looking left from the verb ("Smith (also) said", "X, the Y of Z, said",
 * "Li slammed … and told") or right from a token ("said Smith", "according to the ministry").
 */
final class Subjects {
    private final NarrativeTokens tokens;
    private final Names names;

    Subjects(NarrativeTokens tokens, Names names) {
        this.tokens = tokens;
        this.names = names;
    }

    /** The text's mentions, built after the subjects: tells a person from a capital opening a sentence. */
    private Mentions mentions;

    void useMentions(Mentions mentions) {
        this.mentions = mentions;
    }

    /** A subject starting at token k: pronoun, name, or noun phrase ("the top US diplomat"). */
    Subject after(int k) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).isWord()) {
            return null;
        }
        NarrativeToken t = tokens.get(k);
        if (Lexicon.PRONOUNS.contains(t.lower)) {
            return t.lower.equals("i") || t.lower.equals("we") ? null : new Subject(k, k + 1, Subject.Kind.PRONOUN);
        }
        int start = k;
        boolean det = false;
        if (Names.isDeterminer(t)) {
            det = true;
            k++;
        }
        int end = k;
        int limit = Math.min(n, k + 8);
        int lastHead = -1;
        boolean sawName = false;
        while (end < limit && tokens.get(end).isWord()) {
            NarrativeToken w = tokens.get(end);
            if (!w.cap() && Lexicon.isVerb(w.lower) && !Lexicon.SPEAKER_NOUNS.contains(w.lower)) {
                break;
            }
            if (w.cap() || Names.isInitial(w)) {
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
                    && !Names.skippable(w) && end - k < 4) {
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
            NarrativeToken w = tokens.get(i);
            if (!w.cap() && !Names.isInitial(w) && !Lexicon.NAME_CONNECTORS.contains(w.lower)) {
                allCaps = false;
            }
        }
        if (allCaps) {
            int[] core = names.core(k, end);
            if (core == null) {
                return null;
            }
            if (tokens.get(core[1] - 1).possessive() || Lexicon.TIME_WORDS.contains(tokens.get(core[0]).lower)) {
                return null;
            }
            return new Subject(core[0], core[1], Subject.Kind.NAME);
        }
        // a description followed by the name: "the company's chief security officer Joe Sullivan"
        if (tokens.get(end - 1).cap() && !tokens.get(end - 1).possessive()) {
            int nameFrom = end - 1;
            while (nameFrom > k && (tokens.get(nameFrom - 1).cap() || Names.isInitial(tokens.get(nameFrom - 1)))) {
                nameFrom--;
            }
            if (nameFrom > k && !tokens.get(nameFrom - 1).possessive()) {
                int[] core = names.core(nameFrom, end);
                if (core != null) {
                    return new Subject(core[0], core[1], Subject.Kind.NAME);
                }
            }
        }
        return new Subject(start, end, Subject.Kind.NOUN_PHRASE);
    }

    /** The subject of the verb at token v, looking left: "Smith (also) said", "X, the Y, said". */
    Subject before(int v, int depth) {
        int sentence = tokens.get(v).sentence;
        if (v > 0 && tokens.get(v).lower.endsWith("ed") || tokens.get(v).is("told")) {
            NarrativeToken aux = v > 0 ? tokens.get(v - 1) : null;
            if (aux != null && (aux.is("was") || aux.is("were") || aux.is("been") || aux.is("be")
                    || aux.is("being") || aux.is("is") || aux.is("are"))) {
                return null; // passive: "Ginsburg was confirmed", "he was told"
            }
        }
        int j = v - 1;
        int guard = 0;
        while (j >= 0 && guard++ < 30) {
            NarrativeToken t = tokens.get(j);
            if (t.sentence != sentence && t.kind != Kind.QUOTE) {
                return null;
            }
            if (t.isWord() && Names.skippable(t)) {
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
        NarrativeToken t = tokens.get(j);
        if (t.kind == Kind.PUNCT && t.text.equals(",")) {
            Subject s = appositiveSubject(j, sentence);
            if (s == null && tokens.get(v).lower.endsWith("ing") && depth == 0) {
                s = clauseSubject(j, sentence); // "Trump hit back at Biden, calling him …"
            }
            return s;
        }
        if (!t.isWord()) {
            return null;
        }
        if (Lexicon.PRONOUNS.contains(t.lower)) {
            return t.lower.equals("i") || t.lower.equals("we") ? null : new Subject(j, j + 1, Subject.Kind.PRONOUN);
        }
        if (t.is("who") && j > 0 && tokens.get(j - 1).text.equals(",")) {
            return nameEndingAt(j - 2, sentence);
        }
        if (t.is("and") && depth == 0) {
            // coordinated verbs: "Li slammed … and told Smith"
            for (int k = j - 1; k >= 0 && k > j - SpeechCues.CUE_WINDOW; k--) {
                NarrativeToken w = tokens.get(k);
                if (w.sentence != sentence) {
                    break;
                }
                if (w.isWord() && !w.cap() && Lexicon.isVerb(w.lower)) {
                    return before(k, depth + 1);
                }
            }
            return null;
        }
        if (t.cap() || Names.isInitial(t)) {
            Subject s = nameEndingAt(j, sentence);
            if (s != null && Lexicon.NOUN_VERBS.contains(tokens.get(v).lower)) {
                int before = s.from() - 1;
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

    /**
     * The subject of the clause a participle after a comma hangs on ("Trump hit back at Biden on Friday,
     * calling him …"): the name or noun phrase opening the sentence, when a verb follows it before the comma.
     */
    private Subject clauseSubject(int comma, int sentence) {
        int first = comma;
        while (first > 0 && tokens.get(first - 1).sentence == sentence && tokens.get(first - 1).kind != Kind.BREAK) {
            first--;
        }
        if (tokens.get(first).is("but") || tokens.get(first).is("and") || tokens.get(first).is("so")) {
            first++;
        }
        Subject s = after(first);
        if (s == null || s.to() >= comma) {
            return null;
        }
        Mentions.Mention m = mentions == null ? null : mentions.containing(s.from());
        if (s.kind() == Subject.Kind.NAME && (m == null || !m.person) && s.to() - s.from() < 2) {
            return null; // "Republican", "Authorities", "Twenty-three": a capital that only opens the sentence
        }
        for (int k = s.to(); k < comma; k++) {
            NarrativeToken w = tokens.get(k);
            if (w.kind == Kind.PUNCT) {
                return null; // "Trump, the Republican nominee, …" is read by the appositive rule
            }
            if (w.isWord() && !w.cap() && !Names.skippable(w)) {
                return s; // a lower-case word after the subject: its verb, as in "Trump hit back"
            }
        }
        return null;
    }

    /** ", the Y of Z," before a verb: the name before the appositive, or a name that is the appositive. */
    private Subject appositiveSubject(int comma, int sentence) {
        Subject s = appositiveSubject1(comma, sentence);
        if (s != null && Names.isPartyLabel(tokens.get(s.from()))) {
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
            if (s != null && Names.isPartyLabel(tokens.get(s.from()))) {
                s = null;
            }
        }
        return s;
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
            NarrativeToken w = tokens.get(i);
            if (!(w.cap() || Names.isInitial(w) || Lexicon.NAME_CONNECTORS.contains(w.lower)
                    || Lexicon.NAME_SUFFIXES.contains(w.lower))) {
                allCaps = false;
            }
        }
        NarrativeToken first = tokens.get(open + 1);
        boolean partyLabel = first.text.length() >= 3 && first.text.charAt(1) == '-'
                && "DRI".indexOf(first.text.charAt(0)) >= 0;
        if (allCaps && !partyLabel && comma - open - 1 <= 5) {
            int[] core = names.core(open + 1, comma);
            if (core != null && !names.isTimeOrPlace(core[0], core[1]) && !Lexicon.NAME_SUFFIXES.contains(first.lower)) {
                return new Subject(core[0], core[1], Subject.Kind.NAME);
            }
        }
        if (!allCaps || partyLabel || isAppositiveStart(first)) {
            return nameOrPhraseEndingAt(open - 1, sentence);
        }
        return null;
    }

    private static boolean isAppositiveStart(NarrativeToken t) {
        return Names.isDeterminer(t) || t.is("who") || t.is("whose") || t.is("which") || t.is("now")
                || t.is("former") || Character.isDigit(t.text.charAt(0)) || !t.cap();
    }

    private Subject nameOrPhraseEndingAt(int j, int sentence) {
        if (j < 0 || !tokens.get(j).isWord() || tokens.get(j).sentence != sentence) {
            return null;
        }
        NarrativeToken t = tokens.get(j);
        if (t.cap() || Names.isInitial(t)) {
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
            NarrativeToken w = tokens.get(i);
            if (w.sentence != sentence || !w.isWord()) {
                break;
            }
            if (w.cap() || Names.isInitial(w)) {
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
        NarrativeToken last = tokens.get(j);
        if (last.possessive()) {
            return null;
        }
        int[] core = names.core(from, j + 1);
        if (core == null || Lexicon.TIME_WORDS.contains(tokens.get(core[0]).lower)) {
            return null;
        }
        return new Subject(core[0], core[1], Subject.Kind.NAME);
    }

    /** "China's foreign ministry", "the top US diplomat", "a White House spokesman", "officials". */
    private Subject nounPhraseEndingAt(int j, int sentence) {
        int i = j - 1;
        int min = Math.max(0, j - 6);
        while (i >= min) {
            NarrativeToken w = tokens.get(i);
            if (w.sentence != sentence || !w.isWord()) {
                break;
            }
            if (Names.isDeterminer(w)) {
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
        return new Subject(i + 1, j + 1, Subject.Kind.NOUN_PHRASE);
    }
}
