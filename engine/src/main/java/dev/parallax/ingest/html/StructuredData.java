package dev.parallax.ingest.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org Article a page describes in JSON-LD: headline, articleBody, author, datePublished,
 * publisher. Only read as data; malformed blocks are skipped. Sloppy JSON that browsers' consumers accept
 * (raw newlines in strings, trailing commas) is accepted too.
 */
public record StructuredData(String headline, String articleBody, String author, String datePublished,
                             String publisher, String url, List<String> authors, String dateModified) {
    public static final StructuredData NONE = new StructuredData(null, null, null, null, null, null, List.of(), null);

    public StructuredData {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
    private static final int MAX_SCRIPT_CHARS = 2_000_000;
    private static final int MAX_NODES = 20_000;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "report", "scholarlyarticle", "techarticle", "liveblogposting", "posting",
            "socialmediaposting", "review", "creativework");

    public static StructuredData read(Document doc) {
        JsonNode best = null;
        JsonNode website = null;
        JsonNode webPage = null;
        Map<String, JsonNode> byId = new HashMap<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(data.strip());
            } catch (Exception e) {
                continue; // not JSON after all: ignore it, as a browser would
            }
            for (JsonNode obj : objects(root)) {
                String id = text(obj.get("@id"));
                if (id != null && obj.size() > 1) {
                    byId.putIfAbsent(id, obj);
                }
                if (isArticle(obj) && (best == null || !best.hasNonNull("articleBody") && obj.hasNonNull("articleBody"))) {
                    best = obj;
                } else if (website == null && types(obj).contains("website")) {
                    website = obj;
                } else if (webPage == null && obj.hasNonNull("datePublished")
                        && types(obj).stream().anyMatch(t -> t.endsWith("page"))) {
                    webPage = obj; // a page that is not marked as an article still dates itself
                }
            }
        }
        if (best == null) {
            String site = website == null ? null : text(website.get("name"));
            return site == null && webPage == null ? NONE : new StructuredData(null, null, null,
                    webPage == null ? null : text(webPage.get("datePublished")), site, null, List.of(),
                    webPage == null ? null : text(webPage.get("dateModified")));
        }
        String publisher = name(best.get("publisher"));
        if (publisher == null && website != null) {
            publisher = text(website.get("name"));
        }
        String url = text(best.get("url"));
        if (url == null) {
            JsonNode page = best.get("mainEntityOfPage");
            url = page != null && page.isObject() ? text(page.get("@id")) : text(page);
        }
        List<String> authors = authors(best.get("author"), byId, false);
        if (authors.isEmpty()) {
            authors = authors(best.get("author"), byId, true);
        }
        return new StructuredData(text(best.get("headline")), text(best.get("articleBody")), name(best.get("author")),
                first(text(best.get("datePublished")), text(best.get("dateCreated"))), publisher, url, authors,
                text(best.get("dateModified")));
    }

    /**
     * The names of an article's authors: strings, objects with a name, lists of either, and references
     * ({@code {"@id": ...}}) to a node elsewhere in the page's graph. People only, unless {@code organisations}.
     */
    private static List<String> authors(JsonNode n, Map<String, JsonNode> byId, boolean organisations) {
        List<String> out = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (n != null) {
            todo.add(n);
        }
        int seen = 0;
        while (!todo.isEmpty() && seen++ < 200) {
            JsonNode a = todo.poll();
            if (a.isArray()) {
                a.forEach(todo::add);
                continue;
            }
            if (a.isObject() && !a.has("name") && byId.containsKey(text(a.get("@id")))) {
                a = byId.get(text(a.get("@id")));
            }
            String name = a.isObject() ? text(a.get("name")) : text(a);
            if (name == null && a.isObject() && a.get("name") != null && a.get("name").isArray()) {
                a.get("name").forEach(todo::add);
                continue;
            }
            boolean organisation = a.isObject() && types(a).stream().anyMatch(t -> t.contains("organization")
                    || t.equals("newsmediaorganization") || t.equals("corporation"));
            if (name != null && organisation == organisations && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** Every object in the tree (arrays, @graph, nested), breadth first, bounded. */
    private static List<JsonNode> objects(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty() && out.size() < MAX_NODES) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                out.add(n);
                n.forEach(child -> {
                    if (child.isContainerNode()) {
                        todo.add(child);
                    }
                });
            }
        }
        return out;
    }

    private static boolean isArticle(JsonNode obj) {
        for (String t : types(obj)) {
            if (ARTICLE_TYPES.contains(t) || t.endsWith("article")) {
                return obj.hasNonNull("headline") || obj.hasNonNull("articleBody");
            }
        }
        return false;
    }

    private static List<String> types(JsonNode obj) {
        List<String> out = new ArrayList<>();
        JsonNode t = obj.get("@type");
        if (t != null && t.isArray()) {
            t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
        } else if (t != null) {
            out.add(t.asText().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A person or organisation: a string, an object with a name, or a list of either (joined). */
    private static String name(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            List<String> names = new ArrayList<>();
            n.forEach(x -> {
                String s = name(x);
                if (s != null && !names.contains(s)) {
                    names.add(s);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (n.isObject()) {
            return text(n.get("name"));
        }
        return text(n);
    }

    /** A string value; anything else (null, a number, true/false) is absent, never shown as "null" or "Infinity". */
    private static String text(JsonNode n) {
        if (n == null || !n.isTextual()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
