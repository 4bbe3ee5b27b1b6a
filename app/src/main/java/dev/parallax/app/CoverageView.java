package dev.parallax.app;

import dev.parallax.compare.event.Event;
import dev.parallax.compare.event.Group;
import dev.parallax.compare.event.Member;
import dev.parallax.compare.event.NumberGroup;
import dev.parallax.compare.event.QuoteGroup;
import dev.parallax.article.ArticleIds;
import dev.parallax.article.Article;
import dev.parallax.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The coverage grid of three or more reports: how much of each article every other tells (a matrix),
 * then one row per passage in reading order with one column per article, each cell the article's wording
 * coloured by kind (the side-by-side colours), unique passages in rows of their own; quotations and
 * numbers as the same kind of table. Rows are virtualised (a {@link TableView}), so ten long articles
 * scroll as smoothly as three short ones. Choosing a cell opens that article beside another that tells
 * the passage.
 */
final class CoverageView extends VBox {
    /** A row: a passage told by several articles, or one article's unique passage. */
    record Row(Group group, Member unique) {
        List<Member> members() {
            return group != null ? group.members() : List.of(unique);
        }

        String kind() {
            return dev.parallax.present.KindLabels.styleClass(group != null ? group.kind() : null);
        }

        /** Where the row sits in reading order: its first article's position, then that article's offset. */
        long order() {
            Member first = group != null ? group.members().getFirst() : unique;
            return ((long) first.article() << 32) | first.span().start();
        }
    }

    /** Called with the chosen article, another article telling the passage (or -1), and both spans. */
    interface Chooser {
        void choose(int article, Span at, int other, Span otherAt);
    }

    private final Label summary = new Label();
    private final GridPane matrix = new GridPane();
    private final TableView<Row> passages = new TableView<>();
    private final TableView<QuoteGroup> quotes = new TableView<>();
    private final TableView<NumberGroup> numbers = new TableView<>();
    private Chooser chooser = (a, s, b, t) -> { };
    private Event event;

