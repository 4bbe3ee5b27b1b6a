package dev.parallax.export;

import dev.parallax.present.ArticleLabels;
import dev.parallax.present.KindLabels;
import dev.parallax.present.MatchFigures;
import dev.parallax.present.EventCells;
import dev.parallax.present.EventFigures;
import dev.parallax.present.Paragraphs;
import static dev.parallax.export.HtmlParts.flag;
import static dev.parallax.export.HtmlParts.language;
import static dev.parallax.export.HtmlParts.source;

import dev.parallax.compare.MatchKind;
import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.Group;
import dev.parallax.compare.event.Member;
import dev.parallax.compare.event.NumberGroup;
import dev.parallax.compare.event.QuoteGroup;
import dev.parallax.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import dev.parallax.article.ArticleIds;

/**
 * An event (three or more reports) as one self-contained HTML page: a card per report, the coverage
 * matrix, then tables with one row per shared passage, quotation and number and one column per report
 * (each cell the report's wording with a mark for how close it is to the row's first report, or empty),
 * and the passages only one report tells.
 *
 * <p>Built as a Jsoup DOM like {@link ComparisonHtml}: article text only ever enters as text nodes, the
 * only attributes are ids, classes and styles made here from numbers, and the same content security
 * policy forbids scripts and network loads.
 */
public final class EventHtml {
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'";
    private static final String CSS = resource("comparison.css") + resource("event.css");

    private EventHtml() {
    }

    public static String render(Event e) {
        return new Builder(e).build().outerHtml();
    }

