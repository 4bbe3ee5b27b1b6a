package dev.parallax.text.quotes;

/**
 * A direct quotation in a text. [start, end) includes the quote marks, [contentStart, contentEnd) only
 * the quoted words; speaker is null (offsets -1) when unattributed.
 */
public record Quotation(int start, int end, int contentStart, int contentEnd, String speaker, int speakerStart,
                        int speakerEnd) {
    public String content(String text) {
        return text.substring(contentStart, contentEnd);
    }
}
