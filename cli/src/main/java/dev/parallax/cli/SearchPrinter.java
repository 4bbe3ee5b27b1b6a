package dev.parallax.cli;

import dev.parallax.index.IndexedArticle;
import dev.parallax.index.SearchHit;
import dev.parallax.index.SearchResults;
import dev.parallax.article.Article;
import dev.parallax.text.Printable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Prints search hits for people: grouped by article, matched words marked (bold on a terminal, [[…]] otherwise). */
final class SearchPrinter {
    private final PrintWriter out;
    private final String open;
    private final String close;

    SearchPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.open = terminal ? "\u001b[1;4m" : "[[";
        this.close = terminal ? "\u001b[0m" : "]]";
    }

    void print(String query, SearchResults results, Map<String, IndexedArticle> byKey) {
        List<SearchHit> hits = results.hits();
        if (hits.isEmpty()) {
            out.printf("No hits for \u201c%s\u201d in %d %s.%s%n", Printable.of(query), byKey.size(),
                    byKey.size() == 1 ? "article" : "articles", results.didYouMean()
                            .map(s -> " Did you mean \u201c" + Printable.of(s) + "\u201d?").orElse(""));
            return;
        }
        results.didYouMean().ifPresent(s -> out.println("Did you mean \u201c" + Printable.of(s) + "\u201d?"));
        long articles = hits.stream().map(SearchHit::key).distinct().count();
        out.printf("%d %s for %s in %d of %d %s%n", hits.size(), hits.size() == 1 ? "hit" : "hits", Printable.of(query), articles,
                byKey.size(), byKey.size() == 1 ? "article" : "articles");
        String current = null;
        for (SearchHit h : hits) {
            Article a = byKey.get(h.key()).analyzed().article();
            if (!h.key().equals(current)) {
                current = h.key();
                out.println();
                out.println(Printable.of(a.path()) + (a.title() == null ? "" : "  \u2014  " + Printable.of(a.title())));
            }
            String where = switch (h.kind()) {
                case "title" -> "title";
                case "quote" -> "quote " + (h.ordinal() + 1);
                default -> "sentence " + (h.ordinal() + 1);
            };
            out.printf("  %s, chars %d\u2013%d%s%n", where, h.start(), h.end(),
                    h.speaker() == null ? "" : ", speaker: " + Printable.of(h.speaker()));
            out.println("    " + marked(h));
        }
    }

    private String marked(SearchHit h) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (SearchHit.Span s : h.highlights()) {
            int from = s.start() - h.start();
            int to = s.end() - h.start();
            if (from < at || to > h.text().length()) {
                continue;
            }
            sb.append(Printable.of(h.text().substring(at, from))).append(open)
                    .append(Printable.of(h.text().substring(from, to))).append(close);
            at = to;
        }
        return sb.append(Printable.of(h.text().substring(at))).toString();
    }
}
