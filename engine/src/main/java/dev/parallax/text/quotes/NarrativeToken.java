package dev.parallax.text.quotes;

/** One token of the narrative: its kind, span, text (and lower case), and sentence number. */
final class NarrativeToken {
    /** A word, a punctuation mark, one whole top-level quotation, or a paragraph break. */
    enum Kind { WORD, PUNCT, QUOTE, BREAK }

    final Kind kind;
    final int start;
    final int end;
    final String text;
    final String lower;
    final int quote;
    int sentence;

    NarrativeToken(Kind kind, int start, int end, String text, String lower, int quote) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = lower;
        this.quote = quote;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean cap() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    boolean is(String lowerWord) {
        return kind != Kind.QUOTE && kind != Kind.BREAK && lower.equals(lowerWord);
    }

    boolean possessive() {
        return kind == Kind.WORD && (lower.endsWith("'s") || lower.endsWith("\u2019s") || lower.endsWith("s'")
                || lower.endsWith("s\u2019"));
    }

    @Override
    public String toString() {
        return kind == Kind.QUOTE ? "<Q" + quote + ">" : kind == Kind.BREAK ? "<P>" : text;
    }
}
