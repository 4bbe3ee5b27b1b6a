package dev.parallax.ingest.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Article text that a page carries only as data for its scripts: a framework's hydration state
 * ({@code __NEXT_DATA__}, {@code window.__INITIAL_STATE__ = {...}}, any {@code application/json} block).
 * The article is the list in the data whose strings hold the most prose (paragraph objects or HTML
 * strings), or one long string of several paragraphs. Read as data only; nothing runs.
 */
final class ScriptData {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final Pattern ASSIGNMENT = Pattern.compile("(?s)^\\s*(?:window\\.|self\\.|var\\s+|let\\s+|const\\s+)?"
            + "[\\w$.\\[\\]'\"]*(?:STATE|DATA|state|data|Data|State|__NUXT__|APOLLO\\w*)[\\w$'\"\\]]*\\s*=\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。؟\"”»)]\\s*$");
    private static final int MAX_SCRIPT_CHARS = 5_000_000;
    private static final int MAX_NODES = 200_000;
    /** A string shorter than this is a label or a title, not a paragraph. */
    private static final int MIN_PARAGRAPH = 60;

    private ScriptData() {
    }

    /** The paragraphs of the longest article text in these scripts' data (taken before the page is cleaned), or none. */
    static List<String> paragraphs(List<Element> scripts) {
        List<String> best = List.of();
        int bestChars = 0;
        for (Element script : scripts) {
            String type = script.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (type.contains("ld+json") || !(type.isEmpty() || type.contains("json") || type.contains("javascript"))) {
                continue;
            }
            String data = script.data();
            if (data.length() < 200 || data.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            JsonNode root = parse(data, type.contains("json"));
            if (root == null) {
                continue;
            }
            List<String> found = longestText(root);
            int chars = found.stream().mapToInt(String::length).sum();
            if (chars > bestChars) {
                best = found;
                bestChars = chars;
            }
        }
        return best;
    }

    /** A JSON block, or the object literal assigned in "window.__STATE__ = {...};". */
    private static JsonNode parse(String data, boolean json) {
        String s = data.strip();
        if (!json) {
            Matcher m = ASSIGNMENT.matcher(s);
            if (!m.lookingAt()) {
                return null;
            }
            s = s.substring(m.end()).strip();
            int end = Math.max(s.lastIndexOf('}'), s.lastIndexOf(']'));
            if (end < 0) {
                return null;
            }
            s = s.substring(0, end + 1);
        }
        if (s.isEmpty() || s.charAt(0) != '{' && s.charAt(0) != '[') {
            return null;
        }
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            return null; // not data after all
        }
    }

    /** Over every array and long string in the tree: the one whose paragraphs add up to the most prose. */
    private static List<String> longestText(JsonNode root) {
        List<String> best = List.of();
        int bestChars = 0;
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < MAX_NODES) {
            JsonNode n = todo.poll();
            List<String> found = List.of();
            if (n.isArray()) {
                found = paragraphsOf(n);
            } else if (n.isTextual() && n.asText().length() >= 3 * MIN_PARAGRAPH) {
                found = split(n.asText());
            }
            int chars = found.stream().mapToInt(String::length).sum();
            if (found.size() >= 2 && chars > bestChars) {
                best = found;
                bestChars = chars;
            }
            if (n.isContainerNode()) {
                n.forEach(todo::add);
            }
        }
        return best;
    }

    /** The prose items of an array: strings, or objects whose text sits in a string field one level down. */
    private static List<String> paragraphsOf(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            String text = null;
            if (item.isTextual()) {
                text = item.asText();
            } else if (item.isObject()) {
                for (String field : new String[] {"text", "content", "html", "body", "value", "paragraph", "data"}) {
                    JsonNode v = item.get(field);
                    if (v != null && v.isTextual()) {
                        text = v.asText();
                        break;
                    }
                }
            }
            if (text != null) {
                out.addAll(split(text));
            }
        }
        return out.stream().filter(ScriptData::isProse).count() * 2 >= Math.max(out.size(), 1) ? out : List.of();
    }

    /** A string as paragraphs: HTML split at its block elements, plain text at its line breaks. */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (s.contains("<")) {
            Document frag = Jsoup.parseBodyFragment(s);
            for (Element e : frag.body().select("p, h2, h3, h4, li, blockquote")) {
                if (e.select("p, li").size() <= (e.normalName().equals("p") || e.normalName().equals("li") ? 1 : 0)) {
                    addIfText(out, e.text());
                }
            }
            if (out.isEmpty()) {
                addIfText(out, frag.body().text());
            }
        } else {
            for (String line : s.split("\\n+")) {
                addIfText(out, Parser.unescapeEntities(line, false));
            }
        }
        return out;
    }

    private static void addIfText(List<String> out, String t) {
        String s = t.replaceAll("\\s+", " ").strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    private static boolean isProse(String s) {
        return s.length() >= MIN_PARAGRAPH && s.contains(" ") && SENTENCE_END.matcher(s).find()
                && !s.startsWith("http") && !s.startsWith("{");
    }
}
