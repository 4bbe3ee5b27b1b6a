package dev.parallax.export;
import dev.parallax.compare.Comparison;
public final class ComparisonHtml { private ComparisonHtml(){} public static String render(Comparison c){ throw new UnsupportedOperationException(); } }
