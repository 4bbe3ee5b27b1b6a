package dev.parallax.ingest.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The people who wrote an article. Sources in order of trust: JSON-LD {@code author}, author meta tags,
 * schema.org microdata, {@code rel=author} links, byline elements; the first that names a person wins.
 * Each value is cleaned into names: "By" and its kin dropped, lists split ("A, B and C", "A & B", Arabic
 * "و"), and roles, dates, handles, e-mail addresses and the publisher's own name left out.
 */
final class AuthorExtractor {
    private static final List<String> META = List.of("author", "article:author", "dc.creator", "dcterms.creator",
            "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:creator:name");
    private static final Pattern URL_LIKE = Pattern.compile("(?i)^(https?:)?//\\S*$|^www\\.\\S+$|^\\S+\\.(com|org|net)/\\S*$");
    /** Words that introduce a byline, in the languages of world news (longest first). */
    private static final Pattern LEAD = Pattern.compile("(?u)^\\s*(?:By|Von|Par|Por)(?=\\p{Lu}\\p{Ll})|(?iu)^\\s*(view all posts by|all posts by|more articles by|"
            + "more from|articles by|written by|posted by|reporting by|reported by|story by|text by|words by|"
            + "escrito por|publicado por|texto de|publié par|écrit par|geschrieben von|ein beitrag von|"
            + "von|by|por|par|door|przez|autor(?:in)?|author|auteur|text|texto|بقلم|كتب|كتبت|إعداد)\\s*[:：]?\\s+");
    /** Separators between names: commas, semicolons, ampersands, slashes, a pipe, and "and" in many languages. */
    private static final Pattern LIST = Pattern.compile(
            "(?iu)\\s*(?:[,;&/|•·]|\\s(?:and|und|et|y|e|i|og|och|en|ve|és|și|a)\\s|\\sو\\s*|\\s+-\\s+)\\s*");
    /** Words of a job title, not a name ("Staff Writer", "Correspondent", "Redakteur"). */
    private static final Pattern ROLE = Pattern.compile("(?iu)(^|\\s)(staff|writer|writers|reporter|reporters|"
            + "correspondent|correspondents|editor|editors|editorial|columnist|contributor|contributing|"
            + "photographer|photographers|photos?|photography|producer|analyst|senior|chief|associate|"
            + "bureau|desk|newsroom|team|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in|e)?|"
            + "corresponsal|redactor(?:a)?|reportero|reportera|envoyé|envoyée|spécial|rédacteur|rédactrice|"
            + "مراسل|مراسلة|محرر|phd|md|ph\\.d\\.|updated|published|posted|aktualisiert|actualizado|mis à jour|"
            + "author|auteur|autor|autorin)($|\\s|[.,])");
    private static final Pattern HANDLE_OR_MAIL = Pattern.compile("@\\S+|\\S+@\\S+\\.\\S+");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\S\\.(com|org|net|de|fr|es|uk|co|info|io)\\b");
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "di", "del", "della", "van", "von",
            "der", "den", "ter", "la", "le", "du", "y", "bin", "bint", "ibn", "al", "el", "zu", "af", "mac");
    private static final Pattern MEDIA_WORD = Pattern.compile("(?i)(the)?(online|news|newsroom|magazine?|zeitung|times|"
            + "post|tv|radio|daily|today|digital|media|redaktion|redaccion|redaction|staff|team|group|press)+");
    private static final Pattern LABEL = Pattern.compile("(?u)\\s\\p{L}{2,15}\\s?:(\\s|$)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Set<String> NOBODY = Set.of("no author", "unknown", "anonymous", "admin", "administrator",
            "guest", "editor", "staff", "null", "undefined", "none", "author", "name", "by", "autor", "auteur", "follow", "folgen", "suivre", "seguir",
            "subscribe", "abonnieren", "share", "teilen", "contact", "kontakt", "more", "mehr", "profile", "profil");
    private static final int MAX_VALUE = 200;
    private static final int MAX_BYLINE = 100;
    private static final Pattern OTHER_CONTENT = Pattern.compile(
            "(?i)comment|related|recommend|sidebar|widget|reference|citation|bibliograph|teaser|promo|more-from");
    private static final Pattern BYLINE_LINE = Pattern.compile("(?u)^(?i:by|von|text von|text:|par|por|autor:|autorin:|author:|auteur\\s?:|"
            + "written by:?|posted by:?|reported by:?|story by:?|words by:?|escrito por:?|publicado por:?|texto de:?|"
            + "publié par:?|écrit par:?|geschrieben von:?|verfasst von:?|ein beitrag von:?|بقلم)\\s+\\p{Lu}");
    private static final int MAX_NAME_WORDS = 5;
    private static final Pattern BY_AFTER_DATE = Pattern.compile("(?u)^.*?\\d.*?\\s(?:by|von|par|por|door|przez)\\s+(?=\\p{Lu})");
    private static final Pattern CREDIT = Pattern.compile("(?iu)\\s(?:illustrations?|illustration(?:en)?|fotos?|photos?|"
            + "bilder?|grafik(?:en)?|graphics?|images?|video|kamera|camera|zeichnungen?)\\s*(?:von|by|de|par|di|:)\\s");
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment");
    /** Below this much paragraph text a page has no frame worth telling apart from its widgets. */
    private static final int MIN_FRAME_PROSE = 400;
    /** An author's own page: the path's folder says so and its last part is the name's slug. */
    private static final Pattern AUTHOR_PAGE = Pattern.compile(
            "(?i)/(?:authors?|autor(?:en|in)?|auteurs?|autores?|staff|journalists?|writers?|reporters?|people|"
                    + "profiles?|members?|users?|redaktion|team)/([\\p{L}\\p{N}._-]+?)(?:\\.\\d+)?/?(?:[?#].*)?$");
    /** A user name: one token of letters, digits, dots, dashes or underscores. */
    private static final Pattern HANDLE = Pattern.compile("(?u)(?=.*\\p{L})[\\p{L}\\p{N}._-]{3,30}");

    private AuthorExtractor() {
    }

    /** The authors' names, people first; empty when the page names nobody. */
    static List<String> extract(Document doc, StructuredData ld, List<String> siteNames) {
        List<Supplier<List<String>>> sources = List.of(
                ld::authors,
                () -> META.stream().map(k -> meta(doc, k)).filter(v -> v != null).toList(),
                () -> texts(doc, "[itemprop=author] [itemprop=name], [itemprop=author]", MAX_VALUE, 5, siteNames),
                () -> texts(doc, "a[rel=author], [rel=author]", MAX_VALUE, 5, siteNames),
                () -> authorPageLinks(doc),
                () -> texts(doc, "[class~=(?i)byline|author], [id~=(?i)byline|author], [data-testid~=(?i)byline]",
                        MAX_BYLINE, 1, siteNames),
                () -> bylineLines(doc, siteNames));
        for (Supplier<List<String>> source : sources) {
            List<String> names = names(source.get(), siteNames);
            if (!names.isEmpty()) {
                return names;
            }
        }
        // A blog signs with its user name ("marc", "delta_201"): taken only from a link to the author's page.
        List<String> handles = handles(doc, siteNames);
        if (!handles.isEmpty()) {
            return handles;
        }
        // Only an organisation signs it (a news service): better than nothing, unless it is the publisher.
        return names(organisations(ld), siteNames);
    }

    /** A meta tag's content, as {@link PageMetadata#meta}, but not one describing a cited or teased work. */
    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if ((key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) && !m.attr("content").isBlank() && !inOtherContent(m)) {
                return m.attr("content").strip();
            }
        }
        return null;
    }

    private static List<String> organisations(StructuredData ld) {
        return ld.authors().isEmpty() && ld.author() != null ? List.of(ld.author()) : List.of();
    }

    /**
     * The texts of the first {@code limit} matching elements that name someone other than the publisher,
     * outside comments, reference lists and other pages' teasers (whose authors are not this article's).
     */
    private static List<String> texts(Document doc, String css, int maxLength, int limit, List<String> siteNames) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select(css)) {
            String t = e.text();
            if (!t.isBlank() && t.length() <= maxLength && !inOtherContent(e) && !names(List.of(t), siteNames).isEmpty()) {
                out.add(t);
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Inside comments, a sidebar, a widget or a teaser. The climb stops at the page's frame: an ancestor
     * holding the page's main heading or most of its paragraphs is the article's own, whatever its class
     * says (themes wrap the article in "content-sidebar-wrap" or a "widget Blog"); comments stay out even so.
     */
    private static boolean inOtherContent(Element e) {
        Element body = e.ownerDocument() == null ? null : e.ownerDocument().body();
        int pageProse = body == null ? 0 : proseLength(body);
        Element h1 = body == null ? null : body.selectFirst("h1");
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            String names = a.className() + " " + a.id() + " " + a.attr("itemprop"); // itemprop=citation, too
            if (COMMENTS.matcher(names).find()) {
                return true;
            }
            if (a != e && (h1 != null && a.children().size() > 1 && isAncestor(a, h1)
                    || pageProse >= MIN_FRAME_PROSE && proseLength(a) * 2 >= pageProse)) {
                return false;
            }
            if (a.normalName().equals("aside") || OTHER_CONTENT.matcher(names).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element a, Element of) {
        for (Element x = of; x != null; x = x.parent()) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    private static int proseLength(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /**
     * Links to an author's page ("/author/jane-doe", "/fr/staff/uriel-gadessaud/") whose text is the name the
     * address spells: the first such link outside menus and other content, and its siblings (co-authors).
     */
    private static List<String> authorPageLinks(Document doc) {
        List<String> out = new ArrayList<>();
        Element first = null;
        for (Element a : doc.select("a[href]")) {
            var m = AUTHOR_PAGE.matcher(a.attr("href"));
            String t = a.text().strip();
            if (!m.find() || t.isEmpty() || t.length() > MAX_BYLINE || !fold(m.group(1)).equals(fold(t))
                    || inChrome(a) || inOtherContent(a)) {
                continue;
            }
            if (first == null) {
                first = a;
            } else if (a.parent() != first.parent() && a.parent().parent() != first.parent().parent()) {
                continue;
            }
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean inChrome(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String n = a.normalName();
            if (n.equals("nav") || n.equals("footer") || n.equals("header") && a.selectFirst("h1") == null) {
                return true;
            }
        }
        return false;
    }

    /** User names in links to the author's page, when no name reads as a person's. */
    private static List<String> handles(Document doc, List<String> siteNames) {
        for (Element a : doc.select("a[rel=author][href], [class~=(?i)byline|author] a[href]")) {
            String t = a.text().strip();
            if (HANDLE.matcher(t).matches() && AUTHOR_PAGE.matcher(a.attr("href")).find() && !inOtherContent(a)
                    && !NOBODY.contains(fold(t)) && !isPublisher(t, siteNames)) {
                return List.of(t);
            }
        }
        return List.of();
    }

    /** A short visible line that reads as a byline: "By Jane Doe", "Text von ...", "Par ...", "بقلم ...". */
    private static List<String> bylineLines(Document doc, List<String> siteNames) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        for (Element e : body.select("p, span, div, em, strong, address, li")) {
            String t = e.text().strip();
            if (t.length() <= MAX_BYLINE && BYLINE_LINE.matcher(t).find() && !inOtherContent(e)
                    && !names(List.of(t), siteNames).isEmpty()) { // "By The Daily Tide": the publisher, look on
                return List.of(t);
            }
        }
        return List.of();
    }

    /** Every person named in the values, once each, in order. */
    static List<String> names(List<String> values, List<String> siteNames) {
        List<String> out = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (String raw : values) {
            if (raw == null) {
                continue;
            }
            String v = Parser.unescapeEntities(raw, false).replaceAll("\\s+", " ").strip();
            if (v.isEmpty() || v.length() > MAX_VALUE || URL_LIKE.matcher(v).matches()) {
                continue;
            }
            v = LEAD.matcher(v).replaceFirst(""); // before the label cut: "Written by: Ann Lee" is no "by:" field
            var after = BY_AFTER_DATE.matcher(v);
            if (after.find()) {
                v = v.substring(after.end()); // "Posted on May 3, 2021 by Jane Doe"
            }
            for (String part : LIST.split(cutAtDate(cutAtCredit(v)))) {
                String name = clean(part, siteNames);
                String f = fold(name);
                if (name.isEmpty() || folded.contains(f) || !isPerson(name, f, siteNames)) {
                    continue;
                }
                out.add(name);
                folded.add(f);
            }
        }
        return out;
    }

    /** "Text von Jane Doe Illustration von John Roe": the illustrator or photographer is not an author. */
    private static String cutAtCredit(String v) {
        var m = CREDIT.matcher(v);
        return m.find() && m.start() > 0 ? v.substring(0, m.start()) : v;
    }

    /** Anything after a date or time in a byline ("Jane Doe | May 3, 2021 10:04") is not a name. */
    private static String cutAtDate(String v) {
        var m = DIGIT.matcher(v);
        int cut = m.find() ? m.start() : v.length();
        var label = LABEL.matcher(v);
        if (label.find() && label.start() > 0) {
            cut = Math.min(cut, label.start()); // "Jane Doe Datum: 03.03.2019": the next field's label
        }
        return v.substring(0, Math.min(cut, DateParser.dateStart(v)));
    }

    private static String clean(String part, List<String> siteNames) {
        String s = HANDLE_OR_MAIL.matcher(part).replaceAll(" ");
        // "FOCUS-Online-Experte Jane Doe": a word that holds the site's name is a title, not part of the name.
        StringBuilder kept = new StringBuilder();
        for (String w : s.split("\\s+")) {
            if (w.length() < 12 || !TitleChooser.isSite(w.replaceAll("-\\p{L}+$", ""), siteNames)) {
                kept.append(w).append(' ');
            }
        }
        s = kept.toString();
        String before;
        do {
            before = s;
            s = LEAD.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return s.replaceAll("^[\\s\\p{P}]+|[\\s\\p{P}&&[^.'’]]+$", "").replaceAll("\\s+", " ").strip();
    }

    private static boolean isPerson(String name, String folded, List<String> siteNames) {
        if (!name.chars().anyMatch(Character::isLetter) || ROLE.matcher(name).find() || NOBODY.contains(folded)
                || DOMAIN.matcher(name).find() || !capitalised(name)) {
            return false;
        }
        int words = name.split("\\s+").length;
        if (words > MAX_NAME_WORDS) {
            return false;
        }
        return !isPublisher(name, siteNames);
    }

    /**
     * The publisher signing its own article: the name is a site name, or one with a media word or a short
     * prefix ("FOCUS Online" for focus.de, "OÖ Volksblatt" for volksblatt.at). A site named after its author
     * ("Jane Doe's blog", janedoe.com) does not make her the publisher.
     */
    private static boolean isPublisher(String name, List<String> siteNames) {
        String p = fold(name).replace(" ", "");
        for (String site : siteNames) {
            String s = fold(site).replace(" ", "");
            if (s.isEmpty()) {
                continue;
            }
            int at = s.length() >= 4 ? p.indexOf(s) : -1;
            String rest = at < 0 ? null : p.substring(0, at) + p.substring(at + s.length());
            if (p.equals(s) || rest != null && (rest.length() <= 3 || MEDIA_WORD.matcher(rest).matches())) {
                return true;
            }
        }
        return false;
    }

    /** In a cased script, names are written with capitals (particles such as "de" or "van" aside). */
    private static boolean capitalised(String name) {
        for (String w : name.split("\\s+")) {
            int c = w.codePointAt(0);
            if (Character.isLowerCase(c) && !PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
