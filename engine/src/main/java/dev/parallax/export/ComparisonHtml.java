package dev.parallax.export;

import dev.parallax.present.ArticleLabels;
import dev.parallax.present.KindLabels;
import dev.parallax.present.MatchFigures;
import dev.parallax.present.ComparisonFigures;
import dev.parallax.present.Mark;
import dev.parallax.present.Marks;
import dev.parallax.present.PairTags;
import dev.parallax.present.Paragraphs;
import static dev.parallax.export.HtmlParts.flag;
import static dev.parallax.export.HtmlParts.language;
import static dev.parallax.export.HtmlParts.source;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.DiffOp;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.article.Article;
import dev.parallax.text.Span;
import dev.parallax.text.numbers.NumberMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import dev.parallax.article.ArticleIds;

/**
 * A comparison as one self-contained HTML page a reader can keep or print: both reports' headers, the
 * overlap, a legend, the two texts side by side with every passage marked by kind (each matched passage
 * links to its counterpart, and carries the pair's number so the pairing survives printing), then the
 * tables of matches (with word diff), quotations, numbers and one-sided passages.
 *
 * <p>The page is built as a Jsoup DOM: article text only ever enters as text nodes, so Jsoup escapes it
 * and no markup, script or URL in an article can become part of the page. Attributes hold only ids and
 * fragment links made here. A Content-Security-Policy forbids scripts and network loads besides. Styles
 * are inline (light, dark via {@code prefers-color-scheme}, and print); no fonts are fetched.
 */
public final class ComparisonHtml {
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'";
    private static final String CSS = loadCss();
    private static final String[] SIDE = {"a", "b"};

    private ComparisonHtml() {
    }

    public static String render(Comparison c) {
        return document(c).outerHtml();
    }

    /** The page as a DOM, for writing it out without first making one string of it (a long article's is big). */
    static Document document(Comparison c) {
        return new Builder(c).build();
    }

