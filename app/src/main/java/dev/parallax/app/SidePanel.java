package dev.parallax.app;

import dev.parallax.present.ComparisonFigures;
import dev.parallax.present.KindLabels;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.index.IndexedArticle;
import dev.parallax.index.SearchHit;
import dev.parallax.article.Article;
import dev.parallax.article.Block;
import dev.parallax.text.Span;
import dev.parallax.text.numbers.NumberMention;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The side panel: the overlap summary, and tabs for quotations, numbers and search. Rows wrap, so whole
 * quotations show at any width; every row can be copied (Ctrl+C, or its context menu, with or without its
 * citation) and searched for.
 */
final class SidePanel extends VBox {
    /** A quotation or number row chosen: its span in A and in B, either may be null. */
    record Pick(Span a, Span b) {
    }

    private final Label summary = new Label();
    private final GridPane counts = new GridPane();
    private final ListView<QuoteMatch> quotes = new ListView<>();
    private final ListView<NumberMatch> numbers = new ListView<>();
    private final TextField query = new TextField();
    private final ListView<SearchHit> hits = new ListView<>();
    private final Label noHits = new Label("Type words and press Enter");
    /** "Did you mean “Blinken”?" under the query when a word of it is in no article; a click searches that. */
    private final Hyperlink suggestion = new Hyperlink();
    private final TabPane tabs = new TabPane();
    private final Tab searchTab;
    private final ReaderModel model;
    private final Consumer<String> copy;
    private Comparison comparison;

