package dev.parallax.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.Group;
import dev.parallax.compare.event.Member;
import dev.parallax.compare.event.NumberGroup;
import dev.parallax.compare.event.QuoteGroup;
import dev.parallax.text.Span;
import dev.parallax.text.numbers.NumberMention;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.parallax.article.ArticleIds;

/**
 * An event of several articles as the JSON contract writes it (shared/contract/event-json.md, schema 2).
 * Articles are written as in schema 1; every member carries its article id, offsets and the text it cuts
 * from that article. Number members add what the number says ({@code value}, {@code unit},
 * {@code counts}, {@code approximate}), as schema 1 does.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"schema", "tool", "version", "articles", "groups", "unique", "quotes", "numbers", "coverage"})
public record EventJson(int schema, String tool, String version, List<ArticleJson> articles, List<GroupJson> groups,
                        List<MemberJson> unique, List<QuoteJson> quotes, List<NumberJson> numbers,
                        Map<String, Map<String, Double>> coverage) {
    /** The contract's schema number for events. */
    public static final int SCHEMA = 2;

    @JsonPropertyOrder({"article", "start", "end", "text"})
    public record MemberJson(String article, int start, int end, String text) {
    }

    /**
     * One passage told by several reports. Additions to the contract: {@code wordsShared} (the lowest among
     * the directly aligned members), {@code allLinked} (every two members aligned directly) and {@code links},
     * the pairs of members that were.
     */
    @JsonPropertyOrder({"members", "kind", "score", "wordsShared", "allLinked", "links"})
    public record GroupJson(List<MemberJson> members, MatchKind kind, double score, double wordsShared,
                            boolean allLinked, List<LinkJson> links) {
    }

    /** Two members aligned directly: their articles' ids, kind, words shared and the model's confidence (if any). */
    @JsonPropertyOrder({"a", "b", "kind", "wordsShared", "confidence"})
    public record LinkJson(String a, String b, MatchKind kind, double wordsShared,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"speaker", "members", "variant"})
    public record QuoteJson(String speaker, List<MemberJson> members, boolean variant) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"article", "start", "end", "text", "value", "unit", "counts", "approximate"})
    public record FigureJson(String article, int start, int end, String text, Double value, String unit,
                             String counts, boolean approximate) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"members", "agree"})
    public record NumberJson(List<FigureJson> members, Boolean agree) {
    }

    /**
     * The document for an event.
     *
     * @throws IllegalArgumentException when the event breaks the contract (a span outside its article, a
     *                                  score or share outside 0..1): better no file than a wrong one
     */
    public static EventJson of(Event e) {
        List<ArticleJson> articles = new ArrayList<>();
        for (int i = 0; i < e.articles().size(); i++) {
            articles.add(ArticleJson.of(i, e.articles().get(i).article()));
        }
        List<GroupJson> groups = new ArrayList<>();
        for (int i = 0; i < e.groups().size(); i++) {
            Group g = e.groups().get(i);
            String where = "group " + (i + 1);
            List<LinkJson> links = new ArrayList<>();
            for (Group.Link l : g.links()) {
                links.add(new LinkJson(ArticleIds.of(l.x()), ArticleIds.of(l.y()), l.kind(),
                        fraction(l.wordsShared(), where + " link wordsShared"),
                        Double.isNaN(l.confidence()) ? null : fraction(l.confidence(), where + " link confidence")));
            }
            groups.add(new GroupJson(members(e, g.members(), where), g.kind(), fraction(g.score(), where + " score"),
                    fraction(g.wordsShared(), where + " wordsShared"), g.allLinked(), links));
        }
        List<MemberJson> unique = members(e, e.unique(), "unique passage");
        List<QuoteJson> quotes = new ArrayList<>();
        for (QuoteGroup q : e.quotes()) {
            quotes.add(new QuoteJson(q.speaker(), members(e, q.members(), "quote"), q.variant()));
        }
        List<NumberJson> numbers = new ArrayList<>();
        for (NumberGroup n : e.numbers()) {
            List<FigureJson> figures = new ArrayList<>();
            for (NumberGroup.Figure f : n.members()) {
                NumberMention m = f.mention();
                MemberJson span = member(e, new Member(f.article(), m.span()), "number");
                figures.add(new FigureJson(span.article(), span.start(), span.end(), span.text(),
                        Double.isFinite(m.value()) ? m.value() : null, m.unit(), m.counts(), m.approximate()));
            }
            numbers.add(new NumberJson(figures, n.agree()));
        }
        Map<String, Map<String, Double>> coverage = new LinkedHashMap<>();
        for (int x = 0; x < e.articles().size(); x++) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int y = 0; y < e.articles().size(); y++) {
                if (y != x) {
                    row.put(ArticleIds.of(y), fraction(e.coverage().of(x, y),
                            "coverage " + ArticleIds.of(x) + " by " + ArticleIds.of(y)));
                }
            }
            coverage.put(ArticleIds.of(x), row);
        }
        return new EventJson(SCHEMA, Exports.TOOL, Exports.VERSION, articles, groups, unique, quotes, numbers,
                coverage);
    }

    /** The document as indented UTF-8 JSON text. */
    public static String render(Event e) {
        try {
            return Json.MAPPER.writeValueAsString(of(e));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException("could not write the event as JSON", ex);
        }
    }

    private static List<MemberJson> members(Event e, List<Member> members, String where) {
        List<MemberJson> out = new ArrayList<>();
        for (Member m : members) {
            out.add(member(e, m, where));
        }
        return out;
    }

    private static MemberJson member(Event e, Member m, String where) {
        if (m.article() < 0 || m.article() >= e.articles().size()) {
            throw new IllegalArgumentException(where + " names article " + m.article() + " of "
                    + e.articles().size());
        }
        String text = e.articles().get(m.article()).text();
        Span s = m.span();
        if (s.end() > text.length()) {
            throw new IllegalArgumentException(where + ": span " + s.start() + ".." + s.end()
                    + " runs past the end of its article (" + text.length() + " chars)");
        }
        return new MemberJson(ArticleIds.of(m.article()), s.start(), s.end(), s.of(text));
    }

    private static double fraction(double v, String where) {
        if (Double.isNaN(v) || v < -1e-9 || v > 1 + 1e-9) {
            throw new IllegalArgumentException(where + " must lie in 0..1, got " + v);
        }
        return Math.clamp(v, 0.0, 1.0);
    }
}
