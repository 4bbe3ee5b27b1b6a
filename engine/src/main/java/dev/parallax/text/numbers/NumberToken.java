package dev.parallax.text.numbers;

/**
 * One token of the number reader: a run of digits (with its decimal and group marks), a word, or a single
 * symbol. The number fields are filled by {@link NumberTokenizer}; the grammars only read them.
 */
final class NumberToken {
    /** Numbers keep their separators in one token ("1,200.5"); words fold to lower case; symbols stand alone. */
    enum Kind { NUMBER, WORD, SYMBOL }

    final Kind kind;
    final int start;
    final int end;
    /** Folded lower-case form for words, the symbol for symbols, the raw digits for numbers. */
    final String low;
    /** White space before this token. */
    final boolean gap;
    /** A line break before this token: no mention crosses it. */
    final boolean br;
    /** For numbers: the value, NaN when the digits do not make one (IP addresses, long runs). */
    double num = Double.NaN;
    /** For numbers: digits only, no separators. */
    boolean plain;
    int digits;
    /** For words: starts with a capital letter. */
    boolean capital;

    NumberToken(Kind kind, int start, int end, String low, boolean gap, boolean br) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.low = low;
        this.gap = gap;
        this.br = br;
    }
}
