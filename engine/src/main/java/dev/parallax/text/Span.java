package dev.parallax.text;

/** A [start, end) range of UTF-16 offsets into one text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }
}
