package dev.parallax.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Edits;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The exports of two versions of one page: the comparison's exports (same contract), with what changed in
 * the headline, quotations and numbers called out first. JSON gains one top-level field, {@code edits},
 * right after {@code version}; Markdown and HTML a section before everything else.
 */
public final class VersionExports {
    private VersionExports() {
    }

    /** What changed, one line each (plain text: the caller escapes), earlier version as A. */
    public static List<String> lines(Comparison c, Edits e) {
        String a = c.a().article().text();
        String b = c.b().article().text();
        List<String> out = new ArrayList<>();
        if (e.headlineChanged()) {
            out.add("Headline: " + headline(e.headlineA()) + " \u2192 " + headline(e.headlineB()));
        }
        for (QuoteMatch q : e.quotes()) {
            String who = q.speaker() == null ? "" : " (" + q.speaker() + ")";
            out.add(q.a() == null ? "Quotation added" + who + ": " + q.b().of(b)
                    : q.b() == null ? "Quotation removed" + who + ": " + q.a().of(a)
                    : "Quotation reworded" + who + ": " + q.a().of(a) + " \u2192 " + q.b().of(b));
        }
        for (NumberMatch n : e.numbers()) {
            out.add(n.a() == null ? "Number added: " + n.b().span().of(b)
                    : n.b() == null ? "Number removed: " + n.a().span().of(a)
                    : "Number changed: " + n.a().span().of(a) + " \u2192 " + n.b().span().of(b));
        }
        if (out.isEmpty()) {
            out.add("Headline, quotations and numbers unchanged.");
        }
        return out;
    }

    private static String headline(String t) {
        return t == null ? "(none)" : "\u201C" + t + "\u201D";
    }

    public static String render(Comparison c, Edits e, Exports.Format format) {
        return switch (format) {
            case JSON -> json(c, e);
            case MARKDOWN -> markdown(c, e);
            case HTML -> html(c, e).html();
        };
    }

    /** Writes atomically, as every export is written. */
    public static void write(Comparison c, Edits e, Path target, Exports.Format format) throws IOException {
        AtomicWriter.write(target, render(c, e, format).getBytes(StandardCharsets.UTF_8));
    }

    static String json(Comparison c, Edits e) {
        ObjectNode contract = Json.MAPPER.valueToTree(ComparisonJson.of(c));
        ObjectNode doc = Json.MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = contract.fields(); it.hasNext(); ) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> f = it.next();
            doc.set(f.getKey(), f.getValue());
            if (f.getKey().equals("version")) {
                doc.set("edits", edits(c, e));
            }
        }
        try {
            return Json.MAPPER.writeValueAsString(doc);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static ObjectNode edits(Comparison c, Edits e) {
        String a = c.a().article().text();
        String b = c.b().article().text();
        ObjectNode edits = Json.MAPPER.createObjectNode();
        if (e.headlineChanged()) {
            edits.putObject("headline").put("a", e.headlineA()).put("b", e.headlineB());
        } else {
            edits.putNull("headline");
        }
        ArrayNode quotes = edits.putArray("quotes");
        for (QuoteMatch q : e.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("speaker", q.speaker());
            o.set("a", span(q.a(), a, "edits.quotes.a"));
            o.set("b", span(q.b(), b, "edits.quotes.b"));
            o.put("variant", q.variant());
        }
        ArrayNode numbers = edits.putArray("numbers");
        for (NumberMatch n : e.numbers()) {
            ObjectNode o = numbers.addObject();
            o.set("a", span(n.a() == null ? null : n.a().span(), a, "edits.numbers.a"));
            o.set("b", span(n.b() == null ? null : n.b().span(), b, "edits.numbers.b"));
            if (n.agree() == null) {
                o.putNull("agree");
            } else {
                o.put("agree", n.agree());
            }
        }
        return edits;
    }

    private static com.fasterxml.jackson.databind.JsonNode span(Span s, String text, String where) {
        return s == null ? Json.MAPPER.nullNode() : Json.MAPPER.valueToTree(ComparisonJson.span(s, text, where));
    }

    static String markdown(Comparison c, Edits e) {
        String md = ComparisonMarkdown.render(c);
        StringBuilder section = new StringBuilder("## Changed between the versions (A earlier, B later)\n\n");
        for (String line : lines(c, e)) {
            section.append("- ").append(ComparisonMarkdown.escape(line)).append('\n');
        }
        int afterTitle = md.indexOf("\n\n") + 2; // after "# Parallax comparison"
        return md.substring(0, afterTitle) + section + "\n" + md.substring(afterTitle);
    }

    static Document html(Comparison c, Edits e) {
        Document page = ComparisonHtml.document(c);
        Element section = page.createElement("section").addClass("edits");
        section.appendElement("h2").text("Changed between the versions (A earlier, B later)");
        Element list = section.appendElement("ul");
        for (String line : lines(c, e)) {
            list.appendElement("li").text(line);
        }
        Element header = page.selectFirst("header");
        if (header != null) {
            header.after(section);
        } else {
            page.body().prependChild(section);
        }
        return page;
    }
}
