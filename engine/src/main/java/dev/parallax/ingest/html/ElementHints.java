package dev.parallax.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id, role and itemprop say about it: main content, site chrome, hidden,
 * or nothing. Only these names are read; they are words authors chose, so they are strong but not
 * certain evidence, and callers weigh them together with the text itself.
 */
public final class ElementHints {
    /**
     * {@code HIDDEN}: never shown (noscript, templates, text for screen readers only); {@code COLLAPSED}:
     * hidden until a script runs ("read more", the hidden attribute, display:none), which may hold the
     * rest of the article.
     */
    public enum Hint { NEUTRAL, CONTENT, CHROME, HIDDEN, COLLAPSED }

    /** Tags that start a new line of text in a browser; text between them forms one block. */
    private static final Set<String> BLOCK_TAGS = Set.of("html", "body", "p", "div", "section", "article", "main",
            "aside", "header", "footer", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
            "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure",
            "figcaption", "form", "fieldset", "legend", "address", "hr", "center", "details", "summary", "dialog",
            "menu", "hgroup", "noscript", "template", "option", "button", "label", "iframe", "video", "audio");

    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside", "header", "figcaption", "figure",
            "form", "fieldset", "menu", "dialog", "address", "button", "label", "legend", "summary");
    private static final Set<String> HIDDEN_TAGS = Set.of("noscript", "template", "option");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist");
    private static final Set<String> HIDDEN_CLASSES = Set.of("sr-only", "visually-hidden", "visuallyhidden",
            "screen-reader-text", "screen-reader-only", "offscreen", "element-invisible");
    private static final Set<String> COLLAPSED_CLASSES = Set.of("hidden", "hide", "d-none", "invisible", "is-hidden",
            "u-hidden", "collapsed", "collapse", "is-collapsed", "truncated", "is-truncated", "read-more-content",
            "readmore-content", "more-content", "expandable-content", "show-more-content");

    /** Class/id words that name an article body itself; they outrank chrome words on the same element. */
    private static final Pattern CONTENT = Pattern.compile(
            "(?<![a-z])(article[-_]*(body|content|text|main)|articlebody|story[-_]*(body|content|text)|"
                    + "entry[-_]*(content|body|text)|post[-_]*(content|body|text|entry)|body[-_]*(text|copy)|"
                    + "main[-_]*(content|text)|content[-_]*body|text[-_]*body|rich[-_]*text|blog[-_]*post|"
                    + "single[-_]*post)(?![a-z])");

    /** Class/id words of an article as a whole: weaker than chrome words ("article-footer" is chrome). */
    private static final Pattern WEAK_CONTENT = Pattern.compile("(?<![a-z])(article|story|hentry|h-entry)(?![a-z])");

    /** Class/id words of site chrome: navigation, sharing, comments, promotions, notices, page furniture. */
    private static final Pattern CHROME = Pattern.compile(
            "(?<![a-z])(nav|navbar|navigation|menu|menus|breadcrumbs?|footer|sidebar|side[-_]?bar|widgets?|"
                    + "comments?|comment[-_]\\w+|disqus|respond|replies|share|shares|sharing|share[-_]?\\w+|social|"
                    + "socials|related|related[-_]\\w+|recommend\\w*|more[-_]stories|read[-_]?more|read[-_]?next|"
                    + "trending|popular|most[-_]\\w+|promo\\w*|advert\\w*|ads?|ad[-_]\\w+|adslot|dfp|sponsor\\w*|"
                    + "banner|cookies?|cookie[-_]?\\w+|consent|gdpr|newsletter\\w*|subscribe\\w*|subscription|"
                    + "signup|paywall|modal|popup|overlay|byline|author|authors|author[-_]\\w+|dateline|"
                    + "timestamp|published|pubdate|date|time|meta|post[-_]meta|entry[-_]meta|article[-_]meta|"
                    + "tags|tag[-_]?(list|cloud|links)|post[-_]tags|categories|caption|captions|credits?|toolbar|tools|print|masthead|"
                    + "header|skip[-_]\\w+|pagination|pager|login|signin|outbrain|taboola|rail|right[-_]rail|"
                    + "left[-_]rail|topics|keywords|bio|author[-_]?bio|copyright|disclaimer|infobox|newsletter)"
                    + "(?![a-z])");

    /** On an {@code <article>} most class words are taxonomy ("tag-news"); only these make it chrome. */
    private static final Pattern ARTICLE_TAG_CHROME = Pattern.compile(
            "(?<![a-z])(comments?|comment[-_]\\w+|related|teaser|promo\\w*|card|sidebar|widget)(?![a-z])");

    /** Layout words that name a page with a sidebar, not the sidebar itself ("content-with-sidebar"). */
    private static final Pattern LAYOUT = Pattern.compile(
            "[\\w-]*(with|has|no|one|two|left|right)[-_]?(sidebar|rail)s?[\\w-]*|[\\w-]*(sidebar|rail)[-_](left|right|layout)[\\w-]*");

    /** Class names of the standard embed codes for posts (Twitter/X, Instagram, TikTok, Threads). */
    private static final Set<String> EMBEDDED_POST = Set.of("twitter-tweet", "twitter-video", "instagram-media",
            "tiktok-embed", "text-post-media");

    private ElementHints() {
    }

    /**
     * A post quoted through a social network's embed code: the words someone published, which the report
     * cites like a quotation, even when the wrapper around it is named "social" or "embed".
     */
    public static boolean isEmbeddedPost(Element e) {
        if (!e.normalName().equals("blockquote") || e.className().isEmpty()) {
            return false;
        }
        for (String c : e.classNames()) {
            if (EMBEDDED_POST.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isBlock(String tag) {
        return BLOCK_TAGS.contains(tag);
    }

    public static Hint of(Element e) {
        String tag = e.normalName();
        if (HIDDEN_TAGS.contains(tag) || hasClass(e, HIDDEN_CLASSES)) {
            return Hint.HIDDEN;
        }
        if (isCollapsed(e)) {
            return Hint.COLLAPSED;
        }
        if (tag.equals("body") || tag.equals("html")) {
            return Hint.NEUTRAL; // page-wide classes describe the page type, not a region
        }
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            return Hint.CONTENT;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (CHROME_TAGS.contains(tag) || CHROME_ROLES.contains(role)) {
            return Hint.CHROME;
        }
        String names = LAYOUT.matcher((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (!names.isBlank() && CONTENT.matcher(names).find()) {
            return Hint.CONTENT;
        }
        boolean articleTag = tag.equals("article") || tag.equals("main") || role.equals("main") || role.equals("article");
        if (!names.isBlank() && (articleTag ? ARTICLE_TAG_CHROME : CHROME).matcher(names).find()) {
            return Hint.CHROME;
        }
        if (articleTag || !names.isBlank() && WEAK_CONTENT.matcher(names).find()) {
            return Hint.CONTENT;
        }
        return Hint.NEUTRAL;
    }

    /** Strongly marked article bodies (schema.org articleBody, article-body classes) rather than any article. */
    public static boolean isStrongContent(Element e) {
        return "articleBody".equalsIgnoreCase(e.attr("itemprop"))
                || CONTENT.matcher((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)).find()
                && !e.normalName().equals("body");
    }

    /** Hidden by markup a script removes to show it: the hidden attribute, aria-hidden, display:none, classes. */
    private static boolean isCollapsed(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        return hasClass(e, COLLAPSED_CLASSES);
    }

    private static boolean hasClass(Element e, Set<String> names) {
        if (e.className().isEmpty()) {
            return false;
        }
        for (String c : e.classNames()) {
            if (names.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
