package dev.parallax.export;

import dev.parallax.ingest.Article;
import dev.parallax.text.Languages;
import org.jsoup.nodes.Element;

/** Small pieces both HTML exports (a pair and an event) build the same way; text always enters as text. */
final class HtmlParts {
    private HtmlParts() {
    }

    static void flag(Element parent, String text, boolean warn) {
        parent.appendElement("span").addClass("flag").addClass(warn ? "warn" : "ok").text(text);
    }

    /** The publisher in small caps, or the file name as written (upper-casing a file name garbles it). */
    static void source(Element parent, Article a) {
        Element e = parent.appendElement("span").addClass("source").text(Overview.source(a));
        if (!Overview.hasPublisher(a)) {
            e.addClass("file");
        }
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
