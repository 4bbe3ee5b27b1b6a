package dev.parallax.export;
import dev.parallax.compare.Comparison;
public final class ComparisonMarkdown { private ComparisonMarkdown(){} public static String render(Comparison c){ throw new UnsupportedOperationException(); } }
