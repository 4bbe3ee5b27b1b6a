package dev.parallax.compare;

import dev.parallax.text.Languages;
import dev.parallax.text.Span;
import dev.parallax.text.TextFolding;
import dev.parallax.text.numbers.NumberFinder;
import dev.parallax.text.numbers.NumberMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs the quantities two articles state: "70 percent of machine tools" in one with "about 70% of machine
 * tools" in the other.
 *
 * <p>Two mentions can be paired only when their units are the same (both "percent", both "usd", both
 * without a unit, ...). A pair then needs evidence of <em>what</em> is stated and evidence that it is the
 * <em>same statement</em>:
 * <ul>
 *   <li>what: their {@code counts} share a word (folded, stop words dropped, plurals reduced), or they have a
 *   unit and their {@code counts} do not contradict each other (both present but no shared word);</li>
 *   <li>same statement: the comparison engine aligned the passages ({@code sameContext}), or the values
 *   agree: equal, or within rounding when the counted words are shared (35.7 % of one thing and 36 % of
 *   another, in passages that tell different things, stay apart).</li>
 * </ul>
 * A disagreement needs a shared counted word or values within half of each other: "45.8 percent" against
 * "over 10 percent" in one aligned sentence are two quantities.
 * Values that agree in aligned passages are paired even without the "what" evidence. So two different
 * numbers of the same thing in unrelated passages ("two countries" here, "17 countries" there) stay apart,
 * while a disagreement in aligned passages ("70%" against "72%" of machine tools) is paired and shown as a
 * disagreement. Among the candidates a greedy one-to-one assignment takes the best score first: shared
 * counted words weigh most, then aligned context, then agreeing values.
 *
 * <p>{@code agree} compares values within rounding, ignoring hedges: the less precise figure as written
 * decides (35.7 and 36 percent agree, "$2.5 billion" and "$2.51 billion" agree, 70 and 72 do not, "$43
 * million" and "$43,885,310" do not). 70 and "about 70" agree; the hedge stays visible through
 * {@link NumberMention#approximate()}. Years pair only when equal: nearby sentences name many years. A range agrees with an equal range or with a value inside it.
 * Dates agree when every part both give (year, month, day) is equal, so "November 5" agrees with "Nov. 5,
 * 2024".
 *
 * <p>Order of the result: A's reading order for every entry that has an A side, paired or not, then the
 * B-only entries in B's reading order. Every mention is listed, bare years and dates included: a
 * fact-checker wants to see that A names a date B does not.
 */
public final class NumberAligner {
    /** Above this many possible pairs, only pairs sharing a unit and a counted word or a value are scored. */
    private static final long FULL_SCAN_LIMIT = 1_000_000L;
    /** How many mentions either side of the expected position a crowded key offers in a large comparison. */
    private static final int CROWDED_WINDOW = 25;
    /** The largest relative difference paired as a disagreement when the counted words give no evidence. */
    private static final double MAX_UNNAMED_DISAGREEMENT = 0.5;
    private static final Set<String> YEAR_LIKE = Set.of("year", "decade");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern DATE = Pattern.compile("(\\d{4}|-)-(\\d{2})(?:-(\\d{2}))?");
    private static final Map<String, String> IRREGULAR = Map.of(
            "people", "person", "men", "man", "women", "woman", "children", "child", "feet", "foot",
            "mice", "mouse", "geese", "goose", "teeth", "tooth");

    /** Finds the numbers of both texts and aligns them. */
    public List<NumberMatch> align(String textA, String textB, BiPredicate<Span, Span> sameContext) {
        NumberFinder finder = new NumberFinder();
        return align(textA, finder.find(textA), textB, finder.find(textB), sameContext);
    }

    /**
     * Pairs the mentions of A with those of B.
     *
     * @param sameContext true when the two spans lie in passages the comparison engine aligned; null means
     *                    never
     */
    public List<NumberMatch> align(String textA, List<NumberMention> a, String textB, List<NumberMention> b,
                                   BiPredicate<Span, Span> sameContext) {
        List<NumberMention> as = readingOrder(a);
        List<NumberMention> bs = readingOrder(b);
        BiPredicate<Span, Span> context = sameContext == null ? (x, y) -> false : sameContext;
        List<Set<String>> stemsA = as.stream().map(m -> stems(m.counts())).toList();
        List<Set<String>> stemsB = bs.stream().map(m -> stems(m.counts())).toList();

        double[] precisionA = as.stream().mapToDouble(m -> NumberFinder.precision(textA, m)).toArray();
        double[] precisionB = bs.stream().mapToDouble(m -> NumberFinder.precision(textB, m)).toArray();
        List<Candidate> candidates = new ArrayList<>();
        for (int[] pair : candidatePairs(as, bs, stemsA, stemsB)) {
            int i = pair[0];
            int j = pair[1];
            boolean agree = agree(as.get(i), precisionA[i], bs.get(j), precisionB[j]);
            boolean exact = agree && (sameValue(as.get(i), bs.get(j))
                    || roundedFromExactFigure(as.get(i), precisionA[i], bs.get(j), precisionB[j]));
            Candidate c = score(i, j, as.get(i), bs.get(j), stemsA.get(i), stemsB.get(j), agree, exact, context);
            if (c != null) {
                candidates.add(c);
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::i).thenComparingInt(Candidate::j));
        int[] partnerOfA = new int[as.size()];
        boolean[] takenB = new boolean[bs.size()];
        java.util.Arrays.fill(partnerOfA, -1);
        Map<Long, Boolean> agreement = new HashMap<>();
        for (Candidate c : candidates) {
            if (partnerOfA[c.i] < 0 && !takenB[c.j]) {
                partnerOfA[c.i] = c.j;
                takenB[c.j] = true;
                agreement.put(((long) c.i << 32) | c.j, c.agree);
            }
        }
        List<NumberMatch> out = new ArrayList<>(as.size() + bs.size());
        for (int i = 0; i < as.size(); i++) {
            int j = partnerOfA[i];
            if (j < 0) {
                out.add(new NumberMatch(as.get(i), null, null));
            } else {
                out.add(new NumberMatch(as.get(i), bs.get(j), agreement.get(((long) i << 32) | j)));
            }
        }
        for (int j = 0; j < bs.size(); j++) {
            if (!takenB[j]) {
                out.add(new NumberMatch(null, bs.get(j), null));
            }
        }
        return out;
    }

    private record Candidate(int i, int j, double score, boolean agree) {
    }

    private static List<NumberMention> readingOrder(List<NumberMention> mentions) {
        if (mentions == null) {
            return List.of();
        }
        List<NumberMention> out = new ArrayList<>();
        for (NumberMention m : mentions) {
            if (m != null && m.span() != null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt((NumberMention m) -> m.span().start()));
        return out;
    }

    /**
     * Every pair when there are few; otherwise only pairs with the same unit and a counted word or a rounded
     * value in common, and among many such only those near the same relative position in both texts.
     */
    private static List<int[]> candidatePairs(List<NumberMention> as, List<NumberMention> bs,
                                              List<Set<String>> stemsA, List<Set<String>> stemsB) {
        List<int[]> out = new ArrayList<>();
        if ((long) as.size() * bs.size() <= FULL_SCAN_LIMIT) {
            for (int i = 0; i < as.size(); i++) {
                for (int j = 0; j < bs.size(); j++) {
                    out.add(new int[] {i, j});
                }
            }
            return out;
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (int j = 0; j < bs.size(); j++) {
            NumberMention m = bs.get(j);
            for (String key : keys(m, stemsB.get(j))) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
            }
        }
        for (int i = 0; i < as.size(); i++) {
            Set<Integer> seen = new LinkedHashSet<>();
            int expected = (int) ((long) i * bs.size() / Math.max(1, as.size()));
            for (String key : keys(as.get(i), stemsA.get(i))) {
                List<Integer> js = index.get(key);
                if (js == null) {
                    continue;
                }
                // a crowded key: only the B mentions near the same relative position
                int at = java.util.Collections.binarySearch(js, expected);
                int pos = at >= 0 ? at : -at - 1;
                for (int k = Math.max(0, pos - CROWDED_WINDOW); k < Math.min(js.size(), pos + CROWDED_WINDOW); k++) {
                    seen.add(js.get(k));
                }
            }
            for (int j : seen) {
                out.add(new int[] {i, j});
            }
        }
        return out;
    }

    private static List<String> keys(NumberMention m, Set<String> stems) {
        List<String> keys = new ArrayList<>();
        String unit = String.valueOf(m.unit());
        keys.add(unit + "\u0000v" + Math.round(m.value()));
        for (String s : stems) {
            keys.add(unit + "\u0000w" + s);
        }
        return keys;
    }

    private static Candidate score(int i, int j, NumberMention x, NumberMention y, Set<String> sx, Set<String> sy,
                                   boolean agree, boolean exact, BiPredicate<Span, Span> context) {
        if (!Objects.equals(x.unit(), y.unit())) {
            return null;
        }
        double overlap = Overlap.coefficient(sx, sy);
        boolean conflict = !sx.isEmpty() && !sy.isEmpty() && overlap == 0;
        if (!agree && isYearLike(x.unit())) {
            return null; // neighbouring sentences name many different years; only the same year pairs
        }
        boolean what = overlap > 0 || x.unit() != null && !conflict;
        if (!what && !agree) {
            return null; // nothing says it is the same quantity; spare the context test
        }
        boolean ctx;
        try {
            ctx = context.test(x.span(), y.span());
        } catch (RuntimeException e) {
            ctx = false;
        }
        boolean sameWords = overlap > 0;
        // Agreement within rounding alone is weak: one report's 35.7 % and another's 36 % are often two
        // people's figures. Without shared words or aligned passages it must be exact (see the caller).
        boolean valueEvidence = agree && (sameWords || ctx || exact);
        // A disagreement with nothing but the unit in common must at least be of the same size: 45.8 % of
        // taxes against "over 10 %" of income in one aligned sentence are two quantities, not a misreport.
        boolean plausible = agree || sameWords || relativeDifference(x.value(), y.value()) <= MAX_UNNAMED_DISAGREEMENT;
        boolean eligible = plausible && (what && (ctx || valueEvidence) || ctx && agree);
        if (!eligible) {
            return null;
        }
        double score = 3 * overlap + (ctx ? 2 : 0) + (agree ? 1.5 : 0) + (x.unit() != null ? 0.5 : 0)
                - 0.5 * Math.min(1, relativeDifference(x.value(), y.value()));
        return new Candidate(i, j, score, agree);
    }
    /**
     * One report gives a figure to four or more significant digits and the other rounds it ("$14,959,450"
     * and "$15 million"): the pattern of a figure read from a document, unlikely by coincidence.
     */
    private static boolean roundedFromExactFigure(NumberMention x, double stepX, NumberMention y, double stepY) {
        double finer = Math.min(stepX, stepY);
        double size = Math.max(Math.abs(x.value()), Math.abs(y.value()));
        return finer > 0 && size / finer >= 1000;
    }

    /** Equal as given (a date or year already agrees only when equal), not merely within rounding. */
    private static boolean sameValue(NumberMention x, NumberMention y) {
        return "date".equals(x.unit()) || isYearLike(x.unit()) || x.value() == y.value() && x.high() == y.high();
    }

    private static double relativeDifference(double x, double y) {
        double max = Math.max(Math.abs(x), Math.abs(y));
        return max == 0 ? 0 : Math.abs(x - y) / max;
    }

    /**
     * Whether two mentions give the same value, within rounding and ignoring hedges. Dates compare the parts
     * both give; ranges agree with an equal range or a value inside them.
     */
    public static boolean agree(NumberMention x, NumberMention y) {
        return agree(x, Double.NaN, y, Double.NaN);
    }

    /**
     * As {@link #agree(NumberMention, NumberMention)}, with the rounding step of each number as written
     * ({@link NumberFinder#precision}): the less precise figure decides, so 35.7 and 36 percent agree while
     * 70 and 72 do not. NaN steps fall back on the fixed tolerance.
     */
    public static boolean agree(NumberMention x, double stepX, NumberMention y, double stepY) {
        if (x == null || y == null) {
            return false;
        }
        if ("date".equals(x.unit()) && "date".equals(y.unit()) && x.date() != null && y.date() != null) {
            return datesAgree(x.date(), y.date());
        }
        if (x.isRange() || y.isRange()) {
            double step = isYearLike(x.unit()) || "time".equals(x.unit()) ? 1 : step(stepX, stepY);
            if (x.isRange() && y.isRange()) {
                return close(x.value(), y.value(), step) && close(x.high(), y.high(), step);
            }
            NumberMention range = x.isRange() ? x : y;
            NumberMention point = x.isRange() ? y : x;
            return point.value() >= range.value() && point.value() <= range.high()
                    || close(point.value(), range.value(), step) || close(point.value(), range.high(), step);
        }
        if (isYearLike(x.unit()) || "time".equals(x.unit())) {
            return x.value() == y.value(); // 2012 and 2013 are different years, however close
        }
        return close(x.value(), y.value(), step(stepX, stepY));
    }

    private static boolean isYearLike(String unit) {
        return unit != null && YEAR_LIKE.contains(unit);
    }

    private static double step(double x, double y) {
        if (Double.isNaN(x)) {
            return y;
        }
        return Double.isNaN(y) ? x : Math.max(x, y);
    }

    /** Within half the coarser rounding step; without a step, {@link #close(double, double)}. */
    static boolean close(double x, double y, double step) {
        if (Double.isNaN(step) || step <= 0) {
            return close(x, y);
        }
        return Math.abs(x - y) <= step / 2 * (1 + 1e-9);
    }

    /** Equal within rounding: whole numbers under 1000 exactly, anything else within 0.5%. */
    static boolean close(double x, double y) {
        if (x == y) {
            return true;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return false;
        }
        double max = Math.max(Math.abs(x), Math.abs(y));
        if (x == Math.rint(x) && y == Math.rint(y) && max < 1000) {
            return false;
        }
        return Math.abs(x - y) <= 0.005 * max;
    }

    private static boolean datesAgree(String x, String y) {
        Matcher mx = DATE.matcher(x);
        Matcher my = DATE.matcher(y);
        if (!mx.matches() || !my.matches()) {
            return x.equals(y);
        }
        for (int g = 1; g <= 3; g++) {
            String px = mx.group(g);
            String py = my.group(g);
            if (px != null && py != null && !px.equals("-") && !py.equals("-") && !px.equals(py)) {
                return false;
            }
        }
        // "2023-11" and "--11-05" share only the month: not enough to call them the same date
        boolean sameShape = (mx.group(3) == null) == (my.group(3) == null);
        return sameShape || !mx.group(1).equals("-") && !my.group(1).equals("-");
    }

    /** Content words of a counted phrase, folded, plurals reduced: "Machine Tools" → {machine, tool}. */
    static Set<String> stems(String counts) {
        if (counts == null || counts.isBlank()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(TextFolding.fold(counts));
        while (m.find()) {
            String w = m.group();
            if (Languages.stopWords("en").contains(w)) {
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }

    static String stem(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes")
                || w.endsWith("zes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
