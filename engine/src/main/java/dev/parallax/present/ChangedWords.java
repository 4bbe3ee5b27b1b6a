package dev.parallax.present;

import dev.parallax.compare.DiffOp;
import dev.parallax.text.Span;
import dev.parallax.text.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where a match's word diff puts its changes inside one side's passage: the words A dropped
 * (delete) in A's span, the words B added (insert) in B's. The diff's words are looked up in order, with
 * quote marks and dashes folded; when one cannot be found the diff and the text disagree, and nothing is
 * marked rather than something wrong.
 */
final class ChangedWords {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ChangedWords() {
    }

    /** Changed stretches of {@code span} in {@code text}; {@code sideA} picks A's view (deletes) or B's (inserts). */
    static List<Span> locate(String text, Span span, List<DiffOp> diff, boolean sideA) {
        DiffOp.Op mine = sideA ? DiffOp.Op.DELETE : DiffOp.Op.INSERT;
        DiffOp.Op theirs = sideA ? DiffOp.Op.INSERT : DiffOp.Op.DELETE;
        String hay = TextFolding.foldPunctuation(span.of(text));
        List<Span> out = new ArrayList<>();
        int cursor = 0;
        for (DiffOp op : diff) {
            if (op.op() == theirs) {
                continue;
            }
            int first = -1;
            for (String word : SPACE.split(TextFolding.foldPunctuation(op.text()).strip())) {
                if (word.isEmpty()) {
                    continue;
                }
                int at = hay.indexOf(word, cursor);
                if (at < 0) {
                    return List.of();
                }
                if (first < 0) {
                    first = at;
                }
                cursor = at + word.length();
            }
            if (op.op() == mine && first >= 0) {
                out.add(new Span(span.start() + first, span.start() + cursor));
            }
        }
        return out;
    }
}
