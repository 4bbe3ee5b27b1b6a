package dev.parallax.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every numeric option's range, checked when picocli converts the argument, so a value out of range is a
 * usage error (one line, exit 2) before anything runs.
 */
final class Ranges {
    private Ranges() {
    }

    /** --limit: how many hits to show. */
    static final class Hits implements ITypeConverter<Integer> {
        static final int MAX = 10_000;

        @Override
        public Integer convert(String value) {
            return (int) whole(value, 1, MAX, "a number of hits");
        }
    }

    /** --max-size: the largest file to read, in MB (up to 1 TB, so the limit in bytes never overflows). */
    static final class Megabytes implements ITypeConverter<Long> {
        static final long MAX = 1024 * 1024;

        @Override
        public Long convert(String value) {
            return whole(value, 1, MAX, "a size in MB");
        }
    }

    /** --index-wait: seconds to wait for another process's index, up to an hour. */
    static final class Seconds implements ITypeConverter<Double> {
        static final double MAX = 3600;

        @Override
        public Double convert(String value) {
            double d;
            try {
                d = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number of seconds (e.g. 3 or 0.5)");
            }
            if (!(d >= 0 && d <= MAX)) { // also false for NaN
                throw new TypeConversionException("'" + value + "' is out of range: give 0 to "
                        + String.format(Locale.ROOT, "%.0f", MAX) + " seconds");
            }
            return d;
        }
    }

    private static long whole(String value, long min, long max, String what) {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            if (value.strip().matches("[-+]?\\d+")) {
                throw new TypeConversionException("'" + value + "' is out of range: give " + min + " to " + max);
            }
            throw new TypeConversionException("'" + value + "' is not " + what + " (a whole number from " + min
                    + " to " + max + ")");
        }
        if (n < min || n > max) {
            throw new TypeConversionException("'" + value + "' is out of range: give " + min + " to " + max);
        }
        return n;
    }
}
