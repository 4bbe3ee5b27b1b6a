package dev.parallax.text.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quotation spans from quote marks alone: double marks (straight, curly, guillemets, low-9, corner
 * brackets) paired with a small stack per paragraph, quotations continued over paragraphs by the news
 * convention, then single-mark quotations told apart from apostrophes. One left-to-right pass per level,
 * so time is linear in the text length.
 */
final class QuoteMarks {
    /** Deeper nesting than this is noise (or an attack); extra openers are ignored. */
    private static final int MAX_DEPTH = 3;

    private QuoteMarks() {
    }

    /** A quotation as found by its marks: mutable while scanning. */
    static final class Raw {
        int start;
        int end;
        int contentStart;
        int contentEnd;
        int depth;
        boolean closed = true;
        final List<Quotation.Span> parts = new ArrayList<>();

        Quotation toQuotation() {
            return new Quotation(start, end, contentStart, contentEnd, null, -1, -1, Quotation.Attribution.NONE,
                    depth, closed, parts);
        }
    }

    private static final class Frame {
        final char mark;
        final int pos;
        int partStart;
        final List<Quotation.Span> parts = new ArrayList<>();

        Frame(char mark, int pos) {
            this.mark = mark;
            this.pos = pos;
            this.partStart = pos + 1;
        }
    }

