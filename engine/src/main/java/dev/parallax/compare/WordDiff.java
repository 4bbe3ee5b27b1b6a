package dev.parallax.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.parallax.text.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences from one passage to another (java-diff-utils' Myers diff over words and
 * punctuation marks). Words are compared folded, so “curly” and "straight" quotes or case never show
 * as changes; the text of each step is the original, spaces included, so the equal and deleted steps
 * spell out A and the equal and inserted steps spell out B.
 */
public final class WordDiff {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}]+)*|[^\\s\\p{L}\\p{M}\\p{N}]");

    private WordDiff() {
    }

    public static List<DiffOp> of(String a, String b) {
        List<int[]> ta = tokens(a);
        List<int[]> tb = tokens(b);
        List<String> fa = ta.stream().map(t -> TextFolding.fold(a.substring(t[0], t[1]))).toList();
        List<String> fb = tb.stream().map(t -> TextFolding.fold(b.substring(t[0], t[1]))).toList();
        Patch<String> patch = DiffUtils.diff(fa, fb);
        List<DiffOp> ops = new ArrayList<>();
        int ia = 0;
        int ib = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sa = d.getSource().getPosition();
            int sb = d.getTarget().getPosition();
            add(ops, DiffOp.Op.EQUAL, slice(a, ta, ia, sa));
            ib = sb;
            add(ops, DiffOp.Op.DELETE, slice(a, ta, sa, sa + d.getSource().size()));
            add(ops, DiffOp.Op.INSERT, slice(b, tb, sb, sb + d.getTarget().size()));
            ia = sa + d.getSource().size();
            ib = sb + d.getTarget().size();
        }
        add(ops, DiffOp.Op.EQUAL, slice(a, ta, ia, ta.size()));
        return ops;
    }

    /** Text of tokens [from, to), with the space after the last one; the leading text before token 0 too. */
    private static String slice(String s, List<int[]> tokens, int from, int to) {
        if (from >= to) {
            return "";
        }
        int start = from == 0 ? 0 : tokens.get(from)[0];
        int end = to >= tokens.size() ? s.length() : tokens.get(to)[0];
        return s.substring(start, end);
    }

    private static void add(List<DiffOp> ops, DiffOp.Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!ops.isEmpty() && ops.getLast().op() == op) {
            ops.add(new DiffOp(op, ops.removeLast().text() + text));
        } else {
            ops.add(new DiffOp(op, text));
        }
    }

    private static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