    CoverageView() {
        getStyleClass().add("coverage-view");
        setId("coverage-view");
        summary.getStyleClass().add("summary");
        matrix.getStyleClass().add("coverage-matrix");
        matrix.setAccessibleText("Coverage matrix: share of each row's article that each column's article also tells");
        passages.setId("coverage-grid");
        passages.setPlaceholder(new Label("Open three or more reports of one event to see who told what"));
        quotes.setId("coverage-quotes");
        numbers.setId("coverage-numbers");
        for (TableView<?> table : List.of(passages, quotes, numbers)) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS); // columns share the width
        }
        TabPane tables = new TabPane(new Tab("Passages", passages), new Tab("Quotes", quotes), new Tab("Numbers", numbers));
        tables.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tables, Priority.ALWAYS);
        Label caption = new Label("COVERAGE · share of the row's report that the column's report also tells");
        caption.getStyleClass().add("caps-label");
        getChildren().addAll(caption, matrix, summary, tables);
    }

    void setOnChoose(Chooser chooser) {
        this.chooser = chooser;
    }

    TableView<Row> passages() {
        return passages;
    }

    Event event() {
        return event;
    }

    void show(Event event) {
        this.event = event;
        int n = event.articles().size();
        showMatrix(event);
        summary.setText(String.format(Locale.ROOT, "%d passages told by all %d · %d by some · %d by one only",
                event.toldByAll(), n, event.toldBySome(), event.unique().size()));

        List<Row> rows = new ArrayList<>();
        event.groups().forEach(g -> rows.add(new Row(g, null)));
        event.unique().forEach(u -> rows.add(new Row(null, u)));
        rows.sort(Comparator.comparingLong(Row::order));
        passages.getColumns().setAll(articleColumns(n, Row::members, Row::kind));
        passages.setItems(FXCollections.observableArrayList(rows));

        List<TableColumn<QuoteGroup, ?>> quoteColumns = new ArrayList<>();
        TableColumn<QuoteGroup, String> speaker = new TableColumn<>("Speaker");
        speaker.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().speaker() == null ? "—" : r.getValue().speaker()));
        quoteColumns.add(speaker);
        quoteColumns.addAll(articleColumns(n, QuoteGroup::members,
                q -> q.variant() ? "variant" : q.members().size() > 1 ? "identical" : "unique"));
        quotes.getColumns().setAll(quoteColumns);
        quotes.setItems(FXCollections.observableArrayList(event.quotes()));

        List<TableColumn<NumberGroup, ?>> numberColumns = new ArrayList<>(articleColumns(n,
                g -> g.members().stream().map(f -> new Member(f.article(), f.mention().span())).toList(),
                g -> g.agree() == null ? "unique" : g.agree() ? "identical" : "disagree"));
        TableColumn<NumberGroup, String> agree = new TableColumn<>("Agree");
        agree.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().agree() == null ? ""
                : r.getValue().agree() ? "yes" : "NO"));
        numberColumns.add(agree);
        numbers.getColumns().setAll(numberColumns);
        numbers.setItems(FXCollections.observableArrayList(event.numbers()));
    }

    private void showMatrix(Event event) {
        matrix.getChildren().clear();
        int n = event.articles().size();
        for (int y = 0; y < n; y++) {
            matrix.add(header(y, event.articles().get(y).article()), y + 1, 0);
        }
        Label any = new Label("any");
        any.getStyleClass().add("matrix-head");
        matrix.add(any, n + 1, 0);
        for (int x = 0; x < n; x++) {
            matrix.add(header(x, event.articles().get(x).article()), 0, x + 1);
            for (int y = 0; y < n; y++) {
                matrix.add(share(x == y ? -1 : event.coverage().of(x, y)), y + 1, x + 1);
            }
            matrix.add(share(event.coverage().byAny(x)), n + 1, x + 1);
        }
    }

    /** A report's letter and outlet ("A · Fox News"), the same in the matrix, the columns and the panes. */
    static String name(int index, Article article) {
        String outlet = article.metadata().publisher() != null ? article.metadata().publisher()
                : java.nio.file.Path.of(article.path()).getFileName().toString();
        return ArticleIds.of(index) + " · " + (outlet.length() > 24 ? outlet.substring(0, 23) + "…" : outlet);
    }

    private static Label header(int index, Article article) {
        Label l = new Label(name(index, article));
        l.getStyleClass().add("matrix-head");
        l.setTooltip(new Tooltip(ReaderWindow.label(article)));
        return l;
    }

    /** A share as a percentage, its cell shaded by the share (the darker, the more told). */
    private static Label share(double share) {
        Label l = new Label(share < 0 ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * share));
        l.getStyleClass().add("matrix-cell");
        l.setAlignment(Pos.CENTER_RIGHT);
        if (share >= 0) {
            l.getStyleClass().add("share-" + Math.min(4, (int) (share * 5)));
        }
        return l;
    }

    /** One column per article: the cell is the article's wording in that row, styled by the row's kind. */
    private <R> List<TableColumn<R, Member>> articleColumns(int n, Function<R, List<Member>> members,
                                                           Function<R, String> kind) {
        List<TableColumn<R, Member>> columns = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            int article = a;
            Article source = event.articles().get(a).article();
            TableColumn<R, Member> column = new TableColumn<>(name(a, source));
            column.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(members.apply(r.getValue()).stream()
                    .filter(m -> m.article() == article).findFirst().orElse(null)));
            column.setCellFactory(c -> new WordingCell<>(members, kind));
            column.setPrefWidth(260);
            column.setSortable(false);
            columns.add(column);
        }
        return columns;
    }

    /** A cell: the article's wording, wrapped whole (safely, whatever the script); a click opens the pair. */
    private final class WordingCell<R> extends TableCell<R, Member> {
        private final Function<R, List<Member>> members;
        private final Function<R, String> kind;

        WordingCell(Function<R, List<Member>> members, Function<R, String> kind) {
            this.members = members;
            this.kind = kind;
            getStyleClass().add("grid-cell");
            setOnMouseClicked(e -> choose());
        }

        @Override
        protected void updateItem(Member member, boolean empty) {
            super.updateItem(member, empty);
            getStyleClass().removeIf(s -> s.startsWith("kind-"));
            if (empty || member == null || event == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String wording = member.span().of(event.articles().get(member.article()).article().text());
            Text words = new Text(wording.replaceAll("\\s+", " "));
            words.getStyleClass().add("grid-text");
            SafeWrapFlow flow = new SafeWrapFlow(words) {
                @Override
                protected double computePrefHeight(double width) {
                    return super.computePrefHeight(width < 0 ? getPrefWidth() : width); // the cell asks without a width
                }
            };
            flow.prefWidthProperty().bind(getTableColumn().widthProperty().subtract(18));
            setText(null);
            setGraphic(flow);
            R row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                getStyleClass().add("kind-" + kind.apply(row));
            }
            setTooltip(row instanceof Row r && r.group() != null
                    ? new Tooltip(dev.parallax.present.EventCells.alignedWith(r.group(), member)
                    + " · told by " + dev.parallax.present.EventCells.toldBy(event, r.group())) : null);
        }

        private void choose() {
            Member member = getItem();
            R row = getTableRow() == null ? null : getTableRow().getItem();
            if (member == null || row == null) {
                return;
            }
            // a member aligned with this one directly, when there is one: the pair opened is one that matched
            Member other = members.apply(row).stream().filter(m -> m.article() != member.article())
                    .min(Comparator.comparing((Member m) -> !(row instanceof Row r && r.group() != null
                            && r.group().link(member.article(), m.article()) != null))).orElse(null);
            chooser.choose(member.article(), member.span(), other == null ? -1 : other.article(),
                    other == null ? null : other.span());
        }
    }
}
