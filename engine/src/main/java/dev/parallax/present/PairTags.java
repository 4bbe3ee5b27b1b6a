package dev.parallax.present;

/**
 * The tag a matched passage carries at its start, in the window and in the HTML export alike: its kind's
 * glyph ({@link KindLabels#cellMark}: "=" same words, "~" small change, "≈" other words), its pair number
 * (the same in both reports), and ⇅ when it sits elsewhere in the other report's order. With the glyph,
 * kinds are told apart by more than hue. A passage only one report tells has no tag (its margin bar marks it).
 */
public final class PairTags {
    /** The mark of a moved passage. */
    public static final String MOVED = "⇅";

    private PairTags() {
    }

    /** "=", "~" or "≈"; "" for a passage only one report tells. */
    public static String glyph(Mark mark) {
        return mark.isUnique() ? "" : KindLabels.cellMark(mark.kind());
    }

    /** The pair's number, counted from 1 in the comparison's order ("3"); "" for a one-sided passage. */
    public static String number(Mark mark) {
        return mark.isUnique() ? "" : String.valueOf(mark.match() + 1);
    }

    /** Glyph and number ("≈3"), without the moved mark. */
    public static String label(Mark mark) {
        return glyph(mark) + number(mark);
    }

    /** The whole tag as read aloud or copied: "≈3", "=12⇅". */
    public static String text(Mark mark) {
        return label(mark) + (mark.moved() ? MOVED : "");
    }
}
