package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.TestData;
import dev.parallax.article.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.article.Block;
import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.UniquePassage;
import dev.parallax.export.ComparisonHtml;
import dev.parallax.workspace.Workspace;
import dev.parallax.ingest.ArticleLoader;
import dev.parallax.ingest.LoadResult;
import dev.parallax.present.Mark;
import dev.parallax.present.Marks;
import dev.parallax.present.Paragraphs;
import dev.parallax.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window and the HTML export give every character of both reports the same owner (the same passage,
 * drawn as the same kind). The window's owner is read from its text nodes (style class and the passage
 * they select), the export's from the parsed page; both are mapped back to offsets in the article's text.
 */
@ExtendWith(ApplicationExtension.class)
class MarksAgreeTest {
    private static final Set<String> KINDS = Set.of("identical", "near", "paraphrase", "unique");
    private static final String[] SIDE = {"a", "b"};
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theReaderWindowAndTheHtmlExportColourTheSeedsAlike(FxRobot robot) throws Exception {
        ReaderModel model = new ReaderModel(Workspace::inMemory);
        ReaderWindow[] window = new ReaderWindow[1];
        robot.interact(() -> {
            window[0] = new ReaderWindow(stage, model, Settings.inMemory());
            stage.setScene(window[0].scene(1260, 780));
            stage.show();
            window[0].open(List.of(TestData.seedA(), TestData.seedB()));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.comparisonProperty().get() != null && model.semanticProperty().get());
        model.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        Comparison c = model.comparisonProperty().get();
        assertSameOwners(c, window[0].left(), window[0].right());
    }

    /**
     * Passages that overlap (a later match over an earlier one, a one-sided passage starting before a match
     * and ending inside it, another running across two matches): the case where two rules would part.
     */
    @Test
    void overlappingPassagesGoToTheSameOwnerInBoth(FxRobot robot) throws Exception {
        Path event = TestData.reports("bridge-event");
        Comparison plain = new Comparer(null).compare(load(event.resolve("daily.txt")), load(event.resolve("wire.txt")));
        assertTrue(plain.matches().size() >= 2, "the two reports share passages");
        Comparison c = overlapped(plain);
        ArticleView[] views = new ArticleView[2];
        robot.interact(() -> {
            views[0] = new ArticleView("a");
            views[1] = new ArticleView("b");
            views[0].show(c.a().article(), "A", Marks.of(c, 0));
            views[1].show(c.b().article(), "B", Marks.of(c, 1));
            HBox both = new HBox(views[0], views[1]);
            stage.setScene(new Scene(both, 1200, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSameOwners(c, views[0], views[1]);
    }

    /** The comparison with overlapping passages added on both sides, built from its own matched spans. */
    private static Comparison overlapped(Comparison c) {
        List<Match> matches = new ArrayList<>(c.matches());
        List<UniquePassage> unique = new ArrayList<>(c.unique());
        Match first = c.matches().get(0);
        Match second = c.matches().get(1);
        matches.add(new Match(MatchKind.NEAR, 0.5, shifted(first.a(), c.a().text()), shifted(first.b(), c.b().text()),
                List.of(), true));
        for (int side = 0; side < 2; side++) {
            Span m1 = side == 0 ? first.a() : first.b();
            Span m2 = side == 0 ? second.a() : second.b();
            int half = m1.start() + (m1.end() - m1.start()) / 2;
            unique.add(new UniquePassage(side, new Span(shownBefore(c.articles().get(side).article(), m1.start() - 30),
                    half)));
            unique.add(new UniquePassage(side, new Span(half, Math.max(half, m2.end()))));
        }
        return new Comparison(c.articles(), matches, unique, c.quotes(), c.numbers(), c.stats());
    }

    /**
     * The nearest offset at or before {@code at} inside a block: a passage that began in the blank between
     * blocks would have its first character (and the export its anchor) where neither front end draws text.
     */
    private static int shownBefore(Article article, int at) {
        for (int i = at; i > 0; i--) {
            for (Block b : article.blocks()) {
                if (b.start() <= i && i < b.end()) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** The span moved a third of its length on (clipped to the text): it overlaps the span's end. */
    private static Span shifted(Span s, String text) {
        int by = (s.end() - s.start()) / 3;
        return new Span(Math.min(s.start() + by, text.length()), Math.min(s.end() + by, text.length()));
    }

    private static AnalyzedArticle load(Path file) {
        LoadResult r = new ArticleLoader().loadFile(file);
        if (!(r instanceof LoadResult.Loaded loaded)) {
            throw new IllegalStateException("did not load: " + r);
        }
        return AnalyzedArticle.of(loaded.article());
    }

    private static void assertSameOwners(Comparison c, ArticleView left, ArticleView right) {
        Document page = Jsoup.parse(ComparisonHtml.render(c));
        ArticleView[] views = {left, right};
        for (int side = 0; side < 2; side++) {
            Article article = c.articles().get(side).article();
            String[] shown = new String[article.text().length()];
            WaitForAsyncUtils.waitForFxEvents();
            String[] window = windowOwners(views[side], article, shown);
            String[] html = htmlOwners(page, side, article);
            int compared = 0;
            int marked = 0;
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] == null) {
                    continue; // not in a block: the window does not show it
                }
                String expected = html[i].endsWith(":?") && window[i].startsWith(html[i].substring(0, html[i].length() - 1))
                        ? window[i] : html[i]; // the page names the kind but not which passage (see htmlOwners)
                assertEquals(expected, window[i], "owner of " + SIDE[side] + " character " + i + " '"
                        + article.text().charAt(i) + "' in …" + context(article.text(), i) + "…");
                compared++;
                if (!window[i].equals("-")) {
                    marked++;
                }
            }
            assertTrue(compared > 0 && marked > 0, "characters were compared, some of them marked");
            List<String> windowTags = windowTags(views[side]);
            List<String> htmlTags = page.select("#text-" + SIDE[side] + " sup.tag").stream()
                    .map(e -> e.text().replaceAll("\\s", "")).toList();
            assertEquals(htmlTags, windowTags, "the same kind glyph and pair number at each passage of " + SIDE[side]);
            assertTrue(!windowTags.isEmpty() && windowTags.stream().allMatch(t -> t.matches("[=~≈]\\d+⇅?")), "glyph, number, ⇅: " + windowTags);
        }
    }

    /** The tags the window puts before passages, in reading order: "≈3", with ⇅ when moved. */
    private static List<String> windowTags(ArticleView view) {
        List<String> tags = new ArrayList<>();
        for (Node flow : view.content().getChildren()) {
            for (Node n : ((SafeWrapFlow) flow).texts()) {
                Text t = (Text) n;
                if (t.getStyleClass().contains("pair-tag")) {
                    tags.add(t.getText().strip().replace("\u2009", ""));
                } else if (t.getStyleClass().contains("moved-glyph")) {
                    tags.set(tags.size() - 1, tags.getLast() + t.getText().strip());
                }
            }
        }
        return tags;
    }

    private static String context(String text, int i) {
        return text.substring(Math.max(0, i - 20), Math.min(text.length(), i + 20));
    }

    /** The owner of each character the view shows, from its text nodes: "kind:m3", "unique:u2" or "-". */
    private static String[] windowOwners(ArticleView view, Article article, String[] shown) {
        String[] owner = new String[article.text().length()];
        List<Node> flows = view.content().getChildren();
        List<Block> blocks = article.blocks();
        assertEquals(blocks.size(), flows.size(), "one flow per block");
        for (int b = 0; b < blocks.size(); b++) {
            int at = blocks.get(b).start();
            for (Node n : ((SafeWrapFlow) flows.get(b)).texts()) {
                Text t = (Text) n;
                if (t.getStyleClass().contains(ArticleView.TAG_TEXT)) {
                    continue; // the pair tag and ⇅ drawn before a passage, not article text
                }
                String key = "-";
                if (t.getUserData() instanceof Integer i) {
                    Mark m = view.highlights().get(i);
                    String kind = t.getStyleClass().stream().filter(KINDS::contains).findFirst().orElse("?");
                    key = kind + ":" + (m.isUnique() ? "u" + m.unique() : "m" + m.match());
                }
                for (int k = 0; k < t.getText().length(); k++) {
                    assertEquals(article.text().charAt(at), t.getText().charAt(k), "the view shows the article's text");
                    owner[at] = key;
                    shown[at] = "";
                    at++;
                }
            }
            assertEquals(blocks.get(b).end(), at, "the block's text shown whole");
        }
        return owner;
    }

    /**
     * The owner of each character in the exported page. A passage's first run carries its id and the runs of a
     * match link to its counterpart; a later run of a one-sided passage belongs to the last one begun in its
     * paragraph. A run with neither is named by its kind only ("unique:?"): its passage's first character may
     * lie in the blank between blocks, where the page draws nothing and so carries no id.
     */
    private static String[] htmlOwners(Document page, int side, Article article) {
        String text = article.text();
        String[] owner = new String[text.length()];
        Arrays.fill(owner, "-");
        List<Element> blocks = page.select("#text-" + SIDE[side] + " .prose > p.para, #text-" + SIDE[side]
                + " .prose > h3.sub");
        List<Paragraphs.Para> paras = Paragraphs.of(article).all();
        assertEquals(paras.size(), blocks.size(), "one element per paragraph");
        for (int p = 0; p < paras.size(); p++) {
            int at = paras.get(p).span().start();
            String lastUnique = "?";
            String lastMatch = "?";
            for (org.jsoup.nodes.Node n : blocks.get(p).childNodes()) {
                String key = "-";
                String s;
                if (n instanceof TextNode t) {
                    s = t.getWholeText();
                } else if (n instanceof Element e && e.hasClass("pn")) {
                    continue;
                } else if (n instanceof Element e && e.hasClass("uq")) {
                    if (!e.id().isEmpty()) {
                        lastUnique = "u" + (Integer.parseInt(e.id().substring(e.id().indexOf("-u") + 2)) - 1);
                    }
                    key = "unique:" + lastUnique;
                    s = e.wholeText();
                } else if (n instanceof Element e && e.hasClass("hl")) {
                    String kind = e.classNames().stream().filter(KINDS::contains).findFirst().orElse("?");
                    String ref = !e.id().isEmpty() ? e.id() : e.attr("href");
                    if (!ref.isEmpty()) {
                        lastMatch = "m" + (Integer.parseInt(ref.substring(ref.indexOf("-m") + 2)) - 1);
                    }
                    key = kind + ":" + lastMatch;
                    Element copy = e.clone();
                    copy.select("sup.tag").remove(); // the pair number, not article text
                    s = copy.wholeText();
                } else {
                    throw new AssertionError("unexpected node in a paragraph: " + n);
                }
                for (int k = 0; k < s.length(); k++) {
                    assertEquals(text.charAt(at), s.charAt(k), "the page shows the article's text");
                    owner[at++] = key;
                }
            }
            assertEquals(paras.get(p).span().end(), at, "the paragraph's text shown whole");
        }
        return owner;
    }
}