    /** Paragraph bounds: runs of text between line breaks, blank lines skipped. */
    static List<int[]> paragraphs(String s) {
        List<int[]> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isLineBreak(s.charAt(i))) {
                i++;
            }
            int a = i;
            while (i < n && !isLineBreak(s.charAt(i))) {
                i++;
            }
            int b = i;
            while (a < b && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                out.add(new int[] {a, b});
            }
        }
        return out;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f';
    }

    /** All quotations of {@code s}, sorted by start; nested ones follow their enclosing quotation. */
    static List<Raw> scan(String s) {
        List<int[]> paras = paragraphs(s);
        List<Raw> doubles = new ArrayList<>();
        List<Frame> stack = new ArrayList<>();
        int skipReopen = -1;
        for (int p = 0; p < paras.size(); p++) {
            int a = paras.get(p)[0];
            int b = paras.get(p)[1];
            for (int i = a; i < b; i++) {
                if (i == skipReopen) {
                    continue;
                }
                char c = s.charAt(i);
                switch (c) {
                    case '\u201C' -> { // “ opens, or closes „
                        if (!stack.isEmpty() && top(stack).mark == '\u201E') {
                            close(s, stack, doubles, i);
                        } else {
                            push(stack, c, i);
                        }
                    }
                    case '\u201D' -> { // ” closes; opens when used for both ends
                        if (!stack.isEmpty() && isDoubleMark(top(stack).mark)) {
                            close(s, stack, doubles, i);
                        } else if (opensHere(s, i, a, b)) {
                            push(stack, c, i);
                        }
                    }
                    case '\u201E', '\u300C', '\u300E' -> push(stack, c, i); // „ 「 『
                    case '\u300D', '\u300F' -> { // 」 』
                        if (!stack.isEmpty() && top(stack).mark == (c == '\u300D' ? '\u300C' : '\u300E')) {
                            close(s, stack, doubles, i);
                        }
                    }
                    case '"' -> straight(s, stack, doubles, i, a, b);
                    case '\u00AB' -> { // «
                        if (!stack.isEmpty() && top(stack).mark == '\u00BB') {
                            close(s, stack, doubles, i);
                        } else {
                            push(stack, c, i);
                        }
                    }
                    case '\u00BB' -> { // »
                        if (!stack.isEmpty() && top(stack).mark == '\u00AB') {
                            close(s, stack, doubles, i);
                        } else if (stack.isEmpty() || opensHere(s, i, a, b)) {
                            if (opensHere(s, i, a, b)) {
                                push(stack, c, i);
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            // paragraph end: inner unclosed frames are dropped; the outermost may continue or end here
            while (stack.size() > 1) {
                stack.removeLast();
            }
            skipReopen = -1;
            if (!stack.isEmpty()) {
                Frame f = stack.getFirst();
                int next = p + 1 < paras.size() ? paras.get(p + 1)[0] : -1;
                if (next >= 0 && continues(f.mark, s.charAt(next))) {
                    addPart(s, f, f.partStart, b);
                    f.partStart = next + 1;
                    skipReopen = next;
                } else {
                    stack.clear();
                    Raw r = finish(s, f, b, b);
                    if (r != null) {
                        r.closed = false;
                        doubles.add(r);
                    }
                }
            }
        }
        List<Raw> all = new ArrayList<>(doubles);
        // single marks: inside each double quotation's parts, and in the text outside all of them
        List<Raw> tops = new ArrayList<>();
        for (Raw r : doubles) {
            if (r.depth == 0) {
                tops.add(r);
            }
        }
        tops.sort(Comparator.comparingInt(r -> r.start));
        for (Raw r : doubles) {
            for (Quotation.Span part : r.parts) {
                singles(s, part.start(), part.end(), r.depth + 1, all);
            }
        }
        int ti = 0;
        for (int[] para : paras) {
            int pos = para[0];
            while (ti < tops.size() && tops.get(ti).end <= para[0]) {
                ti++;
            }
            int k = ti;
            while (k < tops.size() && tops.get(k).start < para[1]) {
                Raw t = tops.get(k);
                if (t.start > pos) {
                    singles(s, pos, t.start, 0, all);
                }
                pos = Math.max(pos, t.end);
                k++;
            }
            if (pos < para[1]) {
                singles(s, pos, para[1], 0, all);
            }
        }
        all.sort(Comparator.comparingInt((Raw r) -> r.start).thenComparingInt(r -> r.depth));
        return all;
    }

    private static Frame top(List<Frame> stack) {
        return stack.getLast();
    }

    private static boolean isDoubleMark(char m) {
        return m == '\u201C' || m == '\u201D' || m == '"' || m == '\u201E';
    }

    private static void push(List<Frame> stack, char c, int i) {
        if (stack.size() < MAX_DEPTH) {
            stack.add(new Frame(c, i));
        }
    }

    private static void close(String s, List<Frame> stack, List<Raw> out, int i) {
        Frame f = stack.removeLast();
        Raw r = finish(s, f, i, i + 1);
        if (r != null) {
            r.depth = stack.size();
            out.add(r);
        }
    }

    /** Builds the quotation of frame {@code f} whose last part ends before {@code contentLimit}. */
    private static Raw finish(String s, Frame f, int contentLimit, int end) {
        addPart(s, f, f.partStart, contentLimit);
        if (f.parts.isEmpty()) {
            return null;
        }
        Raw r = new Raw();
        r.start = f.pos;
        r.end = end;
        r.parts.addAll(f.parts);
        r.contentStart = f.parts.getFirst().start();
        r.contentEnd = f.parts.getLast().end();
        return r;
    }

    /** Adds [from,to) trimmed as a part when it holds a letter or digit. */
    private static void addPart(String s, Frame f, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        if (hasWordChar(s, a, b)) {
            f.parts.add(new Quotation.Span(a, b));
        }
    }

    static boolean hasWordChar(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Does the next paragraph, starting with {@code c}, reopen a quotation opened by {@code mark}? */
    private static boolean continues(char mark, char c) {
        return switch (c) {
            case '\u201C', '"', '\u201E' -> isDoubleMark(mark) || mark == '\u00AB';
            case '\u00AB' -> mark == '\u00AB' || isDoubleMark(mark);
            case '\u00BB' -> mark == '\u00BB';
            default -> false;
        };
    }

    /** A straight double quote: closes an open straight quote, otherwise opens unless it can only close. */
    private static void straight(String s, List<Frame> stack, List<Raw> out, int i, int a, int b) {
        boolean before = i > a && !Character.isWhitespace(s.charAt(i - 1)) && !isOpenPunct(s.charAt(i - 1));
        boolean after = i + 1 < b && !Character.isWhitespace(s.charAt(i + 1));
        if (!stack.isEmpty() && top(stack).mark == '"') {
            if (!before && after && stack.size() < MAX_DEPTH && nestedAhead(s, i, b)) {
                push(stack, '"', i); // "… once called a "gold standard," Clinton …"
                return;
            }
            close(s, stack, out, i);
        } else if (!stack.isEmpty() && isDoubleMark(top(stack).mark) && before) {
            close(s, stack, out, i); // mixed typography: “…"
        } else if (after || !before) {
            if (before && i > a && Character.isDigit(s.charAt(i - 1)) && !startsWord(s, i + 1, b)) {
                return; // inches: 12" pipe
            }
            push(stack, '"', i);
        }
    }

    /** Are the next two straight quotes (within a short window) both closers? Then this one nests. */
    private static boolean nestedAhead(String s, int i, int b) {
        int found = 0;
        int limit = Math.min(b, i + 400);
        for (int j = i + 1; j < limit; j++) {
            if (s.charAt(j) != '"') {
                continue;
            }
            boolean closer = !Character.isWhitespace(s.charAt(j - 1))
                    && (j + 1 >= b || !Character.isLetterOrDigit(s.charAt(j + 1)));
            if (!closer) {
                return false;
            }
            if (++found == 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWord(String s, int i, int b) {
        return i < b && Character.isLetter(s.charAt(i));
    }

    /** A mark at {@code i} that reads as an opener: after a space (or start), before a word. */
    private static boolean opensHere(String s, int i, int a, int b) {
        boolean spaceBefore = i == a || Character.isWhitespace(s.charAt(i - 1)) || isOpenPunct(s.charAt(i - 1));
        boolean wordAfter = i + 1 < b && !Character.isWhitespace(s.charAt(i + 1));
        return spaceBefore && wordAfter;
    }

    private static boolean isOpenPunct(char c) {
        return c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '-' || c == '/'
                || c == ':' || c == '\u201C' || c == '\u00AB' || c == '\u201E';
    }

    // ---------------------------------------------------------------- single marks

    /**
     * Single-mark quotations in [a,b): an opener after a space or opening punctuation and before a word; a
     * closer after a non-space and before a space, punctuation or the end. Letters on both sides make an
     * apostrophe (China's, doesn't); a closer like "workers' rights" is only used when nothing better comes.
     */
    private static void singles(String s, int a, int b, int depth, List<Raw> all) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        int open = -1;
        int weak = -1;
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (c != '\'' && c != '\u2018' && c != '\u2019' && c != '\u2039' && c != '\u203A') {
                continue;
            }
            if (c == '\u2039' || c == '\u203A') {
                continue; // single guillemets: rare, treated as plain characters
            }
            if ((c == '\'' || c == '\u2018') && singleOpener(s, i, a, b)) {
                if (open < 0) {
                    open = i;
                    weak = -1;
                } else if (weak >= 0) {
                    emitSingle(s, open, weak, depth, all);
                    open = i;
                    weak = -1;
                }
                continue;
            }
            if ((c == '\'' || c == '\u2019') && open >= 0 && singleCloser(s, i, a, b)) {
                if (weakCloser(s, i, b)) {
                    if (weak < 0) {
                        weak = i;
                    }
                } else {
                    emitSingle(s, open, i, depth, all);
                    open = -1;
                    weak = -1;
                }
            }
        }
        if (open >= 0 && weak >= 0) {
            emitSingle(s, open, weak, depth, all);
        }
    }

    private static void emitSingle(String s, int open, int close, int depth, List<Raw> all) {
        Frame f = new Frame('\'', open);
        Raw r = finish(s, f, close, close + 1);
        if (r != null) {
            r.depth = depth;
            all.add(r);
        }
    }

    private static boolean singleOpener(String s, int i, int a, int b) {
        if (i + 1 >= b) {
            return false;
        }
        char next = s.charAt(i + 1);
        if (Character.isWhitespace(next) || !(Character.isLetterOrDigit(next) || next == '"' || next == '\u201C'
                || next == '.' || next == '$')) {
            return false;
        }
        if (i > a) {
            char prev = s.charAt(i - 1);
            if (!Character.isWhitespace(prev) && !isOpenPunct(prev) && prev != '"') {
                return false;
            }
        }
        if (Character.isDigit(next)) { // '90s, ’20s
            int j = i + 1;
            while (j < b && Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j < b && s.charAt(j) == 's' && (j + 1 == b || !Character.isLetter(s.charAt(j + 1)))) {
                return false;
            }
        }
        // elisions: 'em, 'til, 'cause, 'n'
        int j = i + 1;
        while (j < b && Character.isLetter(s.charAt(j))) {
            j++;
        }
        String w = s.substring(i + 1, Math.min(j, i + 8)).toLowerCase(java.util.Locale.ROOT);
        return !(j - i - 1 <= 6 && (w.equals("em") || w.equals("til") || w.equals("cause") || w.equals("n")
                || w.equals("tis") || w.equals("twas")));
    }

    private static boolean singleCloser(String s, int i, int a, int b) {
        if (i == a || Character.isWhitespace(s.charAt(i - 1))) {
            return false;
        }
        return i + 1 >= b || !Character.isLetterOrDigit(s.charAt(i + 1));
    }

    /** "workers' rights": a plural possessive rather than a closing mark. */
    private static boolean weakCloser(String s, int i, int b) {
        char prev = s.charAt(i - 1);
        if (prev != 's' && prev != 'S' && prev != 'z') {
            return false;
        }
        return i + 2 < b && s.charAt(i + 1) == ' ' && Character.isLetterOrDigit(s.charAt(i + 2));
    }
}
