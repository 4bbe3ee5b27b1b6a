package dev.parallax.export;

import dev.parallax.present.ArticleLabels;
import dev.parallax.article.Article;
import dev.parallax.text.Languages;
import org.jsoup.nodes.Element;
import dev.parallax.article.ArticleIds;

/** Small pieces both HTML exports (a pair and an event) build the same way; text always enters as text. */
final class HtmlParts {
    private HtmlParts() {
    }

    /**
     * A table's section with its heading; when it has nothing to list ({@code none}), it holds one line
     * saying so ({@code empty}) and null comes back: the caller adds no table.
     */
    static Element section(Element tables, String id, String title, boolean none, String empty) {
        Element section = tables.appendElement("section").id(id);
        section.appendElement("h2").addClass("caps").text(title);
        if (none) {
            section.appendElement("p").addClass("empty").text(empty);
            return null;
        }
        return section;
    }

    static void flag(Element parent, String text, boolean warn) {
        parent.appendElement("span").addClass("flag").addClass(warn ? "warn" : "ok").text(text);
    }

    /** The publisher in small caps, or the file name as written (upper-casing a file name garbles it). */
    static void source(Element parent, Article a) {
        Element e = parent.appendElement("span").addClass("source").text(ArticleLabels.source(a));
        if (!ArticleLabels.hasPublisher(a)) {
            e.addClass("file");
        }
    }

    /** The page header: the app's name and a caption; returns the row the report cards go in. */
    static Element masthead(Element page, String caption) {
        Element top = page.appendElement("header");
        Element line = top.appendElement("div").addClass("masthead");
        line.appendElement("span").addClass("app").text("Parallax");
        line.appendElement("span").addClass("caps").text(caption);
        return top.appendElement("div").addClass("reports");
    }

    /** One report's card in the header: its letter, source, date, size and share, title and path. */
    static Element reportCard(Element reports, int index, Article a, String share) {
        Element r = reports.appendElement("div").addClass("report");
        Element meta = r.appendElement("div").addClass("meta");
        meta.appendElement("span").addClass("chip").text(ArticleIds.of(index));
        source(meta, a);
        String date = a.metadata().date();
        if (date != null && !date.isBlank()) {
            meta.appendElement("span").addClass("muted").text("· " + date.strip());
        }
        meta.appendElement("span").addClass("muted").text("· " + ArticleLabels.words(a) + " words · " + share);
        Element h1 = r.appendElement("h1").text(ArticleLabels.title(a));
        language(h1, a);
        r.appendElement("div").addClass("path").text(a.path() == null ? "" : a.path());
        String cited = ArticleLabels.snapshot(a);
        if (cited != null) {
            r.appendElement("div").addClass("path").addClass("snapshot").text(cited);
        }
        for (String notice : a.notices()) {
            r.appendElement("p").addClass("notice").text("\u26A0 " + notice);
        }
        return r;
    }

    /** The article's language and direction on the element that holds its text (a tag only if well formed). */
    static void language(Element e, Article a) {
        if (a.language() != null && a.language().matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            e.attr("lang", a.language());
        }
        if (Languages.isRightToLeft(a.text())) {
            e.attr("dir", "rtl");
        }
    }
}
