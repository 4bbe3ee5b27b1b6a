package dev.parallax.text.quotes;

import dev.parallax.text.quotes.NarrativeToken.Kind;
import dev.parallax.text.quotes.Quotation.Attribution;
import java.util.List;

/**
 * Speakers from context: a quotation with no cue of its own takes the speaker of the nearest full quotation
 * of its paragraph, or of the cue ending the paragraph before with a colon ("Trump tweeted:").
 */
final class ContextSpeakers {
    private final String text;
    private final List<Quotation> quotes;
    private final NarrativeTokens tokens;
    private final SpeechCues cues;
    private final Mentions mentions;

    ContextSpeakers(String text, List<Quotation> quotes, NarrativeTokens tokens, SpeechCues cues,
                    Mentions mentions) {
        this.text = text;
        this.quotes = quotes;
        this.tokens = tokens;
        this.cues = cues;
        this.mentions = mentions;
    }

    /** Quotations with no cue take the speaker of the nearest attributed quotation in the same paragraph. */
    void inheritFromNeighbours(Quotation[] out, int[] quoteToken) {
        int[] paragraph = new int[out.length];
        int para = 0;
        int qi = 0;
        for (int k = 0; k < tokens.size() && qi < out.length; k++) {
            NarrativeToken t = tokens.get(k);
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
                Cue cue = cues.cueBefore(qt - 2);
                if (cue != null) {
                    Quotation r = mentions.resolve(out[i], cue);
                    if (r.hasSpeaker()) {
                        out[i] = r.withSpeaker(r.speaker(), r.speakerStart(), r.speakerEnd(), Attribution.CONTEXT);
                    }
                }
            }
        }
    }

    /** Scare quotes and titles inside a sentence do not lend their speaker; full quotations do. */
    private boolean lends(int qi, int[] quoteToken) {
        return cues.opensSentence(quoteToken[qi]) || substantial(quotes.get(qi));
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
}