    SidePanel(ReaderModel model, Consumer<Pick> onPick, Consumer<SearchHit> onHit, Consumer<String> copy) {
        this.model = model;
        this.copy = copy;
        getStyleClass().add("side-panel");
        setId("side-panel");
        Label overlap = new Label("OVERLAP");
        overlap.getStyleClass().add("caps-label");
        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // wrapped, never cut to "67% of…"
        counts.getStyleClass().add("kind-counts");
        VBox top = new VBox(overlap, summary, counts);
        top.getStyleClass().add("summary-box");

        buildQuotes(onPick);
        buildNumbers(onPick);
        query.setId("search-field");
        query.setPromptText("Search all loaded articles: words, \"a quote\", speaker:Name");
        query.setAccessibleText("Search query");
        query.setOnAction(e -> search(query.getText()));
        hits.setId("search-hits");
        hits.getStyleClass().add("side-list");
        hits.setItems(model.hits());
        hits.setCellFactory(v -> new HitCell(model));
        hits.setPlaceholder(noHits);
        noHits.setWrapText(true);
        noHits.setId("no-hits");
        model.lastSearchProperty().addListener((o, was, now) -> {
            if (now != null) {
                noHits.setText("No hits for “" + now + "”." + (model.didYouMeanProperty().get() != null ? ""
                        : " Check the spelling, or try fewer words."));
            }
        });
        hits.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onHit.accept(now);
            }
        });
        hits.setContextMenu(menu(() -> hitText(false), () -> hitText(true), () -> {
            SearchHit h = hits.getSelectionModel().getSelectedItem();
            return h == null ? null : h.text();
        }));
        suggestion.setId("did-you-mean");
        suggestion.setWrapText(true);
        suggestion.setVisible(false);
        suggestion.managedProperty().bind(suggestion.visibleProperty());
        suggestion.setOnAction(e -> search(model.didYouMeanProperty().get()));
        model.didYouMeanProperty().addListener((o, was, now) -> {
            suggestion.setVisible(now != null);
            suggestion.setText(now == null ? "" : "Did you mean “" + now + "”?");
            suggestion.setAccessibleText(now == null ? null : "Search for " + now + " instead");
        });
        VBox.setVgrow(hits, Priority.ALWAYS);
        VBox search = new VBox(query, suggestion, hits);
        search.getStyleClass().add("search-box");

        Tab q = new Tab("Quotes", quotes);
        Tab n = new Tab("Numbers", numbers);
        searchTab = new Tab("Search", search);
        tabs.getTabs().addAll(q, n, searchTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(top, tabs);
    }

    /** Adds a tab after the panel's own (the window's change list). */
    void addTab(Tab tab) {
        tabs.getTabs().add(tab);
    }

    /** Brings one of the tabs to the front. */
    void showTab(Tab tab) {
        tabs.getSelectionModel().select(tab);
    }

    /** Opens the Search tab with the cursor in the query field (Ctrl+F). */
    void focusSearch() {
        tabs.getSelectionModel().select(searchTab);
        query.requestFocus();
        query.selectAll();
    }

    /** Runs a search as if typed ("Search for This"). */
    void search(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        tabs.getSelectionModel().select(searchTab);
        query.setText(text);
        model.search(text);
    }

    Hyperlink suggestionLink() {
        return suggestion;
    }

    TextField queryField() {
        return query;
    }

    ListView<QuoteMatch> quotes() {
        return quotes;
    }

    ListView<NumberMatch> numbers() {
        return numbers;
    }

    /** No row chosen any more (Esc). */
    void clearChoice() {
        quotes.getSelectionModel().clearSelection();
        numbers.getSelectionModel().clearSelection();
        hits.getSelectionModel().clearSelection();
    }

    /** Copies the chosen row of the list that has the focus; false when none does. */
    boolean copyChoice(boolean withCitation) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        String text = null;
        if (owner == quotes) {
            text = quoteText(withCitation);
        } else if (owner == numbers) {
            text = numberText(withCitation);
        } else if (owner == hits) {
            text = hitText(withCitation);
        }
        if (text == null) {
            return false;
        }
        copy.accept(text);
        return true;
    }

    /** @param basis what the figures rest on, appended to the overlap line ("" for wording and meaning) */
    void show(Comparison c, String basis) {
        comparison = c;
        ComparisonFigures f = ComparisonFigures.of(c);
        summary.setText(String.format(Locale.ROOT, "%.0f%% of A shared · %.0f%% of B shared%s",
                100 * f.sharedA(), 100 * f.sharedB(), basis));
        counts.getChildren().clear();
        int row = 0;
        for (MatchKind kind : MatchKind.values()) {
            addCount(row++, KindLabels.styleClass(kind), kind.label(), Integer.toString(f.count(kind)));
        }
        addCount(row++, KindLabels.UNIQUE, KindLabels.ONLY_IN_ONE.toLowerCase(Locale.ROOT),
                "A " + f.uniqueA() + " · B " + f.uniqueB());
        addCount(row, "moved", "⇅ moved", Integer.toString(f.moved()));
        quotes.setItems(FXCollections.observableArrayList(c.quotes()));
        numbers.setItems(FXCollections.observableArrayList(c.numbers()));
    }

    private void addCount(int row, String styleClass, String name, String value) {
        Label swatch = new Label();
        swatch.getStyleClass().addAll("swatch", styleClass);
        Label label = new Label(name);
        Label count = new Label(value);
        count.getStyleClass().add("count");
        counts.addRow(row, swatch, label, count);
    }

    private void buildQuotes(Consumer<Pick> onPick) {
        quotes.setId("quotes-list");
        quotes.getStyleClass().add("side-list");
        quotes.setPlaceholder(new Label("No quotations"));
        quotes.setCellFactory(v -> new RowCell<>(this::quoteRow));
        quotes.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onPick.accept(new Pick(now.a(), now.b()));
            }
        });
        quotes.setContextMenu(menu(() -> quoteText(false), () -> quoteText(true), () -> {
            QuoteMatch q = quotes.getSelectionModel().getSelectedItem();
            return q == null ? null : Citations.searchPhrase(text(q.a() != null ? q.a() : q.b(), q.a() != null ? 0 : 1));
        }));
    }

    private void buildNumbers(Consumer<Pick> onPick) {
        numbers.setId("numbers-list");
        numbers.getStyleClass().add("side-list");
        numbers.setPlaceholder(new Label("No numbers"));
        numbers.setCellFactory(v -> new RowCell<>(this::numberRow));
        numbers.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onPick.accept(new Pick(now.a() == null ? null : now.a().span(), now.b() == null ? null : now.b().span()));
            }
        });
        numbers.setContextMenu(menu(() -> numberText(false), () -> numberText(true), () -> {
            NumberMatch n = numbers.getSelectionModel().getSelectedItem();
            return n == null ? null : "\"" + (n.a() != null ? text(n.a().span(), 0) : text(n.b().span(), 1)) + "\"";
        }));
    }

    /** Copy, Copy with Citation, Search for This, for the chosen row. */
    private ContextMenu menu(java.util.function.Supplier<String> plain, java.util.function.Supplier<String> cited,
                             java.util.function.Supplier<String> searchFor) {
        MenuItem c = new MenuItem("Copy");
        c.setOnAction(e -> copy.accept(plain.get()));
        MenuItem cc = new MenuItem("Copy with Citation");
        cc.setOnAction(e -> copy.accept(cited.get()));
        MenuItem s = new MenuItem("Search for This");
        s.setOnAction(e -> search(searchFor.get()));
        return new ContextMenu(c, cc, s);
    }

    /** A quotation row: the speaker, then each report's wording with its paragraph, whole and wrapped. */
    private Node quoteRow(QuoteMatch q) {
        Label speaker = new Label(q.speaker() == null ? "(speaker not found)" : q.speaker());
        speaker.getStyleClass().add("row-speaker");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label flag = new Label(q.a() == null ? "only in B" : q.b() == null ? "only in A" : q.variant() ? "≠ wording" : "same wording");
        flag.getStyleClass().addAll("row-flag", q.variant() || q.a() == null || q.b() == null ? "differs" : "same");
        VBox box = new VBox(new HBox(6, speaker, grow, flag));
        if (q.a() != null) {
            box.getChildren().add(side("A", text(q.a(), 0), paragraph(q.a(), 0)));
        }
        if (q.b() != null) {
            box.getChildren().add(side("B", text(q.b(), 1), paragraph(q.b(), 1)));
        }
        return box;
    }

    /** A number row: each report's figure with what it counts and where ("70 percent of machine tools, ¶5"). */
    private Node numberRow(NumberMatch n) {
        Label flag = new Label(n.agree() == null ? (n.a() == null ? "only in B" : "only in A") : n.agree() ? "agree" : "DIFFER");
        flag.getStyleClass().addAll("row-flag", Boolean.TRUE.equals(n.agree()) ? "same" : "differs");
        VBox box = new VBox();
        if (n.a() != null) {
            box.getChildren().add(side("A", figure(n.a(), 0), paragraph(n.a().span(), 0)));
        }
        if (n.b() != null) {
            box.getChildren().add(side("B", figure(n.b(), 1), paragraph(n.b().span(), 1)));
        }
        HBox row = new HBox(8, box, flag);
        HBox.setHgrow(box, Priority.ALWAYS);
        return row;
    }

    private static Node side(String letter, String text, int paragraph) {
        Label which = new Label(letter);
        which.getStyleClass().addAll("row-letter", letter.equals("A") ? "letter-a" : "letter-b");
        which.setMinWidth(Region.USE_PREF_SIZE);
        Label words = new Label(text + (paragraph > 0 ? "  ¶" + paragraph : ""));
        // JavaFX's wrapping throws on right-to-left text (see SafeWrapFlow): such a row stays one line, whole in its tooltip.
        boolean rightToLeft = LineBreaks.needed(text);
        words.setWrapText(!rightToLeft);
        if (rightToLeft) {
            words.setTooltip(new javafx.scene.control.Tooltip(text));
        }
        words.getStyleClass().add("row-text");
        words.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines are never cut off
        HBox line = new HBox(6, which, words);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        return line;
    }

    /** The figure as written with what it counts when the text names it right after ("70% of machine tools"). */
    private String figure(NumberMention m, int side) {
        String text = comparison.articles().get(side).text();
        String figure = m.span().of(text);
        if (m.counts() == null) {
            return figure;
        }
        int at = text.indexOf(m.counts(), m.span().end());
        return at >= 0 && at - m.span().end() <= 12 ? text.substring(m.span().start(), at + m.counts().length())
                : figure + " (" + m.counts() + ")";
    }

    /** The paragraph (1-based, as the export counts them) holding a span, or 0. */
    private int paragraph(Span span, int side) {
        Article a = comparison.articles().get(side).article();
        int n = 0;
        for (Block b : a.blocks()) {
            n++;
            if (span.start() >= b.start() && span.start() < b.end()) {
                return n;
            }
        }
        return 0;
    }

    private String quoteText(boolean withCitation) {
        QuoteMatch q = quotes.getSelectionModel().getSelectedItem();
        if (q == null) {
            return null;
        }
        int side = q.a() != null ? 0 : 1;
        String words = text(side == 0 ? q.a() : q.b(), side);
        return withCitation ? Citations.cite(words, q.speaker(), comparison.articles().get(side).article()) : words;
    }

    private String numberText(boolean withCitation) {
        NumberMatch n = numbers.getSelectionModel().getSelectedItem();
        if (n == null) {
            return null;
        }
        int side = n.a() != null ? 0 : 1;
        NumberMention m = side == 0 ? n.a() : n.b();
        String sentence = sentenceAround(m.span(), comparison.articles().get(side).text());
        return withCitation ? Citations.cite(sentence, null, comparison.articles().get(side).article()) : figure(m, side);
    }

    private String hitText(boolean withCitation) {
        SearchHit h = hits.getSelectionModel().getSelectedItem();
        if (h == null) {
            return null;
        }
        IndexedArticle a = model.article(h.key());
        return withCitation && a != null ? Citations.cite(h.text(), h.speaker(), a.analyzed().article()) : h.text();
    }

    /** The sentence a span sits in (from the last full stop before it to the next after it). */
    private static String sentenceAround(Span span, String text) {
        int from = Math.max(text.lastIndexOf(". ", span.start()) + 2, text.lastIndexOf("\n", span.start()) + 1);
        int to = text.indexOf(". ", span.end());
        int line = text.indexOf("\n", span.end());
        int end = to < 0 ? (line < 0 ? text.length() : line) : line < 0 ? to + 1 : Math.min(to + 1, line);
        return text.substring(Math.max(0, from), end).strip();
    }

    private String text(Span span, int side) {
        return span == null || comparison == null ? "—" : span.of(comparison.articles().get(side).text());
    }

    /** A list row whose content wraps to the list's width instead of widening it. */
    private static final class RowCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, Node> content;

        RowCell(java.util.function.Function<T, Node> content) {
            this.content = content;
            setPrefWidth(0); // the list's width, not the content's, decides the row's
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : content.apply(item));
        }
    }

    /** A hit: the article's title, then the sentence with the matched words marked. */
    private static final class HitCell extends ListCell<SearchHit> {
        private final ReaderModel model;

        HitCell(ReaderModel model) {
            this.model = model;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            IndexedArticle a = model.article(hit.key());
            Label title = new Label(a == null || a.analyzed().article().title() == null ? hit.key()
                    : a.analyzed().article().title());
            title.getStyleClass().add("hit-title");
            SafeWrapFlow flow = new SafeWrapFlow();
            int at = 0;
            for (SearchHit.Span s : hit.highlights()) {
                int from = s.start() - hit.start();
                int to = s.end() - hit.start();
                if (from < at || to > hit.text().length()) {
                    continue;
                }
                flow.texts().add(new Text(hit.text().substring(at, from)));
                Text mark = new Text(hit.text().substring(from, to));
                mark.getStyleClass().add("hit-mark");
                flow.texts().add(mark);
                at = to;
            }
            flow.texts().add(new Text(hit.text().substring(at)));
            flow.texts().forEach(n -> n.getStyleClass().add("hit-text"));
            flow.setPrefWidth(0);
            VBox box = new VBox(title, flow);
            box.getStyleClass().add("hit-cell");
            setText(null);
            setGraphic(box);
        }
    }
}
