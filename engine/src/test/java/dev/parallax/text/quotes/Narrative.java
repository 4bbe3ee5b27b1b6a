package dev.parallax.text.quotes;

import java.util.ArrayList;
import java.util.List;

/** Test fixture: one text with its top-level quotations and the parts built on them, as Attributor builds them. */
final class Narrative {
    final String text;
    final List<Quotation> quotes;
    final NarrativeTokens tokens;
    final Names names;
    final Subjects subjects;
    final Mentions mentions;
    final SpeechCues cues;

    Narrative(String text, boolean headline) {
        this.text = text;
        List<Quotation> tops = new ArrayList<>();
        for (QuoteMarks.Raw r : QuoteMarks.scan(text)) {
            Quotation q = r.toQuotation();
            if (q.depth() == 0) {
                tops.add(q);
            }
        }
        this.quotes = tops;
        this.tokens = new NarrativeTokens(text, tops);
        this.names = new Names(text, tokens);
        this.subjects = new Subjects(tokens, names);
        this.mentions = new Mentions(text, tokens, names, subjects, headline);
        this.cues = new SpeechCues(tokens, subjects, mentions);
    }

    Narrative(String text) {
        this(text, false);
    }

    /** The index of the first token whose text is {@code word} (exactly as written), or fails. */
    int at(String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind != NarrativeToken.Kind.QUOTE && tokens.get(i).text.equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word + " in " + this);
    }

    /** The token index of quotation qi. */
    int quote(int qi) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind == NarrativeToken.Kind.QUOTE && tokens.get(i).quote == qi) {
                return i;
            }
        }
        throw new AssertionError("no quote " + qi);
    }

    /** The text of tokens [from, to). */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start, tokens.get(to - 1).end);
    }

    @Override
    public String toString() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            all.add(tokens.get(i).toString());
        }
        return String.join(" ", all);
    }
}