    private static String loadCss() {
        try (InputStream in = ComparisonHtml.class.getResourceAsStream("comparison.css")) {
            if (in == null) {
                throw new IllegalStateException("comparison.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One rendering: the comparison, its paragraphs and highlight layouts, and the document being built. */
    private static final class Builder {
        private final Comparison c;
        private final Article[] articles;
        private final Paragraphs[] paragraphs;
        private final Marks[] marks;
        private final ComparisonFigures overview;

        Builder(Comparison c) {
            this.c = c;
            this.articles = new Article[] {c.a().article(), c.b().article()};
            this.paragraphs = new Paragraphs[] {Paragraphs.of(articles[0]), Paragraphs.of(articles[1])};
            this.marks = new Marks[] {Marks.of(c, 0), Marks.of(c, 1)};
            this.overview = ComparisonFigures.of(c);
        }

        Document build() {
            Document doc = Document.createShell("");
            doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
                    .escapeMode(Entities.EscapeMode.base);
            doc.prependChild(new DocumentType("html", "", ""));
            doc.selectFirst("html").attr("lang", "en");
            Element head = doc.head();
            head.appendElement("meta").attr("charset", "utf-8");
            head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
            head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
            head.appendElement("meta").attr("name", "generator").attr("content", Exports.TOOL + " " + Exports.VERSION);
            head.appendElement("title").text("Parallax: " + ArticleLabels.title(articles[0]) + " ↔ "
                    + ArticleLabels.title(articles[1]));
            head.appendElement("style").appendChild(new DataNode(CSS));

            Element page = doc.body().appendElement("div").addClass("page");
            masthead(page);
            summary(page);
            texts(page);
            Element tables = page.appendElement("div").addClass("tables");
            matchesTable(tables);
            quotesTable(tables);
            numbersTable(tables);
            uniqueTable(tables, 0);
            uniqueTable(tables, 1);
            page.appendElement("footer").text("Written by " + Exports.TOOL + " " + Exports.VERSION
                    + " (comparison schema " + ComparisonJson.SCHEMA + "). ¶ numbers count each report's paragraphs;"
                    + " shares are the fraction of each report's text (spaces aside) inside matched passages.");
            return doc;
        }

        private void masthead(Element page) {
            Element reports = HtmlParts.masthead(page, "Comparison of two reports");
            for (int side = 0; side < 2; side++) {
                HtmlParts.reportCard(reports, side, articles[side],
                        Wording.percent(side == 0 ? overview.sharedA() : overview.sharedB()) + " shared");
            }
        }

        private void summary(Element page) {
            Element summary = page.appendElement("section").addClass("summary").attr("aria-label", "Summary");

            Element overlap = summary.appendElement("div").addClass("card");
            overlap.appendElement("h2").addClass("caps").text("Overlap");
            for (int side = 0; side < 2; side++) {
                double shared = side == 0 ? overview.sharedA() : overview.sharedB();
                Element row = overlap.appendElement("div").addClass("meter-row");
                row.appendElement("span").addClass("chip").text(ArticleIds.of(side));
                Element meter = row.appendElement("div").addClass("meter").attr("role", "img")
                        .attr("aria-label", Wording.percent(shared) + " of " + ArticleIds.of(side) + " shared");
                meterSegments(meter, side, shared);
                Element pct = row.appendElement("span").addClass("pct");
                pct.appendElement("strong").text(Wording.percent(shared));
                pct.appendText(" shared");
            }
            Element notes = overlap.appendElement("ul").addClass("notes");
            notes.appendElement("li").text(Wording.plural(overview.matches(), "matched passage", "matched passages")
                    + (overview.moved() > 0 ? ", " + overview.moved() + " moved" : ""));
            notes.appendElement("li").text("A tells " + overview.uniqueA() + " and B " + overview.uniqueB()
                    + " passages the other does not");

            Element counts = summary.appendElement("div").addClass("card");
            counts.appendElement("h2").addClass("caps").text("By kind");
            Element table = counts.appendElement("table").addClass("counts");
            for (MatchKind k : MatchKind.values()) {
                Element tr = table.appendElement("tr");
                Element name = tr.appendElement("td");
                name.appendElement("span").addClass("swatch").addClass(k.label());
                name.appendText(KindLabels.label(k));
                tr.appendElement("td").addClass("muted").text(KindLabels.meaning(k));
                tr.appendElement("td").addClass("n").text(String.valueOf(overview.count(k)));
            }
            Element only = table.appendElement("tr");
            Element name = only.appendElement("td");
            name.appendElement("span").addClass("swatch").addClass("unique");
            name.appendText("Only in one");
            only.appendElement("td").addClass("muted").text("no counterpart");
            only.appendElement("td").addClass("n").text("A " + overview.uniqueA() + " · B " + overview.uniqueB());
            Element facts = counts.appendElement("ul").addClass("notes");
            Element q = facts.appendElement("li");
            q.appendText(Wording.plural(overview.quotes(), "quotation", "quotations") + ": ");
            flag(q, overview.variantQuotes() + " worded differently", overview.variantQuotes() > 0);
            Element n = facts.appendElement("li");
            n.appendText(Wording.plural(overview.numbers(), "number", "numbers") + ": ");
            flag(n, overview.numberMismatches() == 0 ? "none disagree"
                    : overview.numberMismatches() + (overview.numberMismatches() == 1 ? " disagrees" : " disagree"),
                    overview.numberMismatches() > 0);

            legend(summary);
        }

        private void meterSegments(Element meter, int side, double shared) {
            Map<String, Integer> cover = marks[side].coverage(articles[side].text(), 0,
                    articles[side].text().length());
            double total = 0;
            for (MatchKind k : MatchKind.values()) {
                total += cover.getOrDefault(KindLabels.styleClass(k), 0);
            }
            if (total == 0) {
                return;
            }
            for (MatchKind k : MatchKind.values()) {
                double part = shared * cover.getOrDefault(KindLabels.styleClass(k), 0) / total * 100;
                if (part > 0) {
                    meter.appendElement("span").addClass(k.label())
                            .attr("style", String.format(Locale.ROOT, "width:%.2f%%", part))
                            .attr("title", KindLabels.label(k));
                }
            }
        }

        private void legend(Element summary) {
            Element card = summary.appendElement("div").addClass("card").addClass("legend").id("legend");
            card.appendElement("h2").addClass("caps").text("Legend");
            Element dl = card.appendElement("dl");
            legendRow(dl, "hl identical", "Identical", "same words; tinted blue");
            Element near = dl.appendElement("dt").appendElement("span").addClass("hl").addClass("near");
            near.appendText("Near ");
            near.appendElement("span").addClass("chg").text("changed");
            dl.appendElement("dd").text("the same sentence edited: most words kept, or long verbatim runs; "
                    + "the changed words are underlined");
            legendRow(dl, "hl paraphrase", "Paraphrase", "same content in other words; dotted underline");
            Element uniq = dl.appendElement("dt").appendElement("span").addClass("swatch").addClass("unique");
            uniq.parent().appendText("Only in one");
            dl.appendElement("dd").text("dashed bar in the outer margin; the rest of that paragraph is unmarked");
            Element tag = dl.appendElement("dt");
            Element sample = tag.appendElement("span").addClass("hl").addClass("identical").appendElement("sup")
                    .addClass("tag");
            sample.appendElement("span").addClass("kg").text(KindLabels.cellMark(MatchKind.IDENTICAL));
            sample.appendText("3");
            tag.appendText(" ⇅");
            dl.appendElement("dd").text("the kind (= identical, ~ near, ≈ paraphrase) and the pair number, the same "
                    + "in both reports (click to jump); ⇅ the passage sits elsewhere in B's order");
            Element diff = dl.appendElement("dt");
            diff.appendElement("del").text("deleted");
            diff.appendText(" ");
            diff.appendElement("ins").text("inserted");
            dl.appendElement("dd").text("word differences from A to B in the tables: struck through only in A, "
                    + "underlined only in B");
            dl.appendElement("dt").text("Words shared");
            dl.appendElement("dd").text(MatchFigures.WORDS_SHARED_MEANING.substring("Words shared: ".length())
                    + " " + MatchFigures.KINDS_MEANING);
            dl.appendElement("dt").text("Model");
            dl.appendElement("dd").text(MatchFigures.MODEL_MEANING.substring("Model: ".length()));
        }

        private static void legendRow(Element dl, String classes, String label, String meaning) {
            dl.appendElement("dt").appendElement("span").attr("class", classes).text(label);
            dl.appendElement("dd").text(meaning);
        }

        private void texts(Element page) {
            Element section = page.appendElement("section").addClass("texts");
            section.appendElement("h2").addClass("caps").text("The reports side by side");
            Element columns = section.appendElement("div").addClass("columns");
            for (int side = 0; side < 2; side++) {
                column(columns, side);
            }
        }

        private void column(Element columns, int side) {
            Article a = articles[side];
            String text = a.text();
            Element col = columns.appendElement("article").addClass("col").addClass("side-" + SIDE[side])
                    .id("text-" + SIDE[side]);
            Element head = col.appendElement("div").addClass("colhead");
            head.appendElement("span").addClass("chip").text(ArticleIds.of(side));
            source(head, a);
            Element prose = col.appendElement("div").addClass("prose");
            language(prose, a);
            Marks h = marks[side];
            for (Paragraphs.Para p : paragraphs[side].all()) {
                Element block;
                if (p.heading()) {
                    block = prose.appendElement("h3").addClass("sub");
                } else {
                    block = prose.appendElement("p").addClass("para").id(SIDE[side] + "-p" + p.number());
                    block.appendElement("span").addClass("pn").attr("aria-hidden", "true")
                            .text(String.valueOf(p.number()));
                    Map<String, Integer> cover = h.coverage(text, p.span().start(), p.span().end());
                    if (cover.containsKey(KindLabels.UNIQUE)) {
                        block.addClass("u");
                    }
                    dominantKind(cover).ifPresent(k -> block.addClass("s-" + k));
                }
                for (Marks.Run run : h.runs(p.span().start(), p.span().end())) {
                    appendRun(block, run, text, side);
                }
            }
        }

        private static java.util.Optional<String> dominantKind(Map<String, Integer> cover) {
            String best = null;
            int most = 0;
            for (MatchKind k : MatchKind.values()) {
                int n = cover.getOrDefault(KindLabels.styleClass(k), 0);
                if (n > most) {
                    best = KindLabels.styleClass(k);
                    most = n;
                }
            }
            return java.util.Optional.ofNullable(best);
        }

        private void appendRun(Element block, Marks.Run run, String text, int side) {
            String s = text.substring(run.start(), run.end());
            if (run.mark() < 0) {
                block.appendText(s);
                return;
            }
            Mark mark = marks[side].all().get(run.mark());
            if (mark.isUnique()) {
                Element span = block.appendElement("span").addClass("uq");
                if (run.first()) {
                    span.id(uniqueId(side, mark.unique()));
                }
                span.appendText(s);
                return;
            }
            int number = mark.match() + 1;
            Element link = block.appendElement("a").addClass("hl").addClass(mark.styleClass());
            if (marks[1 - side].shown(marks[1 - side].ofMatch(mark.match()))) {
                link.attr("href", "#" + matchId(1 - side, mark.match()));
            }
            if (run.first()) {
                link.id(matchId(side, mark.match()));
                link.attr("title", KindLabels.label(mark.kind())
                        + " match " + number + (mark.moved() ? ", moved" : "") + ": see "
                        + ArticleIds.of(1 - side));
                Element tag = link.appendElement("sup").addClass("tag");
                tag.appendElement("span").addClass("kg").text(PairTags.glyph(mark)); // the kind, not by hue alone
                tag.appendText(PairTags.number(mark));
                if (mark.moved()) {
                    tag.appendElement("span").addClass("mv").text(PairTags.MOVED);
                }
            }
            if (run.changed()) {
                link.appendElement("span").addClass("chg").text(s);
            } else {
                link.appendText(s);
            }
        }

        private void matchesTable(Element tables) {
            Element section = HtmlParts.section(tables, "matches", "Matched passages (" + c.matches().size() + ")",
                    c.matches().isEmpty(), "The reports share no passage.");
            if (section == null) {
                return;
            }
            Element table = section.appendElement("table").addClass("data");
            header(table, "#", "Kind", "Words shared", "Model", "A", "B", "Wording, A → B");
            Element body = table.appendElement("tbody");
            for (MatchKind kind : MatchKind.values()) {
                for (int i = 0; i < c.matches().size(); i++) {
                    Match m = c.matches().get(i);
                    if (m.kind() != kind) {
                        continue;
                    }
                    Element tr = body.appendElement("tr");
                    tr.appendElement("td").addClass("n").text(String.valueOf(i + 1));
                    Element k = tr.appendElement("td");
                    k.appendElement("span").addClass("kind").addClass(kind.label()).text(KindLabels.label(kind));
                    if (m.moved()) {
                        k.appendElement("div").addClass("moved").text("⇅ moved");
                    }
                    tr.appendElement("td").addClass("n").text(MatchFigures.percent(m.wordsShared()))
                            .attr("title", MatchFigures.WORDS_SHARED_MEANING);
                    tr.appendElement("td").addClass("n").text(Double.isNaN(m.confidence()) ? "—"
                            : MatchFigures.percent(m.confidence())).attr("title", MatchFigures.MODEL_MEANING);
                    location(tr.appendElement("td").addClass("loc"), 0, m.a(), matchId(0, i), marks[0].ofMatch(i));
                    location(tr.appendElement("td").addClass("loc"), 1, m.b(), matchId(1, i), marks[1].ofMatch(i));
                    diff(tr.appendElement("td").addClass("text"), m);
                }
            }
        }

        /** "¶ 4" linking to the passage (or its paragraph when the passage was clipped away). */
        private void location(Element td, int side, Span span, String id, int mark) {
            if (span == null) {
                td.text("—");
                return;
            }
            int number = paragraphs[side].numberAt(span.start());
            String paragraph = number == 0 ? "text-" + SIDE[side] : SIDE[side] + "-p" + number;
            String target = id != null && marks[side].shown(mark) ? id : paragraph;
            td.appendElement("a").attr("href", "#" + target).text(paragraphs[side].label(span.start()));
        }

        private void diff(Element td, Match m) {
            if (m.diff().isEmpty()) {
                td.appendText(m.a().of(articles[0].text()));
                return;
            }
            String before = "";
            for (DiffOp op : m.diff()) {
                if (Wording.needsSpace(before, op.text())) {
                    td.appendText(" ");
                }
                before = op.text();
                switch (op.op()) {
                    case EQUAL -> td.appendText(op.text());
                    case DELETE -> marked(td, "del", op.text());
                    case INSERT -> marked(td, "ins", op.text());
                }
            }
        }

        /** The changed words in a del/ins; the spaces around them stay plain, so no space is struck. */
        private static void marked(Element td, String tag, String text) {
            String core = text.strip();
            if (core.isEmpty()) {
                td.appendText(text);
                return;
            }
            int lead = text.indexOf(core);
            td.appendText(text.substring(0, lead));
            td.appendElement(tag).text(core);
            td.appendText(text.substring(lead + core.length()));
        }

        private void quotesTable(Element tables) {
            Element section = HtmlParts.section(tables, "quotes", "Quotations (" + c.quotes().size() + ")",
                    c.quotes().isEmpty(), "Neither report quotes anyone directly.");
            if (section == null) {
                return;
            }
            Element table = section.appendElement("table").addClass("data");
            header(table, "Speaker", "A", "", "B", "", "Wording");
            Element body = table.appendElement("tbody");
            for (QuoteMatch q : c.quotes()) {
                Element tr = body.appendElement("tr");
                if (q.variant()) {
                    tr.addClass("variant");
                }
                tr.appendElement("td").text(q.speaker() == null ? "(unattributed)" : q.speaker());
                quoted(tr, 0, q.a());
                quoted(tr, 1, q.b());
                Element status = tr.appendElement("td");
                if (q.a() == null || q.b() == null) {
                    status.addClass("muted").text("only in " + (q.a() == null ? "B" : "A"));
                } else if (q.variant()) {
                    flag(status, "⚑ Variant", true);
                } else {
                    flag(status, "Same", false);
                }
            }
        }

        private void quoted(Element tr, int side, Span span) {
            Element text = tr.appendElement("td").addClass("text");
            if (span == null) {
                text.addClass("muted").text("—");
                tr.appendElement("td");
                return;
            }
            text.text(clip(span, articles[side].text()).of(articles[side].text()));
            location(tr.appendElement("td").addClass("loc"), side, span, null, -1);
        }

        private void numbersTable(Element tables) {
            Element section = HtmlParts.section(tables, "numbers", "Numbers (" + c.numbers().size() + ")",
                    c.numbers().isEmpty(), "Neither report states a number.");
            if (section == null) {
                return;
            }
            Element table = section.appendElement("table").addClass("data");
            header(table, "A", "", "B", "", "Agree");
            Element body = table.appendElement("tbody");
            for (NumberMatch n : c.numbers()) {
                Element tr = body.appendElement("tr");
                if (Boolean.FALSE.equals(n.agree())) {
                    tr.addClass("differs");
                }
                number(tr, 0, n.a());
                number(tr, 1, n.b());
                Element agree = tr.appendElement("td");
                if (n.agree() == null) {
                    agree.addClass("muted").text(n.a() == null ? "only in B" : n.b() == null ? "only in A" : "?");
                } else if (n.agree()) {
                    flag(agree, "✓ Agree", false);
                } else {
                    flag(agree, "≠ Differ", true);
                }
            }
        }

        private void number(Element tr, int side, NumberMention n) {
            Element td = tr.appendElement("td").addClass("text");
            if (n == null) {
                td.addClass("muted").text("—");
                tr.appendElement("td");
                return;
            }
            td.text(clip(n.span(), articles[side].text()).of(articles[side].text()));
            // what Parallax read: "70 percent, approximate"; a bare count or a date says nothing new
            StringBuilder detail = new StringBuilder();
            boolean calendar = "date".equals(n.unit()) || "year".equals(n.unit());
            if (n.unit() != null && !calendar && Double.isFinite(n.value())) {
                detail.append(n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15
                        ? String.valueOf((long) n.value()) : String.valueOf(n.value()));
                detail.append(' ').append(n.unit());
            }
            if (n.approximate()) {
                detail.append(detail.isEmpty() ? "approximate" : ", approximate");
            }
            if (!detail.isEmpty()) {
                td.appendElement("div").addClass("moved").text(detail.toString().strip());
            }
            location(tr.appendElement("td").addClass("loc"), side, n.span(), null, -1);
        }

        private void uniqueTable(Element tables, int side) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < c.unique().size(); i++) {
                if (c.unique().get(i).article() == side) {
                    rows.add(i);
                }
            }
            String id = ArticleIds.of(side);
            Element section = HtmlParts.section(tables, "only-" + SIDE[side], "Only in " + id + " (" + rows.size() + ")",
                    rows.isEmpty(), "Nothing: every passage of " + id + " has a counterpart.");
            if (section == null) {
                return;
            }
            Element table = section.appendElement("table").addClass("data");
            header(table, id, "Passage");
            Element body = table.appendElement("tbody");
            String text = articles[side].text();
            for (int i : rows) {
                Span span = clip(c.unique().get(i).span(), text);
                Element tr = body.appendElement("tr");
                location(tr.appendElement("td").addClass("loc"), side, span, uniqueId(side, i), marks[side].ofUnique(i));
                tr.appendElement("td").addClass("text").text(span.of(text));
            }
        }

        private static void header(Element table, String... names) {
            Element tr = table.appendElement("thead").appendElement("tr");
            for (String n : names) {
                tr.appendElement("th").text(n);
            }
        }



    }

    private static String matchId(int side, int index) {
        return SIDE[side] + "-m" + (index + 1);
    }

    private static String uniqueId(int side, int index) {
        return SIDE[side] + "-u" + (index + 1);
    }

    /** The span cut to the text, so a slightly wrong span never throws while rendering. */
    private static Span clip(Span s, String text) {
        return Marks.clip(s, text);
    }
}
