package dev.parallax.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.DiffOp;
import dev.parallax.compare.Match;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.compare.UniquePassage;
import dev.parallax.export.ComparisonHtml;
import dev.parallax.export.ComparisonJson;
import dev.parallax.export.ComparisonMarkdown;
import dev.parallax.export.ContractCheck;
import dev.parallax.export.Json;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.article.Block;
import dev.parallax.article.BlockKind;
import dev.parallax.text.Sentence;
import dev.parallax.text.SentenceSplitter;
import dev.parallax.text.Span;
import dev.parallax.text.TextFolding;
import dev.parallax.text.quotes.Quotation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What must hold for any input: offsets inside their text, spans spelling what they claim, nothing executable. */
final class Invariants {
    private Invariants() {
    }

    static boolean strayControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7F && c <= 0x9F);
    }

    private static void noStrayControls(String s, String where) {
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                assertFalse(strayControl(s.charAt(i)), where + ": control character U+"
                        + Integer.toHexString(s.charAt(i)) + " at " + i);
            }
        }
    }

    /** The article text is its blocks joined by blank lines, each block one clean line. */
    static void article(Article a) {
        String text = a.text();
        assertFalse(text.isBlank(), "a loaded article has text");
        noStrayControls(text, "text");
        noStrayControls(a.title(), "title");
        a.removed().forEach(r -> noStrayControls(r, "removed block"));
        noStrayControls(a.metadata().byline(), "byline");
        if (a.title() != null) {
            assertFalse(a.title().isBlank());
            assertEquals(a.title().strip(), a.title());
        }
        List<String> blockTexts = new ArrayList<>();
        for (Block b : a.blocks()) {
            assertTrue(0 <= b.start() && b.start() < b.end() && b.end() <= text.length(), "block " + b);
            String t = a.blockText(b);
            assertEquals(t.strip(), t, "block trimmed");
            assertFalse(t.contains("\n"), "block is one line");
            blockTexts.add(t);
        }
        assertEquals(String.join("\n\n", blockTexts), text, "text = blocks joined by blank lines");
    }

    static void analysis(AnalyzedArticle a) {
        String text = a.text();
        int previousEnd = 0;
        for (int i = 0; i < a.sentences().size(); i++) {
            Sentence s = a.sentences().get(i);
            assertEquals(i, s.index());
            assertTrue(previousEnd <= s.start() && s.start() < s.end() && s.end() <= text.length(), "sentence " + s);
            Block block = a.article().blocks().get(s.block());
            assertTrue(block.start() <= s.start() && s.end() <= block.end(), "sentence inside its block");
            assertTrue(block.kind() != BlockKind.HEADING, "headings hold no sentences");
            String st = s.text(text);
            assertEquals(st.strip(), st, "sentence trimmed");
            assertTrue(st.length() <= SentenceSplitter.MAX_CHARS, "sentence of " + st.length() + " characters");
            previousEnd = s.end();
        }
        for (Quotation q : a.quotes()) {
            assertTrue(0 <= q.start() && q.start() <= q.contentStart() && q.contentStart() <= q.contentEnd()
                    && q.contentEnd() <= q.end() && q.end() <= text.length(), "quotation " + q);
            for (Quotation.Span p : q.parts()) {
                assertTrue(q.start() <= p.start() && p.start() <= p.end() && p.end() <= q.end(), "part of " + q);
            }
            if (q.speaker() != null) {
                assertFalse(q.speaker().isBlank(), "speaker named");
                assertTrue(0 <= q.speakerStart() && q.speakerStart() < q.speakerEnd()
                        && q.speakerEnd() <= text.length(), "speaker mention " + q);
            }
        }
    }

    private static void within(Span s, String text, String where) {
        assertNotNull(s, where);
        assertTrue(0 <= s.start() && s.start() <= s.end() && s.end() <= text.length(),
                where + " " + s + " in a text of " + text.length());
    }

    private static String noSpace(String s) {
        return TextFolding.fold(s.replaceAll("\\s+", ""));
    }

    static void comparison(Comparison c, AnalyzedArticle a, AnalyzedArticle b) {
        assertTrue(c.a() == a && c.b() == b, "the comparison keeps its articles");
        String ta = a.text();
        String tb = b.text();
        for (Match m : c.matches()) {
            within(m.a(), ta, "match in A");
            within(m.b(), tb, "match in B");
            assertTrue(m.a().length() > 0 && m.b().length() > 0, "matched passages are not empty: " + m);
            assertTrue(m.score() >= 0 && m.score() <= 1, "score " + m.score());
            StringBuilder spellsA = new StringBuilder();
            StringBuilder spellsB = new StringBuilder();
            for (DiffOp op : m.diff()) {
                if (op.op() != DiffOp.Op.INSERT) {
                    spellsA.append(op.text());
                }
                if (op.op() != DiffOp.Op.DELETE) {
                    spellsB.append(op.text());
                }
            }
            if (!m.diff().isEmpty()) {
                assertEquals(m.a().of(ta), spellsA.toString(), "equal and deleted words spell A's passage");
                assertEquals(noSpace(m.b().of(tb)), noSpace(spellsB.toString()),
                        "equal and inserted words spell B's passage, folded");
            }
        }
        disjoint(c.matches().stream().map(Match::a).toList(), "matches in A");
        disjoint(c.matches().stream().map(Match::b).toList(), "matches in B");
        for (UniquePassage u : c.unique()) {
            assertTrue(u.article() == 0 || u.article() == 1);
            within(u.span(), u.article() == 0 ? ta : tb, "unique passage");
            assertTrue(u.span().length() > 0, "unique passage not empty");
        }
        for (QuoteMatch q : c.quotes()) {
            assertTrue(q.a() != null || q.b() != null, "a quotation is in at least one article");
            if (q.a() != null) {
                within(q.a(), ta, "quotation in A");
            }
            if (q.b() != null) {
                within(q.b(), tb, "quotation in B");
            }
            assertTrue(!q.variant() || q.a() != null && q.b() != null, "a variant needs both");
        }
        for (NumberMatch n : c.numbers()) {
            assertTrue(n.a() != null || n.b() != null);
            if (n.a() != null) {
                within(n.a().span(), ta, "number in A");
            }
            if (n.b() != null) {
                within(n.b().span(), tb, "number in B");
            }
            assertEquals(n.a() == null || n.b() == null, n.agree() == null, "agreement only for a pair");
        }
        assertTrue(c.stats().sharedA() >= 0 && c.stats().sharedA() <= 1, "shared A " + c.stats().sharedA());
        assertTrue(c.stats().sharedB() >= 0 && c.stats().sharedB() <= 1, "shared B " + c.stats().sharedB());
    }

    private static void disjoint(List<Span> spans, String where) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i - 1).end() <= sorted.get(i).start(), where + " overlap: " + sorted);
        }
    }

    /** Every export renders; JSON follows the contract; the HTML page holds nothing that runs. */
    static void exports(Comparison c) throws IOException {
        String json = ComparisonJson.render(c);
        if (c.matches().isEmpty() && c.quotes().isEmpty() && c.numbers().isEmpty()) {
            Json.MAPPER.readTree(json); // nothing but the two articles: well-formed is enough (the schema check is slow)
        } else {
            ContractCheck.assertValid(json);
        }
        assertTrue(ComparisonMarkdown.render(c).startsWith("# Parallax comparison"));
        Document page = Jsoup.parse(ComparisonHtml.render(c));
        assertTrue(page.select("script, iframe, object, embed, img, form, base, link, svg").isEmpty(), "no active element");
        for (Element e : page.getAllElements()) {
            for (Attribute attr : e.attributes()) {
                String name = attr.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "handler " + attr);
                if (name.equals("href")) {
                    assertTrue(attr.getValue().startsWith("#"), "foreign link " + attr);
                    assertNotNull(page.getElementById(attr.getValue().substring(1)), "dangling link " + attr);
                }
            }
        }
    }
}
