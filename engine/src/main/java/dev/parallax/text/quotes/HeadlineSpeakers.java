package dev.parallax.text.quotes;

import dev.parallax.text.quotes.NarrativeToken.Kind;
import dev.parallax.text.quotes.Quotation.Attribution;
import java.util.ArrayList;
import java.util.List;

/** Speakers in a headline: "X Says … 'quote'", "X: 'quote'", "'quote,' X Says". */
final class HeadlineSpeakers {
    private final List<Quotation> quotes;
    private final NarrativeTokens tokens;
    private final Names names;

    HeadlineSpeakers(List<Quotation> quotes, NarrativeTokens tokens, Names names) {
        this.quotes = quotes;
        this.tokens = tokens;
        this.names = names;
    }

    /** Headline: "X Says … 'quote'", "X: 'quote'", "'quote,' X Says". Words are all capitalised here. */
    List<Quotation> attributeHeadline() {
        List<Quotation> out = new ArrayList<>();
        for (int k = 0, qi = 0; k < tokens.size(); k++) {
            NarrativeToken t = tokens.get(k);
            if (t.kind != Kind.QUOTE) {
                continue;
            }
            Quotation q = quotes.get(t.quote);
            int[] subject = headlineSubject(k);
            if (subject != null) {
                int from = tokens.get(subject[0]).start;
                int to = tokens.get(subject[1] - 1).end;
                q = q.withSpeaker(names.span(subject[0], subject[1]), from, to, Attribution.DIRECT);
            }
            out.add(q);
            qi++;
        }
        return out;
    }

    private int[] clauseStarts;

    private static boolean clauseBreak(NarrativeToken t) {
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
            NarrativeToken t = tokens.get(k);
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
        int[] core = names.core(from, to);
        return core;
    }
}
