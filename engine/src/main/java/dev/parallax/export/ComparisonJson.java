package dev.parallax.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.DiffOp;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.compare.Stats;
import dev.parallax.compare.UniquePassage;
import dev.parallax.text.Span;
import dev.parallax.text.numbers.NumberMention;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import dev.parallax.article.ArticleIds;

/**
 * A comparison as the JSON contract writes it (shared/contract/comparison-json.md, schema 1). Every field
 * the contract requires is here under its contract name; {@code moved} on matches and
 * {@code value}/{@code unit}/{@code counts}/{@code approximate} on number spans are additions the contract
 * allows. Every span carries its text, cut from the article it indexes, so a reader of the file never has
 * to count offsets.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"schema", "tool", "version", "articles", "matches", "unique", "quotes", "numbers", "stats"})
public record ComparisonJson(int schema, String tool, String version, List<ArticleJson> articles,
                             List<MatchJson> matches, List<UniqueJson> unique, List<QuoteJson> quotes,
                             List<NumberJson> numbers, StatsJson stats) {
    /** The contract's schema number; bump it when a required field changes. */
    public static final int SCHEMA = 1;

    @JsonPropertyOrder({"start", "end", "text"})
    public record SpanJson(int start, int end, String text) {
    }

    /**
     * One matched passage. {@code wordsShared} and {@code confidence} are additions to the contract: the share
     * of both passages' words a minimal word diff keeps, and the paraphrase model's probability (absent
     * when no model judged the pair).
     */
    @JsonPropertyOrder({"kind", "score", "a", "b", "diff", "moved", "wordsShared", "confidence"})
    public record MatchJson(MatchKind kind, double score, SpanJson a, SpanJson b, List<DiffOp> diff,
                            boolean moved, double wordsShared,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence) {
    }

    @JsonPropertyOrder({"article", "start", "end", "text"})
    public record UniqueJson(String article, int start, int end, String text) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"speaker", "a", "b", "variant"})
    public record QuoteJson(String speaker, SpanJson a, SpanJson b, boolean variant) {
    }

    /** A number's span plus what it says; {@code value} is null when not finite (JSON has no NaN). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"start", "end", "text", "value", "unit", "counts", "approximate"})
    public record NumberSpanJson(int start, int end, String text, Double value, String unit, String counts,
                                 boolean approximate) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"a", "b", "agree"})
    public record NumberJson(NumberSpanJson a, NumberSpanJson b, Boolean agree) {
    }

    @JsonPropertyOrder({"sharedA", "sharedB"})
    public record StatsJson(double sharedA, double sharedB) {
    }

    /**
     * The document for a comparison.
     *
     * @throws IllegalArgumentException when the comparison breaks the contract (fewer than two articles, a
     *                                  span outside its article, a score or share outside 0..1): better no
     *                                  file than a file other tools would misread
     */
    public static ComparisonJson of(Comparison c) {
        if (c.articles().size() < 2) {
            throw new IllegalArgumentException("a comparison needs two articles, got " + c.articles().size());
        }
        String textA = c.a().text();
        String textB = c.b().text();
        List<ArticleJson> articles = new ArrayList<>();
        for (int i = 0; i < c.articles().size(); i++) {
            articles.add(ArticleJson.of(i, c.articles().get(i).article()));
        }
        List<MatchJson> matches = new ArrayList<>();
        for (int i = 0; i < c.matches().size(); i++) {
            Match m = c.matches().get(i);
            String where = "match " + (i + 1);
            matches.add(new MatchJson(m.kind(), fraction(m.score(), where + " score"),
                    span(m.a(), textA, where + " a"), span(m.b(), textB, where + " b"), m.diff(), m.moved(),
                    fraction(m.wordsShared(), where + " wordsShared"), optionalFraction(m.confidence(), where + " confidence")));
        }
        List<UniqueJson> unique = new ArrayList<>();
        for (UniquePassage u : c.unique()) {
            if (u.article() < 0 || u.article() >= c.articles().size()) {
                throw new IllegalArgumentException("unique passage names article " + u.article()
                        + " of " + c.articles().size());
            }
            SpanJson s = span(u.span(), c.articles().get(u.article()).text(),
                    "unique passage of " + ArticleIds.of(u.article()));
            unique.add(new UniqueJson(ArticleIds.of(u.article()), s.start(), s.end(), s.text()));
        }
        List<QuoteJson> quotes = new ArrayList<>();
        for (QuoteMatch q : c.quotes()) {
            quotes.add(new QuoteJson(q.speaker(), optionalSpan(q.a(), textA, "quote a"),
                    optionalSpan(q.b(), textB, "quote b"), q.variant()));
        }
        List<NumberJson> numbers = new ArrayList<>();
        for (NumberMatch n : c.numbers()) {
            numbers.add(new NumberJson(number(n.a(), textA, "number a"), number(n.b(), textB, "number b"),
                    n.agree()));
        }
        Stats st = c.stats();
        StatsJson stats = new StatsJson(fraction(st.sharedA(), "stats sharedA"),
                fraction(st.sharedB(), "stats sharedB"));
        return new ComparisonJson(SCHEMA, Exports.TOOL, Exports.VERSION, articles, matches, unique, quotes,
                numbers, stats);
    }

    /** The document as indented UTF-8 JSON text. */
    public static String render(Comparison c) {
        try {
            return Json.MAPPER.writeValueAsString(of(c));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write the comparison as JSON", e);
        }
    }

    static SpanJson span(Span s, String text, String where) {
        check(s, text, where);
        return new SpanJson(s.start(), s.end(), s.of(text));
    }

    private static SpanJson optionalSpan(Span s, String text, String where) {
        return s == null ? null : span(s, text, where);
    }

    private static NumberSpanJson number(NumberMention n, String text, String where) {
        if (n == null) {
            return null;
        }
        Span s = n.span();
        check(s, text, where);
        Double value = Double.isFinite(n.value()) ? n.value() : null;
        return new NumberSpanJson(s.start(), s.end(), s.of(text), value, n.unit(), n.counts(), n.approximate());
    }

    private static void check(Span s, String text, String where) {
        if (s == null) {
            throw new IllegalArgumentException(where + ": span is missing");
        }
        if (s.end() > text.length()) {
            throw new IllegalArgumentException(where + ": span " + s.start() + ".." + s.end()
                    + " runs past the end of its article (" + text.length() + " chars)");
        }
    }

    /** A value the contract bounds to 0..1; rounding noise is clamped, anything else refused. */
    /** A share that may be unknown (NaN): null then, so the field is left out. */
    static Double optionalFraction(double v, String where) {
        return Double.isNaN(v) ? null : fraction(v, where);
    }

    static double fraction(double v, String where) {
        if (Double.isNaN(v) || v < -1e-9 || v > 1 + 1e-9) {
            throw new IllegalArgumentException(where + " must lie in 0..1, got " + v);
        }
        return Math.clamp(v, 0.0, 1.0);
    }
}
