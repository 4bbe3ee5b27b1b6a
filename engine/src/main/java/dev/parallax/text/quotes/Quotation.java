package dev.parallax.text.quotes;

import java.util.List;

/**
 * A direct quotation found in a text. All offsets are UTF-16 indexes into the text that was searched,
 * end exclusive.
 *
 * @param start        first quote mark
 * @param end          just after the closing quote mark (or after the last quoted character when the quote
 *                     is never closed)
 * @param contentStart first quoted character (marks and surrounding spaces excluded)
 * @param contentEnd   just after the last quoted character
 * @param speaker      who is quoted, as written in the text in the fullest form the text gives (e.g. "Antony
 *                     Smith" even where the cue only says "Smith" or "he"); null when unattributed
 * @param speakerStart the mention of the speaker the attribution rests on (for a pronoun cue, the name it
 *                     refers to); -1 when unattributed
 * @param speakerEnd   end of that mention; -1 when unattributed
 * @param attribution  how the speaker was found
 * @param depth        0 for a top-level quotation, 1 for one nested inside another
 * @param closed       false when the text never closes the quote and it was ended at the paragraph's end
 * @param parts        the quoted words paragraph by paragraph: one span, or several for a quotation that runs
 *                     over paragraphs (each later paragraph reopening with a quote mark, which is left out)
 */
public record Quotation(int start, int end, int contentStart, int contentEnd, String speaker, int speakerStart,
                        int speakerEnd, Attribution attribution, int depth, boolean closed, List<Span> parts) {

    /** How a quotation's speaker was determined. */
    public enum Attribution {
        /** No speaker found. */
        NONE,
        /** A name or noun phrase is the subject of a speech verb in the quote's sentence. */
        DIRECT,
        /** A pronoun ("he said") resolved to the nearest fitting name before it. */
        PRONOUN,
        /** No cue in its own sentence: taken from a neighbouring quotation of the same passage. */
        CONTEXT,
        /** Nested quotation: words spoken by the speaker of the enclosing quotation. */
        ENCLOSING
    }

    /** A span of text, end exclusive. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    public Quotation {
        parts = parts == null || parts.isEmpty() ? List.of(new Span(contentStart, contentEnd)) : List.copyOf(parts);
        if (speaker == null) {
            speakerStart = -1;
            speakerEnd = -1;
            attribution = Attribution.NONE;
        }
    }

    /** The quoted words; the paragraphs of a multi-paragraph quotation joined by a blank line. */
    public String content(String text) {
        if (parts.size() == 1) {
            return text.substring(contentStart, contentEnd);
        }
        StringBuilder sb = new StringBuilder();
        for (Span p : parts) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(text, p.start(), p.end());
        }
        return sb.toString();
    }

    /** The quotation with its marks, as it stands in the text. */
    public String quoted(String text) {
        return text.substring(start, end);
    }

    public boolean hasSpeaker() {
        return speaker != null;
    }

    /** True when [from,to) lies within this quotation's marks. */
    public boolean covers(int from, int to) {
        return from >= start && to <= end;
    }

    Quotation withSpeaker(String name, int from, int to, Attribution how) {
        return new Quotation(start, end, contentStart, contentEnd, name, from, to, how, depth, closed, parts);
    }
}