    private static String resource(String name) {
        try (InputStream in = EventHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static final class Builder {
        private final Event e;
        private final int n;
        private final List<Paragraphs> paragraphs = new ArrayList<>();
        private final EventFigures overview;

        Builder(Event e) {
            this.e = e;
            this.n = e.articles().size();
            for (int i = 0; i < n; i++) {
                paragraphs.add(Paragraphs.of(article(i)));
            }
            this.overview = EventFigures.of(e);
        }

        private Article article(int i) {
            return e.articles().get(i).article();
        }

        Document build() {
            Document doc = Document.createShell("");
            doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
            doc.prependChild(new DocumentType("html", "", ""));
            doc.selectFirst("html").attr("lang", "en");
            Element head = doc.head();
            head.appendElement("meta").attr("charset", "utf-8");
            head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
            head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
            head.appendElement("meta").attr("name", "generator").attr("content", Exports.TOOL + " " + Exports.VERSION);
            head.appendElement("title").text("Parallax: " + n + " reports · " + ArticleLabels.title(article(0)));
            head.appendElement("style").appendChild(new DataNode(CSS));

            Element page = doc.body().appendElement("div").addClass("page");
            masthead(page);
            summary(page);
            Element tables = page.appendElement("div").addClass("tables");
            groupsTable(tables);
            quotesTable(tables);
            numbersTable(tables);
            uniqueTable(tables);
            page.appendElement("footer").text("Written by " + Exports.TOOL + " " + Exports.VERSION + " (event schema "
                    + EventJson.SCHEMA + "). Coverage: the share of a report's text (its sentences, spaces aside) "
                    + "inside passages another report also tells. ¶ numbers count each report's paragraphs.");
            return doc;
        }

        private void masthead(Element page) {
            Element reports = HtmlParts.masthead(page, "Comparison of " + n + " reports of one event").addClass("many");
            for (int i = 0; i < n; i++) {
                HtmlParts.reportCard(reports, i, article(i), Wording.percent(e.coverage().byAny(i)) + " told by another")
                        .id("report-" + ArticleIds.of(i));
            }
        }

        private void summary(Element page) {
            Element summary = page.appendElement("section").addClass("summary").addClass("event")
                    .attr("aria-label", "Summary");
            Element card = summary.appendElement("div").addClass("card");
            card.appendElement("h2").addClass("caps").text("Coverage");
            Element table = card.appendElement("table").addClass("matrix");
            Element head = table.appendElement("tr");
            head.appendElement("th");
            for (int y = 0; y < n; y++) {
                head.appendElement("th").text(ArticleIds.of(y));
            }
            for (int x = 0; x < n; x++) {
                Element tr = table.appendElement("tr");
                tr.appendElement("th").addClass("row").text(ArticleIds.of(x));
                for (int y = 0; y < n; y++) {
                    Element td = tr.appendElement("td");
                    if (x == y) {
                        td.addClass("self").text("—");
                        continue;
                    }
                    double c = e.coverage().of(x, y);
                    td.text(Wording.percent(c)).attr("title", Wording.percent(c) + " of " + ArticleIds.of(x)
                            + " is told by " + ArticleIds.of(y));
                    // the share shades the cell: numbers made here, never article text
                    td.attr("style", String.format(Locale.ROOT,
                            "background: color-mix(in srgb, var(--id) %.0f%%, var(--pane))", Math.min(70, c * 100)));
                }
            }
            card.appendElement("p").addClass("muted").text("Row: the share of its text that the column's report also tells.");

            Element counts = summary.appendElement("div").addClass("card");
            counts.appendElement("h2").addClass("caps").text("Passages");
            Element ul = counts.appendElement("ul").addClass("notes");
            ul.appendElement("li").text(Wording.plural(overview.groups(), "passage", "passages")
                    + " told by more than one report");
            ul.appendElement("li").text(overview.toldByAll() + " told by all " + n + ", " + overview.toldBySome()
                    + " by some");
            ul.appendElement("li").text(overview.unique() + " passages told by one report only");
            ul.appendElement("li").text("Loosest wording: identical " + overview.count(MatchKind.IDENTICAL)
                    + ", near " + overview.count(MatchKind.NEAR) + ", paraphrase " + overview.count(MatchKind.PARAPHRASE));
            Element q = ul.appendElement("li");
            q.appendText(Wording.plural((int) overview.sharedQuotes(), "quotation", "quotations")
                    + " carried by more than one: ");
            flag(q, overview.variantQuotes() + " worded differently", overview.variantQuotes() > 0);
            Element num = ul.appendElement("li");
            num.appendText(Wording.plural((int) overview.sharedNumbers(), "number", "numbers")
                    + " given by more than one: ");
            long d = overview.numberDisagreements();
            flag(num, d == 0 ? "none disagree" : d + (d == 1 ? " disagrees" : " disagree"), d > 0);

            Element legend = summary.appendElement("div").addClass("card").addClass("legend");
            legend.appendElement("h2").addClass("caps").text("Legend");
            Element dl = legend.appendElement("dl");
            for (MatchKind k : MatchKind.values()) {
                dl.appendElement("dt").appendElement("span").addClass("mark").addClass(k.label())
                        .text(KindLabels.cellMark(k));
                dl.appendElement("dd").text(switch (k) {
                    case IDENTICAL -> "Identical: the same words as the row's first report";
                    case NEAR -> "Near: the first report's words with a small change";
                    case PARAPHRASE -> "Paraphrase: what the first report says, in other words";
                });
            }
            dl.appendElement("dt").text("Told by");
            dl.appendElement("dd").text("\"all\" only when every two reports' passages were aligned with each other; "
                    + "otherwise the pairs that were (A–C, B–C: A and B are linked only through C)");
            dl.appendElement("dt").text("Words shared");
            dl.appendElement("dd").text(MatchFigures.WORDS_SHARED_MEANING.substring("Words shared: ".length())
                    + " The lowest among the aligned pairs.");
            dl.appendElement("dt").appendElement("span").addClass("flag").addClass("warn").text("≠");
            dl.appendElement("dd").text("a quotation worded differently, or figures that disagree");
        }

        private void groupsTable(Element tables) {
            Element section = HtmlParts.section(tables, "groups", "Passages told by more than one report ("
                    + e.groups().size() + ")",
                    e.groups().isEmpty(), "No two reports share a passage.");
            if (section == null) {
                return;
            }
            Element table = section.appendElement("table").addClass("data");
            header(table, "#", "Kind");
            Element body = table.appendElement("tbody");
            for (int i = 0; i < e.groups().size(); i++) {
                Group g = e.groups().get(i);
                Element tr = body.appendElement("tr").id("g" + (i + 1));
                tr.appendElement("td").addClass("n").text(String.valueOf(i + 1));
                Element kind = tr.appendElement("td");
                kind.appendElement("span").addClass("kind").addClass(g.kind().label()).text(KindLabels.label(g.kind()));
                kind.appendElement("div").addClass("moved").text(MatchFigures.wordsShared(g.wordsShared()))
                        .attr("title", MatchFigures.WORDS_SHARED_MEANING);
                kind.appendElement("div").addClass("told").text("told by " + EventCells.toldBy(e, g));
                for (int a = 0; a < n; a++) {
                    Member m = g.of(a);
                    Element td = tr.appendElement("td").addClass("cell");
                    if (m == null) {
                        td.addClass("none");
                        continue;
                    }
                    MatchKind k = EventCells.kind(e, g, m);
                    td.addClass(k == null ? "k-first" : "k-" + k.label());
                    td.attr("title", EventCells.alignedWith(g, m));
                    if (k != null) {
                        td.appendElement("span").addClass("mark").addClass(k.label()).text(KindLabels.cellMark(k))
                                .attr("title", KindLabels.label(k));
                    }
                    text(td, m);
                }
            }
        }

        private void quotesTable(Element tables) {
            List<QuoteGroup> quotes = EventMarkdown.sharedFirst(e.quotes(), q -> q.members().size());
            Element section = HtmlParts.section(tables, "quotes", "Quotations (" + quotes.size() + ", "
                    + overview.sharedQuotes() + " in more than one report)",
                    quotes.isEmpty(), "No report quotes anyone directly.");
            if (section == null) {
                return;
            }
            Element table = section.appendElement("table").addClass("data");
            header(table, "Speaker", null, "Wording");
            Element body = table.appendElement("tbody");
            for (QuoteGroup q : quotes) {
                Element tr = body.appendElement("tr");
                if (q.variant()) {
                    tr.addClass("variant");
                }
                tr.appendElement("td").text(q.speaker() == null ? "(unattributed)" : q.speaker());
                for (int a = 0; a < n; a++) {
                    Member m = null;
                    for (Member x : q.members()) {
                        if (x.article() == a) {
                            m = x;
                        }
                    }
                    Element td = tr.appendElement("td").addClass("cell");
                    if (m == null) {
                        td.addClass("none");
                    } else {
                        text(td, m);
                    }
                }
                Element status = tr.appendElement("td");
                if (q.members().size() < 2) {
                    status.addClass("muted").text("only in " + ArticleIds.of(q.members().getFirst().article()));
                } else if (q.variant()) {
                    flag(status, "≠ Variant", true);
                } else {
                    flag(status, "Same", false);
                }
            }
        }

        private void numbersTable(Element tables) {
            List<NumberGroup> numbers = EventMarkdown.sharedFirst(e.numbers(), g -> g.members().size());
            Element section = HtmlParts.section(tables, "numbers", "Numbers (" + numbers.size() + ", "
                    + overview.sharedNumbers() + " in more than one report)",
                    numbers.isEmpty(), "No report states a number.");
            if (section == null) {
                return;
            }
            Element table = section.appendElement("table").addClass("data");
            header(table, null, null, "Agree");
            Element body = table.appendElement("tbody");
            for (NumberGroup g : numbers) {
                Element tr = body.appendElement("tr");
                if (Boolean.FALSE.equals(g.agree())) {
                    tr.addClass("differs");
                }
                for (int a = 0; a < n; a++) {
                    NumberGroup.Figure f = null;
                    for (NumberGroup.Figure x : g.members()) {
                        if (x.article() == a) {
                            f = x;
                        }
                    }
                    Element td = tr.appendElement("td").addClass("cell");
                    if (f == null) {
                        td.addClass("none");
                        continue;
                    }
                    text(td, new Member(a, f.mention().span()));
                    if (Boolean.FALSE.equals(g.agree())) {
                        td.addClass("fig-differs");
                    }
                }
                Element agree = tr.appendElement("td");
                if (g.agree() == null) {
                    agree.addClass("muted").text("only in " + ArticleIds.of(g.members().getFirst().article()));
                } else if (g.agree()) {
                    flag(agree, "✓ Agree", false);
                } else {
                    flag(agree, "≠ Differ", true);
                }
            }
        }

        private void uniqueTable(Element tables) {
            Element section = HtmlParts.section(tables, "unique", "Told by one report only (" + e.unique().size() + ")",
                    e.unique().isEmpty(), "Nothing: every passage is told by another report.");
            if (section == null) {
                return;
            }
            Element table = section.appendElement("table").addClass("data");
            Element tr0 = table.appendElement("thead").appendElement("tr");
            tr0.appendElement("th").text("Report");
            tr0.appendElement("th").text("Passage");
            Element body = table.appendElement("tbody");
            for (Member m : e.unique()) {
                Element tr = body.appendElement("tr");
                tr.appendElement("td").addClass("loc").appendElement("span").addClass("chip").text(ArticleIds.of(m.article()));
                text(tr.appendElement("td").addClass("cell"), m);
            }
        }

        /** The member's words as a text node, its paragraph number after them, in its language and direction. */
        private void text(Element td, Member m) {
            Article a = article(m.article());
            Element span = td.appendElement("span").text(m.span().of(a.text()));
            language(span, a);
            td.appendElement("span").addClass("pnum").text("¶" + paragraphs.get(m.article()).numberAt(m.span().start()));
        }

        /** A header row: the optional leading columns, one column per report, the optional trailing one. */
        private void header(Element table, String first, String second, String last) {
            Element tr = table.appendElement("thead").appendElement("tr");
            if (first != null) {
                tr.appendElement("th").text(first);
            }
            if (second != null) {
                tr.appendElement("th").text(second);
            }
            for (int a = 0; a < n; a++) {
                tr.appendElement("th").text(ArticleIds.of(a) + " · " + ArticleLabels.source(article(a)));
            }
            if (last != null) {
                tr.appendElement("th").text(last);
            }
        }

        private void header(Element table, String first, String second) {
            header(table, first, second, null);
        }



    }
}
