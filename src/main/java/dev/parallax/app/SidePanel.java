package dev.parallax.app;

import dev.parallax.compare.Comparison;
import dev.parallax.compare.Match;
import dev.parallax.compare.MatchKind;
import dev.parallax.compare.NumberMatch;
import dev.parallax.compare.QuoteMatch;
import dev.parallax.index.IndexedArticle;
import dev.parallax.index.SearchHit;
import dev.parallax.text.Span;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** The side panel: the overlap summary, and tabs for quotations, numbers and search. */
final class SidePanel extends VBox {
    /** A quotation or number row chosen: its span in A and in B, either may be null. */
    record Pick(Span a, Span b) {
    }

    private final Label summary = new Label();
    private final GridPane counts = new GridPane();
    private final TableView<QuoteMatch> quotes = new TableView<>();
    private final TableView<NumberMatch> numbers = new TableView<>();
    private final TextField query = new TextField();
    private final ListView<SearchHit> hits = new ListView<>();
    private final TabPane tabs = new TabPane();
    private final Tab searchTab;
    private Comparison comparison;

    SidePanel(ReaderModel model, Consumer<Pick> onPick, Consumer<SearchHit> onHit) {
        getStyleClass().add("side-panel");
        setId("side-panel");
        Label overlap = new Label("OVERLAP");
        overlap.getStyleClass().add("caps-label");
        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        counts.getStyleClass().add("kind-counts");
        VBox top = new VBox(overlap, summary, counts);
        top.getStyleClass().add("summary-box");

        buildQuotes(onPick);
        buildNumbers(onPick);
        query.setId("search-field");
        query.setPromptText("Search all loaded articles: words, \"a quote\", speaker:Name");
        query.setAccessibleText("Search query");
        query.setOnAction(e -> {
            if (!query.getText().isBlank()) {
                model.search(query.getText());
            }
        });
        hits.setId("search-hits");
        hits.setItems(model.hits());
        hits.setCellFactory(v -> new HitCell(model));
        hits.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onHit.accept(now);
            }
        });
        VBox.setVgrow(hits, Priority.ALWAYS);
        VBox search = new VBox(query, hits);
        search.getStyleClass().add("search-box");

        Tab q = new Tab("Quotes", quotes);
        Tab n = new Tab("Numbers", numbers);
        searchTab = new Tab("Search", search);
        tabs.getTabs().addAll(q, n, searchTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(top, tabs);
    }

    /** Opens the Search tab with the cursor in the query field (Ctrl+F). */
    void focusSearch() {
        tabs.getSelectionModel().select(searchTab);
        query.requestFocus();
        query.selectAll();
    }

    TextField queryField() {
        return query;
    }

    /** @param basis what the figures rest on, appended to the overlap line ("" for wording and meaning) */
    void show(Comparison c, String basis) {
        comparison = c;
        summary.setText(String.format(Locale.ROOT, "%.0f%% of A shared · %.0f%% of B shared%s",
                100 * c.stats().sharedA(), 100 * c.stats().sharedB(), basis));
        counts.getChildren().clear();
        int row = 0;
        for (MatchKind kind : MatchKind.values()) {
            long k = c.matches().stream().filter(m -> m.kind() == kind).count();
            addCount(row++, kind.label(), kind.label(), Long.toString(k));
        }
        long ua = c.unique().stream().filter(u -> u.article() == 0).count();
        long ub = c.unique().stream().filter(u -> u.article() == 1).count();
        addCount(row++, "unique", "only in one", "A " + ua + " · B " + ub);
        long moved = c.matches().stream().filter(Match::moved).count();
        addCount(row, "moved", "moved", Long.toString(moved));
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
        quotes.setId("quotes-table");
        quotes.setPlaceholder(new Label("No quotations"));
        TableColumn<QuoteMatch, String> speaker = new TableColumn<>("Speaker");
        speaker.setCellValueFactory(r -> new ReadOnlyStringWrapper(
                r.getValue().speaker() == null ? "—" : r.getValue().speaker()));
        TableColumn<QuoteMatch, String> a = new TableColumn<>("In A");
        a.setCellValueFactory(r -> new ReadOnlyStringWrapper(text(r.getValue().a(), 0)));
        TableColumn<QuoteMatch, String> b = new TableColumn<>("In B");
        b.setCellValueFactory(r -> new ReadOnlyStringWrapper(text(r.getValue().b(), 1)));
        TableColumn<QuoteMatch, String> variant = new TableColumn<>("Variant");
        variant.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().variant() ? "≠ wording" : ""));
        quotes.getColumns().setAll(java.util.List.of(speaker, a, b, variant));
        share(quotes, new double[] {0.22, 0.32, 0.32, 0.14});
        java.util.List.of(speaker, a, b).forEach(SidePanel::withTooltips);
        quotes.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onPick.accept(new Pick(now.a(), now.b()));
            }
        });
    }

    private void buildNumbers(Consumer<Pick> onPick) {
        numbers.setId("numbers-table");
        numbers.setPlaceholder(new Label("No numbers"));
        TableColumn<NumberMatch, String> a = new TableColumn<>("In A");
        a.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().a() == null ? "—" : text(r.getValue().a().span(), 0)));
        TableColumn<NumberMatch, String> b = new TableColumn<>("In B");
        b.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().b() == null ? "—" : text(r.getValue().b().span(), 1)));
        TableColumn<NumberMatch, String> agree = new TableColumn<>("Agree");
        agree.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().agree() == null ? ""
                : r.getValue().agree() ? "yes" : "NO"));
        numbers.getColumns().setAll(java.util.List.of(a, b, agree));
        share(numbers, new double[] {0.42, 0.42, 0.16});
        java.util.List.of(a, b).forEach(SidePanel::withTooltips);
        numbers.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onPick.accept(new Pick(now.a() == null ? null : now.a().span(), now.b() == null ? null : now.b().span()));
            }
        });
    }

    /** Columns take these shares of the table's width: quotations get the room, flags little. */
    private static void share(TableView<?> table, double[] shares) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (int i = 0; i < shares.length; i++) {
            table.getColumns().get(i).prefWidthProperty().bind(table.widthProperty().subtract(4).multiply(shares[i]));
        }
    }

    /** Cut text in a cell shows whole in its tooltip. */
    private static <R> void withTooltips(TableColumn<R, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 12 ? null : new javafx.scene.control.Tooltip(item));
            }
        });
    }

    private String text(Span span, int side) {
        return span == null || comparison == null ? "—" : span.of(comparison.articles().get(side).text());
    }

    /** A hit: the article's title, then the sentence with the matched words marked. */
    private static final class HitCell extends ListCell<SearchHit> {
        private final ReaderModel model;

        HitCell(ReaderModel model) {
            this.model = model;
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
