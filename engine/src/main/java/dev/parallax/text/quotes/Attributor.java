package dev.parallax.text.quotes;

import dev.parallax.text.quotes.NarrativeToken.Kind;
import java.util.List;

/**
 * Finds the speakers of the top-level quotations of one text: each quotation takes the speaker of its own
 * speech cue, else one from its context; a headline is read by its own rules.
 */
final class Attributor {
    private final String text;
    private final List<Quotation> quotes;
    private final boolean headline;
    private final NarrativeTokens tokens;
    private final Names names;
    private final Subjects subjects;
    private final Mentions mentions;
    private final SpeechCues cues;

    Attributor(String text, List<Quotation> quotes, boolean headline) {
        this.text = text;
        this.quotes = quotes;
        this.headline = headline;
        this.tokens = new NarrativeTokens(text, quotes);
        this.names = new Names(text, tokens);
        this.subjects = new Subjects(tokens, names);
        this.mentions = new Mentions(text, tokens, names, subjects, headline);
        this.cues = new SpeechCues(tokens, subjects, mentions);
    }

    List<Quotation> attribute() {
        if (headline) {
            return new HeadlineSpeakers(quotes, tokens, names).attributeHeadline();
        }
        int[] quoteToken = new int[quotes.size()];
        for (int k = 0; k < tokens.size(); k++) {
            NarrativeToken t = tokens.get(k);
            if (t.kind == Kind.QUOTE) {
                quoteToken[t.quote] = k;
            }
        }
        // mark subjects of every speech verb, so pronouns can favour earlier speakers
        for (int k = 0; k < tokens.size(); k++) {
            NarrativeToken t = tokens.get(k);
            if (t.isWord() && !t.cap() && Lexicon.isVerb(t.lower)) {
                Subject s = subjects.before(k, 0);
                if (s != null && s.kind() == Subject.Kind.NAME) {
                    Mentions.Mention m = mentions.containing(s.from());
                    if (m != null) {
                        m.subject = true;
                    }
                }
            }
        }
        // a speaker named after the verb ("…," says Perry) spoke too: later pronouns and offices may refer to them
        Cue[] cueOf = new Cue[quotes.size()];
        for (int qi = 0; qi < quotes.size(); qi++) {
            cueOf[qi] = cues.cueFor(quoteToken[qi]);
            Subject s = cueOf[qi] == null ? null : cueOf[qi].subject();
            if (s != null && s.kind() == Subject.Kind.NAME) {
                Mentions.Mention m = mentions.containing(s.from());
                if (m != null) {
                    m.subject = true;
                }
            }
        }
        Quotation[] out = new Quotation[quotes.size()];
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quotation q = quotes.get(qi);
            Cue cue = cueOf[qi];
            out[qi] = cue == null ? q : mentions.resolve(q, cue);
        }
        new ContextSpeakers(text, quotes, tokens, cues, mentions).inheritFromNeighbours(out, quoteToken);
        return List.of(out);
    }
}
