package dev.parallax.text.numbers;

/**
 * A mention under construction: token range [first, end), then what it counts from {@code end} on;
 * reading goes on at token {@code resume}.
 */
record Found(int first, int end, double value, double high, String unit, String counts,
             boolean approximate, String date, int resume) {
    /** Dates, years, times and decades take no hedge: "about 2020" is not read as approximately 2020. */
    boolean hedgeable() {
        return !"date".equals(unit) && !"year".equals(unit) && !"time".equals(unit)
                && !"decade".equals(unit);
    }
}
